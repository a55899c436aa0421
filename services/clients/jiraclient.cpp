#include "jiraclient.h"

#include "clientsupport.h"
#include "services/http/httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace ReleaseDesk {

namespace {

using Flavour = JiraConnection::Flavour;
using ClientSupport::encoded;
using ClientSupport::queryItem;

} // namespace

JiraClient::JiraClient(HttpClient &http, JiraConnection connection)
    : m_http(http), m_connection(std::move(connection))
{}

HttpRequest JiraClient::request(const JiraConnection &connection, const QString &endpoint,
                                const QByteArray &method, const QString &path, const QString &query)
{
    const bool cloud = connection.flavour == Flavour::Cloud;
    HttpRequest request;
    request.system = QStringLiteral("Jira");
    request.endpoint = endpoint;
    request.method = method;
    const QLatin1String api = cloud ? QLatin1String("/rest/api/3") : QLatin1String("/rest/api/2");
    request.url = ClientSupport::urlBelow(connection.baseUrl, api + path, query);
    request.headers = {{"Authorization", ClientSupport::atlassianAuthorization(
                                             cloud, connection.email, connection.secret)},
                       {"Accept", "application/json"}};
    return request;
}

Error JiraClient::failureOf(const HttpResponse &response)
{
    const QString server = JiraParse::serverError(response.body);
    if (server.isEmpty())
        return response.error;
    return response.error.withMessage(tr("%1 Jira said: %2").arg(response.error.message, server));
}

QString JiraClient::unreadable(const QString &endpoint, const QString &why)
{
    return tr("Jira %1: the answer could not be read: %2.").arg(endpoint, why);
}

void JiraClient::checkCredentials(QObject *context, Callback<QString> done)
{
    myself(context, [done = std::move(done)](const Result<JiraAccount> &account) {
        if (!account)
            return done(account.failure());
        done(account->displayName);
    });
}

void JiraClient::myself(QObject *context, Callback<JiraAccount> done)
{
    const QString endpoint = tr("sign-in check");
    m_http.send(request(m_connection, endpoint, "GET", QStringLiteral("/myself")), context,
                [endpoint, done = std::move(done)](const HttpResponse &response) {
                    if (!response.ok())
                        return done(Result<JiraAccount>::failure(failureOf(response)));
                    const auto account = JiraParse::account(response.json);
                    if (!account) {
                        return done(
                            Result<JiraAccount>::failure(unreadable(endpoint, account.error())));
                    }
                    done(account);
                });
}

void JiraClient::transitions(const QString &issueKey, QObject *context,
                             Callback<QList<JiraTransition>> done)
{
    const QString endpoint = tr("transitions");
    m_http.send(request(m_connection, endpoint, "GET",
                        QStringLiteral("/issue/%1/transitions").arg(encoded(issueKey))),
                context, [endpoint, done = std::move(done)](const HttpResponse &response) {
                    using Answer = Result<QList<JiraTransition>>;
                    if (!response.ok())
                        return done(Answer::failure(failureOf(response)));
                    const auto list = JiraParse::transitions(response.json);
                    if (!list)
                        return done(Answer::failure(unreadable(endpoint, list.error())));
                    done(list);
                });
}

void JiraClient::transitionTo(const QString &issueKey, const QString &transitionId,
                              QObject *context, Callback<Done> done)
{
    HttpRequest post = request(m_connection, tr("transition"), "POST",
                               QStringLiteral("/issue/%1/transitions").arg(encoded(issueKey)));
    post.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    post.body = QJsonDocument(QJsonObject{{QLatin1String("transition"),
                                           QJsonObject{{QLatin1String("id"), transitionId}}}})
                    .toJson(QJsonDocument::Compact);
    // A second POST after a lost answer would fail with "not valid for this
    // issue" once the first one moved it, so resend only what surely did not arrive.
    post.retry = RetryPolicy::OnlyIfNotProcessed;
    post.expectJson = false; // 204 No Content
    m_http.send(std::move(post), context, [done = std::move(done)](const HttpResponse &response) {
        if (!response.ok())
            return done(Status::failure(failureOf(response)));
        done(success());
    });
}

void JiraClient::addComment(const QString &issueKey, const QString &text, QObject *context,
                            Callback<QString> done)
{
    const QString endpoint = tr("comment");
    HttpRequest post = request(m_connection, endpoint, "POST",
                               QStringLiteral("/issue/%1/comment").arg(encoded(issueKey)));
    post.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    const QJsonValue body = m_connection.flavour == Flavour::Cloud
                                ? QJsonValue(JiraParse::adfDocument(text))
                                : QJsonValue(text);
    post.body =
        QJsonDocument(QJsonObject{{QLatin1String("body"), body}}).toJson(QJsonDocument::Compact);
    // A resent comment after a lost answer would be a second comment.
    post.retry = RetryPolicy::OnlyIfNotProcessed;
    m_http.send(std::move(post), context,
                [endpoint, done = std::move(done)](const HttpResponse &response) {
                    if (!response.ok())
                        return done(Result<QString>::failure(failureOf(response)));
                    const auto id = JiraParse::commentId(response.json);
                    if (!id)
                        return done(Result<QString>::failure(unreadable(endpoint, id.error())));
                    done(id);
                });
}

void JiraClient::projectVersions(const QString &projectKey, QObject *context,
                                 Callback<QList<JiraVersion>> done)
{
    const QString endpoint = tr("project versions");
    m_http.send(request(m_connection, endpoint, "GET",
                        QStringLiteral("/project/%1/versions").arg(encoded(projectKey))),
                context, [endpoint, done = std::move(done)](const HttpResponse &response) {
                    using Answer = Result<QList<JiraVersion>>;
                    if (!response.ok())
                        return done(Answer::failure(failureOf(response)));
                    const auto list = JiraParse::versions(response.json);
                    if (!list)
                        return done(Answer::failure(unreadable(endpoint, list.error())));
                    done(list);
                });
}

void JiraClient::withServiceField(QObject *context, Callback<JiraServiceField> then)
{
    JiraServiceField field;
    field.labelPrefix = m_connection.serviceLabelPrefix;
    const std::optional<QString> id = JiraParse::fieldId(m_connection.serviceField);
    if (id || !m_serviceFieldId->isEmpty()) {
        field.id = id.value_or(*m_serviceFieldId);
        return then(field);
    }
    const QString endpoint = tr("fields");
    m_http.send(request(m_connection, endpoint, "GET", QStringLiteral("/field")), context,
                [endpoint, name = m_connection.serviceField, kept = m_serviceFieldId, field,
                 then = std::move(then)](const HttpResponse &response) mutable {
                    using Answer = Result<JiraServiceField>;
                    if (!response.ok())
                        return then(Answer::failure(failureOf(response)));
                    const auto id = JiraParse::fieldIdNamed(response.json, name);
                    if (!id)
                        return then(
                            Answer::failure(tr("Jira: the service field: %1").arg(id.error())));
                    *kept = field.id = id.value();
                    then(field);
                });
}

void JiraClient::issue(const QString &issueKey, QObject *context, Callback<Change> done)
{
    // Copies rather than `this`: the look-up may outlive the client.
    withServiceField(context, [http = &m_http, connection = m_connection, issueKey, context,
                               done = std::move(done)](const Result<JiraServiceField> &service) {
        if (!service)
            return done(service.failure());
        const QString endpoint = tr("issue");
        http->send(
            request(connection, endpoint, "GET", QStringLiteral("/issue/%1").arg(encoded(issueKey)),
                    queryItem(QStringLiteral("fields"), JiraParse::searchFields(service.value()))),
            context, [endpoint, field = service.value(), done](const HttpResponse &response) {
                if (!response.ok())
                    return done(Result<Change>::failure(failureOf(response)));
                const auto change =
                    JiraParse::change(response.json.object(), QStringLiteral("issue"), field);
                if (!change)
                    return done(Result<Change>::failure(unreadable(endpoint, change.error())));
                done(change);
            });
    });
}

void JiraClient::assignee(const QString &issueKey, QObject *context, Callback<JiraAccount> done)
{
    const QString endpoint = tr("assignee");
    m_http.send(
        request(m_connection, endpoint, "GET", QStringLiteral("/issue/%1").arg(encoded(issueKey)),
                queryItem(QStringLiteral("fields"), QStringLiteral("assignee"))),
        context, [endpoint, done = std::move(done)](const HttpResponse &response) {
            if (!response.ok())
                return done(Result<JiraAccount>::failure(failureOf(response)));
            const auto person = JiraParse::assignee(response.json);
            if (!person)
                return done(Result<JiraAccount>::failure(unreadable(endpoint, person.error())));
            done(person);
        });
}

// One comments() call in flight: the comments gathered and where the next page starts.
struct JiraClient::CommentRead
{
    JiraConnection connection;
    QString issueKey;
    Callback<QList<JiraComment>> done;
    QList<JiraComment> comments;
    int startAt = 0;
    int pages = 0;
};

void JiraClient::comments(const QString &issueKey, QObject *context,
                          Callback<QList<JiraComment>> done)
{
    auto read = std::make_shared<CommentRead>();
    read->connection = m_connection;
    read->issueKey = issueKey;
    read->done = std::move(done);
    fetchComments(m_http, std::move(read), context);
}

void JiraClient::fetchComments(HttpClient &http, std::shared_ptr<CommentRead> read,
                               QObject *context)
{
    const QString endpoint = tr("comments");
    using Answer = Result<QList<JiraComment>>;
    if (read->pages >= read->connection.maxPages) {
        return read->done(
            Answer::failure(tr("Jira comments: stopped after %1 pages without reaching the end.")
                                .arg(read->connection.maxPages)));
    }
    ++read->pages;
    const QString query =
        queryItem(QStringLiteral("startAt"), QString::number(read->startAt)) + u'&' +
        queryItem(QStringLiteral("maxResults"), QString::number(read->connection.pageSize));
    http.send(request(read->connection, endpoint, "GET",
                      QStringLiteral("/issue/%1/comment").arg(encoded(read->issueKey)), query),
              context, [&http, context, endpoint, read](const HttpResponse &response) {
                  if (!response.ok())
                      return read->done(Answer::failure(failureOf(response)));
                  const auto page = JiraParse::commentPage(response.json);
                  if (!page)
                      return read->done(Answer::failure(unreadable(endpoint, page.error())));
                  read->comments += page->comments;
                  read->startAt = page->startAt + int(page->comments.size());
                  // An empty page before the total means comments went away meanwhile.
                  if (page->comments.isEmpty() || read->startAt >= page->total)
                      return read->done(read->comments);
                  fetchComments(http, read, context);
              });
}

} // namespace ReleaseDesk
