#include "servicenowclient.h"

#include "clientsupport.h"
#include "models/ports/answerlater.h"
#include "servicenowsession.h"

#include "services/http/httpclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>

namespace ReleaseDesk {

namespace {

using ClientSupport::queryItem;
using namespace ServiceNowTables;

// What a list read gathers over its pages. Records shift between pages when
// others write meanwhile, so one may come twice; the later copy replaces the earlier.
template <typename T> struct Gathered
{
    QList<T> items;
    QHash<QString, qsizetype> indexBySysId;

    void add(const QList<T> &page)
    {
        for (const T &item : page) {
            const auto found = indexBySysId.constFind(item.sysId);
            if (found != indexBySysId.constEnd()) {
                items[*found] = item;
            } else {
                indexBySysId.insert(item.sysId, items.size());
                items.append(item);
            }
        }
    }

    QList<T> oldestFirst() const
    {
        QList<T> sorted = items;
        std::stable_sort(sorted.begin(), sorted.end(), [](const T &a, const T &b) {
            return a.updated != b.updated ? a.updated < b.updated : a.sysId < b.sysId;
        });
        return sorted;
    }
};

} // namespace

// One list read in flight: where it stands. `addPage` reads a page into what
// the read gathered and answers how many records the page brought and how many
// were gathered.
struct ServiceNowClient::Listing
{
    struct Counts
    {
        int received = 0;
        int gathered = 0;
    };

    SessionPtr session;
    QString table;
    QString endpoint;
    QString query;
    QString fields;
    Progress progress;
    std::function<Result<Counts>(const QJsonDocument &)> addPage;
    std::function<void(const Status &)> finish;
    int offset = 0;
    int pages = 0;
};

ServiceNowClient::ServiceNowClient(HttpClient &http, ServiceNowConnection connection)
    : m_session(std::make_shared<Session>(http, std::move(connection)))
{}

ServiceNowClient::~ServiceNowClient() = default;

const ServiceNowConnection &ServiceNowClient::connection() const
{
    return m_session->connection;
}

HttpRequest ServiceNowClient::request(const Session &session, const QString &endpoint,
                                      const QByteArray &method, const QString &path,
                                      const QStringList &query)
{
    const ServiceNowConnection &connection = session.connection;
    HttpRequest request;
    request.system = QStringLiteral("ServiceNow");
    request.endpoint = endpoint;
    request.method = method;
    request.url = ClientSupport::urlBelow(connection.baseUrl, path, query.join(u'&'));
    request.timeout = connection.timeout;
    request.headers = {{"Accept", "application/json"}};
    // The OAuth sign-in adds its own token as it sends.
    if (connection.auth == ServiceNowConnection::Auth::OAuth)
        request.headers.append({"Authorization", "Bearer " + connection.secret.toUtf8()});
    else if (connection.auth == ServiceNowConnection::Auth::Basic)
        request.headers.append(
            {"Authorization",
             "Basic " + (connection.username + u':' + connection.secret).toUtf8().toBase64()});
    if (method == "POST" || method == "PATCH")
        request.headers.append(
            std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return request;
}

void ServiceNowClient::send(const SessionPtr &session, HttpRequest request, QObject *context,
                            std::function<void(const HttpResponse &)> done)
{
    if (session->signIn)
        return session->signIn->send(std::move(request), context, std::move(done));
    session->http.send(std::move(request), context, std::move(done));
}

Error ServiceNowClient::failureOf(const HttpResponse &response)
{
    return withServerText(response.error.message, response);
}

Error ServiceNowClient::withServerText(const QString &message, const HttpResponse &response)
{
    // A broken answer's body is whatever came; it says nothing.
    const QString server = response.error.kind == ErrorKind::Malformed
                               ? QString()
                               : ServiceNowParse::serverError(response.body);
    if (server.isEmpty())
        return response.error.withMessage(message);
    return response.error.withMessage(tr("%1 ServiceNow said: %2").arg(message, server));
}

QString ServiceNowClient::unreadable(const QString &endpoint, const QString &why)
{
    return tr("ServiceNow %1: the answer could not be read: %2.").arg(endpoint, why);
}

std::function<void(const HttpResponse &)>
ServiceNowClient::changeAnswer(const QString &endpoint, const QUrl &base,
                               Callback<ChangeTicket> done)
{
    return [endpoint, base, done = std::move(done)](const HttpResponse &response) {
        if (!response.ok())
            return done(Result<ChangeTicket>::failure(failureOf(response)));
        const auto change = ServiceNowParse::changeRecord(response.json, base);
        if (!change)
            return done(Result<ChangeTicket>::failure(unreadable(endpoint, change.error())));
        done(change);
    };
}

void ServiceNowClient::checkCredentials(QObject *context, Callback<QString> done)
{
    lookUpGroup(m_session, context, std::move(done));
}

void ServiceNowClient::lookUpGroup(const SessionPtr &session, QObject *context,
                                   Callback<QString> done)
{
    const QString name = session->connection.assignmentGroup;
    if (name.trimmed().isEmpty()) {
        return answerLater(
            context, std::move(done),
            Result<QString>::failure(
                tr("ServiceNow: no assignment group is set in the connection settings.")));
    }
    const QString endpoint = tr("%1 lookup").arg(groupTable);
    const QStringList query{
        queryItem(QStringLiteral("sysparm_query"), ServiceNowParse::groupQuery(name)),
        queryItem(QStringLiteral("sysparm_fields"), QStringLiteral("sys_id,name")),
        queryItem(QStringLiteral("sysparm_limit"), QStringLiteral("1"))};
    send(session, request(*session, endpoint, "GET", tablePath(groupTable), query), context,
         [session, name, endpoint, done = std::move(done)](const HttpResponse &response) {
             if (response.error.kind == ErrorKind::Forbidden) {
                 // Signed in, but the account's roles do not reach the table.
                 return done(Result<QString>::failure(withServerText(
                     tr("ServiceNow %1: the account signed in but may not read assignment "
                        "groups (%2); it needs a role such as itil.")
                         .arg(endpoint, QString::number(response.status)),
                     response)));
             }
             if (!response.ok())
                 return done(Result<QString>::failure(failureOf(response)));
             const auto sysId = ServiceNowParse::groupSysId(response.json);
             if (!sysId)
                 return done(Result<QString>::failure(unreadable(endpoint, sysId.error())));
             if (sysId->isEmpty()) {
                 return done(Result<QString>::failure(
                     tr("ServiceNow %1: no group is named \"%2\"; check the assignment group in "
                        "the connection settings.")
                         .arg(endpoint, name)));
             }
             session->groupSysId = sysId.value();
             done(sysId);
         });
}

void ServiceNowClient::changesUpdatedSince(const QString &correlationPrefix, const QDateTime &since,
                                           Progress progress, QObject *context,
                                           Callback<QList<ChangeTicket>> done)
{
    const QUrl base = m_session->connection.baseUrl;
    list<ChangeTicket>(
        m_session, changeTable, ServiceNowParse::changeFields(), QStringLiteral("correlation_id"),
        correlationPrefix, since,
        [base](const QJsonDocument &answer) { return ServiceNowParse::changePage(answer, base); },
        std::move(progress), context, std::move(done));
}

void ServiceNowClient::changeTasksUpdatedSince(const QString &correlationPrefix,
                                               const QDateTime &since, Progress progress,
                                               QObject *context, Callback<QList<ChangeTask>> done)
{
    // Dot-walked through the task's change, so that one query covers every change.
    list<ChangeTask>(m_session, taskTable, ServiceNowParse::taskFields(),
                     QStringLiteral("change_request.correlation_id"), correlationPrefix, since,
                     &ServiceNowParse::taskPage, std::move(progress), context, std::move(done));
}

template <typename T>
void ServiceNowClient::list(const SessionPtr &session, const QString &table, const QString &fields,
                            const QString &correlationField, const QString &correlationPrefix,
                            const QDateTime &since, ReadPage<T> readPage, Progress progress,
                            QObject *context, Callback<QList<T>> done)
{
    auto listing = std::make_shared<Listing>();
    listing->session = session;
    listing->table = table;
    listing->endpoint = tr("%1 list").arg(table);
    listing->query = ServiceNowParse::updatedSinceQuery(correlationField, correlationPrefix, since);
    listing->fields = fields;
    listing->progress = std::move(progress);
    auto gathered = std::make_shared<Gathered<T>>();
    listing->addPage = [gathered,
                        readPage](const QJsonDocument &answer) -> Result<Listing::Counts> {
        const auto page = readPage(answer);
        if (!page)
            return page.failure();
        gathered->add(page.value());
        return Listing::Counts{int(page->size()), int(gathered->items.size())};
    };
    listing->finish = [gathered, done = std::move(done)](const Status &status) {
        if (!status)
            return done(status.failure());
        done(gathered->oldestFirst());
    };
    if (correlationPrefix.isEmpty()) {
        // Without a prefix the read would take in every change of the instance.
        return answerLater(
            context, listing->finish,
            Status::failure(
                tr("ServiceNow %1: no correlation prefix was given.").arg(listing->endpoint)));
    }
    fetchPage(listing, context);
}

void ServiceNowClient::fetchPage(const std::shared_ptr<Listing> &listing, QObject *context)
{
    const ServiceNowConnection &connection = listing->session->connection;
    if (listing->pages >= connection.maxPages) {
        return listing->finish(
            Status::failure(tr("ServiceNow %1: stopped after %2 pages without reaching the end.")
                                .arg(listing->endpoint)
                                .arg(connection.maxPages)));
    }
    ++listing->pages;
    // Newest first: a record updated while the pages are read moves to the
    // front, so the others shift towards later pages and are read again
    // rather than skipped. The record itself is seen by the next read.
    const QStringList query{
        queryItem(QStringLiteral("sysparm_query"), listing->query),
        queryItem(QStringLiteral("sysparm_fields"), listing->fields),
        queryItem(QStringLiteral("sysparm_display_value"), QStringLiteral("false")),
        queryItem(QStringLiteral("sysparm_exclude_reference_link"), QStringLiteral("true")),
        queryItem(QStringLiteral("sysparm_limit"), QString::number(connection.pageSize)),
        queryItem(QStringLiteral("sysparm_offset"), QString::number(listing->offset))};
    // HttpClient calls back only while `context` lives, so the next page can use it.
    send(listing->session,
         request(*listing->session, listing->endpoint, "GET", tablePath(listing->table), query),
         context, [listing, context](const HttpResponse &response) {
             if (!response.ok())
                 return listing->finish(Status::failure(failureOf(response)));
             const auto counts = listing->addPage(response.json);
             if (!counts)
                 return listing->finish(
                     Status::failure(unreadable(listing->endpoint, counts.error())));
             if (listing->progress)
                 listing->progress(counts->gathered);
             const int limit = listing->session->connection.pageSize;
             const int before = listing->offset;
             if (!ServiceNowParse::hasNextPage(response.headers, before, limit, counts->received))
                 return listing->finish(success());
             // By the page size, not by what came: ServiceNow leaves out the
             // records an ACL hides after counting them.
             listing->offset = before + limit;
             fetchPage(listing, context);
         });
}

void ServiceNowClient::findChange(const QString &correlationId, QObject *context,
                                  Callback<std::optional<ChangeTicket>> done)
{
    find(m_session, correlationId, context, std::move(done));
}

void ServiceNowClient::find(const SessionPtr &session, const QString &correlationId,
                            QObject *context, Callback<std::optional<ChangeTicket>> done)
{
    using Answer = Result<std::optional<ChangeTicket>>;
    const QString endpoint = tr("%1 lookup").arg(changeTable);
    if (correlationId.isEmpty()) {
        // An empty correlation_id would match every change raised by hand.
        return answerLater(
            context, std::move(done),
            Answer::failure(tr("ServiceNow %1: no correlation id was given.").arg(endpoint)));
    }
    const QStringList query{
        queryItem(QStringLiteral("sysparm_query"),
                  ServiceNowParse::correlationQuery(correlationId)),
        queryItem(QStringLiteral("sysparm_fields"), ServiceNowParse::changeFields()),
        queryItem(QStringLiteral("sysparm_display_value"), QStringLiteral("false")),
        queryItem(QStringLiteral("sysparm_limit"), QStringLiteral("1"))};
    const QUrl base = session->connection.baseUrl;
    send(session, request(*session, endpoint, "GET", tablePath(changeTable), query), context,
         [endpoint, base, done = std::move(done)](const HttpResponse &response) {
             if (!response.ok())
                 return done(Answer::failure(failureOf(response)));
             const auto page = ServiceNowParse::changePage(response.json, base);
             if (!page)
                 return done(Answer::failure(unreadable(endpoint, page.error())));
             if (page->isEmpty())
                 return done(std::optional<ChangeTicket>());
             done(std::optional<ChangeTicket>(page->first()));
         });
}

void ServiceNowClient::workNotes(const QString &sysId, QObject *context, Callback<QString> done)
{
    const QString endpoint = tr("%1 work notes").arg(changeTable);
    const QStringList query{
        queryItem(QStringLiteral("sysparm_fields"), QStringLiteral("work_notes")),
        queryItem(QStringLiteral("sysparm_display_value"), QStringLiteral("true"))};
    send(m_session, request(*m_session, endpoint, "GET", tablePath(changeTable, sysId), query),
         context, [endpoint, done = std::move(done)](const HttpResponse &response) {
             if (!response.ok())
                 return done(Result<QString>::failure(failureOf(response)));
             const QJsonValue notes =
                 response.json.object().value(u"result").toObject().value(u"work_notes");
             if (!notes.isString()) {
                 return done(Result<QString>::failure(
                     unreadable(endpoint, tr("the field 'result.work_notes' is missing"))));
             }
             done(notes.toString());
         });
}

} // namespace ReleaseDesk
