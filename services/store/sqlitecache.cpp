// SqliteStore's cache of the remote systems and the sync state that goes with
// it: services, changes, builds and channel messages, and each source's cursor.

#include "services/store/sqliterows.h"
#include "services/store/sqlitestore.h"
#include "services/store/sqlsupport.h"

#include <QSet>

namespace ReleaseDesk {

namespace {

QString writeCursor(const QSqlDatabase &db, const SyncCursor &cursor)
{
    // Without a source the cursor could never be found again.
    if (cursor.source.isEmpty())
        return SqliteStore::tr("a sync cursor needs the name of its source");
    Sql::Statement upsert(db, Rows::SyncCursorRow::upsertSql());
    if (!upsert.isPrepared() || !upsert.execValues(Rows::SyncCursorRow::values(cursor)))
        return SqliteStore::tr("the sync cursor of %1: %2").arg(cursor.source, upsert.error());
    return {};
}

// One transaction and one statement prepared once for all the rows, and the
// page's cursor in the same transaction. The upsert leaves identical rows
// alone, so a row SQLite reports as affected was new or changed.
template <typename Mapping, typename Row>
Result<QStringList> upsertRows(const QSqlDatabase &db, const QList<Row> &rows,
                               const std::optional<SyncCursor> &cursor, const QString &failure)
{
    QStringList changed;
    QSet<QString> listed;
    const QString problem = Sql::inTransaction(db, [&]() -> QString {
        {
            Sql::Statement upsert(db, Mapping::upsertSql());
            if (!upsert.isPrepared())
                return upsert.error();
            for (const Row &row : rows) {
                if (!upsert.execValues(Mapping::values(row)))
                    return Mapping::label(row) + QLatin1String(": ") + upsert.error();
                if (upsert.rowsAffected() == 0)
                    continue;
                // A key given twice in one page is listed once.
                const QString key = Mapping::key(row);
                if (!listed.contains(key)) {
                    listed.insert(key);
                    changed.append(key);
                }
            }
        }
        return cursor ? writeCursor(db, *cursor) : QString();
    });
    if (!problem.isEmpty())
        return Result<QStringList>::failure(failure.arg(problem));
    return changed;
}

} // namespace

Result<QStringList> SqliteStore::saveServices(const QList<Service> &services)
{
    return upsertRows<Rows::ServiceRow>(m_db, services, std::nullopt,
                                        tr("Could not save the services: %1"));
}

Result<QList<Service>> SqliteStore::services() const
{
    return Sql::explained(
        Sql::selectRows(m_db, Rows::ServiceRow::selectSql(), &Rows::ServiceRow::read),
        tr("Could not read the services: %1"));
}

Result<QStringList> SqliteStore::saveChanges(const QList<Change> &changes,
                                             const std::optional<SyncCursor> &cursor)
{
    return upsertRows<Rows::ChangeRow>(m_db, changes, cursor, tr("Could not save the changes: %1"));
}

Result<QList<Change>> SqliteStore::changes() const
{
    return Sql::explained(
        Sql::selectRows(m_db, Rows::ChangeRow::selectSql(), &Rows::ChangeRow::read),
        tr("Could not read the changes: %1"));
}

Result<QStringList> SqliteStore::saveBuilds(const QList<PipelineBuild> &builds,
                                            const std::optional<SyncCursor> &cursor)
{
    return upsertRows<Rows::BuildRow>(m_db, builds, cursor,
                                      tr("Could not save the pipeline builds: %1"));
}

Result<QList<PipelineBuild>> SqliteStore::builds() const
{
    return Sql::explained(Sql::selectRows(m_db, Rows::BuildRow::selectSql(), &Rows::BuildRow::read),
                          tr("Could not read the pipeline builds: %1"));
}

Result<QStringList> SqliteStore::saveChannelMessages(const QList<ChannelMessage> &messages,
                                                     const std::optional<SyncCursor> &cursor)
{
    return upsertRows<Rows::ChannelMessageRow>(m_db, messages, cursor,
                                               tr("Could not save the channel messages: %1"));
}

Result<QList<ChannelMessage>> SqliteStore::channelMessages(const QString &releaseName) const
{
    const QString failure = tr("Could not read the channel messages: %1");
    if (releaseName.isEmpty()) {
        return Sql::explained(Sql::selectRows(m_db, Rows::ChannelMessageRow::selectSql(),
                                              &Rows::ChannelMessageRow::read),
                              failure);
    }
    return Sql::explained(Sql::selectRows(m_db, Rows::ChannelMessageRow::selectOfReleaseSql(),
                                          &Rows::ChannelMessageRow::read,
                                          {Sql::toValue(releaseName)}),
                          failure);
}

Result<std::optional<SyncCursor>> SqliteStore::syncCursor(const QString &source) const
{
    using Found = Result<std::optional<SyncCursor>>;
    const Result<QList<SyncCursor>> rows = Sql::selectRows(
        m_db, Rows::SyncCursorRow::selectSql(), &Rows::SyncCursorRow::read, {Sql::toValue(source)});
    if (!rows)
        return Found::failure(
            tr("Could not read the sync cursor of %1: %2").arg(source, rows.error()));
    if (rows->isEmpty())
        return Found(std::nullopt);
    return Found(rows->constFirst());
}

Status SqliteStore::saveSyncCursor(const SyncCursor &cursor)
{
    const QString problem = Sql::inTransaction(m_db, [&] { return writeCursor(m_db, cursor); });
    if (!problem.isEmpty())
        return Status::failure(tr("Could not save the sync state: %1").arg(problem));
    return success();
}

} // namespace ReleaseDesk
