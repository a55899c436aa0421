#include "models/itemmodels/tablevalues.h"

#include <QLocale>

namespace ReleaseDesk::TableValues {

int naturalCompare(QStringView a, QStringView b)
{
    // QCollator's numeric mode would do this, but not in the C locale the
    // tests and some servers run in.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            while (i < a.size() && a[i] == u'0')
                ++i;
            while (j < b.size() && b[j] == u'0')
                ++j;
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a[endA].isDigit())
                ++endA;
            while (endB < b.size() && b[endB].isDigit())
                ++endB;
            // Without leading zeros, the longer run is the larger number.
            if (endA - i != endB - j)
                return endA - i < endB - j ? -1 : 1;
            if (const int order = a.sliced(i, endA - i).compare(b.sliced(j, endB - j)))
                return order;
            i = endA;
            j = endB;
            continue;
        }
        const char16_t left = a[i].toCaseFolded().unicode();
        const char16_t right = b[j].toCaseFolded().unicode();
        if (left != right)
            return left < right ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return 0;
}

int compare(const QVariant &left, const QVariant &right)
{
    const int leftType = left.metaType().id();
    const int rightType = right.metaType().id();
    if (leftType == QMetaType::QString && rightType == QMetaType::QString)
        return naturalCompare(left.toString(), right.toString());
    if (leftType == QMetaType::QDateTime && rightType == QMetaType::QDateTime) {
        // Something that has no time yet (no activity, no verdict) counts as the oldest.
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        if (a.isValid() != b.isValid())
            return a.isValid() ? 1 : -1;
        return a < b ? -1 : (b < a ? 1 : 0);
    }
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString longTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace ReleaseDesk::TableValues
