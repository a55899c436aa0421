#pragma once

#include <QStringList>

namespace ReleaseDesk::Testing {

// CHS-1 … CHS-<count>: the keys of a release's tasks, for counted texts.
inline QStringList sampleTaskKeys(int count)
{
    QStringList keys;
    for (int i = 1; i <= count; ++i)
        keys << QStringLiteral("CHS-%1").arg(i);
    return keys;
}

} // namespace ReleaseDesk::Testing
