#include "slackwebapi.h"

#include "slackparse.h"

#include "services/http/httpclient.h"

#include <QObject>

namespace ReleaseDesk {

namespace {

// "a=1&b=x%20y", every reserved character escaped, so that no value can split the form.
QByteArray formEncoded(const SlackWebApi::Arguments &arguments)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : arguments)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return pairs.join('&');
}

} // namespace

// One readPages() call: what it asks and how far it got.
struct SlackWebApi::PageWalk
{
    SlackWebApi api;
    QString method;
    QString endpoint;
    Arguments arguments;
    PageReader page;
    std::function<void(const Status &)> done;
    QString cursor;
    int pages = 0;
};

SlackWebApi::SlackWebApi(HttpClient &http, SlackConnection connection)
    : m_http(&http), m_connection(std::move(connection))
{}

QString SlackWebApi::failure(const QString &endpoint, const QString &text)
{
    return tr("Slack %1: %2").arg(endpoint, text);
}

QString SlackWebApi::unreadable(const QString &endpoint, const QString &why)
{
    return tr("Slack %1: the answer could not be read: %2.").arg(endpoint, why);
}

std::optional<Error> SlackWebApi::failureOf(const QString &endpoint,
                                            const HttpResponse &response) const
{
    const auto error = SlackParse::error(
        response.json.isNull() ? QJsonDocument::fromJson(response.body) : response.json);
    if (!response.ok()) {
        // A body that was cut off or is not JSON has nothing of Slack's to add.
        const bool readable = response.error.kind != ErrorKind::Malformed &&
                              response.error.kind != ErrorKind::TooLarge;
        if (!error || !readable)
            return response.error;
        return response.error.withMessage(
            tr("%1 Slack said: %2").arg(response.error.message, error->code));
    }
    if (error) {
        // users_not_found, channel_not_found, ...: a lookup that found nothing.
        const ErrorKind kind = error->code.endsWith(QLatin1String("_not_found"))
                                   ? ErrorKind::NotFound
                                   : ErrorKind::Other;
        return Error{kind, failure(endpoint, SlackParse::describe(*error, m_connection.channel))};
    }
    return std::nullopt;
}

void SlackWebApi::send(const QString &method, const QString &endpoint,
                       const QByteArray &contentType, const QByteArray &body, bool creates,
                       QObject *context, Done done) const
{
    HttpRequest request;
    request.system = QStringLiteral("Slack");
    request.endpoint = endpoint;
    request.method = "POST";
    QUrl url = m_connection.baseUrl;
    QString root = url.path();
    while (root.endsWith(u'/'))
        root.chop(1);
    url.setPath(root + QLatin1String("/api/") + method);
    request.url = url;
    request.headers = {{"Content-Type", contentType}};
    // Without a token Slack answers not_authed, which says what to do.
    if (!m_connection.token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_connection.token.toUtf8()});
    request.body = body;
    request.timeout = m_connection.timeout;
    request.retry = creates ? RetryPolicy::OnlyIfNotProcessed : RetryPolicy::Idempotent;
    m_http->send(std::move(request), context,
                 [api = *this, endpoint, done = std::move(done)](const HttpResponse &response) {
                     if (const auto failed = api.failureOf(endpoint, response))
                         return done(Result<QJsonDocument>::failure(*failed));
                     done(response.json);
                 });
}

void SlackWebApi::read(const QString &method, const QString &endpoint, const Arguments &arguments,
                       QObject *context, Done done) const
{
    // No charset: Slack warns about one on a form.
    send(method, endpoint, "application/x-www-form-urlencoded", formEncoded(arguments), false,
         context, std::move(done));
}

void SlackWebApi::write(const QString &method, const QString &endpoint, const QJsonObject &body,
                        QObject *context, Done done) const
{
    // Slack warns about JSON without a charset.
    send(method, endpoint, "application/json; charset=utf-8",
         QJsonDocument(body).toJson(QJsonDocument::Compact), true, context, std::move(done));
}

void SlackWebApi::readPages(const QString &method, const QString &endpoint,
                            const Arguments &arguments, PageReader page, QObject *context,
                            std::function<void(const Status &)> done) const
{
    auto walk = std::make_shared<PageWalk>(
        PageWalk{*this, method, endpoint, arguments, std::move(page), std::move(done), {}, 0});
    nextPage(std::move(walk), context);
}

void SlackWebApi::nextPage(std::shared_ptr<PageWalk> walk, QObject *context)
{
    const SlackConnection &connection = walk->api.connection();
    if (walk->pages >= connection.maxPages) {
        return walk->done(Status::failure(failure(
            walk->endpoint,
            tr("stopped after %1 pages without reaching the end.").arg(connection.maxPages))));
    }
    ++walk->pages;
    Arguments arguments = walk->arguments;
    arguments.append({QStringLiteral("limit"), QString::number(connection.pageSize)});
    if (!walk->cursor.isEmpty())
        arguments.append({QStringLiteral("cursor"), walk->cursor});
    // HttpClient calls back only while `context` lives, so the next page can use it.
    walk->api.read(walk->method, walk->endpoint, arguments, context,
                   [walk, context](const Result<QJsonDocument> &answer) {
                       if (!answer)
                           return walk->done(answer.failure());
                       const auto next = walk->page(answer.value());
                       if (!next)
                           return walk->done(next.failure());
                       if (next->isEmpty())
                           return walk->done(success());
                       walk->cursor = next.value();
                       nextPage(walk, context);
                   });
}

} // namespace ReleaseDesk
