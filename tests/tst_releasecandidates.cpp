#include "candidatefixture.h"

#include "models/itemmodels/candidatefiltermodel.h"
#include "models/itemmodels/candidatetaskmodel.h"
#include "models/usecases/releasecandidates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Column = CandidateTaskModel::Column;

// The tasks a new release can bundle, what choosing them ships, and the table
// and filters the "New release" dialog shows them in.
class TestReleaseCandidates : public QObject
{
    Q_OBJECT

private:
    MemoryReleaseStore m_store;
    ReleaseCandidates m_candidates;

    const CandidateTask &task(const char *key) const
    {
        const CandidateTask *found = m_candidates.task(s(key));
        if (!found)
            qFatal("no candidate %s", key);
        return *found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(seedCandidates(m_store));
        auto read = ReleaseCandidates::read(m_store);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        m_candidates = std::move(read).value();
    }

    void showsEachTasksPullRequestsInTheReviewColumn()
    {
        MemoryReleaseStore store;
        QVERIFY(seedCandidates(store));
        PeerReview review;
        review.taskKey = s("CHS-101");
        review.repository = s("acme/chs-orders-api");
        review.number = 7;
        review.url = s("https://github.com/acme/chs-orders-api/pull/7");
        review.state = ReviewState::Approved;
        review.reviewers = {s("ann")};
        QVERIFY(store.replacePeerReviews({review}).ok());
        auto read = ReleaseCandidates::read(store);
        QVERIFY(read.ok());
        CandidateTaskModel model;
        model.setCandidates(std::move(read).value());
        const QModelIndex cell = model.index(model.rowOf(s("CHS-101")), int(Column::Review));
        QCOMPARE(cell.data().toString(), s("acme/chs-orders-api#7: Approved"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(s("approved by ann, not merged")));
        QCOMPARE(cell.data(CandidatePullRequestUrlsRole).toStringList(), QStringList{review.url});
        // Without a pull request, what Jira says, as before.
        const QModelIndex other = model.index(model.rowOf(s("CHS-102")), int(Column::Review));
        QCOMPARE(other.data().toString(), toTitle(ReviewState::Merged));
    }

    void listsEveryTaskOfTheStore()
    {
        QCOMPARE(m_candidates.tasks().size(), 7);
        QCOMPARE(task("CHS-101").change.summary, s("Summary of CHS-101"));
        QVERIFY(!m_candidates.task(s("CHS-999")));
    }

    void pipelineStatusIsTheServicesLatestBuildOfEachJob()
    {
        const CandidateTask &orders = task("CHS-101");
        QCOMPARE(orders.build(PipelineJob::DockerBuildEcr)->id, 105);
        QCOMPARE(orders.build(PipelineJob::DockerBuildEcr)->status, BuildStatus::Started);
        QCOMPARE(orders.build(PipelineJob::CidevPlan)->status, BuildStatus::Succeeded);
        QCOMPARE(orders.build(PipelineJob::CidevApply)->id, 104);
        const CandidateTask &filing = task("CHS-103");
        QCOMPARE(filing.build(PipelineJob::CidevApply)->status, BuildStatus::Failed);
        const CandidateTask &search = task("CHS-104");
        QVERIFY(!search.build(PipelineJob::DockerBuildEcr));
        QVERIFY(!search.build(PipelineJob::CidevPlan));
        QVERIFY(!search.build(PipelineJob::CidevApply));
    }

    void reachedCiDevWhenTheLatestCidevApplySucceeded()
    {
        QVERIFY(task("CHS-101").reachedCiDev);
        // 1.9.0 was deployed, but the latest apply (2.0.0) failed.
        QVERIFY(!task("CHS-103").reachedCiDev);
        QVERIFY(!task("CHS-104").reachedCiDev);
        QVERIFY(!task("CHS-107").reachedCiDev);
    }

    void versionIsWhatCiDevRunsElseTheLatestImage()
    {
        // Not the running 1.3.0 build: CI-Dev runs 1.2.0.
        QCOMPARE(task("CHS-101").version, s("1.2.0"));
        QCOMPARE(task("CHS-103").version, s("1.9.0"));
        QCOMPARE(task("CHS-104").version, QString());
        const QList<PipelineBuild> builtOnly{
            candidateBuild(1, "svc", PipelineJob::DockerBuildEcr, BuildStatus::Succeeded, "3.0.0"),
            candidateBuild(2, "svc", PipelineJob::DockerBuildEcr, BuildStatus::Failed, "3.1.0"),
            candidateBuild(3, "svc", PipelineJob::CidevApply, BuildStatus::Failed, "3.0.0")};
        QCOMPARE(ReleaseCandidates::versionOf(s("svc"), builtOnly), s("3.0.0"));
    }

    void tasksInAnUnfinishedReleaseCannotBeChosen()
    {
        QCOMPARE(task("CHS-105").activeRelease, s("2026.11.1"));
        QVERIFY(!task("CHS-105").selectable());
        // 2026.10.2 is live: its tasks are free again.
        QVERIFY(task("CHS-106").selectable());
        QVERIFY(task("CHS-101").selectable());
    }

    void fixVersionsInNaturalOrder()
    {
        QCOMPARE(m_candidates.fixVersions(),
                 QStringList({s("2026.11.3"), s("2026.11.4"), s("2026.11.10")}));
    }

    void planShipsEachServiceOnceWithItsVersionAndType()
    {
        const ReleasePlan plan = m_candidates.plan({s("CHS-102"), s("CHS-103"), s("CHS-101")});
        const QList<ReleaseService> expected{{s("chs-filing-api"), s("1.9.0"), s("Mesos")},
                                             {s("chs-orders-api"), s("1.2.0"), s("ECS")}};
        QCOMPARE(plan.services, expected);
        QVERIFY(plan.servicesWithoutVersion.isEmpty());
        QVERIFY(plan.tasksWithoutService.isEmpty());
        QVERIFY(plan.unknownTasks.isEmpty());
    }

    void planReportsWhatItCannotTell()
    {
        const ReleasePlan plan = m_candidates.plan({s("CHS-104"), s("CHS-107"), s("CHS-999")});
        QCOMPARE(plan.servicesWithoutVersion, QStringList{s("chs-search-web")});
        QCOMPARE(plan.services, (QList<ReleaseService>{{s("chs-search-web"), {}, s("ECS")}}));
        QCOMPARE(plan.tasksWithoutService, QStringList{s("CHS-107")});
        QCOMPARE(plan.unknownTasks, QStringList{s("CHS-999")});
    }

    void suggestsTheNextFreeNameOfTheMonth_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList() << s("2026.11.1");
        QTest::newRow("after the highest")
            << QStringList{s("2026.11.1"), s("2026.11.3")} << s("2026.11.4");
        QTest::newRow("numbers, not text")
            << QStringList{s("2026.11.9"), s("2026.11.10")} << s("2026.11.11");
        QTest::newRow("other months")
            << QStringList{s("2026.10.5"), s("2025.11.7")} << s("2026.11.1");
        QTest::newRow("other schemes")
            << QStringList{s("2026.11.3-hotfix"), s("2026.11.2")} << s("2026.11.3");
    }
    void suggestsTheNextFreeNameOfTheMonth()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        QCOMPARE(ReleaseCandidates::suggestName(existing, QDate(2026, 11, 2)), expected);
    }

    void nameMustBeNewAndNotEmpty()
    {
        QVERIFY(!m_candidates.nameProblem(s("  ")).isEmpty());
        QVERIFY(m_candidates.nameProblem(s("2026.11.1")).contains(s("already")));
        QVERIFY(m_candidates.nameProblem(s("2026.11.1 ")).contains(s("already")));
        QVERIFY(m_candidates.nameProblem(s("2026.11.2")).isEmpty());
    }

    // The dialog's Create button and `release create` refuse with these words.
    void problemsSayWhatKeepsTheReleaseFromBeingCreated()
    {
        QVERIFY(m_candidates.problems(s("2026.11.2"), {s("CHS-101"), s("CHS-103")}).isEmpty());
        QCOMPARE(m_candidates.problems(s("2026.11.1"), {}),
                 (QStringList{s("There is already a release named 2026.11.1."),
                              s("Choose at least one task.")}));
        QCOMPARE(m_candidates.problems(s("2026.11.2"), {s("CHS-999"), s("CHS-105"), s("CHS-104")}),
                 (QStringList{s("Not in ReleaseDesk yet, sync first: CHS-999."),
                              s("CHS-105 is already in release 2026.11.1."),
                              s("The version of chs-search-web cannot be told.")}));
    }

    void modelChecksOnlyChoosableTasks()
    {
        CandidateTaskModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(m_candidates);
        QSignalSpy choice(&model, &CandidateTaskModel::checkedKeysChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.rowCount(), 7);

        const QModelIndex free = model.index(model.rowOf(s("CHS-101")), int(Column::Key));
        QVERIFY(free.flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(free.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(free, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(free.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(choice.size(), 1);
        QCOMPARE(data.size(), 1);

        const QModelIndex held = model.index(model.rowOf(s("CHS-105")), int(Column::Key));
        QCOMPARE(held.flags(), Qt::NoItemFlags);
        QVERIFY(!held.data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(held, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setChecked(s("CHS-105"), true));
        QCOMPARE(held.siblingAtColumn(int(Column::Release)).data().toString(), s("2026.11.1"));
        QCOMPARE(choice.size(), 1);

        QVERIFY(model.setChecked(s("CHS-103"), true));
        QCOMPARE(model.checkedKeys(), QStringList({s("CHS-101"), s("CHS-103")}));
        QCOMPARE(model.plan().services.size(), 2);
    }

    void modelShowsThePipelineColumns()
    {
        CandidateTaskModel model;
        model.setCandidates(m_candidates);
        const int row = model.rowOf(s("CHS-103"));
        const auto cell = [&](Column column) { return model.index(row, int(column)).data(); };
        QCOMPARE(cell(Column::DockerBuildEcr).toString(), toTitle(BuildStatus::Succeeded));
        QCOMPARE(cell(Column::CidevApply).toString(), toTitle(BuildStatus::Failed));
        QCOMPARE(cell(Column::Version).toString(), s("1.9.0"));
        QCOMPARE(cell(Column::ReachedCiDev).toString(), s("No"));
        QCOMPARE(cell(Column::FixVersion).toString(), s("2026.11.4"));
        QCOMPARE(model.headerData(int(Column::CidevPlan), Qt::Horizontal).toString(),
                 s("cidev-plan"));
    }

    void reloadKeepsTheChoiceThatIsStillChoosable()
    {
        CandidateTaskModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCandidates(m_candidates);
        QVERIFY(model.setChecked(s("CHS-101"), true));
        QVERIFY(model.setChecked(s("CHS-102"), true));
        // Another release takes CHS-102 meanwhile.
        MemoryReleaseStore store;
        QVERIFY(seedCandidates(store));
        Release other;
        other.name = s("2026.11.2");
        other.taskKeys = {s("CHS-102")};
        QVERIFY(store.createRelease(other, AuditEvent{}).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy choice(&model, &CandidateTaskModel::checkedKeysChanged);
        model.setCandidates(ReleaseCandidates::read(store).value());
        QCOMPARE(reset.size(), 0); // same tasks: updated in place
        QCOMPARE(choice.size(), 1);
        QCOMPARE(model.checkedKeys(), QStringList{s("CHS-101")});
    }

    void filtersCombine()
    {
        CandidateTaskModel model;
        model.setCandidates(m_candidates);
        CandidateFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&] {
            QStringList keys;
            for (int row = 0; row < filter.rowCount(); ++row)
                keys << filter.index(row, 0).data(CandidateKeyRole).toString();
            keys.sort();
            return keys;
        };
        filter.setFixVersion(s("2026.11.3"));
        QCOMPARE(shown(), QStringList({s("CHS-101"), s("CHS-102"), s("CHS-105")}));
        filter.setFixVersion({});
        filter.setReachedCiDevOnly(true);
        QCOMPARE(shown(), QStringList({s("CHS-101"), s("CHS-102"), s("CHS-105"), s("CHS-106")}));
        filter.setText(s("chs-10 6"));
        QCOMPARE(shown(), QStringList());
        filter.setText(s("summary of chs-106"));
        QCOMPARE(shown(), QStringList{s("CHS-106")});
        filter.setText({});
        filter.setJqlKeys({s("CHS-102"), s("CHS-103")});
        QCOMPARE(shown(), QStringList{s("CHS-102")});
        filter.setReachedCiDevOnly(false);
        QCOMPARE(shown(), QStringList({s("CHS-102"), s("CHS-103")}));
        filter.clearJqlKeys();
        QCOMPARE(filter.rowCount(), 7);
    }

    void sortsKeysAsNumbers()
    {
        CandidateTaskModel model;
        QList<Change> changes{candidateChange("CHS-10", "a", ""),
                              candidateChange("CHS-9", "a", "")};
        model.setCandidates(ReleaseCandidates(changes, {}, {}, {}));
        CandidateFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(int(Column::Key));
        QCOMPARE(filter.index(0, 0).data().toString(), s("CHS-9"));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCandidates)
#include "tst_releasecandidates.moc"
