#pragma once

#include "syncstep.h"

#include "models/jql.h"
#include "services/clients/jiraclient.h"

#include <QSet>

#include <chrono>

namespace ReleaseDesk {

// Jira's part of a sync: the project's fix versions, then the tasks updated
// since the last sync, a page at a time, each page stored with the cursor it
// reaches while the next page is on its way.
class JiraSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(JiraSync)

public:
    // Reads through a client of its own over `http`, made from `connection`
    // with the sync's paging (searchConnection()).
    JiraSync(SyncRun &run, HttpClient &http, const JiraConnection &connection,
             JiraSettings settings);

    void start(QObject *context, Done done) override;

    // The search: `project = <project> AND (<extra JQL>) AND updated >= "<since
    // less the overlap>" ORDER BY updated ASC, key ASC`; no date when `since`
    // is invalid. An extra JQL that is not one condition is an error.
    static Result<JqlQuery> query(const JiraSettings &settings, const QDateTime &since);

    // `connection` with the paging of a sync, which reads a project's whole
    // history on its first run and stores it as it comes: the largest page
    // both flavours serve, and a page bound that a project of 100,000 tasks fits.
    static JiraConnection searchConnection(JiraConnection connection);

    static QString cursorSource() { return QStringLiteral("jira"); }
    // How far before the newest stored update a sync starts reading again:
    // JQL dates have no seconds, and an issue saved in the same minute as the
    // last one read may have been indexed after the search.
    static constexpr std::chrono::minutes overlap{2};

private:
    bool storePage(const JiraClient::SearchPage &page);
    // Ends the step once the fix versions and the tasks are both read.
    void partDone();

    JiraClient m_client;
    JiraSettings m_settings;
    QDateTime m_since;   // the cursor this sync started from
    QDateTime m_reached; // the newest update stored so far: the cursor
    int m_parts = 0;
    QStringList m_errors; // the search's, then the fix versions'
    QString m_storeError;
    QSet<QString> m_changedKeys; // an issue that moved between pages comes twice
};

} // namespace ReleaseDesk
