#pragma once

#include <QLockFile>
#include <QString>

#include <chrono>
#include <memory>

namespace ReleaseDesk {

// Who holds the leases on outbox entries that one store claims, and how
// another process tells a lease whose holder died (kill -9, a power cut)
// from one whose holder is still sending. Each store holds a lock file named
// after its owner id in a folder beside the database for as long as it is
// open; QLockFile finds a lock whose process is gone stale. A holder on
// another machine (a profile on a network share) cannot be seen, so its
// leases are taken over only once they expire.
class OutboxLease
{
public:
    // Long enough for any attempt (OutboxRetry::Policy::attemptTimeout is
    // 3 minutes), so a live sender's entry is never taken from it.
    static constexpr std::chrono::minutes length{10};

    explicit OutboxLease(const QString &databasePath);
    ~OutboxLease();
    OutboxLease(const OutboxLease &) = delete;
    OutboxLease &operator=(const OutboxLease &) = delete;

    const QString &owner() const { return m_owner; }
    // Whether the store that held `owner`'s leases is closed or its process gone.
    bool isAbandoned(const QString &owner) const;

private:
    QString lockPath(const QString &owner) const;

    QString m_folder;
    QString m_owner;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace ReleaseDesk
