// The three roles' paths off the happy one, through the app's own window
// against the sandbox: a tester's failure reaching the developers, the
// release team recording by hand a reply the app could not read, backing a
// release out and cancelling one.

#include "services/sandbox/slack/slacksystem.h"
#include "support/flowfixture.h"
#include "ui/messagebanner.h"
#include "ui/traynotifier.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLocale>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

class TestRolePaths : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FlowFixture> m_fixture;

    // A sandbox whose release team does not answer during a test, so that
    // the test answers in their place.
    static Sandbox::SandboxOptions silentReleaseTeam()
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.replyDelayMs = 3600 * 1000;
        return options;
    }

    void start(Sandbox::SandboxOptions options = SandboxFixture::smallOptions(),
               qint64 clockAhead = 0)
    {
        m_fixture = std::make_unique<FlowFixture>(std::move(options));
        m_fixture->desk().setClockAhead(clockAhead);
        const QString problem = m_fixture->start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    bool outboxEmpty()
    {
        return QTest::qWaitFor(
            [this] {
                const auto pending = m_fixture->session().store().outbox(OutboxState::Pending);
                const auto sending = m_fixture->session().store().outbox(OutboxState::Sending);
                return pending && sending && pending->isEmpty() && sending->isEmpty();
            },
            20000);
    }

private slots:
    void cleanup() { m_fixture.reset(); }

    void testerFailureReachesTheDevelopers()
    {
        start();
        FlowDriver &app = m_fixture->app();
        QVERIFY2(!app.createReleaseFromNewTasks(2).isEmpty(), qPrintable(app.lastProblem()));
        const QString failed = app.release().taskKeys.first();
        const QString note = QStringLiteral("500 on the filing history page");

        QVERIFY2(app.fail(failed, Environment::CiDev, note), qPrintable(app.lastProblem()));
        QVERIFY2(app.text(QStringLiteral("tallyLabel")).contains(u"1 failed"),
                 qPrintable(app.text(QStringLiteral("tallyLabel"))));
        // The release cannot move on, and the button says why.
        QAbstractButton *ready = app.button(QStringLiteral("readyForStagingButton"));
        QVERIFY(ready && !ready->isEnabled());
        QVERIFY2(ready->toolTip().contains(failed), qPrintable(ready->toolTip()));

        // The developers hear of it in the release channel and on the task.
        QVERIFY(outboxEmpty());
        QVERIFY(m_fixture->sandboxState(QStringLiteral("slack")).contains(note));
        const QString jira = m_fixture->sandboxState(QStringLiteral("jira"));
        QVERIFY(jira.contains(note));

        // Tested again and passed, the release is free to move on.
        QVERIFY2(app.passAll(Environment::CiDev), qPrintable(app.lastProblem()));
        QVERIFY2(app.click(QStringLiteral("readyForStagingButton")), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::ReadyForStaging);
    }

    void releaseTeamRecordsAReplyByHandThenBacksOut()
    {
        start(silentReleaseTeam());
        FlowDriver &app = m_fixture->app();
        QVERIFY2(!app.createReleaseFromNewTasks(2).isEmpty(), qPrintable(app.lastProblem()));
        QVERIFY2(app.bringToStagingRequest(), qPrintable(app.lastProblem()));

        // The release manager answers in their own words.
        auto *slack = static_cast<Sandbox::SlackSystem *>(
            m_fixture->sandbox().system(QStringLiteral("slack")));
        const Sandbox::Catalogue &catalogue = SandboxFixture::smallCatalogue();
        slack->postAsUser(slack->releaseChannelId(), slack->userId(catalogue.releaseManager),
                          QStringLiteral("Done, it's on staging now (CTASK0010099)"),
                          app.release().stagingRequestRef);
        QVERIFY2(app.syncOnce(), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::StagingRequested);
        // The window says the answer needs a person, and what it said.
        QVERIFY2(app.bannerText().contains(u"Done, it's on staging now (CTASK0010099)"),
                 qPrintable(app.bannerText()));

        QVERIFY2(app.decide(QStringLiteral("appliedToStagingButton"),
                            QStringLiteral("ctask0010099"), {}),
                 qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::InStaging);
        QCOMPARE(app.release().testTaskNumber, u"CTASK0010099");
        QVERIFY(
            app.text(QStringLiteral("currentReleaseLabel")).contains(toTitle(Stage::InStaging)));

        // Something goes wrong in staging: the release is backed out.
        QVERIFY2(app.decide(QStringLiteral("backOutButton"), {},
                            QStringLiteral("Orders API errors after the deploy")),
                 qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::BackedOut);
        QAbstractButton *cancel = app.button(QStringLiteral("cancelReleaseButton"));
        QVERIFY(cancel && !cancel->isEnabled());
        QVERIFY2(cancel->toolTip().contains(u"closed"), qPrintable(cancel->toolTip()));
    }

    void releaseTeamReplyIsNotifiedWhenTheWindowIsInactive()
    {
        start();
        FlowDriver &app = m_fixture->app();
        const QString name = app.createReleaseFromNewTasks(1);
        QVERIFY2(!name.isEmpty(), qPrintable(app.lastProblem()));
        QVERIFY2(app.bringToStagingRequest(), qPrintable(app.lastProblem()));

        // The person is busy in another window while the reply comes in.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY2(app.syncUntilStage(Stage::InStaging), qPrintable(app.lastProblem()));
        TrayNotifier &notifier = m_fixture->session().notifier();
        QCOMPARE(notifier.lastTitle(), u"The release team replied");
        QVERIFY2(notifier.lastMessage().contains(name), qPrintable(notifier.lastMessage()));
    }

    // The time of the last sync is the desk's clock's, not the computer's.
    void syncedAtIsTheDesksClock()
    {
        start(SandboxFixture::smallOptions(), 5 * 3600);
        const auto shown = [this](const QDateTime &at) {
            return QStringLiteral("Synced at %1")
                .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat));
        };
        const QString synced = m_fixture->app().text(QStringLiteral("syncLabel"));
        const QDateTime now = m_fixture->desk().clock().now();
        QVERIFY2(synced == shown(now) || synced == shown(now.addSecs(-60)), qPrintable(synced));
        QVERIFY2(synced != shown(QDateTime::currentDateTimeUtc()), qPrintable(synced));
    }

    void offlineBannerWhileNoSystemAnswers()
    {
        start();
        FlowDriver &app = m_fixture->app();
        auto *banner = m_fixture->session().window().findChild<MessageBanner *>(
            QStringLiteral("offlineBanner"));
        QVERIFY(banner && banner->isHidden());
        auto *dashboard = m_fixture->session().window().findChild<QAbstractItemView *>(
            QStringLiteral("dashboardView"));
        QVERIFY(app.settleDashboard());
        const int releases = dashboard->model()->rowCount();
        QVERIFY(releases > 0);
        // Every connection is dropped, as when the network goes away.
        const auto dropped = Sandbox::FaultRule::parse(QStringLiteral("=drop"));
        QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
        const int fault = m_fixture->sandbox().faults().add(dropped.value());
        QVERIFY2(app.syncOnce(), qPrintable(app.lastProblem()));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Jira"), qPrintable(banner->text()));
        // What was synced before is still shown.
        QVERIFY(app.settleDashboard());
        QCOMPARE(dashboard->model()->rowCount(), releases);

        m_fixture->sandbox().faults().remove(fault);
        QVERIFY2(app.syncOnce(), qPrintable(app.lastProblem()));
        QVERIFY(banner->isHidden());
    }

    void aReleaseIsCancelledWithAReason()
    {
        start();
        FlowDriver &app = m_fixture->app();
        QVERIFY2(!app.createReleaseFromNewTasks(1).isEmpty(), qPrintable(app.lastProblem()));
        // No reason, no cancel: the dialog's button stays shut.
        QVERIFY(!app.decide(QStringLiteral("cancelReleaseButton"), {}, {}));
        QCOMPARE(app.lastProblem(), u"the decision cannot be confirmed");
        QCOMPARE(app.stage(), Stage::CiDev);
        QVERIFY2(app.decide(QStringLiteral("cancelReleaseButton"), {},
                            QStringLiteral("Superseded by the next release")),
                 qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::Cancelled);
        QCOMPARE(app.dashboardStage(app.release().name), Stage::Cancelled);
    }
};

QTEST_MAIN(TestRolePaths)
#include "tst_rolepaths.moc"
