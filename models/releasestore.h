#pragma once

#include "domain.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <optional>

namespace ReleaseDesk {

// What a change to a release writes with it, as saveRelease takes them.
struct ReleaseWrites
{
    QList<AuditEvent> events;
    QList<OutboxEntry> outbox;
};

// The port through which the core keeps its state. services/ implements it
// over SQLite. Every write is one transaction: a change to a release, its
// audit events and the outbox entries it causes land together or not at all.
class ReleaseStore
{
public:
    virtual ~ReleaseStore() = default;

    // The cache of the remote systems; saving upserts by natural key (service
    // name, task key, build id) and returns the keys (build ids as text) of the
    // rows that were new or whose stored values changed, each once, in the order
    // given. Re-saving what is stored returns an empty list, so a sync that
    // reads unchanged rows again reports nothing. A cursor given with a page is
    // saved in the same transaction: a sync that stops between the two can
    // never skip data.
    virtual Result<QStringList> saveServices(const QList<Service> &services) = 0;
    virtual Result<QList<Service>> services() const = 0;
    virtual Result<QStringList> saveChanges(const QList<Change> &changes,
                                            const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<Change>> changes() const = 0;
    // The stored changes among `keys`, for a table of one release's tasks. The
    // default filters changes(); a store with an index on the key overrides it.
    virtual Result<QList<Change>> changesOf(const QStringList &keys) const
    {
        auto all = changes();
        if (!all)
            return all;
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        QList<Change> found = std::move(all).value();
        found.removeIf([&](const Change &change) { return !wanted.contains(change.key); });
        return found;
    }
    virtual Result<QStringList> saveBuilds(const QList<PipelineBuild> &builds,
                                           const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<PipelineBuild>> builds() const = 0;
    // The builds of the versions a release ships (every version of a service
    // shipped without one), oldest first: what its gates look at. The default
    // filters builds().
    virtual Result<QList<PipelineBuild>> buildsOf(const QList<ReleaseService> &shipped) const
    {
        auto all = builds();
        if (!all)
            return all;
        QList<PipelineBuild> found = std::move(all).value();
        found.removeIf([&](const PipelineBuild &build) {
            return std::none_of(shipped.cbegin(), shipped.cend(), [&](const ReleaseService &s) {
                return s.service == build.service
                       && (s.version.isEmpty() || s.version == build.version);
            });
        });
        return found;
    }

    // The release channel as sync read it, upserted by ts; returns the ts of
    // the new or changed messages. Oldest first; an empty name lists them all.
    virtual Result<QStringList>
    saveChannelMessages(const QList<ChannelMessage> &messages,
                        const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<ChannelMessage>>
    channelMessages(const QString &releaseName = {}) const = 0;

    // Where each source's incremental sync stands; nullopt before its first sync.
    virtual Result<std::optional<SyncCursor>> syncCursor(const QString &source) const = 0;
    virtual Status saveSyncCursor(const SyncCursor &cursor) = 0;

    // Releases. createRelease stores a new release (its id is ignored) with the
    // event that records its creation and the outbox entries it causes, whose
    // releaseId becomes the new release's, and returns the new id.
    virtual Result<qint64> createRelease(const Release &release, const AuditEvent &created,
                                         const QList<OutboxEntry> &outbox = {}) = 0;
    virtual Result<QList<Release>> releases() const = 0;
    // The releases that hold the task `key`; the default filters releases(),
    // a store with an index on the task overrides it.
    virtual Result<QList<Release>> releasesWithTask(const QString &key) const
    {
        auto all = releases();
        if (!all)
            return all;
        QList<Release> found = std::move(all).value();
        found.removeIf([&](const Release &release) { return !release.taskKeys.contains(key); });
        return found;
    }
    virtual Result<Release> release(qint64 id) const = 0;
    // Replaces the stored release with `release` (matched by id), appends the
    // events and queues the outbox entries. Every column is written as given:
    // a change to a release read earlier goes through editRelease instead.
    virtual Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                               const QList<OutboxEntry> &outbox = {}) = 0;
    // Reads the release, lets `change` decide on it and change it, and saves
    // it with the writes `change` returns, in one write transaction: a change
    // another process made meanwhile (the CLI's move while the window edits
    // the notes) is neither undone nor decided on from an older copy, because
    // `change` works on the release as stored. A refusal from `change` writes
    // nothing. Returns the release as saved. `change` may read the store's
    // other tables but must not write, nor read releases. A store whose
    // writes no other process shares may read and then save, as the default
    // does; SqliteStore overrides it.
    using ReleaseChange = std::function<Result<ReleaseWrites>(Release &release)>;
    virtual Result<Release> editRelease(qint64 id, const ReleaseChange &change)
    {
        auto stored = release(id);
        if (!stored)
            return stored;
        Release edited = std::move(stored).value();
        const auto writes = change(edited);
        if (!writes)
            return writes.failure();
        if (const Status saved = saveRelease(edited, writes->events, writes->outbox); !saved)
            return saved.failure();
        return edited;
    }

    // Verdicts are appended, never replaced: the latest per task and
    // environment counts, the earlier ones are history. The releases the
    // verdict moves are saved in the same write, as saveRelease would.
    virtual Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                                    const QList<OutboxEntry> &outbox = {},
                                    const QList<Release> &movedReleases = {}) = 0;
    // Many verdicts read from the remote record, with their events and the
    // releases they move, in one write: a sync stores a page of them at once.
    // The default records them one by one; a store with transactions
    // overrides it.
    virtual Status recordTestResults(const QList<TestResult> &results,
                                     const QList<AuditEvent> &events,
                                     const QList<Release> &movedReleases)
    {
        for (qsizetype i = 0; i < results.size(); ++i) {
            const bool last = i + 1 == results.size();
            if (auto status = recordTestResult(results.at(i), last ? events : QList<AuditEvent>(),
                                               {}, last ? movedReleases : QList<Release>());
                !status)
                return status;
        }
        return success();
    }
    virtual Result<QList<TestResult>> testResults() const = 0;
    // Replaces the stored verdicts with the same ref by these (a verdict
    // coming back from Jira with its author and time); refs not stored are
    // ignored. The changed tasks' releases are left as they are.
    virtual Status updateVerdicts(const QList<TestResult> &verdicts) = 0;
    // The verdicts on `keys` only, oldest first; filters testResults() by default.
    virtual Result<QList<TestResult>> testResultsOf(const QStringList &keys) const
    {
        auto all = testResults();
        if (!all)
            return all;
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        QList<TestResult> found = std::move(all).value();
        found.removeIf([&](const TestResult &result) { return !wanted.contains(result.taskKey); });
        return found;
    }

    // The audit log is append-only; oldest first.
    virtual Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const = 0;

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
