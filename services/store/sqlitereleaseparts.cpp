// SqliteStore's work on a release's parts: its services and tasks, which live
// in their own tables, and the events and outbox entries that go with a write.

#include "services/store/sqliterows.h"
#include "services/store/sqlitestore.h"
#include "services/store/sqlsupport.h"

#include <QHash>

namespace ReleaseDesk {

// One query per table for all the releases asked for, then assembled in
// memory: the dashboard loads thousands of releases and their tens of
// thousands of tasks, which one query per release would make slow.
Result<QList<Release>> SqliteStore::loadReleases(std::optional<qint64> only) const
{
    // One snapshot for all three queries, so that another process's save
    // cannot land between a release's row and its parts.
    Sql::Transaction snapshot(m_db);
    if (const QString error = snapshot.begin(Sql::Transaction::Mode::Read); !error.isEmpty())
        return Result<QList<Release>>::failure(tr("Could not read the releases: %1").arg(error));
    auto releases = readReleases(only);
    if (!releases)
        return releases;
    if (const QString error = snapshot.commit(); !error.isEmpty())
        return Result<QList<Release>>::failure(tr("Could not read the releases: %1").arg(error));
    return releases;
}

Result<QList<Release>> SqliteStore::readReleases(std::optional<qint64> only) const
{
    using Loaded = Result<QList<Release>>;
    const auto failed = [](const QString &why) {
        return Loaded::failure(tr("Could not read the releases: %1").arg(why));
    };
    // The filters are fixed SQL text; the id itself is bound.
    const QVariantList binds = only ? QVariantList{QVariant(*only)} : QVariantList{};
    const QLatin1String byId(only ? " WHERE id = ?" : "");
    const QLatin1String byRelease(only ? " WHERE release_id = ?" : "");

    QList<Release> releases;
    QHash<qint64, qsizetype> indexById;
    {
        Sql::Statement select(m_db,
                              Rows::ReleaseRow::selectSql() + byId + QLatin1String(" ORDER BY id"));
        if (!select.isPrepared() || !select.execValues(binds))
            return failed(select.error());
        while (select.next()) {
            Sql::RowReader reader(select);
            Release release = Rows::ReleaseRow::read(reader);
            if (!reader.ok())
                return failed(
                    tr("release %1: %2").arg(QString::number(release.id), reader.error()));
            indexById.insert(release.id, releases.size());
            releases.append(std::move(release));
        }
        if (select.failed())
            return failed(select.error());
    }

    // Rows come grouped by release, so the lookup runs once per release, not per row.
    auto owner = [&, lastId = qint64(-1), current = static_cast<Release *>(nullptr)](
                     qint64 releaseId) mutable -> Release * {
        if (releaseId != lastId) {
            lastId = releaseId;
            const auto found = indexById.constFind(releaseId);
            current = found == indexById.cend() ? nullptr : &releases[*found];
        }
        return current;
    };
    {
        Sql::Statement select(m_db,
                              QLatin1String("SELECT release_id, service, version, deployment_type"
                                            " FROM release_services") +
                                  byRelease + QLatin1String(" ORDER BY release_id, position"));
        if (!select.isPrepared() || !select.execValues(binds))
            return failed(select.error());
        while (select.next()) {
            if (Release *release = owner(select.value(0).toLongLong())) {
                release->services.append({select.value(1).toString(), select.value(2).toString(),
                                          select.value(3).toString()});
            }
        }
        if (select.failed())
            return failed(select.error());
    }
    {
        Sql::Statement select(m_db,
                              QLatin1String("SELECT release_id, task_key FROM release_tasks") +
                                  byRelease + QLatin1String(" ORDER BY release_id, position"));
        if (!select.isPrepared() || !select.execValues(binds))
            return failed(select.error());
        while (select.next()) {
            if (Release *release = owner(select.value(0).toLongLong()))
                release->taskKeys.append(select.value(1).toString());
        }
        if (select.failed())
            return failed(select.error());
    }
    return releases;
}

// Replaces the stored release (matched by id) with `release`, parts and all.
QString SqliteStore::updateRelease(const Release &release)
{
    {
        Sql::Statement update(m_db, Rows::ReleaseRow::updateSql());
        QVariantList values = Rows::ReleaseRow::values(release);
        values.append(QVariant(release.id));
        if (!update.isPrepared() || !update.execValues(values))
            return tr("updating the release: %1").arg(update.error());
        if (update.rowsAffected() == 0)
            return tr("there is no release with id %1").arg(release.id);
    }
    return writeReleaseParts(release.id, release);
}

// Replaces the release's services and tasks with `release`'s, in their order.
QString SqliteStore::writeReleaseParts(qint64 id, const Release &release)
{
    for (const QLatin1String table :
         {QLatin1String("release_services"), QLatin1String("release_tasks")}) {
        Sql::Statement remove(m_db, QLatin1String("DELETE FROM ") + table +
                                        QLatin1String(" WHERE release_id = ?"));
        if (!remove.isPrepared() || !remove.exec(id))
            return tr("clearing its %1: %2").arg(table, remove.error());
    }
    {
        Sql::Statement insert(m_db, QStringLiteral("INSERT INTO release_services (release_id,"
                                                   " position, service, version, deployment_type)"
                                                   " VALUES (?, ?, ?, ?, ?)"));
        if (!insert.isPrepared())
            return tr("writing its services: %1").arg(insert.error());
        for (qsizetype i = 0; i < release.services.size(); ++i) {
            const ReleaseService &service = release.services.at(i);
            if (!insert.exec(id, qint64(i), service.service, service.version,
                             service.deploymentType)) {
                return tr("writing its service “%1”: %2").arg(service.service, insert.error());
            }
        }
    }
    Sql::Statement insert(m_db, QStringLiteral("INSERT INTO release_tasks (release_id, position,"
                                               " task_key) VALUES (?, ?, ?)"));
    if (!insert.isPrepared())
        return tr("writing its tasks: %1").arg(insert.error());
    for (qsizetype i = 0; i < release.taskKeys.size(); ++i) {
        if (!insert.exec(id, qint64(i), release.taskKeys.at(i)))
            return tr("writing its task “%1”: %2").arg(release.taskKeys.at(i), insert.error());
    }
    return {};
}

QString SqliteStore::appendEvents(const QList<AuditEvent> &events, qint64 releaseId)
{
    if (events.isEmpty())
        return {};
    Sql::Statement insert(m_db, Rows::AuditEventRow::insertSql());
    if (!insert.isPrepared())
        return tr("recording its history: %1").arg(insert.error());
    for (AuditEvent event : events) {
        if (event.releaseId == 0)
            event.releaseId = releaseId;
        if (!insert.execValues(Rows::AuditEventRow::values(event)))
            return tr("recording the “%1” event: %2").arg(toKey(event.action), insert.error());
    }
    return {};
}

QString SqliteStore::queueOutbox(const QList<OutboxEntry> &outbox)
{
    if (outbox.isEmpty())
        return {};
    Sql::Statement insert(m_db, Rows::OutboxRow::insertSql());
    if (!insert.isPrepared())
        return tr("queuing its outbox entries: %1").arg(insert.error());
    for (const OutboxEntry &entry : outbox) {
        // Without a key a retry could not find what an earlier attempt made.
        if (entry.idempotencyKey.isEmpty())
            return tr("queuing a “%1” outbox entry: it has no idempotency key")
                .arg(entry.kindKey());
        if (!insert.execValues(Rows::OutboxRow::values(entry))) {
            return tr("queuing the “%1” outbox entry “%2”: %3")
                .arg(entry.kindKey(), entry.idempotencyKey, insert.error());
        }
    }
    return {};
}

} // namespace ReleaseDesk
