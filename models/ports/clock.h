#pragma once

#include <QDateTime>

namespace ReleaseDesk {

// The time, behind an interface so that tests can set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace ReleaseDesk
