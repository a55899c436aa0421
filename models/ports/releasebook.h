#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ReleaseDesk {

// What a change to a release writes with it, as saveRelease takes them.
struct ReleaseWrites
{
    QList<AuditEvent> events;
    QList<OutboxEntry> outbox;
};

// The releases the desk keeps, with their verdicts and audit trails: what
// the use cases read and decide on, and where a change to a release is
// written with the events and outbox entries it causes. It is separate from
// the cache because these are the team's decisions, written through
// editRelease so that two processes never undo each other's.
class ReleaseBook
{
public:
    virtual ~ReleaseBook() = default;

    // createRelease stores a new release (its id is ignored) with the
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
};

} // namespace ReleaseDesk
