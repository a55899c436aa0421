#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVariant>

// What the project's table models share: how a time is shown in a cell and in
// its tooltip, and how raw sort values compare, so that every table sorts
// names, dates and numbers the same way.
namespace ReleaseDesk::TableValues {

// Compares digit runs as numbers and the rest case-insensitively, so that
// "2026.11.9" sorts before "2026.11.10" and "CHS-9" before "CHS-10".
int naturalCompare(QStringView a, QStringView b);

// Orders two raw sort values: text naturally, dates with an unknown date
// first, anything else as QVariant compares it. Negative, zero or positive.
int compare(const QVariant &left, const QVariant &right);

// The locale's short form in local time ("02/11/2026 09:00" in en_GB),
// compact for a column; empty for an invalid time.
QString shortTime(const QDateTime &time);
// The locale's long form, for tooltips; empty for an invalid time.
QString longTime(const QDateTime &time);

} // namespace ReleaseDesk::TableValues
