#include "models/releaseworkflow.h"
#include "support/memoryreleasestore.h"

#include <QTest>

#include <functional>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

// A clock the test moves by hand, so that every event has a time it can check.
class TestClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now{QDate(2026, 11, 2), QTime(9, 0), Qt::UTC};
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString dev = QStringLiteral("Gareth Jones");
const QString tester = QStringLiteral("Priya Shah");

} // namespace

using Call = std::function<Status(ReleaseWorkflow &, qint64)>;
using Read = std::function<QString(const Release &)>;
Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(ReleaseDesk::Stage)
Q_DECLARE_METATYPE(ReleaseDesk::Environment)
Q_DECLARE_METATYPE(ReleaseDesk::TestOutcome)
Q_DECLARE_METATYPE(Read)

// The use cases over an in-memory store: each one is checked, lands whole with
// its audit event, and leaves nothing behind when refused or when the store fails.
class TestReleaseWorkflow : public QObject
{
    Q_OBJECT

    MemoryReleaseStore *m_store = nullptr;
    TestClock *m_clock = nullptr;
    ReleaseWorkflow *m_workflow = nullptr;

    Release stored(qint64 id) const { return m_store->release(id).value(); }
    QList<AuditEvent> trail(qint64 id) const { return m_store->auditTrail(id).value(); }

    qint64 create(const QString &name, const QStringList &keys)
    {
        m_clock->advance(60);
        const auto id = m_workflow->createRelease(
            name, {{s("chs-orders-api"), s("1.2.0"), s("ECS")}}, keys, dev);
        return id ? id.value() : 0;
    }

    // Meets each gate on the happy path the way the team would, then moves.
    Status driveTo(qint64 id, Stage target)
    {
        while (stored(id).stage != target) {
            const Release release = stored(id);
            const auto next = Lifecycle::nextStage(release.stage);
            if (!next)
                return Status::failure(s("no way forward"));
            m_clock->advance(3600);
            Status met = success();
            switch (*next) {
            case Stage::ReadyForStaging:
            case Stage::StagingPassed: {
                const Environment env =
                    *next == Stage::StagingPassed ? Environment::Staging : Environment::CiDev;
                for (const QString &key : release.taskKeys) {
                    if (met)
                        met =
                            m_workflow->recordTestResult(key, env, TestOutcome::Passed, tester, {});
                }
                break;
            }
            case Stage::NotesPublished:
                met = m_workflow->saveNotes(
                    id, {s("Paginate filing history."), s("Redeploy 1.1.0."), {}, true, {}, {}},
                    dev);
                if (met)
                    met = m_workflow->recordNotesPublished(
                        id, s("2293761"), s("https://confluence.example/2293761"), dev);
                break;
            case Stage::TicketRaised:
                met = m_workflow->recordChangeTicket(id, s("CHG0030001"),
                                                     s("https://snow.example/CHG0030001"), dev);
                break;
            case Stage::StagingRequested:
                met = m_workflow->recordStagingRequest(id, s("release_chs:1.1"), dev);
                break;
            case Stage::InStaging:
                met = m_workflow->recordTestTask(id, s("CTASK0010002"), dev);
                break;
            case Stage::LiveRequested:
                met = m_workflow->recordLiveRequest(id, s("release_chs:2.1"), dev);
                break;
            case Stage::Live:
                met = m_workflow->recordLiveConfirmation(id, s("release_chs:2.2"), dev);
                break;
            default:
                break;
            }
            if (!met)
                return met;
            if (auto moved = m_workflow->transition(id, *next, dev, {}); !moved)
                return moved;
        }
        return success();
    }

private slots:
    void init()
    {
        m_store = new MemoryReleaseStore;
        m_clock = new TestClock;
        m_workflow = new ReleaseWorkflow(*m_store, *m_clock);
        QList<Change> changes;
        for (int n = 1201; n <= 1205; ++n)
            changes << Change{QStringLiteral("CHS-%1").arg(n),
                              s("A change"),
                              s("Ready for Test"),
                              dev,
                              s("chs-orders-api"),
                              {},
                              {},
                              {},
                              ReviewState::Merged,
                              {}};
        QVERIFY(m_store->saveChanges(changes));
        QList<PipelineBuild> builds;
        qint64 id = 10;
        for (PipelineJob job :
             {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
            builds << PipelineBuild{++id,
                                    s("chs-orders-api"),
                                    job,
                                    QString::number(id),
                                    BuildStatus::Succeeded,
                                    s("1.2.0"),
                                    {},
                                    {}};
        }
        builds << PipelineBuild{++id,
                                s("chs-search-api"),
                                PipelineJob::DockerBuildEcr,
                                s("3"),
                                BuildStatus::Failed,
                                s("4.0.0"),
                                {},
                                {}};
        QVERIFY(m_store->saveBuilds(builds));
    }
    void cleanup()
    {
        delete m_workflow;
        delete m_clock;
        delete m_store;
    }

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
        QCOMPARE(events[0].action, s("created"));
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
            if (e.action == QLatin1String("transition"))
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
        QCOMPARE(last.action, s("transition"));
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

    void testResultRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<TestOutcome>("outcome");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown task")
            << s("CHS-9999") << Environment::CiDev << TestOutcome::Passed << tester << QString()
            << s("Unknown task CHS-9999. Sync with Jira, or check the key.");
        QTest::newRow("live") << s("CHS-1201") << Environment::Live << TestOutcome::Passed << tester
                              << QString()
                              << s("Tasks are tested in CI-Dev and Staging, not in Live.");
        QTest::newRow("failure without note")
            << s("CHS-1201") << Environment::Staging << TestOutcome::Failed << tester << s("  ")
            << s("A failed test needs a note that tells the developers what went wrong.");
        QTest::newRow("no tester") << s("CHS-1201") << Environment::CiDev << TestOutcome::Passed
                                   << QString() << QString() << s("Say who is making this change.");
    }
    void testResultRefused()
    {
        QFETCH(QString, key);
        QFETCH(Environment, environment);
        QFETCH(TestOutcome, outcome);
        QFETCH(QString, who);
        QFETCH(QString, note);
        QFETCH(QString, error);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const int writes = m_store->writeCount();
        QCOMPARE(m_workflow->recordTestResult(key, environment, outcome, who, note).error(), error);
        QCOMPARE(m_store->writeCount(), writes);
        QVERIFY(m_store->testResults()->isEmpty());
        QCOMPARE(trail(id).size(), 1);
    }

    void testResultAuditedOnEveryOpenRelease()
    {
        const qint64 a = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        const qint64 b = create(s("2026.11.2"), {s("CHS-1202")});
        const qint64 other = create(s("2026.11.3"), {s("CHS-1203")});
        const qint64 closed = create(s("2026.11.4"), {s("CHS-1202")});
        QVERIFY(m_workflow->transition(closed, Stage::Cancelled, dev, s("Superseded")));
        m_clock->advance(60);
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Failed,
                                             tester, s(" 500 on the filing history page ")));
        const auto results = m_store->testResults().value();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].taskKey, s("CHS-1202"));
        QCOMPARE(results[0].environment, Environment::CiDev);
        QCOMPARE(results[0].outcome, TestOutcome::Failed);
        QCOMPARE(results[0].tester, tester);
        QCOMPARE(results[0].note, s("500 on the filing history page"));
        QCOMPARE(results[0].at, m_clock->now());
        for (qint64 id : {a, b}) {
            const AuditEvent last = trail(id).last();
            QCOMPARE(last.action, s("test-failed"));
            QCOMPARE(last.actor, tester);
            QCOMPARE(last.why, s("CHS-1202 failed in CI-Dev: 500 on the filing history page"));
            QVERIFY(last.fromStage.isEmpty());
        }
        QCOMPARE(trail(other).size(), 1);
        QCOMPARE(trail(closed).last().action, s("transition"));

        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::Staging,
                                             TestOutcome::Passed, tester, {}));
        QCOMPARE(trail(other).last().action, s("test-passed"));
        QCOMPARE(trail(other).last().why, s("CHS-1203 passed in Staging"));
    }

    void ciDevFailureSendsReadyReleaseBack()
    {
        const qint64 ready = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(driveTo(ready, Stage::ReadyForStaging));
        const qint64 inStaging = create(s("2026.11.2"), {s("CHS-1203")});
        QVERIFY(driveTo(inStaging, Stage::InStaging));
        m_clock->advance(60);

        // A staging failure blocks at the gate but moves nothing.
        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::Staging,
                                             TestOutcome::Failed, tester, s("Wrong fee shown")));
        QCOMPARE(stored(inStaging).stage, Stage::InStaging);

        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Failed,
                                             tester, s("Retest: 500 on submit")));
        const Release release = stored(ready);
        QCOMPARE(release.stage, Stage::CiDev);
        QCOMPARE(release.stageChanged, m_clock->now());
        const auto events = trail(ready);
        QCOMPARE(events.at(events.size() - 2).action, s("test-failed"));
        const AuditEvent back = events.last();
        QCOMPARE(back.action, s("transition"));
        QCOMPARE(back.fromStage, s("ready-for-staging"));
        QCOMPARE(back.toStage, s("ci-dev"));
        QCOMPARE(back.actor, tester);
        QCOMPARE(back.why, s("CHS-1202 failed in CI-Dev: Retest: 500 on submit"));

        // Once fixed and passed again, it can go forward again.
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Passed,
                                             tester, {}));
        QVERIFY(m_workflow->transition(ready, Stage::ReadyForStaging, dev, {}));
    }

    void testResultStoreFails()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::ReadyForStaging));
        const Release before = stored(id);
        const int events = int(trail(id).size());
        const int results = int(m_store->testResults()->size());
        m_store->failNextWrite(s("disk full"));
        QCOMPARE(m_workflow
                     ->recordTestResult(s("CHS-1201"), Environment::CiDev, TestOutcome::Failed,
                                        tester, s("broken"))
                     .error(),
                 s("disk full"));
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), events);
        QCOMPARE(m_store->testResults()->size(), results);
    }

    void saveNotes()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        m_clock->advance(60);
        const ReleaseNotes notes{s("Paginate filing history."),
                                 s("Redeploy 1.1.0."),
                                 s("FILING_PAGE_SIZE=25"),
                                 false,
                                 s("ignored"),
                                 s("ignored")};
        QVERIFY(m_workflow->saveNotes(id, notes, dev));
        Release release = stored(id);
        QCOMPARE(release.notes.description, notes.description);
        QCOMPARE(release.notes.backoutPlan, notes.backoutPlan);
        QCOMPARE(release.notes.configChanges, notes.configChanges);
        QVERIFY(release.notes.pageId.isEmpty());
        QCOMPARE(release.updated, m_clock->now());
        QCOMPARE(trail(id).last().action, s("notes-saved"));
        QCOMPARE(trail(id).last().actor, dev);

        // Drafts may be incomplete; published notes must stay complete.
        QVERIFY(m_workflow->saveNotes(id, {}, dev));
        QVERIFY(m_workflow->saveNotes(id, notes, dev));
        QVERIFY(
            m_workflow->recordNotesPublished(id, s("77"), s("https://confluence.example/77"), dev));
        ReleaseNotes worse = notes;
        worse.backoutPlan.clear();
        const int events = int(trail(id).size());
        QCOMPARE(m_workflow->saveNotes(id, worse, dev).error(),
                 s("Release notes: the backout plan is missing."));
        QCOMPARE(trail(id).size(), events);
        ReleaseNotes better = notes;
        better.description = s("Paginate the filing history, 25 a page.");
        QVERIFY(m_workflow->saveNotes(id, better, dev));
        release = stored(id);
        QCOMPARE(release.notes.description, better.description);
        QCOMPARE(release.notes.pageId, s("77"));
    }

    void references_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<Call>("callEmpty");
        QTest::addColumn<Read>("read");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("action");

        const auto add = [](const char *name, Call call, Call empty, Read read, const char *value,
                            const char *action) {
            QTest::newRow(name) << call << empty << read << s(value) << s(action);
        };
        using W = ReleaseWorkflow;
        add(
            "notes published",
            [](W &w, qint64 id) {
                return w.recordNotesPublished(id, s("77"), s("https://c.example/77"), dev);
            },
            [](W &w, qint64 id) { return w.recordNotesPublished(id, s("77"), s(" "), dev); },
            [](const Release &r) -> QString { return r.notes.pageId + u' ' + r.notes.pageUrl; },
            "77 https://c.example/77", "notes-published");
        add(
            "change ticket",
            [](W &w, qint64 id) {
                return w.recordChangeTicket(id, s("CHG0030001"), s("https://s.example/1"), dev);
            },
            [](W &w, qint64 id) {
                return w.recordChangeTicket(id, {}, s("https://s.example/1"), dev);
            },
            [](const Release &r) -> QString { return r.changeTicket + u' ' + r.changeTicketUrl; },
            "CHG0030001 https://s.example/1", "change-ticket-recorded");
        add(
            "staging request",
            [](W &w, qint64 id) { return w.recordStagingRequest(id, s("release_chs:1.1"), dev); },
            [](W &w, qint64 id) { return w.recordStagingRequest(id, s(" "), dev); },
            [](const Release &r) { return r.stagingRequestRef; }, "release_chs:1.1",
            "staging-request-recorded");
        add(
            "test task",
            [](W &w, qint64 id) { return w.recordTestTask(id, s("CTASK0010002"), dev); },
            [](W &w, qint64 id) { return w.recordTestTask(id, {}, dev); },
            [](const Release &r) { return r.testTaskNumber; }, "CTASK0010002",
            "test-task-recorded");
        add(
            "live request",
            [](W &w, qint64 id) { return w.recordLiveRequest(id, s("release_chs:2.1"), dev); },
            [](W &w, qint64 id) { return w.recordLiveRequest(id, {}, dev); },
            [](const Release &r) { return r.liveRequestRef; }, "release_chs:2.1",
            "live-request-recorded");
        add(
            "live confirmation",
            [](W &w, qint64 id) { return w.recordLiveConfirmation(id, s("release_chs:2.2"), dev); },
            [](W &w, qint64 id) { return w.recordLiveConfirmation(id, {}, dev); },
            [](const Release &r) { return r.liveConfirmationRef; }, "release_chs:2.2",
            "live-confirmation-recorded");
    }
    void references()
    {
        QFETCH(Call, call);
        QFETCH(Call, callEmpty);
        QFETCH(Read, read);
        QFETCH(QString, value);
        QFETCH(QString, action);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const Release before = stored(id);
        const int writes = m_store->writeCount();
        m_clock->advance(60);

        QVERIFY(!callEmpty(*m_workflow, id).ok());
        m_store->failNextWrite(s("disk full"));
        QCOMPARE(call(*m_workflow, id).error(), s("disk full"));
        QCOMPARE(m_store->writeCount(), writes);
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), 1);

        QVERIFY(call(*m_workflow, id));
        const Release after = stored(id);
        QCOMPARE(read(after).trimmed(), value);
        QCOMPARE(after.updated, m_clock->now());
        QCOMPARE(after.stage, Stage::CiDev);
        const AuditEvent last = trail(id).last();
        QCOMPARE(last.action, action);
        QCOMPARE(last.actor, dev);
        QCOMPARE(last.at, m_clock->now());
        QVERIFY(value.startsWith(last.why) || value.endsWith(last.why));

        // A finished release's record is closed.
        QVERIFY(m_workflow->transition(id, Stage::Cancelled, dev, s("Superseded")));
        QCOMPARE(call(*m_workflow, id).error(),
                 s("Release 2026.11.1 is cancelled; its record is closed."));
        QVERIFY(!m_workflow->saveNotes(id, {}, dev).ok());
        QVERIFY(!call(*m_workflow, 4242).ok());
    }
};

QTEST_GUILESS_MAIN(TestReleaseWorkflow)
#include "tst_releaseworkflow.moc"
