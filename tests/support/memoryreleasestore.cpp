#include "memoryreleasestore.h"

#include <QSet>

#include <algorithm>

namespace ReleaseDesk::Testing {
namespace {

// Upserts by key and returns the keys of the rows that were new or different,
// each once, in the order given: what SqliteStore reports too.
template <typename T, typename Key>
QStringList upsert(QList<T> &stored, const QList<T> &incoming, Key keyOf)
{
    QHash<QString, qsizetype> indexByKey;
    for (qsizetype i = 0; i < stored.size(); ++i)
        indexByKey.insert(keyOf(stored.at(i)), i);
    QStringList changed;
    QSet<QString> listed;
    for (const T &item : incoming) {
        const QString key = keyOf(item);
        const auto existing = indexByKey.constFind(key);
        if (existing == indexByKey.cend()) {
            indexByKey.insert(key, stored.size());
            stored << item;
        } else if (stored.at(*existing) != item) {
            stored[*existing] = item;
        } else {
            continue;
        }
        if (!listed.contains(key)) {
            listed.insert(key);
            changed << key;
        }
    }
    return changed;
}

// The order SqliteStore reads the cache in: by key.
template <typename T, typename Key> QList<T> sortedBy(QList<T> items, Key keyOf)
{
    std::stable_sort(items.begin(), items.end(),
                     [&](const T &a, const T &b) { return keyOf(a) < keyOf(b); });
    return items;
}

QString serviceKey(const Service &service)
{
    return service.name;
}

QString changeKey(const Change &change)
{
    return change.key;
}

QString buildKey(const PipelineBuild &build)
{
    return QString::number(build.id);
}

QString messageKey(const ChannelMessage &message)
{
    return message.ts;
}

} // namespace

Status MemoryReleaseStore::beginWrite()
{
    if (!m_nextWriteError.isEmpty())
        return Status::failure(std::exchange(m_nextWriteError, QString()));
    ++m_writes;
    return success();
}

Status MemoryReleaseStore::checkOutbox(const QList<OutboxEntry> &outbox) const
{
    QSet<QString> keys;
    for (const OutboxEntry &entry : m_outbox)
        keys.insert(entry.idempotencyKey);
    for (const OutboxEntry &entry : outbox) {
        if (entry.idempotencyKey.isEmpty())
            return Status::failure(QStringLiteral("an outbox entry has no idempotency key"));
        if (keys.contains(entry.idempotencyKey))
            return Status::failure(QStringLiteral("duplicate idempotency key ") +
                                   entry.idempotencyKey);
        keys.insert(entry.idempotencyKey);
    }
    return success();
}

Status MemoryReleaseStore::checkReleases(const QList<Release> &releases) const
{
    for (const Release &release : releases) {
        if (!this->release(release.id))
            return Status::failure(
                QStringLiteral("there is no release with id %1").arg(release.id));
    }
    return success();
}

Status MemoryReleaseStore::checkCursor(const std::optional<SyncCursor> &cursor) const
{
    if (cursor && cursor->source.isEmpty())
        return Status::failure(QStringLiteral("a sync cursor needs the name of its source"));
    return success();
}

void MemoryReleaseStore::append(const QList<AuditEvent> &events, const QList<OutboxEntry> &outbox,
                                qint64 releaseId)
{
    for (AuditEvent event : events) {
        event.id = ++m_lastId;
        if (event.releaseId == 0)
            event.releaseId = releaseId;
        m_audit << event;
    }
    for (OutboxEntry entry : outbox) {
        entry.id = ++m_lastId;
        m_outbox << entry;
    }
}

void MemoryReleaseStore::replace(const Release &release)
{
    for (Release &stored : m_releases) {
        if (stored.id == release.id)
            stored = release;
    }
}

void MemoryReleaseStore::storeCursor(const std::optional<SyncCursor> &cursor)
{
    if (cursor)
        m_cursors.insert(cursor->source, *cursor);
}

Result<QStringList> MemoryReleaseStore::saveServices(const QList<Service> &services)
{
    if (auto status = beginWrite(); !status)
        return Result<QStringList>::failure(status.error());
    return upsert(m_services, services, serviceKey);
}

Result<QList<Service>> MemoryReleaseStore::services() const
{
    return sortedBy(m_services, serviceKey);
}

Result<QStringList> MemoryReleaseStore::saveChanges(const QList<Change> &changes,
                                                    const std::optional<SyncCursor> &cursor)
{
    if (auto status = checkCursor(cursor); !status)
        return Result<QStringList>::failure(status.error());
    if (auto status = beginWrite(); !status)
        return Result<QStringList>::failure(status.error());
    storeCursor(cursor);
    return upsert(m_changes, changes, changeKey);
}

Result<QList<Change>> MemoryReleaseStore::changes() const
{
    return sortedBy(m_changes, changeKey);
}

Result<QStringList> MemoryReleaseStore::saveBuilds(const QList<PipelineBuild> &builds,
                                                   const std::optional<SyncCursor> &cursor)
{
    if (auto status = checkCursor(cursor); !status)
        return Result<QStringList>::failure(status.error());
    if (auto status = beginWrite(); !status)
        return Result<QStringList>::failure(status.error());
    storeCursor(cursor);
    return upsert(m_builds, builds, buildKey);
}

Result<QList<PipelineBuild>> MemoryReleaseStore::builds() const
{
    QList<PipelineBuild> builds = m_builds;
    std::stable_sort(builds.begin(), builds.end(),
                     [](const PipelineBuild &a, const PipelineBuild &b) { return a.id < b.id; });
    return builds;
}

Result<QStringList> MemoryReleaseStore::saveChannelMessages(const QList<ChannelMessage> &messages,
                                                            const std::optional<SyncCursor> &cursor)
{
    if (auto status = checkCursor(cursor); !status)
        return Result<QStringList>::failure(status.error());
    if (auto status = beginWrite(); !status)
        return Result<QStringList>::failure(status.error());
    storeCursor(cursor);
    return upsert(m_messages, messages, messageKey);
}

Result<QList<ChannelMessage>> MemoryReleaseStore::channelMessages(const QString &releaseName) const
{
    QList<ChannelMessage> messages;
    std::copy_if(m_messages.cbegin(), m_messages.cend(), std::back_inserter(messages),
                 [&](const ChannelMessage &m) {
                     return releaseName.isEmpty() || m.releaseName == releaseName;
                 });
    return sortedBy(messages, messageKey);
}

Result<std::optional<SyncCursor>> MemoryReleaseStore::syncCursor(const QString &source) const
{
    if (const auto found = m_cursors.constFind(source); found != m_cursors.cend())
        return std::optional<SyncCursor>(*found);
    return std::optional<SyncCursor>();
}

Status MemoryReleaseStore::saveSyncCursor(const SyncCursor &cursor)
{
    if (auto status = checkCursor(cursor); !status)
        return status;
    if (auto status = beginWrite(); !status)
        return status;
    storeCursor(cursor);
    return success();
}

Result<QStringList> MemoryReleaseStore::replacePeerReviews(const QList<PeerReview> &reviews)
{
    if (auto status = beginWrite(); !status)
        return Result<QStringList>::failure(status.error());
    QStringList changed;
    const auto note = [&](const PeerReview &review) {
        const bool same = m_peerReviews.contains(review) && reviews.contains(review);
        if (!same && !changed.contains(review.taskKey))
            changed << review.taskKey;
    };
    for (const PeerReview &review : std::as_const(m_peerReviews))
        note(review);
    for (const PeerReview &review : reviews)
        note(review);
    m_peerReviews = reviews;
    return changed;
}

Result<qint64> MemoryReleaseStore::createRelease(const Release &release, const AuditEvent &created,
                                                 const QList<OutboxEntry> &outbox)
{
    if (auto status = checkOutbox(outbox); !status)
        return Result<qint64>::failure(status.error());
    if (auto status = beginWrite(); !status)
        return Result<qint64>::failure(status.error());
    Release stored = release;
    stored.id = ++m_lastId;
    m_releases << stored;
    QList<OutboxEntry> queued = outbox;
    for (OutboxEntry &entry : queued)
        entry.releaseId = stored.id;
    append({created}, queued, stored.id);
    m_audit.last().releaseId = stored.id;
    return stored.id;
}

Result<Release> MemoryReleaseStore::release(qint64 id) const
{
    for (const Release &release : m_releases) {
        if (release.id == id)
            return release;
    }
    return Result<Release>::failure(QStringLiteral("There is no release with id %1.").arg(id));
}

Status MemoryReleaseStore::saveRelease(const Release &release, const QList<AuditEvent> &events,
                                       const QList<OutboxEntry> &outbox)
{
    if (auto status = checkReleases({release}); !status)
        return status;
    if (auto status = checkOutbox(outbox); !status)
        return status;
    if (auto status = beginWrite(); !status)
        return status;
    replace(release);
    append(events, outbox, release.id);
    return success();
}

Status MemoryReleaseStore::recordTestResult(const TestResult &result,
                                            const QList<AuditEvent> &events,
                                            const QList<OutboxEntry> &outbox,
                                            const QList<Release> &movedReleases)
{
    if (auto status = checkReleases(movedReleases); !status)
        return status;
    if (auto status = checkOutbox(outbox); !status)
        return status;
    if (auto status = beginWrite(); !status)
        return status;
    // The unique index of the SQLite store.
    const bool refTaken = !result.ref.isEmpty() &&
                          std::any_of(m_results.cbegin(), m_results.cend(),
                                      [&](const TestResult &r) { return r.ref == result.ref; });
    if (refTaken)
        return Status::failure(QStringLiteral("UNIQUE constraint failed: test_results.ref"));
    TestResult stored = result;
    stored.id = ++m_lastId;
    m_results << stored;
    for (const Release &moved : movedReleases)
        replace(moved);
    append(events, outbox, 0);
    return success();
}

Status MemoryReleaseStore::updateVerdicts(const QList<TestResult> &verdicts)
{
    if (auto status = beginWrite(); !status)
        return status;
    for (const TestResult &verdict : verdicts) {
        for (TestResult &stored : m_results) {
            if (!verdict.ref.isEmpty() && stored.ref == verdict.ref) {
                const qint64 id = stored.id;
                stored = verdict;
                stored.id = id;
            }
        }
    }
    return success();
}

Result<QList<AuditEvent>> MemoryReleaseStore::auditTrail(qint64 releaseId) const
{
    QList<AuditEvent> trail;
    std::copy_if(m_audit.cbegin(), m_audit.cend(), std::back_inserter(trail),
                 [&](const AuditEvent &e) { return e.releaseId == releaseId; });
    return trail;
}

Result<QList<OutboxEntry>> MemoryReleaseStore::outbox(OutboxState state) const
{
    QList<OutboxEntry> entries;
    std::copy_if(m_outbox.cbegin(), m_outbox.cend(), std::back_inserter(entries),
                 [&](const OutboxEntry &e) { return e.state == state; });
    return entries;
}

Result<QList<OutboxEntry>> MemoryReleaseStore::outboxEntries() const
{
    return QList<OutboxEntry>(m_outbox.crbegin(), m_outbox.crend());
}

OutboxEntry *MemoryReleaseStore::findEntry(qint64 id)
{
    const auto stored = std::find_if(m_outbox.begin(), m_outbox.end(),
                                     [&](const OutboxEntry &e) { return e.id == id; });
    return stored == m_outbox.end() ? nullptr : &*stored;
}

Result<OutboxEntry> MemoryReleaseStore::outboxEntry(qint64 id) const
{
    for (const OutboxEntry &entry : m_outbox) {
        if (entry.id == id)
            return entry;
    }
    return Result<OutboxEntry>::failure(
        QStringLiteral("there is no outbox entry with id %1").arg(id));
}

// Only the attempt's fields, as in SqliteStore: the payload and key are fixed.
Status MemoryReleaseStore::updateOutboxEntry(const OutboxEntry &entry)
{
    OutboxEntry *stored = findEntry(entry.id);
    if (!stored)
        return Status::failure(QStringLiteral("no outbox entry with id %1").arg(entry.id));
    if (auto status = beginWrite(); !status)
        return status;
    stored->state = entry.state;
    stored->attempts = entry.attempts;
    stored->nextAttempt = entry.nextAttempt;
    stored->lastError = entry.lastError;
    return success();
}

Result<std::optional<OutboxEntry>> MemoryReleaseStore::claimNextOutboxEntry(const QDateTime &now)
{
    using Claimed = Result<std::optional<OutboxEntry>>;
    const auto next = std::find_if(m_outbox.begin(), m_outbox.end(), [&](const OutboxEntry &e) {
        const bool due = !e.nextAttempt.isValid() || e.nextAttempt <= now;
        return (e.state == OutboxState::Pending && due) || e.state == OutboxState::Sending;
    });
    if (next == m_outbox.end())
        return Claimed(std::nullopt);
    if (auto status = beginWrite(); !status)
        return Claimed::failure(status.error());
    ++next->attempts;
    OutboxEntry found = *next;
    next->state = OutboxState::Sending;
    return Claimed(found);
}

Status MemoryReleaseStore::completeOutboxEntry(const OutboxEntry &entry,
                                               const Release *updatedRelease,
                                               const QList<AuditEvent> &events)
{
    OutboxEntry *stored = findEntry(entry.id);
    if (!stored)
        return Status::failure(QStringLiteral("there is no outbox entry with id %1").arg(entry.id));
    if (stored->state != OutboxState::Sending)
        return Status::failure(QStringLiteral("outbox entry %1 is “%2”")
                                   .arg(QString::number(entry.id), toTitle(stored->state)));
    if (updatedRelease) {
        if (auto status = checkReleases({*updatedRelease}); !status)
            return status;
    }
    if (auto status = beginWrite(); !status)
        return status;
    stored->state = OutboxState::Done;
    stored->nextAttempt = QDateTime();
    stored->lastError.clear();
    if (updatedRelease)
        replace(*updatedRelease);
    append(events, {}, stored->releaseId);
    return success();
}

Status MemoryReleaseStore::retryOutboxEntry(qint64 id)
{
    return moveEntry(id, {OutboxState::Failed}, OutboxState::Pending);
}

Status MemoryReleaseStore::discardOutboxEntry(qint64 id, const AuditEvent &why)
{
    return moveEntry(id, {OutboxState::Pending, OutboxState::Failed}, OutboxState::Discarded, &why);
}

Status MemoryReleaseStore::moveEntry(qint64 id, QList<OutboxState> from, OutboxState to,
                                     const AuditEvent *why)
{
    OutboxEntry *stored = findEntry(id);
    if (!stored)
        return Status::failure(QStringLiteral("there is no outbox entry with id %1").arg(id));
    if (!from.contains(stored->state))
        return Status::failure(QStringLiteral("outbox entry %1 is “%2”")
                                   .arg(QString::number(id), toTitle(stored->state)));
    if (auto status = beginWrite(); !status)
        return status;
    stored->state = to;
    stored->nextAttempt = QDateTime();
    if (why && stored->releaseId != 0)
        append({*why}, {}, stored->releaseId);
    return success();
}

} // namespace ReleaseDesk::Testing
