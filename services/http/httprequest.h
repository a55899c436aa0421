#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace ReleaseDesk {

// When a failed attempt may be sent again.
enum class RetryPolicy {
    // Reads and replace-style writes (GET, PUT): sending twice does no harm, so
    // any transient failure is retried.
    Idempotent,
    // Writes that create something (POST a comment, a page, a ticket): retried
    // only when the server certainly did not act on it (429, 503 with
    // Retry-After, connection refused), never after a timeout, a reset or a
    // partial answer, which could mean a second page or ticket.
    OnlyIfNotProcessed,
};

// One request to an external system, as the clients describe it. The system
// and endpoint name it in messages a person reads ("Jira search: ...").
struct HttpRequest
{
    QString system;   // "Jira"
    QString endpoint; // "search"
    QByteArray method = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds timeout{30000}; // per attempt, without a byte moving
    RetryPolicy retry = RetryPolicy::Idempotent;
    int maxAttempts = 4;
    bool expectJson = true;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
};

} // namespace ReleaseDesk
