#include "memoryreleasestore.h"

#include <algorithm>

namespace ReleaseDesk::Testing {
namespace {

template <typename T, typename Key>
void upsert(QList<T> &stored, const QList<T> &incoming, Key keyOf)
{
    for (const T &item : incoming) {
        auto existing = std::find_if(stored.begin(), stored.end(),
                                     [&](const T &s) { return keyOf(s) == keyOf(item); });
        if (existing == stored.end())
            stored << item;
        else
            *existing = item;
    }
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
    for (const OutboxEntry &entry : outbox) {
        const bool taken = std::any_of(m_outbox.cbegin(), m_outbox.cend(), [&](const auto &e) {
            return e.idempotencyKey == entry.idempotencyKey;
        });
        if (taken)
            return Status::failure(QStringLiteral("duplicate idempotency key ")
                                   + entry.idempotencyKey);
    }
    return success();
}

void MemoryReleaseStore::append(const QList<AuditEvent> &events, const QList<OutboxEntry> &outbox)
{
    for (AuditEvent event : events) {
        event.id = ++m_lastId;
        m_audit << event;
    }
    for (OutboxEntry entry : outbox) {
        entry.id = ++m_lastId;
        m_outbox << entry;
    }
}

Status MemoryReleaseStore::saveServices(const QList<Service> &services)
{
    if (auto status = beginWrite(); !status)
        return status;
    upsert(m_services, services, [](const Service &s) { return s.name; });
    return success();
}

Status MemoryReleaseStore::saveChanges(const QList<Change> &changes)
{
    if (auto status = beginWrite(); !status)
        return status;
    upsert(m_changes, changes, [](const Change &c) { return c.key; });
    return success();
}

Status MemoryReleaseStore::saveBuilds(const QList<PipelineBuild> &builds)
{
    if (auto status = beginWrite(); !status)
        return status;
    upsert(m_builds, builds, [](const PipelineBuild &b) { return b.id; });
    return success();
}

Result<qint64> MemoryReleaseStore::createRelease(const Release &release,
                                                 const AuditEvent &created)
{
    if (auto status = beginWrite(); !status)
        return Result<qint64>::failure(status.error());
    Release stored = release;
    stored.id = ++m_lastId;
    m_releases << stored;
    AuditEvent event = created;
    event.releaseId = stored.id;
    append({event}, {});
    return stored.id;
}

Result<Release> MemoryReleaseStore::release(qint64 id) const
{
    for (const Release &release : m_releases) {
        if (release.id == id)
            return release;
    }
    return Result<Release>::failure(QStringLiteral("no release with id %1").arg(id));
}

Status MemoryReleaseStore::saveRelease(const Release &release, const QList<AuditEvent> &events,
                                       const QList<OutboxEntry> &outbox)
{
    auto stored = std::find_if(m_releases.begin(), m_releases.end(),
                               [&](const Release &r) { return r.id == release.id; });
    if (stored == m_releases.end())
        return Status::failure(QStringLiteral("no release with id %1").arg(release.id));
    if (auto status = checkOutbox(outbox); !status)
        return status;
    if (auto status = beginWrite(); !status)
        return status;
    *stored = release;
    append(events, outbox);
    return success();
}

Status MemoryReleaseStore::recordTestResult(const TestResult &result,
                                            const QList<AuditEvent> &events,
                                            const QList<OutboxEntry> &outbox)
{
    if (auto status = checkOutbox(outbox); !status)
        return status;
    if (auto status = beginWrite(); !status)
        return status;
    TestResult stored = result;
    stored.id = ++m_lastId;
    m_results << stored;
    append(events, outbox);
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

Status MemoryReleaseStore::updateOutboxEntry(const OutboxEntry &entry)
{
    auto stored = std::find_if(m_outbox.begin(), m_outbox.end(),
                               [&](const OutboxEntry &e) { return e.id == entry.id; });
    if (stored == m_outbox.end())
        return Status::failure(QStringLiteral("no outbox entry with id %1").arg(entry.id));
    if (auto status = beginWrite(); !status)
        return status;
    *stored = entry;
    return success();
}

} // namespace ReleaseDesk::Testing
