#pragma once

#include "models/releasestore.h"

#include <QHash>

namespace ReleaseDesk::Testing {

// A ReleaseStore held in memory, for tests of the core and the views that do
// not need SQLite. It keeps the port's contract: ids are assigned on write,
// verdicts and audit events are appended, idempotency keys are unique, and a
// write either applies whole or not at all. failNextWrite() makes the next
// write fail, to test how callers report it.
class MemoryReleaseStore final : public ReleaseStore
{
public:
    Status saveServices(const QList<Service> &services) override;
    Result<QList<Service>> services() const override { return m_services; }
    Status saveChanges(const QList<Change> &changes) override;
    Result<QList<Change>> changes() const override { return m_changes; }
    Status saveBuilds(const QList<PipelineBuild> &builds) override;
    Result<QList<PipelineBuild>> builds() const override { return m_builds; }

    Result<qint64> createRelease(const Release &release, const AuditEvent &created) override;
    Result<QList<Release>> releases() const override { return m_releases; }
    Result<Release> release(qint64 id) const override;
    Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                       const QList<OutboxEntry> &outbox = {}) override;

    Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                            const QList<OutboxEntry> &outbox = {}) override;
    Result<QList<TestResult>> testResults() const override { return m_results; }

    Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const override;
    Result<QList<OutboxEntry>> outbox(OutboxState state) const override;
    Status updateOutboxEntry(const OutboxEntry &entry) override;

    void failNextWrite(const QString &error) { m_nextWriteError = error; }
    int writeCount() const { return m_writes; }

private:
    Status beginWrite();
    Status checkOutbox(const QList<OutboxEntry> &outbox) const;
    void append(const QList<AuditEvent> &events, const QList<OutboxEntry> &outbox);

    QList<Service> m_services;
    QList<Change> m_changes;
    QList<PipelineBuild> m_builds;
    QList<Release> m_releases;
    QList<TestResult> m_results;
    QList<AuditEvent> m_audit;
    QList<OutboxEntry> m_outbox;
    qint64 m_lastId = 0;
    int m_writes = 0;
    QString m_nextWriteError;
};

} // namespace ReleaseDesk::Testing
