// One release from its creation to Live, against the sandbox and its
// simulated release team, through the app's own session and window: every
// step is a click or a key press on the real widgets, and each is checked in
// what the window shows and in what reached the sandbox.

#include "support/flowfixture.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

class TestReleaseFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FlowFixture> m_fixture;

    QString sandboxState(const char *system)
    {
        return m_fixture->sandboxState(QString::fromLatin1(system));
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<FlowFixture>();
        const QString problem = m_fixture->start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_fixture.reset(); }

    void newReleaseToLive()
    {
        FlowDriver &app = m_fixture->app();
        // Developer: bundle tested tasks into a new release.
        const QString name = app.createReleaseFromNewTasks(2);
        QVERIFY2(!name.isEmpty(), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::CiDev);

        // Tester: every task passes in CI-Dev, by keyboard.
        QVERIFY2(app.passAll(Environment::CiDev), qPrintable(app.lastProblem()));

        // Developer: ready for staging, then the notes, published to Confluence.
        QVERIFY2(app.click(QStringLiteral("readyForStagingButton")), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::ReadyForStaging);
        QVERIFY2(app.completeAndPublishNotes(), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::NotesPublished), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("confluence").contains(u"Release notes \u2013 " + name));

        // Developer: the change in ServiceNow, then the staging request in Slack.
        QVERIFY2(app.click(QStringLiteral("raiseChangeButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::TicketRaised), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("servicenow").contains(u"releasedesk:" + name));
        const QString ticket = app.release().changeTicket;
        QVERIFY(ticket.startsWith(u"CHG"));
        QVERIFY2(app.click(QStringLiteral("requestStagingButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::StagingRequested), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("slack").contains(ticket));
        // Waiting for the answer, the app reads the channel every minute by itself.
        QTRY_VERIFY(m_fixture->session().scheduler().isAwaitingReply());

        // The release team answers in the thread; a sync reads it.
        QVERIFY2(app.syncUntilStage(Stage::InStaging), qPrintable(app.lastProblem()));
        const QString testTask = app.release().testTaskNumber;
        QVERIFY(testTask.startsWith(u"CTASK"));
        QVERIFY(sandboxState("servicenow").contains(testTask));

        // Tester: every task passes in Staging; live is requested.
        QVERIFY2(app.passAll(Environment::Staging), qPrintable(app.lastProblem()));
        QVERIFY(app.text(QStringLiteral("testTaskLabel")).contains(testTask));
        QVERIFY2(app.click(QStringLiteral("requestLiveButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::LiveRequested), qPrintable(app.lastProblem()));
        QVERIFY2(app.syncUntilStage(Stage::Live), qPrintable(app.lastProblem()));

        // The dashboard shows it live, with its whole history; nothing waits any more.
        QCOMPARE(app.dashboardStage(name), Stage::Live);
        QTRY_VERIFY(!m_fixture->session().scheduler().isAwaitingReply());
        QVERIFY(app.text(QStringLiteral("currentReleaseLabel")).contains(toTitle(Stage::Live)));
        QVERIFY(sandboxState("slack").contains(u"Applied to live: " + name));
    }
};

QTEST_MAIN(TestReleaseFlow)
#include "tst_releaseflow.moc"
