#pragma once

#include "models/domain/domain.h"
#include "models/domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace ReleaseDesk {

// When the outbox tries a failed write again, and when it stops trying and
// leaves the entry to a person. Pure, so that every case is tested from a table.
class OutboxRetry
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRetry)

public:
    struct Policy
    {
        // Attempts, counting the first, before a write that keeps failing is
        // left to a person.
        int maxAttempts = 8;
        std::chrono::milliseconds firstDelay{std::chrono::seconds(15)};
        std::chrono::milliseconds maxDelay{std::chrono::minutes(30)};
        // How long a write for a system that is not connected waits before
        // it is looked at again; not an attempt.
        std::chrono::milliseconds notConnectedDelay{std::chrono::minutes(1)};
        // How long one attempt may take, however many requests it makes,
        // before it counts as a timeout.
        std::chrono::milliseconds attemptTimeout{std::chrono::minutes(3)};
    };

    // What the entry becomes after a failed attempt.
    struct Decision
    {
        OutboxState state = OutboxState::Pending;
        QDateTime nextAttempt; // Pending only
        QString lastError;
        friend bool operator==(const Decision &, const Decision &) = default;
    };

    // Whether an answer of this kind may go differently later: no answer, a
    // timeout, a server error, a rate limit, a garbled or cut-off body. A 4xx
    // (wrong credentials, no permission, a refused write) will not, nor will
    // a refusal the client read in a good answer (Slack's ok:false, a task
    // with no way to the status asked for), which is of kind Other.
    static bool isTransient(ErrorKind kind);

    // The wait after `failedAttempts` failures (1 = after the first):
    // exponential from firstDelay, capped at maxDelay, of which `jitter`
    // (0..1) takes up to half, so that writes failing together spread out
    // and none is retried at once.
    static std::chrono::milliseconds backoff(const Policy &policy, int failedAttempts,
                                             double jitter);

    // `attempts` counts the attempt that failed. A transient failure waits
    // what the answer asked (its retryAfter, however many attempts were
    // made), or else the backoff within the attempts allowed; any other is
    // Failed with the message.
    static Decision afterFailure(const Policy &policy, int attempts, const Error &failure,
                                 const QDateTime &now, double jitter);
};

} // namespace ReleaseDesk
