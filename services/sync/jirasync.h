#pragma once

#include "syncstep.h"

#include "models/formats/jql.h"
#include "services/clients/jiraclient.h"

#include <QSet>

#include <chrono>

namespace ReleaseDesk {

// Jira's part of a sync: the projects' fix versions, then the tasks updated
// since the last sync with their comments, a page at a time, each page
// stored with the cursor it reaches while the next page is on its way. The
// verdicts in the comments (VerdictComment) are followed as they come, on
// whichever desk gave them.
class JiraSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(JiraSync)

public:
    // Reads through a client of its own over `http`, made from `connection`
    // with the sync's paging (searchConnection()).
    JiraSync(SyncRun &run, HttpClient &http, const JiraConnection &connection,
             JiraSettings settings);

    void start(QObject *context, Done done) override;

    // The search: `project IN (<projects>) AND (<extra JQL>) AND updated >= "<since
    // less the overlap, in userZone>" ORDER BY updated ASC, key ASC`; no date
    // when `since` is invalid. An extra JQL that is not one condition is an error.
    static Result<JqlQuery> query(const JiraSettings &settings, const QDateTime &since,
                                  const QTimeZone &userZone = QTimeZone::utc());
    // The same without the date and the order: the project's tasks.
    static Result<JqlQuery> taskQuery(const JiraSettings &settings);

    // `connection` with the paging of a sync, which reads a project's whole
    // history on its first run and stores it as it comes: the largest page
    // both flavours serve, and a page bound that a project of 100,000 tasks fits.
    static JiraConnection searchConnection(JiraConnection connection);

    static QString cursorSource() { return QStringLiteral("jira"); }
    // Where the display name of the signed-in account is kept, as the last
    // sync read it from /myself: the name this desk's actions are signed with.
    static QString accountSource() { return QStringLiteral("jira:account"); }
    // That name, or empty before the first sync.
    static QString signedInAccount(const RemoteCache &store);
    // Where the zone of that account is kept, as /myself tells it: the zone
    // Jira reads this account's JQL dates in.
    static QString accountZoneSource() { return QStringLiteral("jira:account:timeZone"); }
    // That zone; UTC before the first sync.
    static QTimeZone signedInTimeZone(const RemoteCache &store);
    // How far before the newest stored update a sync starts reading again:
    // JQL dates have no seconds, and an issue saved in the same minute as the
    // last one read may have been indexed after the search.
    static constexpr std::chrono::minutes overlap{2};

    // The fix versions of every project as one per name (the first's id), as a
    // release whose tasks span projects has a version in each: released when
    // any is (on the earliest day), as the marks reach the projects one by
    // one; archived likewise.
    static QList<JiraVersion> byName(const QList<JiraVersion> &versions);

    // The verdicts recorded in the comments of one task (VerdictComment).
    static QList<TestResult> verdictsOf(const IssueComments &issue);

private:
    // Where a search from the cursor `since` starts: the overlap before it.
    static QDateTime readFrom(const QDateTime &since);
    // Reads the tasks updated since the cursor, as the account searches.
    void searchTasks(QObject *context);
    // Reads the fix versions of every project, one part each.
    void readVersions(QObject *context);
    bool storePage(const JiraClient::SearchPage &page);
    void readMoreComments();
    // Ends the step once the fix versions and the tasks are both read.
    void partDone();

    JiraClient m_client;
    JiraSettings m_settings;
    QDateTime m_since;   // the cursor this sync started from
    QDateTime m_reached; // the newest update stored so far: the cursor
    int m_parts = 0;
    QStringList m_errors;          // the search's, then the fix versions'
    QList<JiraVersion> m_versions; // every project's read so far
    int m_versionsLeft = 0;        // the projects whose versions are on their way
    QString m_storeError;
    QSet<QString> m_changedKeys; // an issue that moved between pages comes twice
    QString m_account;
    QTimeZone m_accountZone;
    QStringList m_moreComments; // tasks whose comments the search did not carry whole
    QObject *m_context = nullptr;
};

} // namespace ReleaseDesk
