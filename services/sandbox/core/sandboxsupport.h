#pragma once

#include <QJsonValue>
#include <QStringList>

// Helpers that more than one of the sandbox's systems needs.

namespace ReleaseDesk::Sandbox {

// The strings of a JSON array, as the systems keep lists of names in their
// saved state: the reverse of QJsonArray::fromStringList. Anything that is not
// an array gives an empty list.
QStringList toStringList(const QJsonValue &array);

} // namespace ReleaseDesk::Sandbox
