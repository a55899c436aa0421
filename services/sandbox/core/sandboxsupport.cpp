#include "services/sandbox/core/sandboxsupport.h"

#include <QJsonArray>

namespace ReleaseDesk::Sandbox {

QStringList toStringList(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &item : array.toArray())
        list << item.toString();
    return list;
}

} // namespace ReleaseDesk::Sandbox
