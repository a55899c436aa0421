#include "support/flowfixture.h"

#include "models/lifecycle/lifecycle.h"
#include "services/sync/jirasync.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What a desk holds of one release that every desk must agree on.
struct Held
{
    Stage stage = Stage::CiDev;
    QStringList tasks;
    QStringList verdicts; // "ref ci-dev failed Ben Jones 2026-…", sorted
    QStringList messages; // the release channel's messages about it: "ts author kind"
    friend bool operator==(const Held &, const Held &) = default;
};

Held heldBy(DeskFixture &desk, const QString &name)
{
    Held held;
    SqliteStore &store = desk.session().store();
    for (const Release &release : store.releases().value()) {
        if (release.name != name)
            continue;
        held.stage = release.stage;
        held.tasks = release.taskKeys;
        held.tasks.sort();
        for (const TestResult &verdict : store.testResultsOf(release.taskKeys).value()) {
            held.verdicts << QStringList{verdict.ref, toKey(verdict.environment),
                                         toKey(verdict.outcome), verdict.tester,
                                         verdict.at.toString(Qt::ISODateWithMs)}
                                 .join(u' ');
        }
        held.verdicts.sort();
        for (const ChannelMessage &message : store.channelMessages(name).value())
            held.messages << QStringList{message.ts, message.author, toKey(message.kind)}.join(
                u' ');
    }
    return held;
}

QString describe(const Held &held)
{
    return QStringLiteral("%1; tasks %2; verdicts %3; messages %4")
        .arg(toTitle(held.stage), held.tasks.join(u','), held.verdicts.join(u'|'),
             held.messages.join(u'|'));
}

} // namespace

// Three people at three computers, one team: the developer, a tester and the
// release team each on a profile of their own, signed in as themselves to
// the same sandbox, each clicking only their own role's buttons and syncing.
// A release goes from New release to Live with a failure and a retest on the
// way, and at the end every desk holds the same stage, the same verdicts by
// the same tester and the same release-channel history; so does a desk that
// was away the whole time, after one sync.
class TestThreeDesks : public QObject
{
    Q_OBJECT

    static bool merge(SandboxFixture &sandbox, const QString &key)
    {
        // The developer's fix merged outside ReleaseDesk, as in the process.
        const auto answer = sandbox.sendJson(
            "POST", sandbox.url(QStringLiteral("_sandbox"), QStringLiteral("/merge")),
            QJsonDocument(QJsonObject{{QStringLiteral("key"), key}}));
        if (answer.status != 204)
            qWarning("merge: %d %s", answer.status, answer.body.constData());
        return answer.status == 204;
    }

private slots:
    void releaseGoesLiveAcrossThreeDesks_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::newRow("Jira Data Center") << false;
        QTest::newRow("Jira Cloud") << true;
    }

    void releaseGoesLiveAcrossThreeDesks()
    {
        QFETCH(bool, cloud);
        SandboxFixture sandbox;
        DeskFixture developer(sandbox, s("alice.khan"), cloud);
        DeskFixture tester(sandbox, s("ben.jones"), cloud);
        DeskFixture team(sandbox, s("rita.release"), cloud);
        // A second tester, away while the others work: one sync on return.
        DeskFixture away(sandbox, s("carla.smith"), cloud);
        for (DeskFixture *desk : {&developer, &tester, &team, &away}) {
            const QString problem = desk->start();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Each acts as the account it signed in with, not as the computer's user.
        QCOMPARE(JiraSync::signedInAccount(developer.session().store()), s("Alice Khan"));
        QCOMPARE(JiraSync::signedInAccount(tester.session().store()), s("Ben Jones"));
        QCOMPARE(JiraSync::signedInAccount(team.session().store()), s("Rita Release"));
        FlowDriver &dev = developer.app();
        FlowDriver &test = tester.app();
        FlowDriver &desk = team.app();

        // Developer: a new release, which Jira now holds as a fix version.
        QVERIFY(developer.bringToFront());
        const QString name = dev.createReleaseFromNewTasks(2);
        QVERIFY2(!name.isEmpty(), qPrintable(dev.lastProblem()));
        QVERIFY2(dev.waitForOutbox(), qPrintable(dev.lastProblem()));
        const QStringList tasks = dev.release().taskKeys;

        // Tester: the release is there after a sync, with the same tasks. One
        // fails in CI-Dev, the other passes.
        QVERIFY(tester.bringToFront());
        QVERIFY2(test.syncOnce() && test.select(name), qPrintable(test.lastProblem()));
        QCOMPARE(heldBy(tester, name).tasks, heldBy(developer, name).tasks);
        QVERIFY2(test.fail(tasks.at(0), Environment::CiDev, s("500 when the form is saved")),
                 qPrintable(test.lastProblem()));
        QVERIFY2(test.waitForOutbox(), qPrintable(test.lastProblem()));

        // Developer: the failure shows; ready for staging stays shut.
        QVERIFY(developer.bringToFront());
        QVERIFY2(dev.syncOnce(), qPrintable(dev.lastProblem()));
        const SystemClock clock;
        const auto facts =
            ReleaseWorkflow(developer.session().store(), clock).facts(dev.releaseId());
        QVERIFY(facts);
        const TestResult failed =
            Lifecycle::latestVerdicts(facts.value(), Environment::CiDev).value(tasks.at(0));
        QCOMPARE(failed.outcome, TestOutcome::Failed);
        QCOMPARE(failed.tester, s("Ben Jones"));
        QVERIFY(!dev.button(s("readyForStagingButton"))->isEnabled());
        QVERIFY(merge(sandbox, tasks.at(0)));

        // Tester: the fix is retested; every task passes in CI-Dev.
        QVERIFY(tester.bringToFront());
        QVERIFY2(test.syncOnce() && test.passAll(Environment::CiDev),
                 qPrintable(test.lastProblem()));
        QVERIFY2(test.waitForOutbox(), qPrintable(test.lastProblem()));

        // Developer: ready for staging, the notes, the change, the request.
        QVERIFY(developer.bringToFront());
        QVERIFY2(dev.syncOnce(), qPrintable(dev.lastProblem()));
        QVERIFY2(dev.click(s("readyForStagingButton")) && dev.completeAndPublishNotes() &&
                     dev.waitForStage(Stage::NotesPublished) && dev.click(s("raiseChangeButton")) &&
                     dev.waitForStage(Stage::TicketRaised) &&
                     dev.click(s("requestStagingButton")) &&
                     dev.waitForStage(Stage::StagingRequested) && dev.waitForOutbox(),
                 qPrintable(dev.lastProblem()));

        // Release team: their desk sees the request; their answer in the
        // thread (the simulated team's, as Rita) moves it into staging.
        QVERIFY(team.bringToFront());
        QVERIFY2(desk.syncOnce() && desk.select(name), qPrintable(desk.lastProblem()));
        QVERIFY2(desk.syncUntilStage(Stage::InStaging), qPrintable(desk.lastProblem()));

        // Tester: every task passes in Staging; live is requested.
        QVERIFY(tester.bringToFront());
        QVERIFY2(test.syncUntilStage(Stage::InStaging), qPrintable(test.lastProblem()));
        QVERIFY2(test.passAll(Environment::Staging) && test.click(s("requestLiveButton")) &&
                     test.waitForStage(Stage::LiveRequested) && test.waitForOutbox(),
                 qPrintable(test.lastProblem()));

        // Every desk follows the release team's answer to Live.
        QVERIFY(team.bringToFront());
        QVERIFY2(desk.syncUntilStage(Stage::Live), qPrintable(desk.lastProblem()));
        QVERIFY(tester.bringToFront());
        QVERIFY2(test.syncUntilStage(Stage::Live), qPrintable(test.lastProblem()));
        QVERIFY(developer.bringToFront());
        QVERIFY2(dev.syncUntilStage(Stage::Live), qPrintable(dev.lastProblem()));
        for (DeskFixture *each : {&developer, &tester, &team}) {
            QVERIFY2(each->app().waitForOutbox(), qPrintable(each->app().lastProblem()));
            QVERIFY2(each->app().syncOnce(), qPrintable(each->app().lastProblem()));
        }

        // The same release everywhere: stage, tasks, verdicts by the same
        // tester at the same times, and the same channel history.
        const Held there = heldBy(developer, name);
        QCOMPARE(there.stage, Stage::Live);
        QCOMPARE(there.verdicts.size(), 5); // a fail and its retest, two passes, staging
        QVERIFY2(std::all_of(there.verdicts.cbegin(), there.verdicts.cend(),
                             [](const QString &v) { return v.contains(u"Ben Jones"); }),
                 qPrintable(describe(there)));
        QVERIFY2(heldBy(tester, name) == there,
                 qPrintable(describe(heldBy(tester, name)) + u"\n" + describe(there)));
        QVERIFY2(heldBy(team, name) == there,
                 qPrintable(describe(heldBy(team, name)) + u"\n" + describe(there)));
        QVERIFY(away.bringToFront());
        QVERIFY2(away.app().syncOnce(), qPrintable(away.app().lastProblem()));
        QVERIFY2(heldBy(away, name) == there,
                 qPrintable(describe(heldBy(away, name)) + u"\n" + describe(there)));
        // And Jira's record of it: the version, released.
        const QJsonArray versions =
            sandbox.sandbox().state().value(s("jira")).toObject().value(s("versions")).toArray();
        const auto version =
            std::find_if(versions.cbegin(), versions.cend(), [&](const QJsonValue &v) {
                return v.toObject().value(s("name")).toString() == name;
            });
        QVERIFY(version != versions.cend());
        QVERIFY(version->toObject().value(s("released")).toBool());
    }
};

QTEST_MAIN(TestThreeDesks)
#include "tst_threedesks.moc"
