#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <utility>

namespace ReleaseDesk {

// Why a request failed, in terms a client can act on, and a message that names
// the system and endpoint for the person reading it.
struct HttpError
{
    enum class Kind {
        None,
        Unreachable, // offline, host not found, connection refused or dropped
        Timeout,
        Tls,
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        RateLimited,  // 429, or Slack's {"ok":false,"error":"ratelimited"}
        Server,       // 5xx
        Client,       // any other 4xx
        Malformed,    // bad JSON, not JSON, a partial body
        TooLarge,     // more than HttpRequest::maxBodyBytes
        InsecureUrl,  // plain http:// to a host other than this computer
    };

    Kind kind = Kind::None;
    QString message;
};

// The outcome of HttpClient::send() after its last attempt.
struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer came
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;    // kept on errors too, for the clients to read the server's own error text
    QJsonDocument json; // when the request expected JSON and it parsed
    int attempts = 0;
    HttpError error;

    bool ok() const { return error.kind == HttpError::Kind::None; }
    // The first header of that name, ignoring case; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

} // namespace ReleaseDesk
