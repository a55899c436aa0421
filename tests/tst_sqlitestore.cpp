#include "services/sqlitestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace ReleaseDesk;

namespace {

// A plain Qt Sql connection beside the store's, to look at the stored text
// and to try what the store itself never does.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("tst_sqlitestore-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    // An empty string on success, SQLite's words otherwise.
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        return query.exec() ? QString() : query.lastError().databaseText();
    }
    QVariantList column(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        QVariantList result;
        if (!query.exec())
            return {QVariant(QStringLiteral("error: ") + query.lastError().text())};
        while (query.next())
            result.append(query.value(0));
        return result;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

Service sampleService(const QString &name)
{
    return {name, name + QLatin1String("-pipeline"), QStringLiteral("ECS"), QStringLiteral("chs")};
}

Change sampleChange(const QString &key)
{
    Change change;
    change.key = key;
    change.summary = QStringLiteral("Zoë’s fix — totals “rounded” ✓ for ") + key;
    change.status = QStringLiteral("Ready for Test");
    change.assignee = QStringLiteral("zoe");
    change.service = QStringLiteral("chs-orders-api");
    change.branch = QStringLiteral("feature/") + key;
    change.commit = QStringLiteral("9f3c2a1b7d");
    change.fixVersion = QStringLiteral("2026.11.3");
    change.review = ReviewState::Approved;
    change.updated = utc("2026-03-01T09:15:42.123Z");
    return change;
}

PipelineBuild sampleBuild(qint64 id)
{
    PipelineBuild build;
    build.id = id;
    build.service = QStringLiteral("chs-orders-api");
    build.job = PipelineJob::CidevApply;
    build.name = QString::number(id % 100);
    build.status = BuildStatus::Errored;
    build.version = QStringLiteral("1.4.2");
    build.started = utc("2026-03-01T09:00:00.001Z");
    build.finished = utc("2026-03-01T09:07:30.999Z");
    return build;
}

Release sampleRelease(const QString &name)
{
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
        {QStringLiteral("chs-payments"), QStringLiteral("2.0.0"), QStringLiteral("Mesos")}};
    // Not sorted: the user's order must survive.
    release.taskKeys = {QStringLiteral("CHS-7"), QStringLiteral("CHS-1"), QStringLiteral("CHS-3")};
    release.stage = Stage::TicketRaised;
    release.notes = {QStringLiteral("Totals are rounded"),
                     QStringLiteral("Redeploy 1.4.1"),
                     QStringLiteral("ORDERS_LIMIT=5"),
                     false,
                     QStringLiteral("98765"),
                     QStringLiteral("https://wiki.example/pages/98765")};
    release.changeTicket = QStringLiteral("CHG0030001");
    release.changeTicketUrl = QStringLiteral("https://sn.example/CHG0030001");
    release.stagingRequestRef = QStringLiteral("C0REL/1700000000.000100");
    release.testTaskNumber = QStringLiteral("CTASK0010002");
    release.liveRequestRef = QStringLiteral("C0REL/1700000100.000200");
    release.liveConfirmationRef = QStringLiteral("C0REL/1700000200.000300");
    release.created = utc("2026-03-01T08:00:00.000Z");
    release.stageChanged = utc("2026-03-02T10:30:15.500Z");
    release.updated = utc("2026-03-02T10:30:15.501Z");
    return release;
}

AuditEvent sampleEvent(const QString &action)
{
    AuditEvent event;
    event.actor = QStringLiteral("zoe");
    event.at = utc("2026-03-02T10:30:15.500Z");
    event.action = action;
    event.fromStage = toKey(Stage::NotesPublished);
    event.toStage = toKey(Stage::TicketRaised);
    event.why = QStringLiteral("Ticket CHG0030001 raised");
    return event;
}

OutboxEntry sampleOutbox(const QString &key)
{
    OutboxEntry entry;
    entry.kind = QStringLiteral("slack.post");
    entry.payload = QByteArrayLiteral("{\"text\":\"Please apply 2026.11.3 \xe2\x9c\x93\",\"n\":1}");
    entry.idempotencyKey = key;
    entry.state = OutboxState::Pending;
    entry.attempts = 2;
    entry.nextAttempt = utc("2026-03-02T10:31:00.000Z");
    entry.lastError = QStringLiteral("HTTP 503");
    entry.created = utc("2026-03-02T10:30:15.500Z");
    return entry;
}

TestResult sampleResult(const QString &taskKey)
{
    TestResult result;
    result.taskKey = taskKey;
    result.environment = Environment::Staging;
    result.outcome = TestOutcome::Failed;
    result.tester = QStringLiteral("tess");
    result.note = QStringLiteral("Totals off by one cent");
    result.at = utc("2026-03-03T14:00:00.007Z");
    return result;
}

// What each of the two processes in twoProcessesWriteTogether does: many
// small transactions of every kind, with reads in between.
Status writeRows(SqliteStore &store, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("%1-%2").arg(prefix).arg(i);
        if (Status saved = store.saveChanges({sampleChange(key)}); !saved)
            return saved;
        if (Status recorded = store.recordTestResult(sampleResult(key), {}); !recorded)
            return recorded;
        if (i % 10 != 0)
            continue;
        Release release = sampleRelease(key);
        const Result<qint64> id =
            store.createRelease(release, sampleEvent(QStringLiteral("created")));
        if (!id)
            return Status::failure(id.error());
        release.id = id.value();
        release.stage = Stage::ReadyForStaging;
        if (Status saved = store.saveRelease(release, {sampleEvent(QStringLiteral("transition"))},
                                             {sampleOutbox(key)});
            !saved) {
            return saved;
        }
        if (const Result<QList<Release>> all = store.releases(); !all)
            return Status::failure(all.error());
    }
    return success();
}

// The child side of twoProcessesWriteTogether: the test binary run again with
// --write-rows. It says "ready" once open, starts on "go", and reports the
// time window it wrote in.
int runChildWriter(const QString &path, const QString &prefix, int count)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Result<std::unique_ptr<SqliteStore>> store = SqliteStore::open(path);
    if (!store) {
        err << store.error() << Qt::endl;
        return 2;
    }
    out << "ready" << Qt::endl;
    if (QTextStream(stdin).readLine() != QLatin1String("go"))
        return 3;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    if (Status written = writeRows(*store.value(), prefix, count); !written) {
        err << written.error() << Qt::endl;
        return 1;
    }
    out << "window " << started << ' ' << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
    return 0;
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;

    QString path() const { return m_dir->filePath(QStringLiteral("releasedesk.db")); }

    // A stored release and its id; fails the test if it cannot be created.
    qint64 createSampleRelease(Release &release)
    {
        const Result<qint64> id =
            m_store->createRelease(release, sampleEvent(QStringLiteral("created")));
        if (!id) {
            QTest::qFail(qPrintable(id.error()), __FILE__, __LINE__);
            return 0;
        }
        release.id = id.value();
        return release.id;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_store = std::move(opened).value();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

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

        AuditEvent created = sampleEvent(QStringLiteral("created"));
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
        forNone.kind = QStringLiteral("jira.comment");
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

    // A sync writes thousands of rows: one transaction and one prepared statement.
    void syncOfManyRowsIsFast()
    {
        QList<Change> changes;
        for (int i = 0; i < 20000; ++i)
            changes.append(sampleChange(QStringLiteral("CHS-%1").arg(i, 5, 10, QLatin1Char('0'))));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_store->saveChanges(changes).ok());
        const qint64 inserted = timer.restart();
        for (Change &change : changes)
            change.status = QStringLiteral("Done");
        QVERIFY(m_store->saveChanges(changes).ok());
        const qint64 updated = timer.restart();
        const QList<Change> stored = m_store->changes().value();
        const qint64 loaded = timer.elapsed();
        qInfo("20,000 changes: insert %lld ms, update %lld ms, load %lld ms", inserted, updated,
              loaded);
        QCOMPARE(stored.size(), 20000);
        QCOMPARE(stored, changes);
        // Generous for a debug build on a busy machine; row-by-row commits take minutes.
        QVERIFY2(inserted < 15000 && updated < 15000, "saving 20,000 rows took too long");
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

    void saveReleaseReplacesAndAppends()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        release.stage = Stage::StagingRequested;
        release.services.removeLast();
        release.taskKeys.append(QStringLiteral("CHS-11"));
        AuditEvent transition = sampleEvent(QStringLiteral("transition"));
        QVERIFY(m_store
                    ->saveRelease(
                        release, {transition},
                        {sampleOutbox(QStringLiteral("a")), sampleOutbox(QStringLiteral("b"))})
                    .ok());
        QCOMPARE(m_store->release(id).value(), release);
        const QList<AuditEvent> trail = m_store->auditTrail(id).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).action, QStringLiteral("created"));
        transition.id = trail.at(1).id;
        transition.releaseId = id;
        QCOMPARE(trail.at(1), transition);
        const QList<OutboxEntry> pending = m_store->outbox(OutboxState::Pending).value();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).idempotencyKey, QStringLiteral("a"));
        QCOMPARE(pending.at(1).idempotencyKey, QStringLiteral("b"));
    }

    void failedSaveLeavesNothing_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("a key twice in one save")
            << QStringLiteral("duplicate") << QStringLiteral("UNIQUE constraint failed");
        QTest::newRow("a key queued before")
            << QStringLiteral("queued") << QStringLiteral("“queued-before”");
        QTest::newRow("an entry without a key")
            << QStringLiteral("no key") << QStringLiteral("no idempotency key");
        QTest::newRow("an event for a missing release")
            << QStringLiteral("event") << QStringLiteral("FOREIGN KEY constraint failed");
        QTest::newRow("a missing release")
            << QStringLiteral("release") << QStringLiteral("no release with id");
    }

    // The release, its events and its outbox entries land together or not at all.
    void failedSaveLeavesNothing()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, expectedInError);
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        QVERIFY(m_store->saveRelease(release, {}, {sampleOutbox(QStringLiteral("queued-before"))})
                    .ok());
        const Release releaseBefore = m_store->release(id).value();
        const QList<AuditEvent> trailBefore = m_store->auditTrail(id).value();
        const QList<OutboxEntry> outboxBefore = m_store->outbox(OutboxState::Pending).value();

        Release changed = release;
        changed.name = QStringLiteral("renamed");
        changed.stage = Stage::InStaging;
        changed.services.removeLast();
        changed.taskKeys.append(QStringLiteral("CHS-99"));
        QList<AuditEvent> events{sampleEvent(QStringLiteral("transition"))};
        QList<OutboxEntry> outbox{sampleOutbox(QStringLiteral("first")),
                                  sampleOutbox(QStringLiteral("second"))};
        if (breakage == QLatin1String("duplicate"))
            outbox.append(sampleOutbox(QStringLiteral("first")));
        else if (breakage == QLatin1String("queued"))
            outbox.append(sampleOutbox(QStringLiteral("queued-before")));
        else if (breakage == QLatin1String("no key"))
            outbox.append(sampleOutbox(QString()));
        else if (breakage == QLatin1String("event"))
            events.append(AuditEvent{0, 4242, {}, {}, QStringLiteral("stray"), {}, {}, {}});
        else
            changed.id = 4242;

        const Status saved = m_store->saveRelease(changed, events, outbox);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(expectedInError), qPrintable(saved.error()));
        QVERIFY2(saved.error().startsWith(QStringLiteral("Could not save the release")),
                 qPrintable(saved.error()));

        QCOMPARE(m_store->release(id).value(), releaseBefore);
        QCOMPARE(m_store->auditTrail(id).value(), trailBefore);
        QCOMPARE(m_store->outbox(OutboxState::Pending).value(), outboxBefore);
        QCOMPARE(m_store->releases().value().size(), 1);

        // The failed transaction was closed: the next write goes through.
        changed.id = id;
        QVERIFY(m_store
                    ->saveRelease(changed, {sampleEvent(QStringLiteral("transition"))},
                                  {sampleOutbox(QStringLiteral("first"))})
                    .ok());
        QCOMPARE(m_store->release(id).value(), changed);
        QCOMPARE(m_store->auditTrail(id).value().size(), trailBefore.size() + 1);
        QCOMPARE(m_store->outbox(OutboxState::Pending).value().size(), outboxBefore.size() + 1);
    }

    void testResultsAreAppendedWithTheirEvents()
    {
        Release release = sampleRelease(QStringLiteral("r"));
        const qint64 id = createSampleRelease(release);
        TestResult failed = sampleResult(QStringLiteral("CHS-1"));
        AuditEvent event = sampleEvent(QStringLiteral("test-result"));
        event.releaseId = id;
        QVERIFY(
            m_store->recordTestResult(failed, {event}, {sampleOutbox(QStringLiteral("n1"))}).ok());
        TestResult passed = failed;
        passed.outcome = TestOutcome::Passed;
        passed.at = passed.at.addSecs(3600);
        QVERIFY(m_store->recordTestResult(passed, {}).ok());

        const QList<TestResult> results = m_store->testResults().value();
        QCOMPARE(results.size(), 2); // the earlier verdict stays as history
        QCOMPARE(results.at(0).outcome, TestOutcome::Failed);
        QCOMPARE(results.at(1).outcome, TestOutcome::Passed);
        QCOMPARE(m_store->auditTrail(id).value().size(), 2);
        QCOMPARE(m_store->outbox(OutboxState::Pending).value().size(), 1);

        // A failure anywhere in the write keeps the verdict out too.
        const Status duplicate =
            m_store->recordTestResult(failed, {event}, {sampleOutbox(QStringLiteral("n1"))});
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().contains(QStringLiteral("CHS-1")),
                 qPrintable(duplicate.error()));
        QCOMPARE(m_store->testResults().value().size(), 2);
        QCOMPARE(m_store->auditTrail(id).value().size(), 2);
    }

    void auditEventsCannotBeChangedOrDeleted_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expectedInError");
        QTest::newRow("update") << QStringLiteral("UPDATE audit_events SET why = 'rewritten'")
                                << QStringLiteral("append-only");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM audit_events")
                                << QStringLiteral("append-only");
        QTest::newRow("replace") << QStringLiteral("REPLACE INTO audit_events (id, release_id, "
                                                   "action) SELECT id, release_id, 'forged'"
                                                   " FROM audit_events")
                                 << QStringLiteral("append-only");
        QTest::newRow("delete the release") << QStringLiteral("DELETE FROM releases")
                                            << QStringLiteral("FOREIGN KEY constraint failed");
    }

    void auditEventsCannotBeChangedOrDeleted()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expectedInError);
        Release release = sampleRelease(QStringLiteral("r"));
        const qint64 id = createSampleRelease(release);
        QVERIFY(m_store->saveRelease(release, {sampleEvent(QStringLiteral("transition"))}).ok());
        const QList<AuditEvent> before = m_store->auditTrail(id).value();
        QCOMPARE(before.size(), 2);

        RawConnection raw(path());
        const QString error = raw.exec(sql);
        QVERIFY2(error.contains(expectedInError), qPrintable(error));
        QCOMPARE(m_store->auditTrail(id).value(), before);
        QCOMPARE(m_store->releases().value().size(), 1);
    }

    void outboxAttemptsAreRecorded()
    {
        Release release = sampleRelease(QStringLiteral("r"));
        createSampleRelease(release);
        QVERIFY(m_store
                    ->saveRelease(
                        release, {},
                        {sampleOutbox(QStringLiteral("a")), sampleOutbox(QStringLiteral("b"))})
                    .ok());
        const QList<OutboxEntry> pending = m_store->outbox(OutboxState::Pending).value();
        QCOMPARE(pending.size(), 2);

        OutboxEntry attempt = pending.at(0);
        attempt.state = OutboxState::Failed;
        attempt.attempts = 5;
        attempt.nextAttempt = QDateTime();
        attempt.lastError = QStringLiteral("HTTP 400: channel_not_found");
        OutboxEntry sneaky = attempt;
        sneaky.payload = QByteArrayLiteral("{}"); // not an attempt's field: must be ignored
        sneaky.idempotencyKey = QStringLiteral("changed");
        QVERIFY(m_store->updateOutboxEntry(sneaky).ok());
        QCOMPARE(m_store->outbox(OutboxState::Failed).value(), QList<OutboxEntry>{attempt});
        QCOMPARE(m_store->outbox(OutboxState::Pending).value(), QList<OutboxEntry>{pending.at(1)});
        QVERIFY(m_store->outbox(OutboxState::Done).value().isEmpty());

        OutboxEntry missing = attempt;
        missing.id = 4242;
        const Status updated = m_store->updateOutboxEntry(missing);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().contains(QStringLiteral("4242")), qPrintable(updated.error()));
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

    void twoProcessesWriteTogether()
    {
        const int count = 500;
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--write-rows"), path(), QStringLiteral("child"),
                            QString::number(count)});
        child.start();
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        while (!child.canReadLine() && child.waitForReadyRead(30000)) {
        }
        QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
        child.write("go\n");
        QVERIFY(child.waitForBytesWritten(5000));

        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        const Status written = writeRows(*m_store, QStringLiteral("parent"), count);
        const qint64 finished = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(child.waitForFinished(120000));
        const QByteArray childErrors = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, childErrors.constData());

        // Both wrote at the same time, or this test proves nothing.
        const QList<QByteArray> window = child.readAllStandardOutput().trimmed().split(' ');
        QCOMPARE(window.size(), 3);
        const qint64 childStarted = window.at(1).toLongLong();
        const qint64 childFinished = window.at(2).toLongLong();
        qInfo("parent wrote %lld–%lld, child %lld–%lld (ms)", 0LL, finished - started,
              childStarted - started, childFinished - started);
        QVERIFY(childStarted < finished && started < childFinished);

        const QList<Change> changes = m_store->changes().value();
        QCOMPARE(changes.size(), 2 * count);
        for (const QString &prefix : {QStringLiteral("child-"), QStringLiteral("parent-")}) {
            QCOMPARE(std::count_if(changes.cbegin(), changes.cend(),
                                   [&](const Change &c) { return c.key.startsWith(prefix); }),
                     qsizetype(count));
        }
        QCOMPARE(m_store->testResults().value().size(), 2 * count);
        const QList<Release> releases = m_store->releases().value();
        QCOMPARE(releases.size(), 2 * count / 10);
        for (const Release &release : releases) {
            QCOMPARE(release.stage, Stage::ReadyForStaging);
            QCOMPARE(release.services.size(), 2);
            QCOMPARE(release.taskKeys.size(), 3);
            QCOMPARE(m_store->auditTrail(release.id).value().size(), 2);
        }
        QCOMPARE(m_store->outbox(OutboxState::Pending).value().size(), 2 * count / 10);

        RawConnection raw(path());
        QCOMPARE(raw.column(QStringLiteral("PRAGMA integrity_check")),
                 QVariantList{QStringLiteral("ok")});
        QCOMPARE(raw.column(QStringLiteral("PRAGMA foreign_key_check")), QVariantList());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--write-rows") == 0) {
        return runChildWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                              QByteArray(argv[4]).toInt());
    }
    TestSqliteStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlitestore.moc"
