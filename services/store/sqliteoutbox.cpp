// SqliteStore's outbox: the lists people look at, and the states the outbox
// worker moves an entry through. Each move is one transaction that reads the
// entry under the write lock, so two processes cannot both move it.

#include "services/store/sqliterows.h"
#include "services/store/sqlitestore.h"
#include "services/store/sqlsupport.h"

namespace ReleaseDesk {

namespace {

// The stored entry `id`, read inside the caller's transaction.
Result<OutboxEntry> findEntry(const QSqlDatabase &db, qint64 id)
{
    const Result<QList<OutboxEntry>> rows = Sql::selectRows(db, Rows::OutboxRow::selectByIdSql(),
                                                            &Rows::OutboxRow::read, {QVariant(id)});
    if (!rows)
        return rows.failure();
    if (rows->isEmpty())
        return Result<OutboxEntry>::failure(SqliteStore::tr("there is no such entry"));
    return rows->constFirst();
}

QString setState(const QSqlDatabase &db, qint64 id, OutboxState state)
{
    // No state after a move waits for a time: Pending ones are due at once.
    Sql::Statement update(db, Rows::OutboxRow::setStateSql());
    if (!update.isPrepared() || !update.exec(state, QVariant(), id))
        return update.error();
    return {};
}

QString refuseState(OutboxState state)
{
    return SqliteStore::tr("it is “%1”").arg(toTitle(state));
}

} // namespace

Result<QList<OutboxEntry>> SqliteStore::outbox(OutboxState state) const
{
    return Sql::explained(Sql::selectRows(m_db, Rows::OutboxRow::selectSql(),
                                          &Rows::OutboxRow::read, {Sql::toValue(state)}),
                          tr("Could not read the outbox: %1"));
}

Result<QList<OutboxEntry>> SqliteStore::outboxEntries() const
{
    return Sql::explained(
        Sql::selectRows(m_db, Rows::OutboxRow::selectAllSql(), &Rows::OutboxRow::read),
        tr("Could not read the outbox: %1"));
}

Result<QList<OutboxEntry>> SqliteStore::releaseOutbox(qint64 releaseId) const
{
    // outbox_by_release keeps this to the release's own entries.
    return Sql::explained(Sql::selectRows(m_db, Rows::OutboxRow::selectOfReleaseSql(),
                                          &Rows::OutboxRow::read, {QVariant(releaseId)}),
                          tr("Could not read the outbox: %1"));
}

Result<OutboxEntry> SqliteStore::outboxEntry(qint64 id) const
{
    return Sql::explained(findEntry(m_db, id),
                          tr("Could not read the outbox entry %1: %2").arg(id));
}

Status SqliteStore::updateOutboxEntry(const OutboxEntry &entry)
{
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        Sql::Statement update(m_db, Rows::OutboxRow::updateSql());
        if (!update.isPrepared() ||
            !update.execValues(Rows::OutboxRow::attemptValues(entry, m_lease->owner())))
            return update.error();
        if (update.rowsAffected() == 0)
            return tr("there is no such entry, or another process is sending it");
        return {};
    });
    if (!problem.isEmpty()) {
        return Status::failure(tr("Could not update the outbox entry %1 (“%2”): %3")
                                   .arg(QString::number(entry.id), entry.idempotencyKey, problem));
    }
    return success();
}

Result<std::optional<OutboxEntry>> SqliteStore::claimNextOutboxEntry(const QDateTime &now)
{
    std::optional<OutboxEntry> claimed;
    // The claim must survive a power cut (see configure()): FULL for this commit only.
    if (const QString error = Sql::execute(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
        !error.isEmpty())
        return Result<std::optional<OutboxEntry>>::failure(
            tr("Could not take the next outbox entry: %1").arg(error));
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        const Result<qint64> next = nextClaimable(now);
        if (!next)
            return next.error();
        if (next.value() == 0)
            return {};
        const Result<OutboxEntry> found = findEntry(m_db, next.value());
        if (!found)
            return found.error();
        OutboxEntry entry = found.value();
        Sql::Statement claim(m_db, Rows::OutboxRow::claimSql());
        const QDateTime expires = now.addMSecs(
            std::chrono::duration_cast<std::chrono::milliseconds>(OutboxLease::length).count());
        if (!claim.isPrepared() ||
            !claim.exec(OutboxState::Sending, m_lease->owner(), expires, entry.id, entry.state))
            return tr("entry %1: %2").arg(QString::number(entry.id), claim.error());
        // The write lock is held since BEGIN, so no one can have moved it; this
        // says so rather than assuming it.
        if (claim.rowsAffected() != 1)
            return tr("entry %1 was moved while it was being taken").arg(entry.id);
        // The state stays as found, so the worker can tell an interrupted attempt.
        ++entry.attempts;
        claimed = entry;
        return {};
    });
    Sql::execute(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!problem.isEmpty()) {
        return Result<std::optional<OutboxEntry>>::failure(
            tr("Could not take the next outbox entry: %1").arg(problem));
    }
    return claimed;
}

Result<qint64> SqliteStore::nextClaimable(const QDateTime &now) const
{
    // An attempt cut short comes first: unleased (before schema 5), this
    // store's own (its worker stopped), expired, or its holder gone.
    {
        Sql::Statement sending(m_db, Rows::OutboxRow::selectSendingSql());
        if (!sending.isPrepared() || !sending.exec(OutboxState::Sending))
            return Result<qint64>::failure(sending.error());
        while (sending.next()) {
            Sql::RowReader row(sending);
            const QString owner = row.text(1);
            const QDateTime expires = row.timestamp(2);
            if (!row.ok())
                return Result<qint64>::failure(row.error());
            if (owner.isEmpty() || owner == m_lease->owner() || !expires.isValid() ||
                expires <= now || m_lease->isAbandoned(owner))
                return row.integer(0);
        }
        if (sending.failed())
            return Result<qint64>::failure(sending.error());
    }
    Sql::Statement pending(m_db, Rows::OutboxRow::selectNextPendingSql());
    if (!pending.isPrepared() || !pending.exec(OutboxState::Pending, now))
        return Result<qint64>::failure(pending.error());
    if (pending.next())
        return pending.value(0).toLongLong();
    if (pending.failed())
        return Result<qint64>::failure(pending.error());
    return qint64(0);
}

Status SqliteStore::completeOutboxEntry(const OutboxEntry &entry, const Release *updatedRelease,
                                        const QList<AuditEvent> &events)
{
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        const Result<OutboxEntry> stored = findEntry(m_db, entry.id);
        if (!stored)
            return stored.error();
        // Only a claimed entry was sent; anything else is a second completion.
        if (stored->state != OutboxState::Sending)
            return refuseState(stored->state);
        // Taken over after its lease expired: the other sender records it.
        if (const Result<QString> owner = leaseOwner(entry.id); !owner)
            return owner.error();
        else if (!owner->isEmpty() && owner.value() != m_lease->owner())
            return tr("another process took it over and is sending it");
        {
            Sql::Statement complete(m_db, Rows::OutboxRow::completeSql());
            if (!complete.isPrepared() || !complete.exec(OutboxState::Done, entry.id))
                return complete.error();
        }
        if (updatedRelease) {
            if (const QString error = updateRelease(*updatedRelease); !error.isEmpty())
                return tr("saving the release “%1”: %2").arg(updatedRelease->name, error);
        }
        return appendEvents(events, stored->releaseId);
    });
    if (!problem.isEmpty()) {
        return Status::failure(tr("Could not record the outbox entry %1 (“%2”) as sent: %3")
                                   .arg(QString::number(entry.id), entry.idempotencyKey, problem));
    }
    return success();
}

Result<QString> SqliteStore::leaseOwner(qint64 id) const
{
    Sql::Statement select(m_db, Rows::OutboxRow::selectLeaseOwnerSql());
    if (!select.isPrepared() || !select.exec(id))
        return Result<QString>::failure(select.error());
    if (select.next())
        return select.value(0).toString();
    return Result<QString>::failure(select.failed() ? select.error()
                                                    : tr("there is no such entry"));
}

Status SqliteStore::retryOutboxEntry(qint64 id)
{
    return moveOutboxEntry(id, {OutboxState::Failed}, OutboxState::Pending,
                           tr("Could not retry the outbox entry %1: %2"));
}

Status SqliteStore::discardOutboxEntry(qint64 id, const AuditEvent &why)
{
    return moveOutboxEntry(id, {OutboxState::Pending, OutboxState::Failed}, OutboxState::Discarded,
                           tr("Could not discard the outbox entry %1: %2"), &why);
}

Status SqliteStore::moveOutboxEntry(qint64 id, QList<OutboxState> from, OutboxState to,
                                    const QString &failure, const AuditEvent *why)
{
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        const Result<OutboxEntry> stored = findEntry(m_db, id);
        if (!stored)
            return stored.error();
        if (!from.contains(stored->state))
            return refuseState(stored->state);
        if (const QString error = setState(m_db, id, to); !error.isEmpty())
            return error;
        if (!why || stored->releaseId == 0)
            return {};
        return appendEvents({*why}, stored->releaseId);
    });
    if (!problem.isEmpty())
        return Status::failure(failure.arg(QString::number(id), problem));
    return success();
}

} // namespace ReleaseDesk
