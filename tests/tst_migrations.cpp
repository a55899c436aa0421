#include "services/store/migrations.h"
#include "support/storefixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QFileDevice::Permissions groupOrOther()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
           QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

// Rows that a database at `version` can hold, written in the on-disk format of
// that version by hand (enum keys and timestamps spelled out), so that a change
// to the format that would strand existing files fails here.
QStringList seedFor(int version)
{
    QStringList statements;
    if (version >= 1) {
        statements << QStringLiteral(
                          "INSERT INTO releases (id, name, stage, description, backout_plan, "
                          "no_config_changes,"
                          " created) VALUES (1, '2026.1.1', 'staging-requested', 'First release',"
                          " 'Redeploy 1.4.1', 1, '2026-01-05T10:00:00.000Z')")
                   << QStringLiteral("INSERT INTO release_services VALUES"
                                     " (1, 0, 'chs-orders-api', '1.4.2', 'ECS')")
                   << QStringLiteral("INSERT INTO release_tasks VALUES (1, 0, 'CHS-1')")
                   << QStringLiteral(
                          "INSERT INTO audit_events (release_id, actor, at, action, why)"
                          " VALUES (1, 'dev', '2026-01-05T10:00:00.000Z', 'created', 'new')")
                   << QStringLiteral("INSERT INTO changes (task_key, summary, review, updated)"
                                     " VALUES ('CHS-1', 'Fix totals', 'merged',"
                                     " '2026-01-04T08:30:00.250Z')");
    }
    if (version >= 2) {
        statements << QStringLiteral(
            "INSERT INTO outbox (release_id, kind, payload, idempotency_key, state, created)"
            " VALUES (1, 'slack.post', '{}', 'release-1-staging', 'pending',"
            " '2026-01-05T10:01:00.000Z')");
    }
    if (version >= 3) {
        statements << QStringLiteral("INSERT INTO sync_cursors VALUES"
                                     " ('jira', '2026-01-05 09:00', '2026-01-05T10:02:00.000Z')")
                   << QStringLiteral(
                          "INSERT INTO channel_messages (ts, author, text, posted, release_name,"
                          " kind) VALUES ('1767607380.000100', 'U0DEV', 'Please apply 2026.1.1',"
                          " '2026-01-05T10:03:00.000Z', '2026.1.1', 'staging-request')");
    }
    if (version >= 4) {
        statements << QStringLiteral("INSERT INTO test_results (task_key, environment, outcome,"
                                     " tester, at, ref) VALUES ('CHS-1', 'ci-dev', 'passed',"
                                     " 'Ben Jones', '2026-01-05T10:04:00.000Z', 'abc123')");
    }
    return statements;
}

} // namespace

// The schema's history: upgrades from every version, refusal of newer files,
// and a failed step leaving the file as it was.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // Schema 3's sync state and channel: kept from a file that had them,
    // empty and writable in one upgraded from before.
    static void checkSyncState(SqliteStore &store, int fromVersion)
    {
        const Result<std::optional<SyncCursor>> cursor = store.syncCursor(QStringLiteral("jira"));
        QVERIFY2(cursor.ok(), qPrintable(cursor.error()));
        const Result<QList<ChannelMessage>> messages = store.channelMessages();
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        if (fromVersion >= 3) {
            QCOMPARE(cursor.value(), std::optional(SyncCursor{QStringLiteral("jira"),
                                                              QStringLiteral("2026-01-05 09:00"),
                                                              utc("2026-01-05T10:02:00.000Z")}));
            ChannelMessage message;
            message.ts = QStringLiteral("1767607380.000100");
            message.author = QStringLiteral("U0DEV");
            message.text = QStringLiteral("Please apply 2026.1.1");
            message.posted = utc("2026-01-05T10:03:00.000Z");
            message.releaseName = QStringLiteral("2026.1.1");
            message.kind = ChannelMessageKind::StagingRequest;
            QCOMPARE(messages.value(), QList<ChannelMessage>{message});
            QCOMPARE(store.channelMessages(QStringLiteral("2026.1.1")).value(), messages.value());
            return;
        }
        QVERIFY(!cursor.value().has_value());
        QVERIFY(messages->isEmpty());
        const SyncCursor first{QStringLiteral("jira"), QStringLiteral("0"), {}};
        const Result<QStringList> saved = store.saveChannelMessages(
            {ChannelMessage{QStringLiteral("1.0"), {}, {}, {}, {}, {}, {}}}, first);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved.value(), QStringList{QStringLiteral("1.0")});
        QCOMPARE(store.syncCursor(QStringLiteral("jira")).value(), std::optional(first));
    }
    QString path(const QString &name = QStringLiteral("releasedesk.db")) const
    {
        return m_dir->filePath(name);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void stepsAreNumberedInOrder()
    {
        const QList<MigrationStep> steps = Migrations::standardSteps();
        QCOMPARE(steps.size(), 6);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i + 1));
            QVERIFY(!steps.at(i).summary.isEmpty());
            QVERIFY(!steps.at(i).statements.isEmpty());
        }
        QCOMPARE(Migrations().latestVersion(), 6);
    }

    void migratesEmptyFileToLatest()
    {
        {
            Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path());
            QVERIFY2(store.ok(), qPrintable(store.error()));
        }
        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.userVersion(), Migrations().latestVersion());
        QCOMPARE(raw.strings(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                            " AND name NOT LIKE 'sqlite_%' ORDER BY name")),
                 QStringList({QStringLiteral("audit_events"), QStringLiteral("changes"),
                              QStringLiteral("channel_messages"), QStringLiteral("outbox"),
                              QStringLiteral("peer_reviews"), QStringLiteral("pipeline_builds"),
                              QStringLiteral("release_services"), QStringLiteral("release_tasks"),
                              QStringLiteral("releases"), QStringLiteral("services"),
                              QStringLiteral("sync_cursors"), QStringLiteral("test_results")}));
        QCOMPARE(raw.strings(QStringLiteral(
                     "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")),
                 QStringList({QStringLiteral("audit_events_no_delete"),
                              QStringLiteral("audit_events_no_replace"),
                              QStringLiteral("audit_events_no_update")}));
        QCOMPARE(raw.strings(QStringLiteral("PRAGMA journal_mode")),
                 QStringList(QStringLiteral("wal")));
    }

    void storeConnectionHasForeignKeysAndTimeout()
    {
        Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QSqlQuery query(QSqlDatabase::database(store.value()->connectionName(), false));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")) && query.next());
        QCOMPARE(query.value(0).toInt(), 5000);
    }

    void upgradesFromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version <= Migrations().latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void upgradesFromEachEarlierVersion()
    {
        QFETCH(int, fromVersion);
        {
            RawConnection raw(path());
            QVERIFY(raw.isOpen());
            const Status migrated = Migrations().migrate(raw.db(), fromVersion);
            QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
            QCOMPARE(raw.userVersion(), fromVersion);
            for (const QString &statement : seedFor(fromVersion))
                QCOMPARE(raw.exec(statement), QString());
        }

        Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        SqliteStore &store = *opened.value();
        {
            // An upgraded file is built exactly like a new one.
            RawConnection raw(path());
            QCOMPARE(raw.userVersion(), Migrations().latestVersion());
            RawConnection fresh(path(QStringLiteral("fresh.db")));
            QVERIFY(Migrations().migrate(fresh.db()).ok());
            QCOMPARE(raw.schema(), fresh.schema());
        }
        checkSyncState(store, fromVersion);

        const Result<QList<Release>> releases = store.releases();
        QVERIFY2(releases.ok(), qPrintable(releases.error()));
        const Result<QList<Change>> changes = store.changes();
        QVERIFY2(changes.ok(), qPrintable(changes.error()));
        const Result<QList<OutboxEntry>> outbox = store.outbox(OutboxState::Pending);
        QVERIFY2(outbox.ok(), qPrintable(outbox.error()));
        if (fromVersion == 0) {
            QVERIFY(releases->isEmpty());
            QVERIFY(changes->isEmpty());
            QVERIFY(outbox->isEmpty());
            return;
        }

        Release release;
        release.id = 1;
        release.name = QStringLiteral("2026.1.1");
        release.stage = Stage::StagingRequested;
        release.notes.description = QStringLiteral("First release");
        release.notes.backoutPlan = QStringLiteral("Redeploy 1.4.1");
        release.notes.noConfigChanges = true;
        release.services = {
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
        release.taskKeys = {QStringLiteral("CHS-1")};
        release.created = utc("2026-01-05T10:00:00.000Z");
        QCOMPARE(releases.value(), QList<Release>{release});

        Change change;
        change.key = QStringLiteral("CHS-1");
        change.summary = QStringLiteral("Fix totals");
        change.review = ReviewState::Merged;
        change.updated = utc("2026-01-04T08:30:00.250Z");
        QCOMPARE(changes.value(), QList<Change>{change});

        const Result<QList<AuditEvent>> trail = store.auditTrail(1);
        QVERIFY2(trail.ok(), qPrintable(trail.error()));
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->at(0).action, AuditAction::Created);

        if (fromVersion >= 2) {
            QCOMPARE(outbox->size(), 1);
            QCOMPARE(outbox->at(0).idempotencyKey, QStringLiteral("release-1-staging"));
            QCOMPARE(outbox->at(0).releaseId, qint64(1));
            // An entry queued before the worker's states is taken like a new one.
            const Result<std::optional<OutboxEntry>> claimed =
                store.claimNextOutboxEntry(utc("2026-01-05T10:05:00.000Z"));
            QVERIFY2(claimed.ok(), qPrintable(claimed.error()));
            QVERIFY(claimed.value().has_value());
            QCOMPARE(claimed.value()->id, outbox->at(0).id);
            QCOMPARE(claimed.value()->state, OutboxState::Pending);
            QCOMPARE(store.outboxEntry(outbox->at(0).id)->state, OutboxState::Sending);
        } else {
            QVERIFY(outbox->isEmpty());
        }
    }

    void failingStepRollsBackWhole_data()
    {
        QTest::addColumn<int>("startVersion");
        QTest::addColumn<int>("brokenVersion");
        QTest::newRow("the first step fails") << 0 << 1;
        QTest::newRow("a step after an applied one fails") << 0 << 2;
        QTest::newRow("the only missing step fails") << 1 << 2;
        QTest::newRow("the step to schema 3 fails") << 2 << 3;
        QTest::newRow("the step to schema 4 fails") << 3 << 4;
        QTest::newRow("a step beyond the known ones fails") << 4 << 5;
    }

    void failingStepRollsBackWhole()
    {
        QFETCH(int, startVersion);
        QFETCH(int, brokenVersion);
        // Creates a table and fills it before failing, so a partial step
        // would leave traces.
        QList<MigrationStep> steps = Migrations::standardSteps().first(brokenVersion - 1);
        steps.append({brokenVersion,
                      QStringLiteral("broken on purpose"),
                      {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                       QStringLiteral("INSERT INTO half_done VALUES (1)"),
                       QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
        const Migrations broken(steps);

        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY(Migrations().migrate(raw.db(), startVersion).ok());
        for (const QString &statement : seedFor(startVersion))
            QCOMPARE(raw.exec(statement), QString());

        const Status migrated = broken.migrate(raw.db());
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().contains(
                     QStringLiteral("schema %1 (broken on purpose)").arg(brokenVersion)),
                 qPrintable(migrated.error()));
        QVERIFY2(migrated.error().contains(QStringLiteral("no_such_table")),
                 qPrintable(migrated.error()));

        // The steps before the broken one stay; the broken one left nothing.
        QCOMPARE(raw.userVersion(), brokenVersion - 1);
        RawConnection reference(path(QStringLiteral("reference.db")));
        QVERIFY(Migrations().migrate(reference.db(), brokenVersion - 1).ok());
        QCOMPARE(raw.schema(), reference.schema());
        QVERIFY(!raw.schema().join(u'\n').contains(QStringLiteral("half_done")));
        if (startVersion >= 1) {
            QCOMPARE(raw.strings(QStringLiteral("SELECT name FROM releases")),
                     QStringList(QStringLiteral("2026.1.1")));
        }
    }

    void openReportsAFailedStep()
    {
        QList<MigrationStep> steps = Migrations::standardSteps();
        const int latest = int(steps.size());
        steps.append({latest + 1,
                      QStringLiteral("broken on purpose"),
                      {QStringLiteral("ALTER TABLE no_such_table ADD COLUMN x TEXT")}});
        const Result<std::unique_ptr<SqliteStore>> store =
            SqliteStore::open(path(), Migrations(steps));
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("schema %1").arg(latest + 1)),
                 qPrintable(store.error()));
        QVERIFY2(store.error().contains(QStringLiteral("stays at schema %1").arg(latest)),
                 qPrintable(store.error()));
        RawConnection raw(path());
        QCOMPARE(raw.userVersion(), latest);
    }

    // A copy of the database as it was is kept before a migration changes it.
    void migrationKeepsABackupAtTheOldVersion()
    {
        const int older = Migrations().latestVersion() - 1;
        {
            RawConnection raw(path());
            QVERIFY(Migrations().migrate(raw.db(), older).ok());
            for (const QString &statement : seedFor(older))
                QCOMPARE(raw.exec(statement), QString());
        }
        QVERIFY(SqliteStore::open(path()).ok());
        const QString backup = path() + QStringLiteral(".bak-v%1").arg(older);
        QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
        RawConnection raw(backup);
        QCOMPARE(raw.userVersion(), older);
        QCOMPARE(raw.strings(QStringLiteral("SELECT name FROM releases")),
                 QStringList(QStringLiteral("2026.1.1")));
    }

    // A damaged file is refused at open with words a person can act on.
    void damagedFileIsRefusedAtOpen()
    {
        {
            auto store = SqliteStore::open(path());
            QVERIFY(store.ok());
            QList<Change> changes;
            for (int i = 0; i < 2000; ++i)
                changes << sampleChange(QStringLiteral("CHS-%1").arg(i));
            QVERIFY(store.value()->saveChanges(changes).ok());
        }
        {
            RawConnection raw(path());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), QString());
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Pages 3 to 6 (of 4096 bytes): the middle of the changes table.
        QVERIFY(file.seek(2 * 4096));
        QVERIFY(file.write(QByteArray(4 * 4096, '\x5a')) > 0);
        file.close();
        const auto store = SqliteStore::open(path());
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(QStringLiteral("damaged")), qPrintable(store.error()));
    }

    void refusesMisnumberedSteps()
    {
        QList<MigrationStep> steps = Migrations::standardSteps();
        steps[1].version = 5;
        RawConnection raw(path());
        const Status migrated = Migrations(steps).migrate(raw.db());
        QVERIFY(!migrated.ok());
        QVERIFY2(migrated.error().contains(QStringLiteral("broken")), qPrintable(migrated.error()));
        QCOMPARE(raw.userVersion(), 0);
    }

    void refusesNewerDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("journalMode");
        QTest::newRow("rollback journal") << QStringLiteral("DELETE");
        QTest::newRow("write-ahead log") << QStringLiteral("WAL");
    }

    void refusesNewerDatabaseUntouched()
    {
        QFETCH(QString, journalMode);
        const int latest = Migrations().latestVersion();
        {
            RawConnection raw(path());
            QVERIFY(Migrations().migrate(raw.db()).ok());
            QCOMPARE(raw.strings(QStringLiteral("PRAGMA journal_mode = ") + journalMode),
                     QStringList(journalMode.toLower()));
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE from_the_future (x TEXT)")), QString());
        }
        const QByteArray before = sha256(path());
        QVERIFY(!before.isEmpty());
        const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

        const QString expected =
            QStringLiteral("This database was written by a newer ReleaseDesk (schema "
                           "%1; this build knows up to %2). It was not modified.")
                .arg(latest + 1)
                .arg(latest);
        {
            const Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path());
            QVERIFY(!store.ok());
            QCOMPARE(store.error(), expected);
        }
        QCOMPARE(sha256(path()), before);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);

        // The class refuses on its own too, for callers that do not go through open().
        RawConnection raw(path());
        const Status migrated = Migrations().migrate(raw.db());
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error(), expected);
        QCOMPARE(raw.userVersion(), latest + 1);
        QCOMPARE(sha256(path()), before);
    }

    void newFileIsOwnerOnly()
    {
        const QString nested = m_dir->filePath(QStringLiteral("profile/data/releasedesk.db"));
        Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(nested);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        // A write makes SQLite create the WAL and shared-memory files too.
        QVERIFY(store.value()->saveServices({{QStringLiteral("a"), {}, {}, {}}}).ok());

        const QStringList files{nested, nested + QLatin1String("-wal"),
                                nested + QLatin1String("-shm")};
        for (const QString &file : files) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const QFileDevice::Permissions permissions = QFile::permissions(file);
            QVERIFY2(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                     qPrintable(file));
            QCOMPARE(permissions & groupOrOther(), QFileDevice::Permissions());
        }
        const QFileDevice::Permissions folder =
            QFile::permissions(QFileInfo(nested).absolutePath());
        QCOMPARE(folder & groupOrOther(), QFileDevice::Permissions());
    }

    void existingFileIsNarrowedToOwnerOnly()
    {
        {
            RawConnection raw(path());
            QVERIFY(Migrations().migrate(raw.db()).ok());
        }
        QVERIFY(QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(QFile::permissions(path()) & groupOrOther(), QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
