#include "models/lifecycle/releaseboard.h"
#include "support/memoryreleasestore.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Release makeRelease(const QString &name, Stage stage, const QList<ReleaseService> &services,
                    const QStringList &tasks)
{
    Release release;
    release.name = name;
    release.stage = stage;
    release.services = services;
    release.taskKeys = tasks;
    release.created = at("2026-11-02T09:00:00Z");
    release.stageChanged = release.created;
    release.updated = release.created;
    return release;
}

ReleaseService ships(const char *service, const char *version)
{
    return {QString::fromLatin1(service), QString::fromLatin1(version), QStringLiteral("ECS")};
}

AuditEvent created(const QString &actor = QStringLiteral("dev.one"))
{
    AuditEvent event;
    event.actor = actor;
    event.at = at("2026-11-02T09:00:00Z");
    event.action = AuditAction::Created;
    return event;
}

TestResult verdict(const char *task, Environment environment, TestOutcome outcome,
                   const QDateTime &when)
{
    TestResult result;
    result.taskKey = QString::fromLatin1(task);
    result.environment = environment;
    result.outcome = outcome;
    result.tester = QStringLiteral("tester.one");
    result.at = when;
    return result;
}

// All three CI-Dev jobs green for one service version; ids must be unique per store.
QList<PipelineBuild> greenBuilds(const char *service, const char *version, qint64 firstId)
{
    QList<PipelineBuild> builds;
    for (PipelineJob job :
         {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
        PipelineBuild build;
        build.id = firstId++;
        build.service = QString::fromLatin1(service);
        build.job = job;
        build.name = QString::number(build.id);
        build.status = BuildStatus::Succeeded;
        build.version = QString::fromLatin1(version);
        builds << build;
    }
    return builds;
}

const ReleaseSummary *findSummary(const QList<ReleaseSummary> &summaries, qint64 id)
{
    for (const ReleaseSummary &summary : summaries) {
        if (summary.release.id == id)
            return &summary;
    }
    return nullptr;
}

// A CI-Dev release shipping chs-orders-api 1.4.2 whose one task, CHS-1,
// passed in CI-Dev: only its pipelines or its peer review can hold it back.
// 0 when the store refused it.
qint64 testedCiDevRelease(MemoryReleaseStore &store, const QString &name)
{
    const auto id =
        store.createRelease(makeRelease(name, Stage::CiDev, {ships("chs-orders-api", "1.4.2")},
                                        {QStringLiteral("CHS-1")}),
                            created());
    if (!id)
        return 0;
    const bool tested =
        store
            .recordTestResult(verdict("CHS-1", Environment::CiDev, TestOutcome::Passed,
                                      at("2026-11-03T10:00:00Z")),
                              {})
            .ok();
    return tested ? id.value() : 0;
}

// The release `id` as the board loads it now; none when the load failed or
// did not have it.
std::optional<ReleaseSummary> loadedSummary(ReleaseBoard &board, qint64 id)
{
    const auto summaries = board.load();
    if (!summaries)
        return std::nullopt;
    const ReleaseSummary *summary = findSummary(summaries.value(), id);
    return summary ? std::optional<ReleaseSummary>(*summary) : std::nullopt;
}

} // namespace

class TestReleaseBoard : public QObject
{
    Q_OBJECT

private slots:
    void emptyStoreGivesNoSummaries()
    {
        MemoryReleaseStore store;
        ReleaseBoard board(store);
        const auto summaries = board.load();
        QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
        QVERIFY(summaries->isEmpty());
    }

    void summarizesEachReleaseFromItsOwnFacts()
    {
        MemoryReleaseStore store;
        QVERIFY(store.saveBuilds(greenBuilds("chs-orders-api", "1.4.2", 100)).ok());
        const auto cidev = store.createRelease(
            makeRelease(
                QStringLiteral("2026.11.1"), Stage::CiDev, {ships("chs-orders-api", "1.4.2")},
                {QStringLiteral("CHS-1"), QStringLiteral("CHS-2"), QStringLiteral("CHS-3")}),
            created());
        Release stagingRelease = makeRelease(QStringLiteral("2026.11.2"), Stage::InStaging,
                                             {ships("chs-payments-web", "2.0.1")},
                                             {QStringLiteral("CHS-10"), QStringLiteral("CHS-11")});
        stagingRelease.testTaskNumber = QStringLiteral("CTASK0010002");
        const auto staging = store.createRelease(stagingRelease, created());
        QVERIFY(cidev.ok() && staging.ok());

        const QDateTime morning = at("2026-11-03T10:00:00Z");
        for (const TestResult &result :
             {verdict("CHS-1", Environment::CiDev, TestOutcome::Passed, morning),
              verdict("CHS-2", Environment::CiDev, TestOutcome::Failed, morning),
              verdict("CHS-10", Environment::Staging, TestOutcome::Passed, morning),
              verdict("CHS-11", Environment::Staging, TestOutcome::Failed, morning),
              // the retest counts, not the earlier failure
              verdict("CHS-11", Environment::Staging, TestOutcome::Passed, morning.addSecs(60)),
              // a task of no release is ignored
              verdict("CHS-99", Environment::CiDev, TestOutcome::Failed, morning)}) {
            QVERIFY(store.recordTestResult(result, {}).ok());
        }

        ReleaseBoard board(store);
        const auto summaries = board.load();
        QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
        QCOMPARE(summaries->size(), 2);
        QCOMPARE(board.summaries(), summaries.value());

        const ReleaseSummary *first = findSummary(summaries.value(), cidev.value());
        QVERIFY(first);
        QVERIFY(first->blockingGate.has_value());
        QCOMPARE(first->blockingGate->target, Stage::ReadyForStaging);
        // Its pipelines are green, so only the tasks block it.
        QCOMPARE(first->blockingGate->blockers.size(), 2);
        QVERIFY(first->blockingGate->blockers.first().contains(u"2 of 3 tasks"));
        QVERIFY(first->blockingGate->blockers.first().contains(u"CHS-2, CHS-3"));
        QCOMPARE(first->ciDev.passed, QStringList{QStringLiteral("CHS-1")});
        QCOMPARE(first->ciDev.failed, QStringList{QStringLiteral("CHS-2")});
        QCOMPARE(first->ciDev.untested, QStringList{QStringLiteral("CHS-3")});
        QCOMPARE(first->staging.untested.size(), 3);

        const ReleaseSummary *second = findSummary(summaries.value(), staging.value());
        QVERIFY(second);
        QVERIFY2(!second->blockingGate.has_value(), "every task passed in Staging");
        QCOMPARE(second->staging.passed.size(), 2);
        QCOMPARE(second->ciDev.untested.size(), 2);
        QCOMPARE(second->lastActivity, morning.addSecs(60));
    }

    void pipelineFailureBlocksReadyForStaging()
    {
        MemoryReleaseStore store;
        QList<PipelineBuild> builds = greenBuilds("chs-orders-api", "1.4.2", 1);
        builds.last().status = BuildStatus::Failed; // cidev-apply
        QVERIFY(store.saveBuilds(builds).ok());
        // Green builds of another version do not count for the version shipped.
        QVERIFY(store.saveBuilds(greenBuilds("chs-orders-api", "1.4.1", 10)).ok());
        const qint64 id = testedCiDevRelease(store, QStringLiteral("2026.11.4"));
        QVERIFY(id);

        ReleaseBoard board(store);
        const std::optional<ReleaseSummary> summary = loadedSummary(board, id);
        QVERIFY(summary && summary->blockingGate);
        QCOMPARE(summary->blockingGate->blockers.size(), 1);
        QVERIFY2(summary->blockingGate->blockers.first().contains(u"cidev-apply"),
                 qPrintable(summary->blockingGate->blockers.first()));
    }

    void anUnmergedChangeBlocksWhereThisDeskFollowsPeerReview()
    {
        MemoryReleaseStore store;
        QVERIFY(store.saveBuilds(greenBuilds("chs-orders-api", "1.4.2", 1)).ok());
        const qint64 id = testedCiDevRelease(store, QStringLiteral("2026.11.5"));
        QVERIFY(id);
        PeerReview open;
        open.taskKey = QStringLiteral("CHS-1");
        open.repository = QStringLiteral("acme/chs-orders-api");
        open.number = 45;
        open.state = ReviewState::ChangesRequested;
        open.changesRequestedBy = {QStringLiteral("bob")};
        QVERIFY(store.replacePeerReviews({open}).ok());

        // Without GitHub the gate does not ask for it: nothing blocks.
        ReleaseBoard board(store);
        std::optional<ReleaseSummary> summary = loadedSummary(board, id);
        QVERIFY(summary && !summary->blockingGate);

        // Following peer review, the dashboard says what the actions would.
        QVERIFY(store
                    .saveSyncCursor({PeerReviews::cursorSource(),
                                     QStringLiteral("2026-11-03T11:00:00Z"),
                                     at("2026-11-03T11:00:00Z")})
                    .ok());
        summary = loadedSummary(board, id);
        QVERIFY(summary && summary->blockingGate);
        QCOMPARE(summary->blockingGate->blockers.size(), 1);
        QVERIFY2(summary->blockingGate->blockers.first().contains(u"acme/chs-orders-api#45"),
                 qPrintable(summary->blockingGate->blockers.first()));

        open.state = ReviewState::Merged;
        QVERIFY(store.replacePeerReviews({open}).ok());
        summary = loadedSummary(board, id);
        QVERIFY(summary && !summary->blockingGate);
    }

    void lastActivityIsTheLatestOfItsTimes_data()
    {
        QTest::addColumn<QDateTime>("updated");
        QTest::addColumn<QDateTime>("stageChanged");
        QTest::addColumn<QDateTime>("verdictAt");
        QTest::addColumn<QDateTime>("expected");

        const QDateTime early = at("2026-11-02T09:00:00Z");
        const QDateTime middle = at("2026-11-05T12:00:00Z");
        const QDateTime late = at("2026-11-09T16:30:00Z");
        QTest::newRow("updated") << late << early << middle << late;
        QTest::newRow("stage change") << early << late << middle << late;
        QTest::newRow("verdict") << early << middle << late << late;
        QTest::newRow("no stage change") << middle << QDateTime() << early << middle;
    }

    void lastActivityIsTheLatestOfItsTimes()
    {
        QFETCH(QDateTime, updated);
        QFETCH(QDateTime, stageChanged);
        QFETCH(QDateTime, verdictAt);
        QFETCH(QDateTime, expected);

        MemoryReleaseStore store;
        Release release =
            makeRelease(QStringLiteral("2026.11.5"), Stage::CiDev,
                        {ships("chs-orders-api", "1.4.2")}, {QStringLiteral("CHS-1")});
        release.updated = updated;
        release.stageChanged = stageChanged;
        const auto id = store.createRelease(release, created());
        QVERIFY(store
                    .recordTestResult(
                        verdict("CHS-1", Environment::Staging, TestOutcome::Passed, verdictAt), {})
                    .ok());
        // A later verdict on somebody else's task is not this release's activity.
        QVERIFY(store
                    .recordTestResult(verdict("CHS-2", Environment::CiDev, TestOutcome::Passed,
                                              at("2027-01-01T00:00:00Z")),
                                      {})
                    .ok());

        ReleaseBoard board(store);
        const std::optional<ReleaseSummary> summary = loadedSummary(board, id.value());
        QVERIFY(summary);
        QCOMPARE(summary->lastActivity, expected);
    }

    void summariesCompareByEveryField()
    {
        ReleaseFacts facts{makeRelease(QStringLiteral("2026.11.6"), Stage::CiDev,
                                       {ships("chs-orders-api", "1.4.2")},
                                       {QStringLiteral("CHS-1")}),
                           {},
                           {}};
        const ReleaseSummary before = ReleaseBoard::summarize(facts);
        QCOMPARE(ReleaseBoard::summarize(facts), before);

        facts.results << verdict("CHS-1", Environment::CiDev, TestOutcome::Passed,
                                 at("2026-11-02T08:00:00Z"));
        const ReleaseSummary tested = ReleaseBoard::summarize(facts);
        QVERIFY2(!(tested == before), "a new verdict changes the tally");
        QCOMPARE(tested.lastActivity, before.lastActivity); // the verdict is older than created

        facts.builds << greenBuilds("chs-orders-api", "1.4.2", 1);
        QVERIFY2(!(ReleaseBoard::summarize(facts) == tested), "green builds change the gate");
        QVERIFY(!ReleaseBoard::summarize(facts).blockingGate.has_value());
    }

    void detailHasGatesAheadAndHistory()
    {
        MemoryReleaseStore store;
        Release release =
            makeRelease(QStringLiteral("2026.11.7"), Stage::CiDev,
                        {ships("chs-orders-api", "1.4.2")}, {QStringLiteral("CHS-1")});
        const auto id = store.createRelease(release, created(QStringLiteral("dev.one")));
        QVERIFY(id.ok());
        release.id = id.value();
        release.stage = Stage::ReadyForStaging;
        AuditEvent moved;
        moved.releaseId = release.id;
        moved.actor = QStringLiteral("dev.two");
        moved.at = at("2026-11-04T11:00:00Z");
        moved.action = AuditAction::Transition;
        moved.fromStage = toKey(Stage::CiDev);
        moved.toStage = toKey(Stage::ReadyForStaging);
        moved.why = QStringLiteral("all tasks passed");
        QVERIFY(store.saveRelease(release, {moved}).ok());

        ReleaseBoard board(store);
        QVERIFY(board.load().ok());
        const auto detail = board.detail(release.id);
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->summary.release.stage, Stage::ReadyForStaging);
        // NotesPublished, TicketRaised, StagingRequested, InStaging, StagingPassed,
        // LiveRequested, Live.
        QCOMPARE(detail->gatesAhead.size(), 7);
        QCOMPARE(detail->gatesAhead.first().target, Stage::NotesPublished);
        QVERIFY(!detail->gatesAhead.first().met());
        QCOMPARE(detail->gatesAhead.last().target, Stage::Live);
        QCOMPARE(detail->auditTrail.size(), 2);
        QCOMPARE(detail->auditTrail.first().action, AuditAction::Created);
        QCOMPARE(detail->auditTrail.last().actor, u"dev.two");
        QCOMPARE(detail->auditTrail.last().why, u"all tasks passed");
    }

    void detailOfAReleaseCreatedAfterTheLoad()
    {
        MemoryReleaseStore store;
        ReleaseBoard board(store);
        QVERIFY(board.load().ok());
        QVERIFY(store
                    .recordTestResult(verdict("CHS-1", Environment::CiDev, TestOutcome::Passed,
                                              at("2026-11-03T10:00:00Z")),
                                      {})
                    .ok());
        QVERIFY(board.load().ok());
        const auto id =
            store.createRelease(makeRelease(QStringLiteral("2026.11.8"), Stage::CiDev,
                                            {ships("chs-orders-api", "1.4.2")},
                                            {QStringLiteral("CHS-1"), QStringLiteral("CHS-2")}),
                                created());

        const auto detail = board.detail(id.value());
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->summary.release.name, u"2026.11.8");
        QCOMPARE(detail->summary.ciDev.passed, QStringList{QStringLiteral("CHS-1")});
        QCOMPARE(detail->auditTrail.size(), 1);
    }

    // MemoryReleaseStore cannot fail a read, so the store-failure path of load()
    // is not tested here; an unknown release is the failure a read can honestly give.
    void detailOfAnUnknownReleaseIsAReadableError()
    {
        MemoryReleaseStore store;
        ReleaseBoard board(store);
        QVERIFY(board.load().ok());
        const auto detail = board.detail(4242);
        QVERIFY(!detail.ok());
        QVERIFY2(detail.error().contains(u"4242"), qPrintable(detail.error()));
        QVERIFY2(detail.error().startsWith(u"Could not read release"), qPrintable(detail.error()));
    }

    // The dashboard must stay quick at the size the team expects to reach; the time
    // is reported, not asserted, because the test machines are shared.
    void loadsTwoThousandReleasesOfFiftyTasks()
    {
        constexpr int releaseCount = 2000;
        constexpr int tasksPerRelease = 50;
        MemoryReleaseStore store;
        QList<PipelineBuild> builds;
        for (int s = 0; s < 40; ++s) {
            const QByteArray service = "chs-service-" + QByteArray::number(s);
            builds << greenBuilds(service.constData(), "1.0.0", 1 + s * 3);
        }
        QVERIFY(store.saveBuilds(builds).ok());
        const QDateTime when = at("2026-11-03T10:00:00Z");
        for (int r = 0; r < releaseCount; ++r) {
            QStringList tasks;
            for (int t = 0; t < tasksPerRelease; ++t)
                tasks << QStringLiteral("CHS-%1").arg(r * tasksPerRelease + t);
            const QString service = QStringLiteral("chs-service-%1").arg(r % 40);
            Release release =
                makeRelease(QStringLiteral("2026.%1").arg(r), Stage::CiDev,
                            {{service, QStringLiteral("1.0.0"), QStringLiteral("ECS")}}, tasks);
            QVERIFY(store.createRelease(release, created()).ok());
            for (const QString &task : tasks) {
                TestResult result;
                result.taskKey = task;
                result.environment = Environment::CiDev;
                result.outcome = r % 2 ? TestOutcome::Passed : TestOutcome::Failed;
                result.at = when;
                QVERIFY(store.recordTestResult(result, {}).ok());
            }
        }

        ReleaseBoard board(store);
        QElapsedTimer timer;
        timer.start();
        const auto summaries = board.load();
        const qint64 elapsed = timer.elapsed();
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), releaseCount);
        int blocked = 0;
        for (const ReleaseSummary &summary : summaries.value()) {
            QCOMPARE(summary.ciDev.total(), tasksPerRelease);
            blocked += summary.blockingGate.has_value();
        }
        QCOMPARE(blocked, releaseCount / 2);
        qInfo("load() of %d releases / %d tasks took %lld ms", releaseCount,
              releaseCount * tasksPerRelease, elapsed);
    }
};

QTEST_GUILESS_MAIN(TestReleaseBoard)
#include "tst_releaseboard.moc"
