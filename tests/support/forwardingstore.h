#pragma once

#include "models/ports/releasestore.h"

namespace ReleaseDesk::Testing {

// A ReleaseStore that passes every call to another one, for tests that step
// in on a few of them: a subclass overrides those to fail a write on demand
// or to let another process act between a read and the write that follows.
class ForwardingStore : public ReleaseStore
{
public:
    explicit ForwardingStore(ReleaseStore &inner) : m_inner(inner) {}

    Result<QStringList> saveServices(const QList<Service> &services) override
    {
        return m_inner.saveServices(services);
    }
    Result<QList<Service>> services() const override { return m_inner.services(); }
    Result<QStringList> saveChanges(const QList<Change> &changes,
                                    const std::optional<SyncCursor> &cursor = {}) override
    {
        return m_inner.saveChanges(changes, cursor);
    }
    Result<QList<Change>> changes() const override { return m_inner.changes(); }
    Result<QList<Change>> changesOf(const QStringList &keys) const override
    {
        return m_inner.changesOf(keys);
    }
    Result<QStringList> saveBuilds(const QList<PipelineBuild> &builds,
                                   const std::optional<SyncCursor> &cursor = {}) override
    {
        return m_inner.saveBuilds(builds, cursor);
    }
    Result<QList<PipelineBuild>> builds() const override { return m_inner.builds(); }
    Result<QList<PipelineBuild>> buildsOf(const QList<ReleaseService> &shipped) const override
    {
        return m_inner.buildsOf(shipped);
    }
    Result<QStringList> saveChannelMessages(const QList<ChannelMessage> &messages,
                                            const std::optional<SyncCursor> &cursor = {}) override
    {
        return m_inner.saveChannelMessages(messages, cursor);
    }
    Result<QList<ChannelMessage>> channelMessages(const QString &releaseName = {}) const override
    {
        return m_inner.channelMessages(releaseName);
    }
    Result<std::optional<SyncCursor>> syncCursor(const QString &source) const override
    {
        return m_inner.syncCursor(source);
    }
    Status saveSyncCursor(const SyncCursor &cursor) override
    {
        return m_inner.saveSyncCursor(cursor);
    }
    Result<QStringList> replacePeerReviews(const QList<PeerReview> &reviews) override
    {
        return m_inner.replacePeerReviews(reviews);
    }
    Result<QList<PeerReview>> peerReviews() const override { return m_inner.peerReviews(); }
    Result<QList<PeerReview>> peerReviewsOf(const QStringList &keys) const override
    {
        return m_inner.peerReviewsOf(keys);
    }

    Result<qint64> createRelease(const Release &release, const AuditEvent &created,
                                 const QList<OutboxEntry> &outbox = {}) override
    {
        return m_inner.createRelease(release, created, outbox);
    }
    Result<QList<Release>> releases() const override { return m_inner.releases(); }
    Result<QList<Release>> releasesWithTask(const QString &key) const override
    {
        return m_inner.releasesWithTask(key);
    }
    Result<Release> release(qint64 id) const override { return m_inner.release(id); }
    Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                       const QList<OutboxEntry> &outbox = {}) override
    {
        return m_inner.saveRelease(release, events, outbox);
    }
    Result<Release> editRelease(qint64 id, const ReleaseChange &change) override
    {
        return m_inner.editRelease(id, change);
    }

    Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                            const QList<OutboxEntry> &outbox = {},
                            const QList<Release> &movedReleases = {}) override
    {
        return m_inner.recordTestResult(result, events, outbox, movedReleases);
    }
    Status recordTestResults(const QList<TestResult> &results, const QList<AuditEvent> &events,
                             const QList<Release> &movedReleases) override
    {
        return m_inner.recordTestResults(results, events, movedReleases);
    }
    Result<QList<TestResult>> testResults() const override { return m_inner.testResults(); }
    Status updateVerdicts(const QList<TestResult> &verdicts) override
    {
        return m_inner.updateVerdicts(verdicts);
    }
    Result<QList<TestResult>> testResultsOf(const QStringList &keys) const override
    {
        return m_inner.testResultsOf(keys);
    }

    Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const override
    {
        return m_inner.auditTrail(releaseId);
    }

    Result<QList<OutboxEntry>> outbox(OutboxState state) const override
    {
        return m_inner.outbox(state);
    }
    Result<QList<OutboxEntry>> outboxEntries() const override { return m_inner.outboxEntries(); }
    Result<QList<OutboxEntry>> releaseOutbox(qint64 releaseId) const override
    {
        return m_inner.releaseOutbox(releaseId);
    }
    Result<OutboxEntry> outboxEntry(qint64 id) const override { return m_inner.outboxEntry(id); }
    Status updateOutboxEntry(const OutboxEntry &entry) override
    {
        return m_inner.updateOutboxEntry(entry);
    }
    Result<std::optional<OutboxEntry>> claimNextOutboxEntry(const QDateTime &now) override
    {
        return m_inner.claimNextOutboxEntry(now);
    }
    Status completeOutboxEntry(const OutboxEntry &entry, const Release *updatedRelease,
                               const QList<AuditEvent> &events) override
    {
        return m_inner.completeOutboxEntry(entry, updatedRelease, events);
    }
    Status retryOutboxEntry(qint64 id) override { return m_inner.retryOutboxEntry(id); }
    Status discardOutboxEntry(qint64 id, const AuditEvent &why) override
    {
        return m_inner.discardOutboxEntry(id, why);
    }

private:
    ReleaseStore &m_inner;
};

} // namespace ReleaseDesk::Testing
