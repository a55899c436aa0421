#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace ReleaseDesk {

// The outbox: the entries that write each action to the remote system where
// the team looks, and their attempts. The outbox worker claims, sends and
// records them; the views and the CLI list them and a person retries or
// discards one. It is separate from the releases because it is worked by its
// own loop, which leases entries to one sender at a time.
class OutboxQueue
{
public:
    virtual ~OutboxQueue() = default;

    // Outbox entries in `state`, oldest first.
    virtual Result<QList<OutboxEntry>> outbox(OutboxState state) const = 0;
    // Every entry, newest first, for the lists people look at.
    virtual Result<QList<OutboxEntry>> outboxEntries() const = 0;
    // The entries of one release, oldest first, for its timeline. The default
    // filters outboxEntries(); a store with an index on the release overrides it.
    virtual Result<QList<OutboxEntry>> releaseOutbox(qint64 releaseId) const
    {
        auto all = outboxEntries();
        if (!all)
            return all;
        QList<OutboxEntry> entries;
        for (auto entry = all->crbegin(); entry != all->crend(); ++entry) {
            if (entry->releaseId == releaseId)
                entries << *entry;
        }
        return entries;
    }
    virtual Result<OutboxEntry> outboxEntry(qint64 id) const = 0;
    // Records an attempt: state, attempts, next attempt and last error.
    virtual Status updateOutboxEntry(const OutboxEntry &entry) = 0;

    // The outbox worker's side. claimNextOutboxEntry takes an entry still
    // Sending that no other live sender holds (first), or else the oldest
    // that is Pending and due (no next attempt, or one at or before `now`),
    // marks it Sending and counts the attempt, all in one write; nullopt when
    // nothing is due. A store shared by processes leases the entry to the
    // claiming store, so that another one does not take it mid-attempt. The
    // entry comes back with the new attempt count and the state it was found
    // in: Sending means an earlier attempt was cut short and may have reached
    // the remote system, so it must be looked for there before it is sent again.
    virtual Result<std::optional<OutboxEntry>> claimNextOutboxEntry(const QDateTime &now) = 0;
    // Marks a Sending entry Done (nothing due, no error) and, in the same
    // write, saves what the remote system's answer changed: the release (as
    // saveRelease would) and events. Events whose releaseId is 0 belong to the
    // entry's release.
    virtual Status completeOutboxEntry(const OutboxEntry &entry, const Release *updatedRelease,
                                       const QList<AuditEvent> &events) = 0;
    // A person's decisions on an entry. retry puts a Failed entry back to
    // Pending, due at once, keeping its attempts and last error. discard drops
    // a Pending or Failed entry for good, with `why` in the release's audit
    // trail when the entry belongs to a release (a releaseId of 0 in `why` is
    // the entry's release).
    virtual Status retryOutboxEntry(qint64 id) = 0;
    virtual Status discardOutboxEntry(qint64 id, const AuditEvent &why) = 0;
};

} // namespace ReleaseDesk
