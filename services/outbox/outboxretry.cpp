#include "outboxretry.h"

#include <algorithm>
#include <cmath>

namespace ReleaseDesk {

bool OutboxRetry::isTransient(ErrorKind kind)
{
    using Kind = ErrorKind;
    switch (kind) {
    case Kind::Unreachable:
    // A proxy that is down comes back, and one that asks for a sign-in lets
    // the entry through once a person has seen to it.
    case Kind::Proxy:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Malformed:
    case Kind::TooLarge:
        return true;
    case Kind::None:
    case Kind::Other:
    case Kind::Tls:
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::Client:
    case Kind::InsecureUrl:
        return false;
    }
    return false;
}

std::chrono::milliseconds OutboxRetry::backoff(const Policy &policy, int failedAttempts,
                                               double jitter)
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const double full = std::min(double(policy.firstDelay.count()) * std::pow(2.0, doublings),
                                 double(policy.maxDelay.count()));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    return milliseconds(qint64(full / 2 + full / 2 * spread));
}

OutboxRetry::Decision OutboxRetry::afterFailure(const Policy &policy, int attempts,
                                                const Error &failure, const QDateTime &now,
                                                double jitter)
{
    Decision decision;
    if (!isTransient(failure.kind)) {
        decision.state = OutboxState::Failed;
        decision.lastError = failure.message;
        return decision;
    }
    // A server that says when to come back (Retry-After) is waited for as
    // long as it asks, without using up the attempts: its own pacing, not our
    // count, says when the write can go. Each such wait is bounded by
    // RetryTiming::longestServerWait.
    if (attempts >= policy.maxAttempts && !failure.retryAfter) {
        decision.state = OutboxState::Failed;
        // %n is the number of attempts, for the plural.
        decision.lastError =
            tr("Gave up after %n attempts: %1", nullptr, attempts).arg(failure.message);
        return decision;
    }
    const auto wait = failure.retryAfter ? *failure.retryAfter : backoff(policy, attempts, jitter);
    decision.state = OutboxState::Pending;
    decision.nextAttempt = now.addMSecs(wait.count());
    decision.lastError = failure.message;
    return decision;
}

} // namespace ReleaseDesk
