#include "support/workflowfixture.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Stage)

// Creating releases and moving them through the lifecycle over an in-memory
// store: each call is checked, lands whole with its audit event, and leaves
// nothing behind when refused or when the store fails. Verdicts, notes and
// references are in tst_workflowrecords.
class TestReleaseWorkflow : public QObject, private WorkflowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
    }
    void cleanup() { tearDownWorkflow(); }

    void createRelease()
    {
        const auto id = m_workflow->createRelease(
            s("  2026.11.1 "), {{s("chs-orders-api"), s("1.2.0"), s("ECS")}},
            {s("CHS-1201"), s("CHS-1202"), s("CHS-1201")}, dev);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Release release = stored(id.value());
        QCOMPARE(release.name, s("2026.11.1"));
        QCOMPARE(release.stage, Stage::CiDev);
        QCOMPARE(release.taskKeys, QStringList({s("CHS-1201"), s("CHS-1202")}));
        QCOMPARE(release.services.size(), 1);
        QCOMPARE(release.created, m_clock->now());
        QCOMPARE(release.stageChanged, m_clock->now());
        QCOMPARE(release.updated, m_clock->now());
        const auto events = trail(id.value());
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].action, AuditAction::Created);
        QCOMPARE(events[0].actor, dev);
        QCOMPARE(events[0].at, m_clock->now());
        QCOMPARE(events[0].toStage, s("ci-dev"));
    }

    void createReleaseRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("error");
        const QStringList ok{s("CHS-1201")};
        QTest::newRow("no name") << QString() << ok << dev << s("A release needs a name.");
        QTest::newRow("blank name") << s("  ") << ok << dev << s("A release needs a name.");
        QTest::newRow("taken name") << s("2026.11.1-rc") << ok << dev
                                    << s("There is already a release named 2026.11.1-rc.");
        QTest::newRow("taken, other case") << s(" 2026.11.1-RC") << ok << dev
                                           << s("There is already a release named 2026.11.1-rc.");
        QTest::newRow("no tasks") << s("2026.11.2") << QStringList() << dev
                                  << s("A release needs at least one task.");
        QTest::newRow("blank tasks") << s("2026.11.2") << QStringList{s(" ")} << dev
                                     << s("A release needs at least one task.");
        QTest::newRow("unknown tasks")
            << s("2026.11.2") << QStringList{s("CHS-1201"), s("CHS-9999"), s("CHS-0")} << dev
            << s("Unknown tasks: CHS-9999, CHS-0. Sync with Jira, or check the keys.");
        QTest::newRow("no actor") << s("2026.11.2") << ok << QString()
                                  << s("Say who is making this change.");
    }

    void createReleaseRefused()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, keys);
        QFETCH(QString, actor);
        QFETCH(QString, error);
        QVERIFY(create(s("2026.11.1-rc"), {s("CHS-1205")}));
        const int writes = m_store->writeCount();
        const auto id = m_workflow->createRelease(
            name, {{s("chs-orders-api"), s("1.2.0"), s("ECS")}}, keys, actor);
        QVERIFY(!id.ok());
        QCOMPARE(id.error(), error);
        QCOMPARE(m_store->writeCount(), writes);
        QCOMPARE(m_store->releases()->size(), 1);
    }

    void createReleaseRefusesServiceTwice()
    {
        const ReleaseService orders{s("chs-orders-api"), s("1.2.0"), s("ECS")};
        const auto id =
            m_workflow->createRelease(s("2026.11.1"), {orders, orders}, {s("CHS-1201")}, dev);
        QCOMPARE(id.error(), s("chs-orders-api is listed twice."));
        QVERIFY(m_store->releases()->isEmpty());
    }

    void createReleaseStoreFails()
    {
        m_store->failNextWrite(s("disk full"));
        const auto id = m_workflow->createRelease(s("2026.11.1"), {}, {s("CHS-1201")}, dev);
        QCOMPARE(id.error(), s("disk full"));
        QVERIFY(m_store->releases()->isEmpty());
        // The name is still free afterwards.
        QVERIFY(create(s("2026.11.1"), {s("CHS-1201")}));
    }

    void factsHoldOnlyTheReleasesOwn()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(m_workflow->recordTestResult(s("CHS-1201"), Environment::CiDev, TestOutcome::Passed,
                                             tester, {}));
        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::CiDev, TestOutcome::Passed,
                                             tester, {}));
        const auto facts = m_workflow->facts(id);
        QVERIFY(facts.ok());
        QCOMPARE(facts->release, stored(id));
        QCOMPARE(facts->results.size(), 1);
        QCOMPARE(facts->results[0].taskKey, s("CHS-1201"));
        QCOMPARE(facts->builds.size(), 3);
        for (const PipelineBuild &build : facts->builds)
            QCOMPARE(build.service, s("chs-orders-api"));
        QVERIFY(!m_workflow->facts(4242).ok());
    }

    void happyPathToLive()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(id);
        const Status status = driveTo(id, Stage::Live);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        const Release release = stored(id);
        QCOMPARE(release.stage, Stage::Live);
        QCOMPARE(release.stageChanged, m_clock->now());
        QCOMPARE(release.updated, m_clock->now());

        QStringList moves;
        for (const AuditEvent &e : trail(id)) {
            if (e.action == AuditAction::Transition)
                moves << e.fromStage + QLatin1String(">") + e.toStage;
        }
        QCOMPARE(
            moves,
            QStringList({s("ci-dev>ready-for-staging"), s("ready-for-staging>notes-published"),
                         s("notes-published>ticket-raised"), s("ticket-raised>staging-requested"),
                         s("staging-requested>in-staging"), s("in-staging>staging-passed"),
                         s("staging-passed>live-requested"), s("live-requested>live")}));
    }

    void transitionRecordsWhoWhenWhy()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        m_clock->advance(600);
        QVERIFY(m_workflow->transition(id, Stage::Cancelled, s("Sian Davies"), s(" Superseded ")));
        const AuditEvent last = trail(id).last();
        QCOMPARE(last.action, AuditAction::Transition);
        QCOMPARE(last.actor, s("Sian Davies"));
        QCOMPARE(last.at, m_clock->now());
        QCOMPARE(last.fromStage, s("ci-dev"));
        QCOMPARE(last.toStage, s("cancelled"));
        QCOMPARE(last.why, s("Superseded"));
        QCOMPARE(last.releaseId, id);
        QCOMPARE(stored(id).stage, Stage::Cancelled);
        QCOMPARE(stored(id).stageChanged, m_clock->now());
        QCOMPARE(stored(id).updated, m_clock->now());
    }

    void transitionRefusedWritesNothing_data()
    {
        QTest::addColumn<Stage>("to");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("error");
        QTest::newRow("illegal") << Stage::Live << QString() << dev
                                 << s("A release cannot move from CI-Dev to Live.");
        // The source text, as no translator is loaded here; with the English
        // .qm it reads "1 of 1 task" (tst_translations).
        QTest::newRow("gate") << Stage::ReadyForStaging << QString() << dev
                              << s("Ready for staging is blocked: 1 of 1 tasks not yet passed in "
                                   "CI-Dev: CHS-1201");
        QTest::newRow("no reason") << Stage::Cancelled << s(" ") << dev
                                   << s("Moving a release to Cancelled needs a reason.");
        QTest::newRow("no actor") << Stage::Cancelled << s("Superseded") << s(" ")
                                  << s("Say who is making this change.");
    }

    void transitionRefusedWritesNothing()
    {
        QFETCH(Stage, to);
        QFETCH(QString, why);
        QFETCH(QString, actor);
        QFETCH(QString, error);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const Release before = stored(id);
        const int writes = m_store->writeCount();
        m_clock->advance(60);
        const Status status = m_workflow->transition(id, to, actor, why);
        QCOMPARE(status.error(), error);
        QCOMPARE(m_store->writeCount(), writes);
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), 1);
    }

    void transitionStoreFails()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const Release before = stored(id);
        m_store->failNextWrite(s("database is locked"));
        QCOMPARE(m_workflow->transition(id, Stage::Cancelled, dev, s("Superseded")).error(),
                 s("database is locked"));
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), 1);
        QVERIFY(!m_workflow->transition(4242, Stage::Cancelled, dev, s("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestReleaseWorkflow)
#include "tst_releaseworkflow.moc"
