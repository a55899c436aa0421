#include "support/deskbench.h"
#include "support/sandboxfixture.h"

#include "models/lifecycle/lifecycle.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

// A verdict given on one desk is kept on its Jira task and read back by
// every desk: the same verdicts, signed by the same account, with the same
// latest one, whatever order they were given and read in.
class TestSharedVerdicts : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<DeskBench> m_tester;
    std::unique_ptr<DeskBench> m_developer;

    // A task of a release the history left in CI-Dev: nobody has tested it yet.
    static QString untestedTask()
    {
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            if (release.stage == Sandbox::HistoryStage::Drafted)
                return release.taskKeys.constFirst();
        }
        return {};
    }

    static QList<TestResult> verdictsOn(DeskBench &desk, const QString &key)
    {
        return desk.store().testResultsOf({key}).value();
    }

    // The latest verdict per environment of `key`, as the desk's gates count it.
    static TestResult latest(DeskBench &desk, const QString &key, Environment environment)
    {
        Release release;
        release.taskKeys = {key};
        return Lifecycle::latestVerdicts(ReleaseFacts{release, verdictsOn(desk, key), {}},
                                         environment)
            .value(key);
    }

    bool syncBoth()
    {
        const auto first = m_tester->sync();
        const auto second = m_developer->sync();
        return first && first->ok() && second && second->ok();
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        const QJsonObject connections = m_fixture->sandbox().connectionInfo();
        m_tester = std::make_unique<DeskBench>(connections);
        m_developer = std::make_unique<DeskBench>(connections);
        QVERIFY(m_tester->isReady() && m_developer->isReady());
        QVERIFY(syncBoth());
    }

    void cleanup()
    {
        m_tester.reset();
        m_developer.reset();
        m_fixture.reset();
    }

    // The team's history comes with its testers' names, as Jira signed them.
    void historyVerdictsCarryTheirTestersNames()
    {
        QString key;
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            if (release.stage == Sandbox::HistoryStage::Live)
                key = release.taskKeys.constFirst();
        }
        const QList<TestResult> verdicts = verdictsOn(*m_developer, key);
        QVERIFY(!verdicts.isEmpty());
        for (const TestResult &verdict : verdicts) {
            QVERIFY2(verdict.tester == s("Ben Jones") || verdict.tester == s("Carla Smith"),
                     qPrintable(verdict.tester));
            QVERIFY(!verdict.ref.isEmpty());
        }
        QCOMPARE(latest(*m_developer, key, Environment::Staging).outcome, TestOutcome::Passed);
    }

    void theSignedInAccountActs()
    {
        QVERIFY(!m_tester->account().isEmpty());
        QCOMPARE(m_tester->account(), m_developer->account());
    }

    void aPassReachesTheOtherDesk()
    {
        const QString key = untestedTask();
        QVERIFY(!key.isEmpty());
        QVERIFY(verdictsOn(*m_developer, key).isEmpty());
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                                      m_tester->account(), {}));
        QVERIFY(m_tester->sendOutbox());
        QVERIFY(m_tester->store().outbox(OutboxState::Failed)->isEmpty());

        QVERIFY(syncBoth());
        const QList<TestResult> there = verdictsOn(*m_developer, key);
        QCOMPARE(there.size(), 1);
        QCOMPARE(there.constFirst().outcome, TestOutcome::Passed);
        QCOMPARE(there.constFirst().tester, m_tester->account());
        // The desk that gave it holds it once, at Jira's time, as the other does.
        const QList<TestResult> here = verdictsOn(*m_tester, key);
        QCOMPARE(here.size(), 1);
        QCOMPARE(here.constFirst().ref, there.constFirst().ref);
        QCOMPARE(here.constFirst().at, there.constFirst().at);
        // And the task moved on in Jira's workflow, as the settings say.
        QCOMPARE(m_developer->store().changesOf({key}).value().constFirst().status, s("Testing"));
    }

    void disagreeingTestersConvergeAndBothStayInTheHistory()
    {
        const QString key = untestedTask();
        // The moves are not what this is about.
        m_tester->workflow().setVerdictStatuses({{}, {}, {}, {}});
        m_developer->workflow().setVerdictStatuses({{}, {}, {}, {}});
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                                      m_tester->account(), {}));
        QVERIFY(m_developer->workflow().recordTestResult(key, Environment::CiDev,
                                                         TestOutcome::Failed,
                                                         m_developer->account(), s("500 on save")));
        // Sent in the other order than given, and read after both.
        QVERIFY(m_developer->sendOutbox());
        QVERIFY(m_tester->sendOutbox());
        QVERIFY(syncBoth());

        QCOMPARE(verdictsOn(*m_tester, key).size(), 2);
        QCOMPARE(verdictsOn(*m_developer, key).size(), 2);
        const TestResult one = latest(*m_tester, key, Environment::CiDev);
        const TestResult other = latest(*m_developer, key, Environment::CiDev);
        QCOMPARE(one.ref, other.ref);
        QCOMPARE(one.outcome, other.outcome);
        // Jira's order decides: the verdict written last counts.
        QCOMPARE(one.outcome, TestOutcome::Passed);
    }

    void aCorrectionSupersedesEverywhere()
    {
        const QString key = untestedTask();
        m_tester->workflow().setVerdictStatuses({{}, {}, {}, {}});
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                                      m_tester->account(), {}));
        QVERIFY(m_tester->sendOutbox());
        QVERIFY(syncBoth());
        QCOMPARE(latest(*m_developer, key, Environment::CiDev).outcome, TestOutcome::Passed);
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Failed,
                                                      m_tester->account(),
                                                      s("mis-click: it fails on save")));
        QVERIFY(m_tester->sendOutbox());
        QVERIFY(syncBoth());
        QCOMPARE(latest(*m_developer, key, Environment::CiDev).outcome, TestOutcome::Failed);
        QCOMPARE(latest(*m_developer, key, Environment::CiDev).note,
                 s("mis-click: it fails on save"));
        QCOMPARE(verdictsOn(*m_developer, key).size(), 2);
    }

    void withdrawingAVerdictMakesTheTaskUntestedEverywhere()
    {
        const QString key = untestedTask();
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                                      m_tester->account(), {}));
        QVERIFY(m_tester->workflow().recordTestResult(
            key, Environment::CiDev, TestOutcome::Untested, m_tester->account(), {}));
        QVERIFY(m_tester->sendOutbox());
        QVERIFY(m_tester->store().outbox(OutboxState::Failed)->isEmpty());
        QVERIFY(syncBoth());
        QCOMPARE(latest(*m_developer, key, Environment::CiDev).outcome, TestOutcome::Untested);
        Release release;
        release.taskKeys = {key};
        const TaskTally tally = Lifecycle::tally(
            ReleaseFacts{release, verdictsOn(*m_developer, key), {}}, Environment::CiDev);
        QCOMPARE(tally.untested, QStringList{key});
        QCOMPARE(verdictsOn(*m_developer, key).size(), 2);
    }

    void aTransitionTheTaskCannotMakeIsAClearError()
    {
        const QString key = untestedTask();
        m_tester->workflow().setVerdictStatuses({s("Shipped"), {}, {}, {}});
        QVERIFY(m_tester->workflow().recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                                      m_tester->account(), {}));
        QVERIFY(m_tester->sendOutbox(30000));
        const auto failed = m_tester->store().outbox(OutboxState::Failed).value();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.constFirst().lastError.contains(s("Shipped")) &&
                     failed.constFirst().lastError.contains(key),
                 qPrintable(failed.constFirst().lastError));
        // The verdict itself is on the task all the same, once.
        QVERIFY(syncBoth());
        QCOMPARE(verdictsOn(*m_developer, key).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedVerdicts)
#include "tst_sharedverdicts.moc"
