#include "support/storefixtures.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// What each of the two processes in twoProcessesWriteTogether does: many
// small transactions of every kind, with reads in between.
Status writeRows(SqliteStore &store, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString key = QStringLiteral("%1-%2").arg(prefix).arg(i);
        if (auto saved = store.saveChanges({sampleChange(key)}); !saved)
            return Status::failure(saved.error());
        if (Status recorded = store.recordTestResult(sampleResult(key), {}); !recorded)
            return recorded;
        if (i % 10 != 0)
            continue;
        Release release = sampleRelease(key);
        const Result<qint64> id = store.createRelease(release, sampleEvent(AuditAction::Created));
        if (!id)
            return Status::failure(id.error());
        release.id = id.value();
        release.stage = Stage::ReadyForStaging;
        if (Status saved = store.saveRelease(release, {sampleEvent(AuditAction::Transition)},
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

// The SQLite store's writes as units: a release with its events and outbox
// entries lands whole or not at all, verdicts come with their events, the
// audit trail cannot be rewritten, and two processes can write one file at
// once (this binary runs itself again with --write-rows as the second writer).
class TestStoreTransactions : public QObject, private StoreFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        const Status opened = openStore();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void cleanup() { closeStore(); }

    void saveReleaseReplacesAndAppends()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        release.stage = Stage::StagingRequested;
        release.services.removeLast();
        release.taskKeys.append(QStringLiteral("CHS-11"));
        AuditEvent transition = sampleEvent(AuditAction::Transition);
        QVERIFY(m_store
                    ->saveRelease(
                        release, {transition},
                        {sampleOutbox(QStringLiteral("a")), sampleOutbox(QStringLiteral("b"))})
                    .ok());
        QCOMPARE(m_store->release(id).value(), release);
        const QList<AuditEvent> trail = m_store->auditTrail(id).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).action, AuditAction::Created);
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
        QList<AuditEvent> events{sampleEvent(AuditAction::Transition)};
        QList<OutboxEntry> outbox{sampleOutbox(QStringLiteral("first")),
                                  sampleOutbox(QStringLiteral("second"))};
        if (breakage == QLatin1String("duplicate"))
            outbox.append(sampleOutbox(QStringLiteral("first")));
        else if (breakage == QLatin1String("queued"))
            outbox.append(sampleOutbox(QStringLiteral("queued-before")));
        else if (breakage == QLatin1String("no key"))
            outbox.append(sampleOutbox(QString()));
        else if (breakage == QLatin1String("event"))
            events.append(AuditEvent{0, 4242, {}, {}, AuditAction::Transition, {}, {}, {}});
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
                    ->saveRelease(changed, {sampleEvent(AuditAction::Transition)},
                                  {sampleOutbox(QStringLiteral("first"))})
                    .ok());
        QCOMPARE(m_store->release(id).value(), changed);
        QCOMPARE(m_store->auditTrail(id).value().size(), trailBefore.size() + 1);
        QCOMPARE(m_store->outbox(OutboxState::Pending).value().size(), outboxBefore.size() + 1);
    }

    // An edit reads and writes under the write lock: another connection can
    // neither write between the two nor take the lock until the edit is done,
    // so the edit never saves over a change it did not see.
    void editReleaseHoldsTheWriteLockFromReadToWrite()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        RawConnection other(path());
        QVERIFY(other.isOpen());
        QCOMPARE(other.exec(QStringLiteral("PRAGMA busy_timeout = 0")), QString());

        QString lockedOut;
        Stage seen = Stage::Cancelled;
        const auto edited = m_store->editRelease(id, [&](Release &stored) -> Result<ReleaseWrites> {
            seen = stored.stage;
            lockedOut = other.exec(QStringLiteral("BEGIN IMMEDIATE"));
            stored.stage = Stage::ReadyForStaging;
            return ReleaseWrites{{sampleEvent(AuditAction::Transition)},
                                 {sampleOutbox(QStringLiteral("moved"))}};
        });
        QVERIFY2(edited, qPrintable(edited.error()));
        QCOMPARE(seen, release.stage);
        QVERIFY2(lockedOut.contains(QLatin1String("locked")), qPrintable(lockedOut));
        QCOMPARE(edited->stage, Stage::ReadyForStaging);
        QCOMPARE(m_store->release(id).value(), edited.value());
        QCOMPARE(m_store->auditTrail(id)->constLast().releaseId, id);
        QCOMPARE(m_store->outbox(OutboxState::Pending)->constFirst().idempotencyKey,
                 QStringLiteral("moved"));
        QCOMPARE(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());
        QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
    }

    // An edit its change refuses writes nothing and says why in the change's words.
    void refusedEditWritesNothing()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        const Release before = m_store->release(id).value();
        const auto edited = m_store->editRelease(id, [](Release &stored) {
            stored.stage = Stage::Live;
            return Result<ReleaseWrites>::failure(QStringLiteral("Not now."));
        });
        QVERIFY(!edited);
        QCOMPARE(edited.error(), QStringLiteral("Not now."));
        QCOMPARE(m_store->release(id).value(), before);
        QCOMPARE(m_store->auditTrail(id)->size(), 1);
        const auto unexplained = m_store->editRelease(id, [](Release &stored) {
            stored.stage = Stage::Live;
            return Result<ReleaseWrites>::failure(QString());
        });
        QVERIFY(!unexplained);
        QVERIFY(!unexplained.error().isEmpty());
        QCOMPARE(m_store->release(id).value(), before);
        const auto missing =
            m_store->editRelease(id + 1, [](Release &) { return ReleaseWrites{}; });
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("no release with id")),
                 qPrintable(missing.error()));
    }

    void testResultsAreAppendedWithTheirEvents()
    {
        Release release = sampleRelease(QStringLiteral("r"));
        const qint64 id = createSampleRelease(release);
        TestResult failed = sampleResult(QStringLiteral("CHS-1"));
        AuditEvent event = sampleEvent(AuditAction::TestResult);
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
        QVERIFY(m_store->saveRelease(release, {sampleEvent(AuditAction::Transition)}).ok());
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
    TestStoreTransactions test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storetransactions.moc"
