#pragma once

#include "models/ports/releasestore.h"
#include "services/store/migrations.h"
#include "services/store/outboxlease.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace ReleaseDesk {

// The ReleaseStore over one SQLite file, shared safely with other processes
// (WAL, a busy timeout, writes that take the lock up front). Each instance
// has its own Qt Sql connection, so it must be used from the thread that
// opened it.
class SqliteStore final : public ReleaseStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStore)

public:
    // Opens (creating it, owner-only, if needed) and migrates the database at
    // `path`. A database written by a newer build is refused untouched.
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path);
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path,
                                                     const Migrations &migrations);

    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }

    // The cache and sync state (sqlitecache.cpp). Each save is one
    // transaction with one prepared statement, however many rows it brings.
    Result<QStringList> saveServices(const QList<Service> &services) override;
    Result<QList<Service>> services() const override;
    Result<QStringList> saveChanges(const QList<Change> &changes,
                                    const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<Change>> changes() const override;
    Result<QList<Change>> changesOf(const QStringList &keys) const override;
    Result<QList<PipelineBuild>> buildsOf(const QList<ReleaseService> &shipped) const override;
    Result<QStringList> saveBuilds(const QList<PipelineBuild> &builds,
                                   const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<PipelineBuild>> builds() const override;
    Result<QStringList> saveChannelMessages(const QList<ChannelMessage> &messages,
                                            const std::optional<SyncCursor> &cursor = {}) override;
    Result<QList<ChannelMessage>> channelMessages(const QString &releaseName = {}) const override;
    Result<std::optional<SyncCursor>> syncCursor(const QString &source) const override;
    Status saveSyncCursor(const SyncCursor &cursor) override;
    // The peer reviews (sqlitepeerreviews.cpp).
    Result<QStringList> replacePeerReviews(const QList<PeerReview> &reviews) override;
    Result<QList<PeerReview>> peerReviews() const override;
    Result<QList<PeerReview>> peerReviewsOf(const QStringList &keys) const override;

    // The creation event is stored with the new release's id, whatever its own.
    Result<qint64> createRelease(const Release &release, const AuditEvent &created,
                                 const QList<OutboxEntry> &outbox = {}) override;
    Result<QList<Release>> releases() const override;
    Result<Release> release(qint64 id) const override;
    // Events whose releaseId is 0 are stored against `release`. Outbox entries
    // need a non-empty idempotency key; their ids are assigned by the store.
    Status saveRelease(const Release &release, const QList<AuditEvent> &events,
                       const QList<OutboxEntry> &outbox = {}) override;
    // Reads and writes under the write lock, taken at BEGIN, so no other
    // process can write between the two.
    Result<Release> editRelease(qint64 id, const ReleaseChange &change) override;

    Status recordTestResults(const QList<TestResult> &results, const QList<AuditEvent> &events,
                             const QList<Release> &movedReleases) override;
    Status recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                            const QList<OutboxEntry> &outbox = {},
                            const QList<Release> &movedReleases = {}) override;
    Result<QList<TestResult>> testResults() const override;
    Result<QList<TestResult>> testResultsOf(const QStringList &keys) const override;
    Status updateVerdicts(const QList<TestResult> &verdicts) override;
    Result<QList<Release>> releasesWithTask(const QString &key) const override;

    Result<QList<AuditEvent>> auditTrail(qint64 releaseId) const override;

    // The outbox (sqliteoutbox.cpp).
    Result<QList<OutboxEntry>> outbox(OutboxState state) const override;
    Result<QList<OutboxEntry>> outboxEntries() const override;
    Result<QList<OutboxEntry>> releaseOutbox(qint64 releaseId) const override;
    Result<OutboxEntry> outboxEntry(qint64 id) const override;
    Status updateOutboxEntry(const OutboxEntry &entry) override;
    Result<std::optional<OutboxEntry>> claimNextOutboxEntry(const QDateTime &now) override;
    Status completeOutboxEntry(const OutboxEntry &entry, const Release *updatedRelease,
                               const QList<AuditEvent> &events) override;
    Status retryOutboxEntry(qint64 id) override;
    Status discardOutboxEntry(qint64 id, const AuditEvent &why) override;

private:
    SqliteStore(QString path, QString connectionName);

    Status configure(const Migrations &migrations);
    Result<QList<Release>> loadReleases(std::optional<qint64> only) const;
    // The same inside the caller's transaction.
    Result<QList<Release>> readReleases(std::optional<qint64> only) const;
    // The parts of a write, each run inside the caller's transaction; they
    // return what failed, or an empty string.
    QString updateRelease(const Release &release);
    QString writeReleaseParts(qint64 id, const Release &release);
    QString appendEvents(const QList<AuditEvent> &events, qint64 releaseId);
    QString queueOutbox(const QList<OutboxEntry> &outbox);
    // The entry to claim next, 0 for none; read inside the claim's transaction.
    Result<qint64> nextClaimable(const QDateTime &now) const;
    Result<QString> leaseOwner(qint64 id) const;
    // Moves the entry `id` from one of `from` to `to`; with `why`, appends it
    // to the entry's release's trail (when it has one).
    Status moveOutboxEntry(qint64 id, QList<OutboxState> from, OutboxState to,
                           const QString &failure, const AuditEvent *why = nullptr);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<OutboxLease> m_lease;
};

} // namespace ReleaseDesk
