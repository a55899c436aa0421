#include "services/store/sqlitestore.h"

#include "services/store/sqliterows.h"
#include "services/store/sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QtDebug>

#include <atomic>

namespace ReleaseDesk {

namespace {

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("releasedesk-store-%1").arg(++counter);
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

// Makes the folder and an empty, owner-only file before SQLite opens it, so the
// file never exists with the umask's permissions. An empty file is a valid,
// empty SQLite database.
QString createFile(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return SqliteStore::tr("could not create the folder %1").arg(folder);
        QFile::setPermissions(folder, ownerOnly() | QFileDevice::ExeOwner);
    }
    if (info.exists())
        return {};
    QFile file(path);
    // Another process may create it between the check and here: that is fine.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly()) && !info.exists())
        return file.errorString();
    return {};
}

// A database made by an older build, or copied in, may be readable by others.
void narrowPermissions(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QStringList files{path, path + QLatin1String("-wal"), path + QLatin1String("-shm")};
    for (const QString &file : files) {
        if (QFileInfo::exists(file) && (QFile::permissions(file) & others))
            QFile::setPermissions(file, ownerOnly());
    }
}

} // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path)
{
    return open(path, Migrations());
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path,
                                                       const Migrations &migrations)
{
    using Opened = Result<std::unique_ptr<SqliteStore>>;
    const auto failed = [&](const QString &why) {
        return Opened::failure(tr("Could not open the database %1: %2").arg(path, why));
    };
    if (path.isEmpty())
        return Opened::failure(tr("Could not open the database: no file name was given."));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failed(tr("Qt's SQLite driver (QSQLITE) is not installed"));
    if (const QString error = createFile(path); !error.isEmpty())
        return failed(error);

    std::unique_ptr<SqliteStore> store(new SqliteStore(path, nextConnectionName()));
    if (Status configured = store->configure(migrations); !configured)
        return configured.failure();
    return Opened(std::move(store));
}

SqliteStore::SqliteStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_lease(std::make_unique<OutboxLease>(m_path))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}

SqliteStore::~SqliteStore()
{
    m_db.close();
    // removeDatabase() warns, and leaks, while a handle to it is still alive.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SqliteStore::configure(const Migrations &migrations)
{
    const auto failed = [&](const QString &why) {
        return Status::failure(tr("Could not open the database %1: %2").arg(m_path, why));
    };
    if (!m_db.open())
        return failed(m_db.lastError().text());
    // Connection settings only: nothing is written to the file before the
    // version check, so a newer database is left exactly as it was.
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA busy_timeout = 5000")}) {
        if (const QString error = Sql::execute(m_db, pragma); !error.isEmpty())
            return failed(error);
    }
    if (Status checked = migrations.check(m_db); !checked)
        return checked;
    // quick_check reads every page but skips the index cross-checks; it is
    // what catches a file a disk or a copy damaged before anything trusts it.
    {
        Sql::Statement check(m_db, QStringLiteral("PRAGMA quick_check(1)"));
        if (!check.isPrepared() || !check.exec() || !check.next())
            return failed(
                tr("the file is damaged or is not a ReleaseDesk database (%1)").arg(check.error()));
        if (const QString verdict = check.value(0).toString(); verdict != QLatin1String("ok"))
            return failed(tr("the file is damaged (%1); restore a copy (the one kept before the "
                             "last upgrade is %2.bak-v<N>) or move it away to start afresh")
                              .arg(verdict, m_path));
    }

    narrowPermissions(m_path);
    {
        Sql::Statement wal(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal.isPrepared() || !wal.exec() || !wal.next())
            return failed(wal.error());
        // Some file systems (network shares) cannot do WAL; SQLite then keeps
        // its rollback journal, which is slower with two writers but correct.
        if (wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qWarning("ReleaseDesk: the database %s could not switch to WAL (it uses %s)",
                     qUtf8Printable(m_path), qUtf8Printable(wal.value(0).toString()));
        } else {
            // With WAL, NORMAL waits for the disk at checkpoints only, not on
            // every commit, so a sync's page a transaction stays cheap. The
            // file stays consistent; a power cut may lose the last commits.
            // For the outbox that is safe only for the completion: a lost
            // Done mark leaves the entry Sending, and a Sending entry is
            // looked for remotely before it is sent again. A lost claim would
            // leave it Pending, sent again without a look-up, so the claim
            // alone commits with synchronous = FULL (claimNextOutboxEntry).
            const QString error = Sql::execute(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            if (!error.isEmpty())
                return failed(error);
        }
    }
    return migrations.migrate(m_db);
}

Result<qint64> SqliteStore::createRelease(const Release &release, const AuditEvent &created,
                                          const QList<OutboxEntry> &outbox)
{
    qint64 id = 0;
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        {
            Sql::Statement insert(m_db, Rows::ReleaseRow::insertSql());
            if (!insert.isPrepared() || !insert.execValues(Rows::ReleaseRow::values(release)))
                return tr("writing the release: %1").arg(insert.error());
            id = insert.lastInsertId();
        }
        AuditEvent event = created;
        event.releaseId = id;
        if (const QString error = writeReleaseParts(id, release); !error.isEmpty())
            return error;
        if (const QString error = appendEvents({event}, id); !error.isEmpty())
            return error;
        QList<OutboxEntry> queued = outbox;
        for (OutboxEntry &entry : queued)
            entry.releaseId = id;
        return queueOutbox(queued);
    });
    if (!problem.isEmpty()) {
        return Result<qint64>::failure(
            tr("Could not create the release “%1”: %2").arg(release.name, problem));
    }
    return id;
}

Result<QList<Release>> SqliteStore::releases() const
{
    return loadReleases(std::nullopt);
}

Result<Release> SqliteStore::release(qint64 id) const
{
    Result<QList<Release>> loaded = loadReleases(id);
    if (!loaded)
        return loaded.failure();
    if (loaded->isEmpty())
        return Result<Release>::failure(tr("There is no release with id %1.").arg(id));
    return loaded->constFirst();
}

Status SqliteStore::saveRelease(const Release &release, const QList<AuditEvent> &events,
                                const QList<OutboxEntry> &outbox)
{
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        if (const QString error = updateRelease(release); !error.isEmpty())
            return error;
        if (const QString error = appendEvents(events, release.id); !error.isEmpty())
            return error;
        return queueOutbox(outbox);
    });
    if (!problem.isEmpty()) {
        return Status::failure(tr("Could not save the release “%1” (id %2): %3")
                                   .arg(release.name, QString::number(release.id), problem));
    }
    return success();
}

Result<Release> SqliteStore::editRelease(qint64 id, const ReleaseChange &change)
{
    Release edited;
    QString refused;
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        auto stored = readReleases(id);
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return refused = tr("There is no release with id %1.").arg(id);
        edited = stored->constFirst();
        const auto writes = change(edited);
        // A refusal is said in the use case's own words, without the preamble below.
        if (!writes) {
            // A refusal without words is still a refusal: nothing is written.
            return refused = writes.error().isEmpty()
                                 ? tr("The change to the release with id %1 was refused.").arg(id)
                                 : writes.error();
        }
        if (const QString error = updateRelease(edited); !error.isEmpty())
            return error;
        if (const QString error = appendEvents(writes->events, id); !error.isEmpty())
            return error;
        return queueOutbox(writes->outbox);
    });
    if (!refused.isEmpty())
        return Result<Release>::failure(refused);
    if (!problem.isEmpty()) {
        return Result<Release>::failure(
            tr("Could not save the release with id %1: %2").arg(QString::number(id), problem));
    }
    return edited;
}

Status SqliteStore::recordTestResult(const TestResult &result, const QList<AuditEvent> &events,
                                     const QList<OutboxEntry> &outbox,
                                     const QList<Release> &movedReleases)
{
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        {
            Sql::Statement insert(m_db, Rows::TestResultRow::insertSql());
            if (!insert.isPrepared() || !insert.execValues(Rows::TestResultRow::values(result)))
                return tr("writing the result: %1").arg(insert.error());
        }
        for (const Release &moved : movedReleases) {
            if (const QString error = updateRelease(moved); !error.isEmpty())
                return tr("moving the release “%1”: %2").arg(moved.name, error);
        }
        if (const QString error = appendEvents(events, 0); !error.isEmpty())
            return error;
        return queueOutbox(outbox);
    });
    if (!problem.isEmpty()) {
        return Status::failure(tr("Could not record the test result for %1 in %2: %3")
                                   .arg(result.taskKey, toTitle(result.environment), problem));
    }
    return success();
}

Status SqliteStore::recordTestResults(const QList<TestResult> &results,
                                      const QList<AuditEvent> &events,
                                      const QList<Release> &movedReleases)
{
    if (results.isEmpty())
        return success();
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        {
            Sql::Statement insert(m_db, Rows::TestResultRow::insertSql());
            for (const TestResult &result : results) {
                if (!insert.isPrepared() || !insert.execValues(Rows::TestResultRow::values(result)))
                    return tr("writing the result of %1: %2").arg(result.taskKey, insert.error());
            }
        }
        for (const Release &moved : movedReleases) {
            if (const QString error = updateRelease(moved); !error.isEmpty())
                return tr("moving the release “%1”: %2").arg(moved.name, error);
        }
        return appendEvents(events, 0);
    });
    if (!problem.isEmpty())
        return Status::failure(tr("Could not record the verdicts read: %1").arg(problem));
    return success();
}

Status SqliteStore::updateVerdicts(const QList<TestResult> &verdicts)
{
    if (verdicts.isEmpty())
        return success();
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        Sql::Statement update(m_db, Rows::TestResultRow::updateByRefSql());
        for (const TestResult &verdict : verdicts) {
            if (!update.isPrepared() ||
                !update.execValues(Rows::TestResultRow::updateValues(verdict)))
                return tr("%1 in %2: %3")
                    .arg(verdict.taskKey, toTitle(verdict.environment), update.error());
        }
        return {};
    });
    if (!problem.isEmpty())
        return Status::failure(tr("Could not update the verdicts: %1").arg(problem));
    return success();
}

Result<QList<TestResult>> SqliteStore::testResults() const
{
    return Sql::explained(
        Sql::selectRows(m_db, Rows::TestResultRow::selectSql(), &Rows::TestResultRow::read),
        tr("Could not read the test results: %1"));
}

Result<QList<AuditEvent>> SqliteStore::auditTrail(qint64 releaseId) const
{
    return Sql::explained(Sql::selectRows(m_db, Rows::AuditEventRow::selectSql(),
                                          &Rows::AuditEventRow::read, {QVariant(releaseId)}),
                          tr("Could not read the history of release %1: %2").arg(releaseId));
}

} // namespace ReleaseDesk
