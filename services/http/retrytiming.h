#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace ReleaseDesk::RetryTiming {

inline constexpr std::chrono::milliseconds firstBackoff{500};
inline constexpr std::chrono::milliseconds maxBackoff{30000};
// A server may ask for minutes; waiting longer than this inside one request
// would look like a hang, so the wait is cut short here.
inline constexpr std::chrono::milliseconds maxRetryAfter{120000};

// The wait before the next attempt after `failedAttempts` failures (1 = after
// the first): exponential from firstBackoff, capped at maxBackoff, with full
// jitter (`jitter` in 0..1 scales the whole wait) so that many clients
// failing together do not come back together.
std::chrono::milliseconds backoff(int failedAttempts, double jitter);

// The longest wait a server's answer is taken to ask for; a larger number
// (or one that would overflow) is read as this.
inline constexpr std::chrono::milliseconds longestServerWait{std::chrono::hours(24)};

// A Retry-After header, in delay-seconds or an HTTP-date relative to `now`,
// as the server asked, up to longestServerWait: the outbox waits that long
// between attempts. Nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> serverWait(const QByteArray &value, const QDateTime &now);

// The same, capped at maxRetryAfter: how long one request may wait to retry.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);

} // namespace ReleaseDesk::RetryTiming
