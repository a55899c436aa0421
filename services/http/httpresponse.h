#pragma once

#include "models/domain/error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <utility>

namespace ReleaseDesk {

// The outcome of HttpClient::send() after its last attempt.
struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer came
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;    // kept on errors too, for the clients to read the server's own error text
    QJsonDocument json; // when the request expected JSON and it parsed
    int attempts = 0;
    // Kind None on success; otherwise it names the request's system and endpoint.
    Error error;

    bool ok() const { return error.kind == ErrorKind::None; }
    // The first header of that name, ignoring case; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

} // namespace ReleaseDesk
