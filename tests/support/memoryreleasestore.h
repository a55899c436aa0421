#pragma once

#include "models/ports/releasestore.h"

#include <QHash>

namespace ReleaseDesk::Testing {

// A ReleaseStore held in memory, for tests of the core and the views that do
// not need SQLite. It keeps the port's contract: ids are assigned on write,
// verdicts and audit events are appended, idempotency keys are unique, saves
// report what changed, and a write either applies whole or not at all.
// failNextWrite() makes the next write fail, to test how callers report it.
class MemoryReleaseStore final : public ReleaseStore
{
public:
    Result<QStringList> saveServices(const QList<Service> &services) override;
    Result<QList<Service>> services() const override;
    Result<QStringList> saveChanges(const QList<Change> &changes,
                                    const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<Change>> changes() const override;
    Result<QStringList> saveBuilds(const QList<PipelineBuild> &builds,
                                   const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<PipelineBuild>> builds() const override;
    Result<QStringList> saveChannelMessages(const QList<ChannelMessage> &messages,
                                            const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<ChannelMessage>> channelMessages(const QString &releaseName = {}) const override;
    Result<std::optional<SyncCursor>> syncCursor(const QString &source) const override;
    Status saveSyncCursor(const SyncCursor &cursor) override;
    Result<QStringList> replacePeerReviews(const QList<PeerReview> &reviews) override;
    Result<QList<PeerReview>> peerReviews() const override { return m_peerReviews; }

    Result<qint64> createRelease(const Release &release, const AuditEvent &created,
                                 const QList<OutboxEntry> &outbox = {}) override;
    Result<QList<Release>> releases() const override { return m_releases; }
    Result<Release> release(qint64 id) const override;
    Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                       const QList<OutboxEntry> &outbox = {}) override;

    Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                            const QList<OutboxEntry> &outbox = {},
                            const QList<Release> &movedReleases = {}) override;
    Result<QList<TestResult>> testResults() const override { return m_results; }
    Status updateVerdicts(const QList<TestResult> &verdicts) override;

    Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const override;

    Result<QList<OutboxEntry>> outbox(OutboxState state) const override;
    Result<QList<OutboxEntry>> outboxEntries() const override;
    Result<OutboxEntry> outboxEntry(qint64 id) const override;
    Status updateOutboxEntry(const OutboxEntry &entry) override;
    Result<std::optional<OutboxEntry>> claimNextOutboxEntry(const QDateTime &now) override;
    Status completeOutboxEntry(const OutboxEntry &entry, const Release *updatedRelease,
                               const QList<AuditEvent> &events) override;
    Status retryOutboxEntry(qint64 id) override;
    Status discardOutboxEntry(qint64 id, const AuditEvent &why) override;

    void failNextWrite(const QString &error) { m_nextWriteError = error; }
    int writeCount() const { return m_writes; }

private:
    Status beginWrite();
    Status checkOutbox(const QList<OutboxEntry> &outbox) const;
    Status checkReleases(const QList<Release> &releases) const;
    Status checkCursor(const std::optional<SyncCursor> &cursor) const;
    // Events whose releaseId is 0 are filed under `releaseId`.
    void append(const QList<AuditEvent> &events, const QList<OutboxEntry> &outbox,
                qint64 releaseId);
    void replace(const Release &release);
    void storeCursor(const std::optional<SyncCursor> &cursor);
    OutboxEntry *findEntry(qint64 id);
    // Moves the entry from one of `from` to `to`, with `why` in its release's trail.
    Status moveEntry(qint64 id, QList<OutboxState> from, OutboxState to,
                     const AuditEvent *why = nullptr);

    QList<Service> m_services;
    QList<Change> m_changes;
    QList<PipelineBuild> m_builds;
    QList<ChannelMessage> m_messages;
    QHash<QString, SyncCursor> m_cursors;
    QList<PeerReview> m_peerReviews;
    QList<Release> m_releases;
    QList<TestResult> m_results;
    QList<AuditEvent> m_audit;
    QList<OutboxEntry> m_outbox;
    qint64 m_lastId = 0;
    int m_writes = 0;
    QString m_nextWriteError;
};

} // namespace ReleaseDesk::Testing
