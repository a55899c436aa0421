#pragma once

#include "jiraparse.h"

#include "models/domain/domain.h"
#include "models/domain/result.h"
#include "models/formats/jql.h"
#include "services/http/httprequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

class QObject;

namespace ReleaseDesk {

class HttpClient;
struct HttpResponse;

// How to reach one Jira site. Data Center speaks API v2 with a personal access
// token as Bearer; Cloud speaks API v3 with Basic email:API token.
struct JiraConnection
{
    enum class Flavour { DataCenter, Cloud };

    QUrl baseUrl; // the site root, "https://jira.example.com"; may carry a path
    Flavour flavour = Flavour::DataCenter;
    QString email;  // Cloud only
    QString secret; // the PAT (Data Center) or API token (Cloud); never logged
    QString projectKey;
    // The field that names a task's service (JiraSettings::serviceField):
    // "components", "labels", a custom field's id or its name.
    QString serviceField = QStringLiteral("components");
    QString serviceLabelPrefix; // labels only
    int pageSize = 50;          // issues asked for per search page
    // A search that needs more pages than this ends with an error rather than
    // following a server that never says it is done.
    int maxPages = 200;
};

// Jira's side of the release process: reads tasks by JQL, moves them through
// their workflow, comments on them and keeps the fix versions that are the
// team's releases, in either flavour.
class JiraClient
{
    Q_DECLARE_TR_FUNCTIONS(JiraClient)

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using Progress = std::function<void(int fetched)>;

    // One page of a search as it arrives.
    struct SearchPage
    {
        QList<Change> changes;
        QList<IssueComments> comments; // of the page's issues, as the answer carried them
        int fetched = 0;               // issues delivered so far, this page included
        int total = -1;                // what the search matches; -1 when Jira does not say (Cloud)
    };
    // Hears each page; returns false to end the search after it.
    using PageSink = std::function<bool(const SearchPage &page)>;

    // `http` must outlive the client and every request it sent.
    JiraClient(HttpClient &http, JiraConnection connection);

    const JiraConnection &connection() const { return m_connection; }

    // The display name of the account the secret belongs to.
    void checkCredentials(QObject *context, Callback<QString> done);
    // That account with the zone Jira reads its JQL dates in.
    void myself(QObject *context, Callback<JiraAccount> done);
    // Every issue `query` matches, across all pages; `progress` (optional)
    // hears the running count after each page.
    void searchChanges(const JqlQuery &query, Progress progress, QObject *context,
                       Callback<QList<Change>> done);
    // The same search a page at a time, for whoever stores pages as they come:
    // `sink` hears each page, in order, while the next ones are already being
    // fetched (Data Center asks two pages ahead; Cloud's token comes with the
    // last page), so that storing a page overlaps with the server's work. `done` hears how many
    // issues were delivered, also when the sink ended the search early; a page that failed ends it
    // with the error, after the pages before it were delivered. An issue that moved between pages
    // while the search ran may come twice.
    void searchChangePages(const JqlQuery &query, PageSink sink, QObject *context,
                           Callback<int> done);
    // The issues `query` (without ORDER BY) matches that were updated since
    // `since` (all when invalid), oldest update first, a page at a time as
    // searchChangePages() hands them over, but so that none is lost when
    // issues are updated while it reads (see jirasearch.cpp). `userZone` is
    // the zone of the account that searches, which Jira reads JQL dates in.
    // An issue comes again only when it was updated meanwhile.
    void searchUpdatedPages(const JqlQuery &query, const QDateTime &since,
                            const QTimeZone &userZone, PageSink sink, QObject *context,
                            Callback<int> done);
    // `query` narrowed to the issues updated since `since` (no clause when
    // invalid), ordered by update, then key: what searchUpdatedPages() asks.
    static JqlQuery updatedSince(JqlQuery query, const QDateTime &since, const QTimeZone &userZone);
    // The moves the issue can make from its current status.
    void transitions(const QString &issueKey, QObject *context,
                     Callback<QList<JiraTransition>> done);
    void transitionTo(const QString &issueKey, const QString &transitionId, QObject *context,
                      Callback<Done> done);
    // Adds `text` as a comment; the new comment's id.
    void addComment(const QString &issueKey, const QString &text, QObject *context,
                    Callback<QString> done);
    void projectVersions(const QString &projectKey, QObject *context,
                         Callback<QList<JiraVersion>> done);
    // A new fix version `name` in the project `projectKey`, as Jira stored it.
    // A name the project already has is refused with Jira's text.
    void createVersion(const QString &projectKey, const QString &name, QObject *context,
                       Callback<JiraVersion> done);
    // Marks the version released on `releaseDate`.
    void releaseVersion(const QString &versionId, const QDate &releaseDate, QObject *context,
                        Callback<JiraVersion> done);
    // Archives the version: it stays on its issues but is offered no more.
    void archiveVersion(const QString &versionId, QObject *context, Callback<JiraVersion> done);
    // The names of every fix version the issue carries, in Jira's order.
    void fixVersionsOf(const QString &issueKey, QObject *context, Callback<QStringList> done);
    // Adds the fix version named `versionName` to the issue, or removes it,
    // leaving its other fix versions as they are.
    void addFixVersion(const QString &issueKey, const QString &versionName, QObject *context,
                       Callback<Done> done);
    void removeFixVersion(const QString &issueKey, const QString &versionName, QObject *context,
                          Callback<Done> done);
    // One issue with the fields of a search, its current status among them.
    void issue(const QString &issueKey, QObject *context, Callback<Change> done);
    // Who the issue is assigned to now; an empty account when nobody is.
    void assignee(const QString &issueKey, QObject *context, Callback<JiraAccount> done);
    // Every comment on the issue, oldest first, across pages: how the outbox
    // finds a comment whose answer was lost before it adds it again.
    void comments(const QString &issueKey, QObject *context, Callback<QList<JiraComment>> done);

private:
    struct Search;

    // Calls `then` with the service field: at once when the connection names
    // it by id or it was looked up before, else after GET /field, whose
    // answer is kept for the client's later searches.
    void withServiceField(QObject *context, Callback<JiraServiceField> then);

    // A request to `path` below the flavour's API root (/rest/api/2 or /3),
    // with `query` already percent-encoded.
    static HttpRequest request(const JiraConnection &connection, const QString &endpoint,
                               const QByteArray &method, const QString &path,
                               const QString &query = {});
    // The failure of a response that failed: HttpClient's, with Jira's
    // error text in its message when it sent one.
    static Error failureOf(const HttpResponse &response);
    // The answer to a version's create or update, read as the version.
    static std::function<void(const HttpResponse &)> versionAnswer(const QString &endpoint,
                                                                   Callback<JiraVersion> done);
    static QString unreadable(const QString &endpoint, const QString &why);
    void putVersion(const QString &versionId, const QJsonObject &fields, const QString &endpoint,
                    QObject *context, Callback<JiraVersion> done);
    void editFixVersions(const QString &issueKey, const QString &operation,
                         const QString &versionName, QObject *context, Callback<Done> done);
    struct CommentRead;
    static void fetchComments(HttpClient &http, std::shared_ptr<CommentRead> read,
                              QObject *context);

    HttpClient &m_http;
    JiraConnection m_connection;
    // The id a service field given by name resolved to; shared with the
    // look-up in flight, which may outlive the client.
    std::shared_ptr<QString> m_serviceFieldId = std::make_shared<QString>();
};

} // namespace ReleaseDesk
