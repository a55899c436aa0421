#include "services/sandbox/core/journal.h"

#include <QJsonObject>

namespace ReleaseDesk::Sandbox {

QJsonArray Journal::toJson() const
{
    QJsonArray entries;
    for (const Entry &entry : m_entries) {
        entries.append(QJsonObject{
            {QLatin1String("at"), entry.at.toString(Qt::ISODateWithMs)},
            {QLatin1String("system"), entry.system},
            {QLatin1String("method"), QString::fromLatin1(entry.method)},
            {QLatin1String("path"), entry.path},
            {QLatin1String("status"), entry.status},
            {QLatin1String("body"), QString::fromUtf8(entry.requestBody)},
        });
    }
    return entries;
}

} // namespace ReleaseDesk::Sandbox
