// SqliteStore's reads of one release's tasks by key, so that a table of one
// release's tasks reads its own rows through the key indexes rather than
// every task and verdict the store holds.

#include "services/store/sqliterows.h"
#include "services/store/sqlitestore.h"
#include "services/store/sqlsupport.h"

#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

// Far below SQLite's limit on bound values, and a statement per chunk is cheap.
constexpr qsizetype chunkSize = 500;

template <typename Value>
Result<QList<Value>> readByKeys(const QSqlDatabase &db, const QStringList &keys,
                                QString (*sql)(int), Value (*read)(Sql::RowReader &))
{
    QList<Value> values;
    for (qsizetype from = 0; from < keys.size(); from += chunkSize) {
        const QStringList chunk = keys.mid(from, chunkSize);
        QVariantList bound;
        bound.reserve(chunk.size());
        for (const QString &key : chunk)
            bound << Sql::toValue(key);
        auto rows = Sql::selectRows(db, sql(int(chunk.size())), read, bound);
        if (!rows)
            return rows;
        values << std::move(rows).value();
    }
    return values;
}

} // namespace

Result<QList<Change>> SqliteStore::changesOf(const QStringList &keys) const
{
    QStringList unique = keys;
    unique.removeDuplicates();
    return Sql::explained(
        readByKeys<Change>(m_db, unique, &Rows::ChangeRow::selectOfKeysSql, &Rows::ChangeRow::read),
        tr("Could not read the changes: %1"));
}

Result<QList<PipelineBuild>> SqliteStore::buildsOf(const QList<ReleaseService> &shipped) const
{
    // One indexed read per service shipped; a service listed twice is read once.
    QList<PipelineBuild> builds;
    QSet<QString> seen;
    for (const ReleaseService &service : shipped) {
        const QString key = service.service + u'\n' + service.version;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        auto read = Sql::selectRows(
            m_db, Rows::BuildRow::selectOfVersionSql(), &Rows::BuildRow::read,
            {Sql::toValue(service.service), QVariant(service.version.isEmpty() ? 1 : 0),
             Sql::toValue(service.version)});
        if (!read)
            return Result<QList<PipelineBuild>>::failure(
                tr("Could not read the pipeline builds: %1").arg(read.error()));
        builds << std::move(read).value();
    }
    std::sort(builds.begin(), builds.end(),
              [](const PipelineBuild &a, const PipelineBuild &b) { return a.id < b.id; });
    return builds;
}

Result<QList<TestResult>> SqliteStore::testResultsOf(const QStringList &keys) const
{
    QStringList unique = keys;
    unique.removeDuplicates();
    auto read = readByKeys<TestResult>(m_db, unique, &Rows::TestResultRow::selectOfKeysSql,
                                       &Rows::TestResultRow::read);
    if (!read)
        return Result<QList<TestResult>>::failure(
            tr("Could not read the test results: %1").arg(read.error()));
    // Chunks are each in order; together they must be too.
    QList<TestResult> results = std::move(read).value();
    std::sort(results.begin(), results.end(),
              [](const TestResult &a, const TestResult &b) { return a.id < b.id; });
    return results;
}

Result<QList<Release>> SqliteStore::releasesWithTask(const QString &key) const
{
    const auto ids = Sql::selectRows(
        m_db, QStringLiteral("SELECT DISTINCT release_id FROM release_tasks WHERE task_key = ?"),
        +[](Sql::RowReader &row) { return row.integer(0); }, {Sql::toValue(key)});
    if (!ids)
        return Result<QList<Release>>::failure(
            tr("Could not read the releases of %1: %2").arg(key, ids.error()));
    QList<Release> releases;
    for (const qint64 id : ids.value()) {
        auto found = release(id);
        if (!found)
            return found.failure();
        releases << std::move(found).value();
    }
    return releases;
}

} // namespace ReleaseDesk
