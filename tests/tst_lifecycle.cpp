#include "models/lifecycle/lifecycle.h"

#include <QTest>

#include <functional>

using namespace ReleaseDesk;

namespace {

using Mutation = std::function<void(ReleaseFacts &)>;

const QList<Stage> allStages{
    Stage::CiDev,         Stage::ReadyForStaging,  Stage::NotesPublished,
    Stage::TicketRaised,  Stage::StagingRequested, Stage::InStaging,
    Stage::StagingPassed, Stage::LiveRequested,    Stage::Live,
    Stage::BackedOut,     Stage::Cancelled,
};

// The legal moves, written out from design.md rather than taken from the code
// under test, so that a change to allowedTargets() has to be made twice.
QList<Stage> expectedTargets(Stage from)
{
    switch (from) {
    case Stage::CiDev:
        return {Stage::ReadyForStaging, Stage::Cancelled};
    case Stage::ReadyForStaging:
        return {Stage::NotesPublished, Stage::CiDev, Stage::Cancelled};
    case Stage::NotesPublished:
        return {Stage::TicketRaised, Stage::Cancelled};
    case Stage::TicketRaised:
        return {Stage::StagingRequested, Stage::Cancelled};
    case Stage::StagingRequested:
        return {Stage::InStaging, Stage::BackedOut, Stage::Cancelled};
    case Stage::InStaging:
        return {Stage::StagingPassed, Stage::BackedOut, Stage::Cancelled};
    case Stage::StagingPassed:
        return {Stage::LiveRequested, Stage::BackedOut, Stage::Cancelled};
    case Stage::LiveRequested:
        return {Stage::Live, Stage::BackedOut, Stage::Cancelled};
    case Stage::Live:
        return {Stage::BackedOut};
    case Stage::BackedOut:
    case Stage::Cancelled:
        return {};
    }
    return {};
}

QString stageKey(Stage stage)
{
    return toKey(stage);
}

TestResult verdict(qint64 id, const QString &key, Environment environment, TestOutcome outcome,
                   const QDateTime &at)
{
    TestResult result;
    result.id = id;
    result.taskKey = key;
    result.environment = environment;
    result.outcome = outcome;
    result.tester = QStringLiteral("Priya Shah");
    result.at = at;
    return result;
}

PipelineBuild build(qint64 id, PipelineJob job, BuildStatus status,
                    const QString &version = QStringLiteral("1.2.0"))
{
    PipelineBuild b;
    b.id = id;
    b.service = QStringLiteral("chs-orders-api");
    b.job = job;
    b.name = QString::number(id);
    b.status = status;
    b.version = version;
    return b;
}

const QDateTime t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

// A release for which every gate is met, so that each test breaks exactly one thing.
ReleaseFacts completeFacts()
{
    ReleaseFacts facts;
    Release &r = facts.release;
    r.id = 1;
    r.name = QStringLiteral("2026.11.1");
    r.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.2.0"), QStringLiteral("ECS")}};
    r.taskKeys = {QStringLiteral("CHS-1201"), QStringLiteral("CHS-1202")};
    r.notes.description = QStringLiteral("Paginate the filing history.");
    r.notes.backoutPlan = QStringLiteral("Redeploy 1.1.0.");
    r.notes.noConfigChanges = true;
    r.notes.pageId = QStringLiteral("2293761");
    r.notes.pageUrl = QStringLiteral("https://confluence.example/pages/2293761");
    r.changeTicket = QStringLiteral("CHG0030001");
    r.stagingRequestRef = QStringLiteral("release_chs:1762074000.000100");
    r.testTaskNumber = QStringLiteral("CTASK0010002");
    r.liveRequestRef = QStringLiteral("release_chs:1762160400.000100");
    r.liveConfirmationRef = QStringLiteral("release_chs:1762164000.000200");
    qint64 id = 100;
    for (const QString &key : r.taskKeys) {
        facts.results << verdict(++id, key, Environment::CiDev, TestOutcome::Passed, t0);
        facts.results << verdict(++id, key, Environment::Staging, TestOutcome::Passed, t0);
    }
    facts.builds = {build(11, PipelineJob::DockerBuildEcr, BuildStatus::Succeeded),
                    build(12, PipelineJob::CidevPlan, BuildStatus::Succeeded),
                    build(13, PipelineJob::CidevApply, BuildStatus::Succeeded)};
    return facts;
}

void removeBuilds(ReleaseFacts &facts, PipelineJob job)
{
    facts.builds.removeIf([job](const PipelineBuild &b) { return b.job == job; });
}

void setTasks(ReleaseFacts &facts, const QStringList &keys, Environment environment)
{
    facts.release.taskKeys = keys;
    facts.results.clear();
    qint64 id = 500;
    for (const QString &key : keys)
        facts.results << verdict(++id, key, environment, TestOutcome::Passed, t0);
}

// A pull request naming `key` in acme/payments, in `state`.
PeerReview pullRequest(const QString &key, int number, ReviewState state,
                       const QStringList &changesRequestedBy = {})
{
    PeerReview review;
    review.taskKey = key;
    review.repository = QStringLiteral("acme/payments");
    review.number = number;
    review.url = QStringLiteral("https://github.com/acme/payments/pull/%1").arg(number);
    review.state = state;
    review.reviewers =
        changesRequestedBy.isEmpty() ? QStringList{QStringLiteral("ann")} : changesRequestedBy;
    review.changesRequestedBy = changesRequestedBy;
    return review;
}

// Peer review followed, and both tasks' pull requests merged.
void reviewedAndMerged(ReleaseFacts &facts)
{
    facts.peerReviews =
        QList<PeerReview>{pullRequest(QStringLiteral("CHS-1201"), 44, ReviewState::Merged),
                          pullRequest(QStringLiteral("CHS-1202"), 45, ReviewState::Merged)};
}

// Turns the task's verdicts into failures.
void failTask(ReleaseFacts &facts, QLatin1String key)
{
    for (TestResult &result : facts.results) {
        if (result.taskKey == key)
            result.outcome = TestOutcome::Failed;
    }
}

} // namespace

Q_DECLARE_METATYPE(ReleaseDesk::Stage)
Q_DECLARE_METATYPE(Mutation)

// The lifecycle's moves and gates: the core of what the release team relies on.
class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void allowedTargetsMatchDesign_data()
    {
        QTest::addColumn<Stage>("from");
        for (Stage from : allStages)
            QTest::newRow(qPrintable(stageKey(from))) << from;
    }
    void allowedTargetsMatchDesign()
    {
        QFETCH(Stage, from);
        QCOMPARE(Lifecycle::allowedTargets(from), expectedTargets(from));
    }

    void legalTransition_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Stage>("to");
        QTest::addColumn<QString>("why");
        // Forward moves need no reason; the ways back and out do.
        for (Stage from : allStages) {
            for (Stage to : expectedTargets(from)) {
                const bool forward = Lifecycle::nextStage(from) == to;
                const QString why =
                    forward ? QString() : QStringLiteral("Payments provider outage");
                QTest::addRow("%s->%s", qPrintable(stageKey(from)), qPrintable(stageKey(to)))
                    << from << to << why;
            }
        }
    }
    void legalTransition()
    {
        QFETCH(Stage, from);
        QFETCH(Stage, to);
        QFETCH(QString, why);
        ReleaseFacts facts = completeFacts();
        facts.release.stage = from;
        const Status status = Lifecycle::checkTransition(facts, to, why);
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }

    void illegalTransition_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Stage>("to");
        int rows = 0;
        for (Stage from : allStages) {
            for (Stage to : allStages) {
                if (expectedTargets(from).contains(to))
                    continue;
                QTest::addRow("%s->%s", qPrintable(stageKey(from)), qPrintable(stageKey(to)))
                    << from << to;
                ++rows;
            }
        }
        // 121 pairs less the 22 legal moves.
        QCOMPARE(rows, 99);
    }
    void illegalTransition()
    {
        QFETCH(Stage, from);
        QFETCH(Stage, to);
        ReleaseFacts facts = completeFacts();
        facts.release.stage = from;
        const Status status = Lifecycle::checkTransition(facts, to, QStringLiteral("because"));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("cannot move from")),
                 qPrintable(status.error()));
        QCOMPARE(
            status.error(),
            QStringLiteral("A release cannot move from %1 to %2.").arg(toTitle(from), toTitle(to)));
    }

    void missingReason_data()
    {
        QTest::addColumn<Stage>("from");
        QTest::addColumn<Stage>("to");
        QTest::addColumn<QString>("why");
        for (Stage from : allStages) {
            for (Stage to : expectedTargets(from)) {
                if (Lifecycle::nextStage(from) == to)
                    continue;
                const QByteArray name = stageKey(from).toLatin1() + "->" + stageKey(to).toLatin1();
                QTest::addRow("%s empty", name.constData()) << from << to << QString();
                QTest::addRow("%s blank", name.constData()) << from << to << QStringLiteral(" \t ");
            }
        }
    }
    void missingReason()
    {
        QFETCH(Stage, from);
        QFETCH(Stage, to);
        QFETCH(QString, why);
        ReleaseFacts facts = completeFacts();
        facts.release.stage = from;
        const Status status = Lifecycle::checkTransition(facts, to, why);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("Moving a release to %1 needs a reason.").arg(toTitle(to)));
    }

    void gateBlockers_data()
    {
        QTest::addColumn<Stage>("target");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("blockers");

        const auto row = [](const char *name, Stage target, Mutation mutate, QStringList blockers) {
            QTest::newRow(name) << target << mutate << blockers;
        };
        const auto nothing = [](ReleaseFacts &) {};

        // Ready for staging: every task passed in CI-Dev, every pipeline green.
        row("ready: all met", Stage::ReadyForStaging, nothing, {});
        // ... and, where the team peer reviews in GitHub, every change merged.
        row("ready: peer review not followed, no pull requests asked for", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { f.peerReviews.reset(); }, {});
        row("ready: every pull request merged", Stage::ReadyForStaging, reviewedAndMerged, {});
        row("ready: changes requested", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                reviewedAndMerged(f);
                (*f.peerReviews)[1] =
                    pullRequest(QStringLiteral("CHS-1202"), 45, ReviewState::ChangesRequested,
                                {QStringLiteral("bob")});
            },
            {QStringLiteral("CHS-1202: its pull request acme/payments#45 is not merged "
                            "(changes requested by bob).")});
        row("ready: approved is not merged", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                reviewedAndMerged(f);
                (*f.peerReviews)[0].state = ReviewState::Approved;
            },
            {QStringLiteral("CHS-1201: its pull request acme/payments#44 is not merged "
                            "(approved by ann, not merged yet).")});
        row("ready: no pull request", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                reviewedAndMerged(f);
                f.peerReviews->removeFirst();
            },
            {QStringLiteral("CHS-1201: no pull request names it; name the task in the pull "
                            "request's title or branch.")});
        row("ready: a closed first try, merged second", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                reviewedAndMerged(f);
                *f.peerReviews << pullRequest(QStringLiteral("CHS-1201"), 40, ReviewState::Closed);
            },
            {});
        row("ready: closed without merge only", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                reviewedAndMerged(f);
                (*f.peerReviews)[0].state = ReviewState::Closed;
            },
            {QStringLiteral("CHS-1201: its pull request acme/payments#44 is not merged "
                            "(closed without merge).")});
        row("ready: 2 of 7 not passed", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                QStringList keys;
                for (int n = 1234; n <= 1240; ++n)
                    keys << QStringLiteral("CHS-%1").arg(n);
                setTasks(f, keys, Environment::CiDev);
                f.results.removeIf(
                    [](const TestResult &r) { return r.taskKey == QLatin1String("CHS-1240"); });
                failTask(f, QLatin1String("CHS-1234"));
            },
            {QStringLiteral("2 of 7 tasks not yet passed in CI-Dev: CHS-1234, CHS-1240"),
             QStringLiteral("Failed in CI-Dev, to be fixed and tested again: CHS-1234")});
        row("ready: a long list names twelve and counts the rest", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                QStringList keys;
                for (int n = 1001; n <= 1020; ++n)
                    keys << QStringLiteral("CHS-%1").arg(n);
                f.release.taskKeys = keys;
                f.results.clear();
            },
            {QStringLiteral("20 of 20 tasks not yet passed in CI-Dev: CHS-1001, CHS-1002, "
                            "CHS-1003, CHS-1004, CHS-1005, CHS-1006, CHS-1007, CHS-1008, "
                            "CHS-1009, CHS-1010, CHS-1011, CHS-1012 and 8 more")});
        row("ready: not passed listed by key", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                f.release.taskKeys << QStringLiteral("CHS-1200");
                failTask(f, QLatin1String("CHS-1202"));
            },
            {QStringLiteral("2 of 3 tasks not yet passed in CI-Dev: CHS-1200, CHS-1202"),
             QStringLiteral("Failed in CI-Dev, to be fixed and tested again: CHS-1202")});
        row("ready: untested only", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                f.results.removeIf(
                    [](const TestResult &r) { return r.taskKey == QLatin1String("CHS-1202"); });
            },
            {QStringLiteral("1 of 2 tasks not yet passed in CI-Dev: CHS-1202")});
        row("ready: failed tasks", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                for (TestResult &r : f.results)
                    r.outcome = TestOutcome::Failed;
            },
            {QStringLiteral("2 of 2 tasks not yet passed in CI-Dev: CHS-1201, CHS-1202"),
             QStringLiteral("Failed in CI-Dev, to be fixed and tested again: CHS-1201, CHS-1202")});
        row("ready: staging passes do not count", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { setTasks(f, f.release.taskKeys, Environment::Staging); },
            {QStringLiteral("2 of 2 tasks not yet passed in CI-Dev: CHS-1201, CHS-1202")});
        row("ready: no tasks", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { f.release.taskKeys.clear(); },
            {QStringLiteral("The release has no tasks.")});
        row("ready: job not run", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { removeBuilds(f, PipelineJob::CidevApply); },
            {QStringLiteral("chs-orders-api 1.2.0: cidev-apply has not run for this version.")});
        row("ready: job failed", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                removeBuilds(f, PipelineJob::CidevPlan);
                f.builds << build(20, PipelineJob::CidevPlan, BuildStatus::Errored)
                         << build(21, PipelineJob::CidevPlan, BuildStatus::Failed);
            },
            {QStringLiteral(
                "chs-orders-api 1.2.0: cidev-plan has not succeeded (latest build #21 failed).")});
        row("ready: job running", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                removeBuilds(f, PipelineJob::DockerBuildEcr);
                f.builds << build(22, PipelineJob::DockerBuildEcr, BuildStatus::Started);
            },
            {QStringLiteral("chs-orders-api 1.2.0: docker-build-ecr has not succeeded (latest "
                            "build #22 running).")});
        row("ready: failed then retried", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                f.builds << build(9, PipelineJob::CidevApply, BuildStatus::Failed);
            },
            {});
        row("ready: wrong version", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                for (PipelineBuild &b : f.builds)
                    b.version = QStringLiteral("1.1.0");
            },
            {QStringLiteral("chs-orders-api 1.2.0: docker-build-ecr has not run for this version."),
             QStringLiteral("chs-orders-api 1.2.0: cidev-plan has not run for this version."),
             QStringLiteral("chs-orders-api 1.2.0: cidev-apply has not run for this version.")});
        row("ready: another service's builds", Stage::ReadyForStaging,
            [](ReleaseFacts &f) {
                for (PipelineBuild &b : f.builds)
                    b.service = QStringLiteral("chs-search-api");
            },
            {QStringLiteral("chs-orders-api 1.2.0: docker-build-ecr has not run for this version."),
             QStringLiteral("chs-orders-api 1.2.0: cidev-plan has not run for this version."),
             QStringLiteral("chs-orders-api 1.2.0: cidev-apply has not run for this version.")});
        row("ready: no service", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { f.release.services.clear(); },
            {QStringLiteral("The release ships no service.")});
        row("ready: service without version", Stage::ReadyForStaging,
            [](ReleaseFacts &f) { f.release.services[0].version.clear(); },
            {QStringLiteral("chs-orders-api has no version to release.")});

        // Notes published: the strict template, then the Confluence page.
        row("notes: all met", Stage::NotesPublished, nothing, {});
        row("notes: no description", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.notes.description = QStringLiteral("  \n"); },
            {QStringLiteral("Release notes: the description of changes is missing.")});
        row("notes: no backout plan", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.notes.backoutPlan.clear(); },
            {QStringLiteral("Release notes: the backout plan is missing.")});
        row("notes: config changes not stated", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.notes.noConfigChanges = false; },
            {QStringLiteral("Release notes: config changes are not stated (describe them, or "
                            "mark that there are none).")});
        row("notes: config changes described", Stage::NotesPublished,
            [](ReleaseFacts &f) {
                f.release.notes.noConfigChanges = false;
                f.release.notes.configChanges = QStringLiteral("Set PAYMENTS_TIMEOUT=30s");
            },
            {});
        row("notes: no version", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.services[0].version.clear(); },
            {QStringLiteral("Release notes: chs-orders-api has no version to release.")});
        row("notes: no deployment type", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.services[0].deploymentType.clear(); },
            {QStringLiteral("Release notes: chs-orders-api has no deployment type.")});
        row("notes: no service", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.services.clear(); },
            {QStringLiteral("Release notes: no service version to release.")});
        row("notes: unpublished", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.notes.pageId.clear(); },
            {QStringLiteral("The release notes are not published to Confluence yet.")});
        row("notes: everything missing", Stage::NotesPublished,
            [](ReleaseFacts &f) { f.release.notes = {}; },
            {QStringLiteral("Release notes: the description of changes is missing."),
             QStringLiteral("Release notes: the backout plan is missing."),
             QStringLiteral("Release notes: config changes are not stated (describe them, or "
                            "mark that there are none)."),
             QStringLiteral("The release notes are not published to Confluence yet.")});

        row("ticket: met", Stage::TicketRaised, nothing, {});
        row("ticket: none", Stage::TicketRaised,
            [](ReleaseFacts &f) { f.release.changeTicket.clear(); },
            {QStringLiteral("No ServiceNow change ticket has been raised yet.")});
        row("ticket: no link to notes", Stage::TicketRaised,
            [](ReleaseFacts &f) { f.release.notes.pageUrl.clear(); },
            {QStringLiteral("The change ticket needs the link to the published notes.")});
        row("staging request: none", Stage::StagingRequested,
            [](ReleaseFacts &f) { f.release.stagingRequestRef.clear(); },
            {QStringLiteral("Staging has not been requested in the release channel yet.")});
        row("in staging: no test task", Stage::InStaging,
            [](ReleaseFacts &f) { f.release.testTaskNumber.clear(); },
            {QStringLiteral("The release team has not confirmed staging: no ServiceNow test task "
                            "number yet.")});
        row("staging passed: met", Stage::StagingPassed, nothing, {});
        row("staging passed: untested in staging", Stage::StagingPassed,
            [](ReleaseFacts &f) { setTasks(f, f.release.taskKeys, Environment::CiDev); },
            {QStringLiteral("2 of 2 tasks not yet passed in Staging: CHS-1201, CHS-1202")});
        row("staging passed: failed in staging", Stage::StagingPassed,
            [](ReleaseFacts &f) {
                f.results << verdict(900, QStringLiteral("CHS-1202"), Environment::Staging,
                                     TestOutcome::Failed, t0.addSecs(60));
            },
            {QStringLiteral("1 of 2 tasks not yet passed in Staging: CHS-1202"),
             QStringLiteral("Failed in Staging, to be fixed and tested again: CHS-1202")});
        row("staging passed: no tasks", Stage::StagingPassed,
            [](ReleaseFacts &f) { f.release.taskKeys.clear(); },
            {QStringLiteral("The release has no tasks.")});
        row("live request: none", Stage::LiveRequested,
            [](ReleaseFacts &f) { f.release.liveRequestRef.clear(); },
            {QStringLiteral("Live has not been requested in the release channel yet.")});
        row("live: not confirmed", Stage::Live,
            [](ReleaseFacts &f) { f.release.liveConfirmationRef.clear(); },
            {QStringLiteral("The release team has not confirmed the release is live.")});
        row("backout: met", Stage::BackedOut, nothing, {});
        row("backout: no plan", Stage::BackedOut,
            [](ReleaseFacts &f) { f.release.notes.backoutPlan = QStringLiteral(" "); },
            {QStringLiteral("There is no backout plan to follow.")});
        // Going back or out is never held up by what is missing ahead.
        row("ci-dev: nothing needed", Stage::CiDev, [](ReleaseFacts &f) { f = {}; }, {});
        row("cancelled: nothing needed", Stage::Cancelled, [](ReleaseFacts &f) { f = {}; }, {});
    }
    void gateBlockers()
    {
        QFETCH(Stage, target);
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, blockers);
        ReleaseFacts facts = completeFacts();
        mutate(facts);
        const Gate gate = Lifecycle::gate(target, facts);
        QCOMPARE(gate.target, target);
        QCOMPARE(gate.blockers, blockers);
        QCOMPARE(gate.met(), blockers.isEmpty());
    }

    // An unmet gate refuses the move and says every blocker.
    void blockedTransitionNamesBlockers()
    {
        ReleaseFacts facts = completeFacts();
        facts.release.stage = Stage::ReadyForStaging;
        facts.release.notes.description.clear();
        facts.release.notes.pageId.clear();
        const Status status = Lifecycle::checkTransition(facts, Stage::NotesPublished, {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("Notes published is blocked: Release notes: the description of "
                                "changes is missing. The release notes are not published to "
                                "Confluence yet."));

        facts.release.stage = Stage::Live;
        facts.release.notes.backoutPlan.clear();
        QCOMPARE(
            Lifecycle::checkTransition(facts, Stage::BackedOut, QStringLiteral("errors")).error(),
            QStringLiteral("Backed out is blocked: There is no backout plan to follow."));
    }

    void blockingGateAndGatesAhead()
    {
        ReleaseFacts facts = completeFacts();
        facts.release.stage = Stage::InStaging;
        QVERIFY(!Lifecycle::blockingGate(facts));
        QCOMPARE(Lifecycle::gatesAhead(facts).size(), 3);

        facts.results.removeIf(
            [](const TestResult &r) { return r.environment == Environment::Staging; });
        const auto blocking = Lifecycle::blockingGate(facts);
        QVERIFY(blocking);
        QCOMPARE(blocking->target, Stage::StagingPassed);

        facts.release.stage = Stage::Live;
        QVERIFY(!Lifecycle::blockingGate(facts));
        QVERIFY(Lifecycle::gatesAhead(facts).isEmpty());
        facts.release.stage = Stage::Cancelled;
        QVERIFY(!Lifecycle::blockingGate(facts));
        QVERIFY(!Lifecycle::nextStage(Stage::BackedOut));
    }

    void tallyLatestVerdictWins()
    {
        ReleaseFacts facts;
        facts.release.taskKeys = {QStringLiteral("CHS-1201"), QStringLiteral("CHS-1202"),
                                  QStringLiteral("CHS-1203"), QStringLiteral("CHS-1204")};
        const auto key = [](int n) { return QStringLiteral("CHS-%1").arg(n); };
        // Stored out of order: a later verdict may have been synced first.
        facts.results = {
            verdict(10, key(1201), Environment::CiDev, TestOutcome::Passed, t0.addSecs(120)),
            verdict(11, key(1201), Environment::CiDev, TestOutcome::Failed, t0.addSecs(60)),
            verdict(12, key(1202), Environment::CiDev, TestOutcome::Failed, t0.addSecs(60)),
            verdict(13, key(1202), Environment::CiDev, TestOutcome::Passed, t0.addSecs(120)),
            // Same time: the later record wins, wherever it sits in the list.
            verdict(15, key(1203), Environment::CiDev, TestOutcome::Failed, t0),
            verdict(14, key(1203), Environment::CiDev, TestOutcome::Passed, t0),
            // Other environments and tasks outside the release do not count.
            verdict(16, key(1204), Environment::Staging, TestOutcome::Passed, t0),
            verdict(17, key(1299), Environment::CiDev, TestOutcome::Failed, t0),
        };
        const TaskTally ciDev = Lifecycle::tally(facts, Environment::CiDev);
        QCOMPARE(ciDev.passed, QStringList({key(1201), key(1202)}));
        QCOMPARE(ciDev.failed, QStringList({key(1203)}));
        QCOMPARE(ciDev.untested, QStringList({key(1204)}));
        QCOMPARE(ciDev.total(), 4);

        const TaskTally staging = Lifecycle::tally(facts, Environment::Staging);
        QCOMPARE(staging.passed, QStringList({key(1204)}));
        QCOMPARE(staging.untested, QStringList({key(1201), key(1202), key(1203)}));
        QVERIFY(staging.failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
