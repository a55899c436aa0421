#include "support/deskbench.h"
#include "support/sandboxfixture.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A team whose tasks name their service in a custom select list, across two
// projects, with a workflow whose testers' transitions have their own names.
QJsonObject customTeam()
{
    return {{s("project"), s("CHS, PAY")},
            {s("serviceField"), s("Service")},
            {s("passTransition"), s("Approve")},
            {s("failTransition"), s("Send back")}};
}

// The first task of the history that waits for its test in CI-Dev.
const Sandbox::CatalogueTask *readyForTest()
{
    for (const Sandbox::CatalogueTask &task : SandboxFixture::smallCatalogue().tasks) {
        if (task.status == u"Ready for Test" && !task.fixVersion.isEmpty())
            return &task;
    }
    return nullptr;
}

} // namespace

// A desk set up for a team's own Jira by the connection document of a
// sandbox that plays it: services read from where the team keeps them,
// tasks of every project, verdicts moved by the team's transitions, and a
// transition that is not there reported without losing the verdict.
class TestJiraConventionsFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<DeskBench> m_desk;

    // A sandbox playing `jira` and a desk connected as it says, synced once;
    // `desk` adds to the desk's Jira connection what the sandbox does not play.
    bool start(const QJsonObject &jira, const QJsonObject &desk = {})
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions = QJsonObject{{s("jira"), jira}};
        m_fixture = std::make_unique<SandboxFixture>(options);
        if (!m_fixture->isListening())
            return false;
        QJsonObject connections = m_fixture->sandbox().connectionInfo();
        QJsonObject connection = connections.value(s("jira")).toObject();
        for (auto it = desk.begin(); it != desk.end(); ++it)
            connection.insert(it.key(), it.value());
        connections.insert(s("jira"), connection);
        m_desk = std::make_unique<DeskBench>(connections);
        if (!m_desk->isReady())
            return false;
        const auto synced = m_desk->sync();
        if (!synced || !synced->ok())
            qWarning("sync: %s",
                     synced ? qPrintable(SyncSummary::lines(*synced).join(u' ')) : "timeout");
        return synced && synced->ok();
    }

    Change change(const QString &key)
    {
        const auto found = m_desk->store().changesOf({key});
        return found && !found->isEmpty() ? found->constFirst() : Change();
    }

    // The tester's verdict sent; the entries the outbox gave up on.
    QList<OutboxEntry> giveVerdict(const QString &key, Environment environment, TestOutcome outcome)
    {
        // Markup in a note stays text.
        const QString note =
            outcome == TestOutcome::Failed ? s("The <b>total</b> is not shown.") : QString();
        const Status recorded =
            m_desk->workflow().recordTestResult(key, environment, outcome, m_desk->account(), note);
        if (!recorded)
            qWarning("verdict: %s", qPrintable(recorded.error()));
        if (!recorded || !m_desk->sendOutbox())
            return {OutboxEntry()};
        return m_desk->store().outbox(OutboxState::Failed).value();
    }

private slots:
    void cleanup()
    {
        m_desk.reset();
        m_fixture.reset();
    }

    void theServicesComeFromTheTeamsCustomFieldInEveryProject()
    {
        QVERIFY(start(customTeam()));
        QCOMPARE(m_desk->settings().jira.serviceField, s("Service"));
        for (const Sandbox::CatalogueTask &task : SandboxFixture::smallCatalogue().tasks)
            QCOMPARE(change(task.key).service, task.service);
        const Change other = change(s("PAY-1"));
        QCOMPARE(other.key, s("PAY-1"));
        QVERIFY(!other.service.isEmpty());
        QCOMPARE(other.status, s("To Do"));
    }

    void theServicesComeFromPrefixedLabels()
    {
        QVERIFY(start({{s("serviceField"), s("labels")}, {s("serviceLabelPrefix"), s("svc:")}}));
        for (const Sandbox::CatalogueTask &task : SandboxFixture::smallCatalogue().tasks)
            QCOMPARE(change(task.key).service, task.service);
    }

    void aPassAndAFailureTakeTheTeamsTransitions()
    {
        const Sandbox::CatalogueTask *task = readyForTest();
        QVERIFY(task);
        QVERIFY(start(customTeam()));
        QVERIFY(giveVerdict(task->key, Environment::CiDev, TestOutcome::Passed).isEmpty());
        QVERIFY(giveVerdict(task->key, Environment::Staging, TestOutcome::Failed).isEmpty());
        QStringList moves; // the transitions taken, by id
        for (const Sandbox::Journal::Entry &entry : m_fixture->sandbox().journal().entries()) {
            if (entry.system == u"jira" && entry.path.endsWith(u"/transitions"))
                moves << QString::fromUtf8(entry.requestBody);
        }
        // Start testing (41), renamed Approve; then Fail (61), renamed Send back.
        QCOMPARE(moves.size(), 2);
        QVERIFY2(moves.at(0).contains(s("\"41\"")), qPrintable(moves.at(0)));
        QVERIFY2(moves.at(1).contains(s("\"61\"")), qPrintable(moves.at(1)));
        QVERIFY(m_desk->sync());
        QCOMPARE(change(task->key).status, s("In Progress"));
    }

    void aMissingTransitionIsAClearErrorAndTheVerdictStays()
    {
        const Sandbox::CatalogueTask *task = readyForTest();
        QVERIFY(task);
        // The desk expects a renamed workflow; the sandbox keeps Jira's usual names.
        QVERIFY(start({}, {{s("passTransition"), s("Approve")}}));
        const qsizetype verdicts = m_desk->store().testResultsOf({task->key})->size();
        const QList<OutboxEntry> failed =
            giveVerdict(task->key, Environment::CiDev, TestOutcome::Passed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().kind, OutboxKind::JiraVerdict);
        QCOMPARE(failed.constFirst().lastError,
                 s("Jira: %1 has no transition \"Approve\" from Ready for Test; the transitions "
                   "it offers now: Start testing (to Testing), Fail (to In Progress). Check the "
                   "pass and fail transitions in the Jira connection.")
                     .arg(task->key));
        QCOMPARE(m_desk->store().testResultsOf({task->key})->size(), verdicts + 1);
        QVERIFY(m_desk->sync());
        QCOMPARE(change(task->key).status, s("Ready for Test"));
    }

    void withoutConventionsTheUsualWorkflow()
    {
        const Sandbox::CatalogueTask *task = readyForTest();
        QVERIFY(task);
        QVERIFY(start({}));
        QCOMPARE(change(task->key).service, task->service);
        QVERIFY(giveVerdict(task->key, Environment::CiDev, TestOutcome::Passed).isEmpty());
        QVERIFY(m_desk->sync());
        QCOMPARE(change(task->key).status, s("Testing"));
    }
};

QTEST_GUILESS_MAIN(TestJiraConventionsFlow)
#include "tst_jiraconventionsflow.moc"
