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

// A Retry-After header, in delay-seconds or an HTTP-date relative to `now`,
// capped at maxRetryAfter; nothing when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &now);

} // namespace ReleaseDesk::RetryTiming
