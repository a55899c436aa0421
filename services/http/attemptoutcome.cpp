#include "attemptoutcome.h"

#include "retrytiming.h"
#include "urlrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace ReleaseDesk {

namespace {

using Kind = ErrorKind;

// The media type without parameters, lower case: "application/json".
QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower();
}

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || type.endsWith("+json");
}

// Qt reports HTTP error statuses as network errors too; these are the ones
// that come from the connection itself, not from a status line.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// A body that stops short of its Content-Length: Qt 6.4 may finish a reply
// whose connection was reset mid-body without an error. A compressed body is
// counted after Qt inflated it, so the length cannot be compared then.
std::optional<qint64> missingBytes(const AttemptFacts &facts)
{
    const QByteArray encoding = facts.header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return std::nullopt;
    bool ok = false;
    const qint64 declared = facts.header("Content-Length").trimmed().toLongLong(&ok);
    if (!ok || declared <= facts.body.size())
        return std::nullopt;
    return declared;
}

QString statusText(const AttemptFacts &facts)
{
    return facts.reasonPhrase.isEmpty()
               ? QString::number(facts.status)
               : QString::number(facts.status) + u' ' + QString::fromUtf8(facts.reasonPhrase);
}

AttemptOutcome failed(Kind kind, QString message, bool transient = false,
                      bool certainlyNotProcessed = false)
{
    AttemptOutcome outcome;
    outcome.error = {kind, std::move(message)};
    outcome.transient = transient;
    outcome.certainlyNotProcessed = certainlyNotProcessed;
    return outcome;
}

// A proxy on the way that failed, named, so that nobody looks for the fault
// at the server; nothing when the failure was not the proxy's.
std::optional<AttemptOutcome> judgeProxyError(const HttpRequest &request, const AttemptFacts &facts)
{
    const QString proxy = facts.proxy.isEmpty()
                              ? QCoreApplication::translate("HttpClient", "on the way")
                              : facts.proxy;
    const auto says = [&](const char *what) {
        return QCoreApplication::translate("HttpClient", what)
            .arg(request.system, request.endpoint, proxy);
    };
    QNetworkReply::NetworkError error = facts.networkError;
    // Through a proxy, http:// requests connect to nobody else: Qt reports
    // its failures as the server's.
    if (!facts.proxy.isEmpty() && error == QNetworkReply::ConnectionRefusedError)
        error = QNetworkReply::ProxyConnectionRefusedError;
    if (!facts.proxy.isEmpty() && error == QNetworkReply::HostNotFoundError)
        error = QNetworkReply::ProxyNotFoundError;
    // A tunnel the proxy would not open (CONNECT answered 403 or 502).
    if (!facts.proxy.isEmpty() && error == QNetworkReply::UnknownNetworkError)
        error = QNetworkReply::UnknownProxyError;
    switch (error) {
    case QNetworkReply::ProxyConnectionRefusedError:
        // Nothing reached the server, so even a write may be resent.
        return failed(
            Kind::Proxy,
            says(QT_TRANSLATE_NOOP(
                "HttpClient", "%1 %2: the proxy %3 refused the connection; check the proxy in the "
                              "connection settings, or that it is running.")),
            true, true);
    case QNetworkReply::ProxyNotFoundError:
        return failed(Kind::Proxy,
                      says(QT_TRANSLATE_NOOP(
                          "HttpClient", "%1 %2: the proxy %3 was not found; check the proxy in the "
                                        "connection settings.")),
                      true, true);
    case QNetworkReply::ProxyConnectionClosedError:
        return failed(
            Kind::Proxy,
            says(QT_TRANSLATE_NOOP("HttpClient",
                                   "%1 %2: the proxy %3 closed the connection before the server "
                                   "answered; it may not let this address through.")),
            true);
    case QNetworkReply::ProxyTimeoutError:
        return failed(
            Kind::Proxy,
            says(QT_TRANSLATE_NOOP("HttpClient",
                                   "%1 %2: the proxy %3 did not answer in time; try again later.")),
            true);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        // Asked before the request went on, so the server did not act on it.
        return failed(
            Kind::Proxy,
            says(QT_TRANSLATE_NOOP(
                "HttpClient", "%1 %2: the proxy %3 asks for a sign-in (407), which ReleaseDesk "
                              "cannot give; ask for this address to be let through, or choose "
                              "another proxy in the connection settings.")),
            false, true);
    case QNetworkReply::UnknownProxyError:
        return failed(Kind::Proxy,
                      says(QT_TRANSLATE_NOOP("HttpClient", "%1 %2: the proxy %3 failed (%4)."))
                          .arg(facts.networkErrorText),
                      true);
    default:
        return std::nullopt;
    }
}

// A certificate chain that ends at a CA nobody told this computer to trust:
// most often a company's TLS inspection, whose CA belongs in the bundle.
AttemptOutcome judgeUntrustedCertificate(const HttpRequest &request, const AttemptFacts &facts)
{
    if (facts.caBundle.isEmpty())
        return failed(Kind::Tls,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server's certificate is not trusted: issued by "
                                        "'%3', not in the system's CA list. If the company "
                                        "inspects secure connections, give its CA bundle in the "
                                        "connection settings.")
                          .arg(request.system, request.endpoint, facts.untrustedIssuer));
    return failed(
        Kind::Tls,
        QCoreApplication::translate("HttpClient", "%1 %2: the server's certificate is not trusted: "
                                                  "issued by '%3', not in the system's CA list nor "
                                                  "in %4.")
            .arg(request.system, request.endpoint, facts.untrustedIssuer, facts.caBundle));
}

AttemptOutcome judgeConnectionError(const HttpRequest &request, const AttemptFacts &facts)
{
    const QString &system = request.system;
    const QString &endpoint = request.endpoint;
    if (facts.timedOut || facts.networkError == QNetworkReply::TimeoutError) {
        const double seconds = double(request.timeout.count()) / 1000.0;
        return failed(Kind::Timeout,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server did not answer within %3 seconds; "
                                        "try again later.")
                          .arg(system, endpoint, QLocale().toString(seconds, 'g', 3)),
                      true);
    }
    if (auto proxyFailure = judgeProxyError(request, facts))
        return *proxyFailure;
    if (facts.networkError == QNetworkReply::SslHandshakeFailedError &&
        !facts.untrustedIssuer.isEmpty())
        return judgeUntrustedCertificate(request, facts);
    switch (facts.networkError) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return failed(Kind::Tls, QCoreApplication::translate(
                                     "HttpClient", "%1 %2: the secure connection failed (%3); "
                                                   "the server's certificate is not trusted.")
                                     .arg(system, endpoint, facts.networkErrorText));
    default:
        break;
    }
    // Refused or unresolved: nothing reached the server, so even a write may be resent.
    const bool neverSent = facts.networkError == QNetworkReply::ConnectionRefusedError ||
                           facts.networkError == QNetworkReply::HostNotFoundError;
    if (facts.status != 0) {
        // The answer began and broke off: the server acted, its answer is lost.
        return failed(Kind::Malformed,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the answer broke off (%3); try again later.")
                          .arg(system, endpoint, facts.networkErrorText),
                      true);
    }
    return failed(Kind::Unreachable,
                  QCoreApplication::translate("HttpClient",
                                              "%1 %2: could not reach the server (%3); check the "
                                              "network and the address in the connection settings.")
                      .arg(system, endpoint, facts.networkErrorText),
                  true, neverSent);
}

AttemptOutcome judgeStatus(const HttpRequest &request, const AttemptFacts &facts, int attempts,
                           const QDateTime &now)
{
    const QString &system = request.system;
    const QString &endpoint = request.endpoint;
    const QString status = statusText(facts);
    switch (facts.status) {
    case 401:
        return failed(Kind::Unauthorized,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server did not accept the credentials "
                                        "(%3); check the account and token in the "
                                        "connection settings.")
                          .arg(system, endpoint, status));
    case 403:
        return failed(Kind::Forbidden,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the account is not allowed to do this (%3).")
                          .arg(system, endpoint, status));
    case 404:
        return failed(Kind::NotFound,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: not found (%3); check the address and that "
                                        "the item still exists.")
                          .arg(system, endpoint, status));
    case 409:
        return failed(Kind::Conflict,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server reported a conflict (%3); someone "
                                        "may have changed it meanwhile.")
                          .arg(system, endpoint, status));
    case 408:
        // The server gave up waiting for the request, so it did not act on it.
        return failed(Kind::Timeout,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server gave up waiting (%3); try again "
                                        "later.")
                          .arg(system, endpoint, status),
                      true, true);
    case 429: {
        auto outcome = failed(Kind::RateLimited,
                              QCoreApplication::translate(
                                  "HttpClient", "%1 %2: the server is limiting requests (%3); "
                                                "try again in a few minutes.")
                                  .arg(system, endpoint, status),
                              true, true);
        outcome.retryAfter = RetryTiming::parseRetryAfter(facts.header("Retry-After"), now);
        return outcome;
    }
    default:
        break;
    }
    if (facts.status >= 500) {
        const auto retryAfter = RetryTiming::parseRetryAfter(facts.header("Retry-After"), now);
        // 501 and 505 say the server will never do this; retrying cannot help.
        const bool transient = facts.status != 501 && facts.status != 505;
        // Only a 503 that says when to come back promises the request was not acted on.
        const bool notProcessed = facts.status == 503 && retryAfter.has_value();
        const QString message =
            attempts > 1
                ? QCoreApplication::translate("HttpClient",
                                              "%1 %2: the server answered %3 %n times; try again "
                                              "later.",
                                              nullptr, attempts)
                      .arg(system, endpoint, status)
                : QCoreApplication::translate("HttpClient",
                                              "%1 %2: the server answered %3; try again later.")
                      .arg(system, endpoint, status);
        auto outcome = failed(Kind::Server, message, transient, notProcessed);
        outcome.retryAfter = retryAfter;
        return outcome;
    }
    return failed(Kind::Client, QCoreApplication::translate(
                                    "HttpClient", "%1 %2: the server refused the request (%3).")
                                    .arg(system, endpoint, status));
}

// A 2xx answer: checks that it is whole and, when JSON was asked for, that it is JSON.
AttemptOutcome judgeBody(const HttpRequest &request, const AttemptFacts &facts,
                         const QDateTime &now)
{
    const QString &system = request.system;
    const QString &endpoint = request.endpoint;
    if (const auto declared = missingBytes(facts)) {
        return failed(Kind::Malformed,
                      QCoreApplication::translate("HttpClient",
                                                  "%1 %2: the answer was cut off (%3 of %4 bytes "
                                                  "arrived); try again later.")
                          .arg(system, endpoint, QString::number(facts.body.size()),
                               QString::number(*declared)),
                      true);
    }
    AttemptOutcome outcome;
    if (!request.expectJson || facts.body.isEmpty())
        return outcome;
    const QByteArray type = mediaType(facts.header("Content-Type"));
    if (type == "text/html" || type == "application/xhtml+xml") {
        return failed(Kind::Malformed,
                      QCoreApplication::translate("HttpClient",
                                                  "%1 %2: the server answered with a web page "
                                                  "instead of data; a proxy or single sign-on "
                                                  "login may be in the way: check the address "
                                                  "in the connection settings.")
                          .arg(system, endpoint));
    }
    // No Content-Type at all is let through to the parser, which decides.
    if (!type.isEmpty() && !isJsonType(type)) {
        return failed(Kind::Malformed,
                      QCoreApplication::translate(
                          "HttpClient", "%1 %2: the server answered with %3 instead of JSON; "
                                        "check the address in the connection settings.")
                          .arg(system, endpoint, QString::fromLatin1(type)));
    }
    QJsonParseError parseError;
    outcome.json = QJsonDocument::fromJson(facts.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failed(Kind::Malformed,
                      QCoreApplication::translate("HttpClient",
                                                  "%1 %2: the answer is not valid JSON (%3 at "
                                                  "byte %4); try again later.")
                          .arg(system, endpoint, parseError.errorString(),
                               QString::number(parseError.offset)));
    }
    // Slack reports its rate limit in the body too; it is the same as a 429.
    const QJsonObject object = outcome.json.object();
    if (object.value(QLatin1String("ok")) == QJsonValue(false) &&
        object.value(QLatin1String("error")).toString() == QLatin1String("ratelimited")) {
        AttemptFacts limited = facts;
        limited.status = 429;
        limited.reasonPhrase = "Too Many Requests";
        return judgeStatus(request, limited, 1, now);
    }
    return outcome;
}

} // namespace

QByteArray AttemptFacts::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

AttemptOutcome judgeAttempt(const HttpRequest &request, const AttemptFacts &facts, int attempts,
                            const QDateTime &now)
{
    if (facts.refusedRedirect)
        return failed(facts.refusedRedirect->kind, facts.refusedRedirect->message);
    if (facts.tooLarge) {
        return failed(Kind::TooLarge, QCoreApplication::translate(
                                          "HttpClient", "%1 %2: the answer is larger than %3; "
                                                        "stopped reading it. Check the address "
                                                        "in the connection settings.")
                                          .arg(request.system, request.endpoint,
                                               QLocale().formattedDataSize(request.maxBodyBytes)));
    }
    if (facts.timedOut || isConnectionError(facts.networkError))
        return judgeConnectionError(request, facts);
    if (facts.status < 200 || facts.status >= 300)
        return judgeStatus(request, facts, attempts, now);
    return judgeBody(request, facts, now);
}

std::optional<Error> checkUrlIsSafe(const HttpRequest &request)
{
    const QUrl &url = request.url;
    if (UrlRules::allowsCredentials(url))
        return std::nullopt;
    return Error{Kind::InsecureUrl,
                 QCoreApplication::translate("HttpClient",
                                             "%1 %2: refusing to send to %3; only https:// "
                                             "addresses are allowed, and plain http:// only to "
                                             "this computer.")
                     .arg(request.system, request.endpoint,
                          url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))};
}

std::optional<Error> checkRedirect(const HttpRequest &request, const QUrl &target)
{
    const QUrl next = request.url.resolved(target);
    if (UrlRules::sameOrigin(request.url, next)) {
        HttpRequest hop = request;
        hop.url = next;
        return checkUrlIsSafe(hop);
    }
    return Error{Kind::InsecureUrl,
                 QCoreApplication::translate("HttpClient",
                                             "%1 %2: %3 sent the request on to %4; refusing "
                                             "to follow it there, so that the credentials "
                                             "stay with %3. Check the address in the "
                                             "connection settings.")
                     .arg(request.system, request.endpoint, UrlRules::origin(request.url),
                          UrlRules::origin(next))};
}

} // namespace ReleaseDesk
