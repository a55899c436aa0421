#include "support/storefixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// What the SQLite store keeps and gives back: every domain type exactly,
// enums by key, upserts, many rows quickly, and readable errors for damaged
// rows and files it cannot open. Writes that must land together, the audit
// trail's protection and two processes on one file are in tst_storetransactions.
class TestSqliteStore : public QObject, private StoreFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        const Status opened = openStore();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void cleanup() { closeStore(); }

    void everyDomainTypeRoundTrips()
    {
        const QList<Service> services{sampleService(QStringLiteral("chs-payments")),
                                      sampleService(QStringLiteral("chs-orders-api"))};
        QVERIFY(m_store->saveServices(services).ok());
        QCOMPARE(m_store->services().value(), (QList<Service>{services.at(1), services.at(0)}));

        const QList<Change> changes{sampleChange(QStringLiteral("CHS-2")),
                                    sampleChange(QStringLiteral("CHS-1"))};
        QVERIFY(m_store->saveChanges(changes).ok());
        QCOMPARE(m_store->changes().value(), (QList<Change>{changes.at(1), changes.at(0)}));

        const QList<PipelineBuild> builds{sampleBuild(9001), sampleBuild(12)};
        QVERIFY(m_store->saveBuilds(builds).ok());
        QCOMPARE(m_store->builds().value(), (QList<PipelineBuild>{builds.at(1), builds.at(0)}));

        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        QVERIFY(id > 0);
        QCOMPARE(m_store->release(id).value(), release);
        QCOMPARE(m_store->releases().value(), QList<Release>{release});

        AuditEvent created = sampleEvent(AuditAction::Created);
        const QList<AuditEvent> trail = m_store->auditTrail(id).value();
        QCOMPARE(trail.size(), 1);
        QVERIFY(trail.at(0).id > 0);
        created.id = trail.at(0).id;
        created.releaseId = id; // the store files the creation under the new release
        QCOMPARE(trail.at(0), created);

        TestResult result = sampleResult(QStringLiteral("CHS-1"));
        QVERIFY(m_store->recordTestResult(result, {}).ok());
        const QList<TestResult> results = m_store->testResults().value();
        QCOMPARE(results.size(), 1);
        result.id = results.at(0).id;
        QVERIFY(result.id > 0);
        QCOMPARE(results.at(0), result);

        OutboxEntry forRelease = sampleOutbox(QStringLiteral("release-1-staging"));
        forRelease.releaseId = id;
        OutboxEntry forNone = sampleOutbox(QStringLiteral("jira-comment-CHS-1"));
        forNone.kind = OutboxKind::JiraComment;
        forNone.payload = QByteArray(); // an empty payload reads back empty
        forNone.nextAttempt = QDateTime();
        QVERIFY(m_store->saveRelease(release, {}, {forRelease, forNone}).ok());
        const QList<OutboxEntry> pending = m_store->outbox(OutboxState::Pending).value();
        QCOMPARE(pending.size(), 2);
        QVERIFY(pending.at(0).id > 0 && pending.at(1).id > pending.at(0).id);
        forRelease.id = pending.at(0).id;
        forNone.id = pending.at(1).id;
        QCOMPARE(pending, (QList<OutboxEntry>{forRelease, forNone}));
        QCOMPARE(pending.at(1).releaseId, qint64(0));
    }

    void timestampsRoundTripExactly_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::newRow("null") << QDateTime();
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        QTest::newRow("milliseconds") << utc("2026-03-01T09:15:42.123Z");
        QTest::newRow("last millisecond of a year") << utc("2025-12-31T23:59:59.999Z");
        QTest::newRow("with an offset") << utc("2026-03-01T14:45:42.001+05:30");
        QTest::newRow("local time") << QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 5));
    }

    void timestampsRoundTripExactly()
    {
        QFETCH(QDateTime, when);
        Change change = sampleChange(QStringLiteral("CHS-1"));
        change.updated = when;
        QVERIFY(m_store->saveChanges({change}).ok());
        PipelineBuild build = sampleBuild(1);
        build.started = when;
        build.finished = when;
        QVERIFY(m_store->saveBuilds({build}).ok());
        Release release = sampleRelease(QStringLiteral("r"));
        release.created = release.stageChanged = release.updated = when;
        createSampleRelease(release);

        const Change readChange = m_store->changes().value().value(0);
        QCOMPARE(readChange, change);
        QCOMPARE(m_store->builds().value().value(0), build);
        QCOMPARE(m_store->release(release.id).value(), release);
        QCOMPARE(readChange.updated.isValid(), when.isValid());
        if (when.isValid()) {
            QCOMPARE(readChange.updated.toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
            QCOMPARE(readChange.updated.timeSpec(), Qt::UTC);
        }

        // On disk: ISO-8601 UTC with milliseconds, so that text order is time order.
        RawConnection raw(path());
        const QVariant stored = raw.column(QStringLiteral("SELECT updated FROM changes")).value(0);
        if (!when.isValid()) {
            QVERIFY(stored.isNull());
            return;
        }
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QVERIFY2(iso.match(stored.toString()).hasMatch(), qPrintable(stored.toString()));
        QCOMPARE(stored.toString(), when.toUTC().toString(Qt::ISODateWithMs));
    }

    void stagesAreStoredByKey_data()
    {
        QTest::addColumn<int>("stage");
        for (int stage = int(Stage::CiDev); stage <= int(Stage::Cancelled); ++stage)
            QTest::addRow("%s", qPrintable(toKey(Stage(stage)))) << stage;
    }

    void stagesAreStoredByKey()
    {
        QFETCH(int, stage);
        Release release = sampleRelease(QStringLiteral("r"));
        release.stage = Stage(stage);
        const qint64 id = createSampleRelease(release);
        RawConnection raw(path());
        QCOMPARE(raw.column(QStringLiteral("SELECT stage FROM releases WHERE id = ?"), {id}),
                 QVariantList{toKey(Stage(stage))});
        QCOMPARE(m_store->release(id).value().stage, Stage(stage));
    }

    void otherEnumsAreStoredByKey()
    {
        QList<PipelineBuild> builds;
        for (PipelineJob job :
             {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
            for (BuildStatus status :
                 {BuildStatus::Pending, BuildStatus::Started, BuildStatus::Succeeded,
                  BuildStatus::Failed, BuildStatus::Errored, BuildStatus::Aborted}) {
                PipelineBuild build = sampleBuild(builds.size() + 1);
                build.job = job;
                build.status = status;
                builds.append(build);
            }
        }
        QVERIFY(m_store->saveBuilds(builds).ok());
        QCOMPARE(m_store->builds().value(), builds);

        RawConnection raw(path());
        const QVariantList stored = raw.column(
            QStringLiteral("SELECT job || '/' || status FROM pipeline_builds ORDER BY id"));
        QCOMPARE(stored.size(), builds.size());
        for (qsizetype i = 0; i < builds.size(); ++i) {
            QCOMPARE(stored.at(i).toString(),
                     toKey(builds.at(i).job) + u'/' + toKey(builds.at(i).status));
        }

        Change change = sampleChange(QStringLiteral("CHS-1"));
        change.review = ReviewState::ChangesRequested;
        QVERIFY(m_store->saveChanges({change}).ok());
        QCOMPARE(raw.column(QStringLiteral("SELECT review FROM changes")),
                 QVariantList{QStringLiteral("changes-requested")});

        TestResult result = sampleResult(QStringLiteral("CHS-1"));
        QVERIFY(m_store->recordTestResult(result, {}).ok());
        QCOMPARE(
            raw.column(QStringLiteral("SELECT environment || '/' || outcome FROM test_results")),
            QVariantList{QStringLiteral("staging/failed")});
    }

    void upsertUpdatesRatherThanDuplicates_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("services") << QStringLiteral("services");
        QTest::newRow("changes") << QStringLiteral("changes");
        QTest::newRow("builds") << QStringLiteral("pipeline_builds");
    }

    void upsertUpdatesRatherThanDuplicates()
    {
        QFETCH(QString, table);
        RawConnection raw(path());
        const auto rowCount = [&] {
            return raw.column(QStringLiteral("SELECT count(*) FROM ") + table).value(0).toInt();
        };
        if (table == QLatin1String("services")) {
            Service a = sampleService(QStringLiteral("a"));
            const Service b = sampleService(QStringLiteral("b"));
            QVERIFY(m_store->saveServices({a, b}).ok());
            a.team = QStringLiteral("platform");
            a.deploymentType = QString();
            const Service c = sampleService(QStringLiteral("c"));
            QVERIFY(m_store->saveServices({a, c}).ok());
            QCOMPARE(m_store->services().value(), (QList<Service>{a, b, c}));
        } else if (table == QLatin1String("changes")) {
            Change a = sampleChange(QStringLiteral("CHS-1"));
            const Change b = sampleChange(QStringLiteral("CHS-2"));
            QVERIFY(m_store->saveChanges({a, b}).ok());
            a.status = QStringLiteral("Done");
            a.review = ReviewState::Merged;
            a.updated = a.updated.addMSecs(1);
            QVERIFY(m_store->saveChanges({a}).ok());
            QCOMPARE(m_store->changes().value(), (QList<Change>{a, b}));
        } else {
            PipelineBuild a = sampleBuild(7);
            QVERIFY(m_store->saveBuilds({a}).ok());
            a.status = BuildStatus::Succeeded;
            a.finished = QDateTime();
            QVERIFY(m_store->saveBuilds({a, a}).ok());
            QCOMPARE(m_store->builds().value(), QList<PipelineBuild>{a});
        }
        const int expectedRows = table == QLatin1String("services")  ? 3
                                 : table == QLatin1String("changes") ? 2
                                                                     : 1;
        QCOMPARE(rowCount(), expectedRows);
    }

    // A sync writes thousands of rows: one transaction and one prepared
    // statement, which still tells each changed row from an unchanged one.
    void syncOfManyRowsIsFast()
    {
        QList<Change> changes;
        QStringList keys;
        for (int i = 0; i < 20000; ++i) {
            keys.append(QStringLiteral("CHS-%1").arg(i, 5, 10, QLatin1Char('0')));
            changes.append(sampleChange(keys.constLast()));
        }
        QElapsedTimer timer;
        timer.start();
        const Result<QStringList> inserted = m_store->saveChanges(changes);
        const qint64 insertTime = timer.restart();
        const Result<QStringList> unchanged = m_store->saveChanges(changes);
        const qint64 unchangedTime = timer.restart();
        QStringList everyThird;
        for (qsizetype i = 0; i < changes.size(); i += 3) {
            changes[i].status = QStringLiteral("Done");
            everyThird.append(changes.at(i).key);
        }
        const Result<QStringList> updated = m_store->saveChanges(changes);
        const qint64 updateTime = timer.restart();
        const QList<Change> stored = m_store->changes().value();
        const qint64 loadTime = timer.elapsed();
        qInfo("20,000 changes: insert %lld ms, unchanged re-save %lld ms, update %lld ms,"
              " load %lld ms",
              insertTime, unchangedTime, updateTime, loadTime);
        QVERIFY2(inserted.ok() && unchanged.ok() && updated.ok(), qPrintable(inserted.error()));
        QCOMPARE(inserted.value(), keys);
        QCOMPARE(unchanged.value(), QStringList());
        QCOMPARE(updated.value(), everyThird);
        QCOMPARE(stored.size(), 20000);
        QCOMPARE(stored, changes);
        // Generous for a debug build on a busy machine; row-by-row commits take minutes.
        QVERIFY2(insertTime < 15000 && unchangedTime < 15000 && updateTime < 15000,
                 "saving 20,000 rows took too long");
    }

    // An unchanged row is not rewritten at all: a sync that re-reads a page
    // writes nothing, so the file and its WAL do not grow with every sync.
    void unchangedRowsAreNotRewritten()
    {
        Change change = sampleChange(QStringLiteral("CHS-1"));
        QCOMPARE(m_store->saveChanges({change}).value(), QStringList{QStringLiteral("CHS-1")});
        RawConnection raw(path());
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE rewritten (task_key TEXT)")), QString());
        QCOMPARE(
            raw.exec(QStringLiteral("CREATE TRIGGER log_rewrites AFTER UPDATE ON changes"
                                    " BEGIN INSERT INTO rewritten VALUES (NEW.task_key); END")),
            QString());
        const QString rewritten = QStringLiteral("SELECT task_key FROM rewritten");

        QCOMPARE(m_store->saveChanges({change}).value(), QStringList());
        QCOMPARE(raw.column(rewritten), QVariantList());
        change.review = ReviewState::Merged;
        QCOMPARE(m_store->saveChanges({change}).value(), QStringList{QStringLiteral("CHS-1")});
        QCOMPARE(raw.column(rewritten), QVariantList{QStringLiteral("CHS-1")});
    }

    void releasesLoadWholeOldestFirst()
    {
        Release first = sampleRelease(QStringLiteral("first"));
        Release empty = sampleRelease(QStringLiteral("empty"));
        empty.services.clear();
        empty.taskKeys.clear();
        Release third = sampleRelease(QStringLiteral("third"));
        third.taskKeys = {QStringLiteral("CHS-9")};
        for (Release *release : {&first, &empty, &third})
            createSampleRelease(*release);
        QVERIFY(first.id < empty.id && empty.id < third.id);

        // Rewriting the first one's parts must not touch the others'.
        first.services.removeFirst();
        first.taskKeys = {QStringLiteral("CHS-3"), QStringLiteral("CHS-2")};
        first.notes.noConfigChanges = true;
        first.notes.configChanges.clear();
        QVERIFY(m_store->saveRelease(first, {}).ok());

        QCOMPARE(m_store->releases().value(), (QList<Release>{first, empty, third}));
        QCOMPARE(m_store->release(empty.id).value(), empty);
        QCOMPARE(m_store->release(third.id).value(), third);
    }

    void manyReleasesLoadQuickly()
    {
        QList<Release> created;
        for (int i = 0; i < 200; ++i) {
            Release release = sampleRelease(QStringLiteral("2026.%1").arg(i));
            release.taskKeys.clear();
            for (int task = 0; task < 50; ++task)
                release.taskKeys.append(QStringLiteral("CHS-%1").arg(i * 50 + task));
            createSampleRelease(release);
            created.append(release);
        }
        QElapsedTimer timer;
        timer.start();
        const Result<QList<Release>> loaded = m_store->releases();
        qInfo("200 releases with 10,000 tasks loaded in %lld ms", timer.elapsed());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), created);
    }

    void missingReleaseIsAnError()
    {
        const Result<Release> found = m_store->release(4242);
        QVERIFY(!found.ok());
        QCOMPARE(found.error(), QStringLiteral("There is no release with id 4242."));
        Release release = sampleRelease(QStringLiteral("ghost"));
        release.id = 4242;
        const Status saved = m_store->saveRelease(release, {});
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QStringLiteral("no release with id 4242")),
                 qPrintable(saved.error()));
        QVERIFY(m_store->releases().value().isEmpty());
    }

    void damagedRowsAreReportedNotGuessed_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("unknown review state")
            << QStringLiteral("UPDATE changes SET review = 'bogus'")
            << QStringLiteral("“bogus” is not a known review state");
        QTest::newRow("malformed timestamp")
            << QStringLiteral("UPDATE changes SET updated = 'yesterday'")
            << QStringLiteral("“yesterday” is not a timestamp");
    }

    void damagedRowsAreReportedNotGuessed()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expectedInError);
        QVERIFY(m_store->saveChanges({sampleChange(QStringLiteral("CHS-1"))}).ok());
        RawConnection raw(path());
        QCOMPARE(raw.exec(damage), QString());
        const Result<QList<Change>> changes = m_store->changes();
        QVERIFY(!changes.ok());
        QVERIFY2(changes.error().contains(expectedInError), qPrintable(changes.error()));
        QVERIFY2(changes.error().startsWith(QStringLiteral("Could not read the changes")),
                 qPrintable(changes.error()));
    }

    void openFailuresAreReadable_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("folder is a file")
            << QStringLiteral("blocker") << QStringLiteral("could not create the folder");
        QTest::newRow("not a database")
            << QStringLiteral("garbage") << QStringLiteral("not a database");
        QTest::newRow("no name") << QStringLiteral("empty") << QStringLiteral("no file name");
    }

    void openFailuresAreReadable()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expectedInError);
        QString target = m_dir->filePath(QStringLiteral("other.db"));
        if (setup == QLatin1String("blocker")) {
            QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            target = blocker.fileName() + QLatin1String("/sub/releasedesk.db");
        } else if (setup == QLatin1String("garbage")) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        } else {
            target.clear();
        }
        const Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(target);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(expectedInError), qPrintable(store.error()));
        if (setup == QLatin1String("garbage")) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
        }
    }

    // WAL, and commits that do not each wait for the disk: a sync stores a
    // page a transaction, hundreds of them on a first run.
    void walWithoutASyncPerCommit()
    {
        const QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    }

    void eachStoreHasItsOwnConnection()
    {
        const QString name = m_store->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        QString secondName;
        {
            Result<std::unique_ptr<SqliteStore>> second = SqliteStore::open(path());
            QVERIFY2(second.ok(), qPrintable(second.error()));
            secondName = second.value()->connectionName();
            QVERIFY(secondName != name);
            QVERIFY(QSqlDatabase::contains(secondName));
            QVERIFY(second.value()->saveServices({sampleService(QStringLiteral("a"))}).ok());
            QCOMPARE(m_store->services().value().size(), 1);
        }
        QVERIFY(!QSqlDatabase::contains(secondName));
        QVERIFY(QSqlDatabase::contains(name));
        m_store.reset();
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
