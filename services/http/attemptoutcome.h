#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QDateTime>
#include <QNetworkReply>

#include <chrono>
#include <optional>

namespace ReleaseDesk {

// What one attempt came back with, read off the QNetworkReply, so that the
// judgement below can be tested without a network.
struct AttemptFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int status = 0; // 0 when no HTTP answer came
    QByteArray reasonPhrase;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool tooLarge = false; // reading stopped at HttpRequest::maxBodyBytes
    bool timedOut = false; // the transfer timeout fired
    // A redirect checkRedirect() refused: the attempt stopped before following it.
    std::optional<Error> refusedRedirect;
    // The proxy the attempt went through, "proxy.corp:3128"; empty: none.
    QString proxy;
    // The CA bundle trusted besides the system's CA list; empty: none.
    QString caBundle;
    // Who issued the certificate that was not trusted, "Corp Inspection CA".
    QString untrustedIssuer;

    QByteArray header(const QByteArray &name) const;
};

// The judgement of one attempt: the error (Kind::None on success), whether
// another attempt may go differently, and whether the server certainly did
// not act on the request, which is what allows resending a non-idempotent one.
struct AttemptOutcome
{
    Error error;
    bool transient = false;
    bool certainlyNotProcessed = false;
    std::optional<std::chrono::milliseconds> retryAfter;
    QJsonDocument json;

    bool mayRetry(RetryPolicy policy) const
    {
        return transient && (policy == RetryPolicy::Idempotent || certainlyNotProcessed);
    }
};

// `attempts` is how many were made so far, for the message.
AttemptOutcome judgeAttempt(const HttpRequest &request, const AttemptFacts &facts, int attempts,
                            const QDateTime &now);

// The refusal of a URL that would send credentials in the clear; nothing when it is allowed.
std::optional<Error> checkUrlIsSafe(const HttpRequest &request);
// The refusal of a redirect from `request`'s URL to `target` (relative to it):
// one to another origin (scheme, host, port), which would take the request's
// credentials and body along, or one that checkUrlIsSafe() would refuse.
std::optional<Error> checkRedirect(const HttpRequest &request, const QUrl &target);

} // namespace ReleaseDesk
