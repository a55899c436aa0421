#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace ReleaseDesk::Sandbox {

// Every request that changed something (a write answered with 2xx), in order:
// what tests and crash checks count to prove that each write arrived once.
class Journal
{
public:
    struct Entry
    {
        QDateTime at;
        QString system;
        QByteArray method;
        QString path;
        int status = 0;
        QByteArray requestBody;
    };

    void record(Entry entry) { m_entries.append(std::move(entry)); }
    void clear() { m_entries.clear(); }
    const QList<Entry> &entries() const { return m_entries; }
    QJsonArray toJson() const;

private:
    QList<Entry> m_entries;
};

} // namespace ReleaseDesk::Sandbox
