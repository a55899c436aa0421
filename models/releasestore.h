#pragma once

#include "domain.h"
#include "result.h"

#include <QList>

namespace ReleaseDesk {

// The port through which the core keeps its state. services/ implements it
// over SQLite. Every write is one transaction: a change to a release, its
// audit events and the outbox entries it causes land together or not at all.
class ReleaseStore
{
public:
    virtual ~ReleaseStore() = default;

    // The cache of the remote systems; saving upserts by natural key
    // (service name, task key, build id).
    virtual Status saveServices(const QList<Service> &services) = 0;
    virtual Result<QList<Service>> services() const = 0;
    virtual Status saveChanges(const QList<Change> &changes) = 0;
    virtual Result<QList<Change>> changes() const = 0;
    virtual Status saveBuilds(const QList<PipelineBuild> &builds) = 0;
    virtual Result<QList<PipelineBuild>> builds() const = 0;

    // Releases. createRelease stores a new release (its id is ignored) with the
    // event that records its creation, and returns the new id.
    virtual Result<qint64> createRelease(const Release &release, const AuditEvent &created) = 0;
    virtual Result<QList<Release>> releases() const = 0;
    virtual Result<Release> release(qint64 id) const = 0;
    // Replaces the stored release with `release` (matched by id), appends the
    // events and queues the outbox entries.
    virtual Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                               const QList<OutboxEntry> &outbox = {}) = 0;

    // Verdicts are appended, never replaced: the latest per task and
    // environment counts, the earlier ones are history.
    virtual Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                                    const QList<OutboxEntry> &outbox = {}) = 0;
    virtual Result<QList<TestResult>> testResults() const = 0;

    // The audit log is append-only; oldest first.
    virtual Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const = 0;

    // Outbox entries in `state`, oldest first.
    virtual Result<QList<OutboxEntry>> outbox(OutboxState state) const = 0;
    // Records an attempt: state, attempts, next attempt and last error.
    virtual Status updateOutboxEntry(const OutboxEntry &entry) = 0;
};

} // namespace ReleaseDesk
