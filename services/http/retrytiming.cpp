#include "retrytiming.h"

#include <QLocale>

#include <algorithm>

namespace ReleaseDesk::RetryTiming {

using std::chrono::milliseconds;

milliseconds backoff(int failedAttempts, double jitter)
{
    // Doubling past 2^16 overflows long before it matters; the cap is reached by then.
    const int doublings = std::clamp(failedAttempts - 1, 0, 16);
    const milliseconds ceiling =
        std::min(maxBackoff, milliseconds(firstBackoff.count() << doublings));
    return milliseconds(qint64(double(ceiling.count()) * std::clamp(jitter, 0.0, 1.0)));
}

std::optional<milliseconds> serverWait(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0)
            return std::nullopt;
        // Compared in seconds: seconds * 1000 could overflow.
        const qint64 longest =
            std::chrono::duration_cast<std::chrono::seconds>(longestServerWait).count();
        return seconds >= longest ? longestServerWait : milliseconds(seconds * 1000);
    }
    // IMF-fixdate, the form RFC 9110 requires senders to use: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    const qint64 ms = std::max<qint64>(0, now.msecsTo(at));
    return std::min(longestServerWait, milliseconds(ms));
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const std::optional<milliseconds> wait = serverWait(value, now);
    if (!wait)
        return std::nullopt;
    return std::min(maxRetryAfter, *wait);
}

} // namespace ReleaseDesk::RetryTiming
