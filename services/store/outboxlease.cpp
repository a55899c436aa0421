#include "services/store/outboxlease.h"

#include <QDir>
#include <QUuid>

namespace ReleaseDesk {

OutboxLease::OutboxLease(const QString &databasePath)
    : m_folder(databasePath + QLatin1String("-leases")),
      m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Without the folder (a read-only profile) nothing can be claimed anyway;
    // others then see this owner as gone, which is true of its writes.
    if (!QDir().mkpath(m_folder))
        return;
    m_lock = std::make_unique<QLockFile>(lockPath(m_owner));
    // A lock is stale only when its process is gone, never for its age.
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

OutboxLease::~OutboxLease() = default;

bool OutboxLease::isAbandoned(const QString &owner) const
{
    // Not one of ours (or ours): it cannot be looked up, so its lease expires.
    if (owner == m_owner || QUuid::fromString(owner).isNull())
        return false;
    QLockFile lock(lockPath(owner));
    lock.setStaleLockTime(0);
    // Taken (and dropped, which removes the file) only when no one holds it:
    // its store was closed, or its process died and the lock is stale.
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

QString OutboxLease::lockPath(const QString &owner) const
{
    return QDir(m_folder).filePath(owner + QLatin1String(".lock"));
}

} // namespace ReleaseDesk
