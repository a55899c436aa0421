#include "models/itemmodels/signoffmodel.h"
#include "models/itemmodels/tablevalues.h"
#include "support/workflowfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Column = SignOffModel::Column;

Q_DECLARE_METATYPE(ReleaseDesk::Stage)
Q_DECLARE_METATYPE(ReleaseDesk::TestOutcome)

namespace {

const QString paging = QStringLiteral("Paging stops after the second page");

QString cell(const SignOffModel &model, const char *key, Column column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(QString::fromLatin1(key)), int(column)).data(role).toString();
}

TaskVerdict verdict(const SignOffModel &model, const char *key)
{
    return TaskVerdict(
        model.index(model.rowOf(QString::fromLatin1(key)), 0).data(TaskVerdictRole).toInt());
}

QStringList keysInOrder(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(TaskKeyRole).toString();
    return keys;
}

// Facts built by hand for the gate: three tasks and their staging verdicts.
ReleaseFacts factsAt(Stage stage, const QList<TestOutcome> &staging)
{
    ReleaseFacts facts;
    facts.release.id = 1;
    facts.release.name = QStringLiteral("2026.11.3");
    facts.release.stage = stage;
    facts.release.taskKeys = {QStringLiteral("CHS-1"), QStringLiteral("CHS-2"),
                              QStringLiteral("CHS-3")};
    const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    for (qsizetype i = 0; i < staging.size(); ++i) {
        facts.results << TestResult{
            i + 1,  facts.release.taskKeys.at(i), Environment::Staging, staging.at(i),
            tester, QStringLiteral("note"),       at.addSecs(i),        {}};
    }
    return facts;
}

} // namespace

// The sign-off table over an in-memory store: the release's tasks with their
// Jira fields and latest verdict per environment, updated in place, filtered
// to the untested, sorted on raw values; and when live may be requested.
class TestSignOffModel : public QObject, private WorkflowFixture
{
    Q_OBJECT

private:
    qint64 m_release = 0;

    Status pass(const char *key, Environment environment = Environment::CiDev)
    {
        m_clock->advance(60);
        return m_workflow->recordTestResult(QString::fromLatin1(key), environment,
                                            TestOutcome::Passed, tester, {});
    }
    Status fail(const char *key, const QString &note, Environment environment = Environment::CiDev)
    {
        m_clock->advance(60);
        return m_workflow->recordTestResult(QString::fromLatin1(key), environment,
                                            TestOutcome::Failed, tester, note);
    }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        const Change search{s("CHS-9"),
                            s("Search by officer name"),
                            s("In Test"),
                            s("Amira Khan"),
                            s("chs-search-api"),
                            {},
                            {},
                            {},
                            ReviewState::Merged,
                            {}};
        Change filing = search;
        filing.key = s("CHS-10");
        filing.summary = s("Filing history paging");
        filing.assignee = dev;
        filing.service = s("chs-orders-api");
        filing.status = s("Ready for Test");
        QVERIFY(m_store->saveChanges({search, filing}).ok());
        m_release = create(s("2026.11.3"), {s("CHS-1201"), s("CHS-10"), s("CHS-9")});
        QVERIFY(m_release != 0);
    }
    void cleanup() { tearDownWorkflow(); }

    void passesTheModelTesterThroughUpdates()
    {
        SignOffModel model(*m_store);
        SignOffFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Result));

        QVERIFY(model.setRelease(m_release).ok());
        QVERIFY(pass("CHS-9").ok());
        QVERIFY(fail("CHS-10", paging).ok());
        QVERIFY(model.refresh().ok());
        proxy.setUntestedOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(model.setEnvironment(Environment::Staging).ok());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.sort(int(Column::Time), Qt::DescendingOrder);
        const qint64 other = create(s("2026.11.4"), {s("CHS-9"), s("CHS-1202"), s("CHS-1203")});
        QVERIFY(model.setRelease(other).ok());
        QVERIFY(model.setEnvironment(Environment::CiDev).ok());
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(model.setRelease(0).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setRelease(m_release).ok());
        QCOMPARE(model.rowCount(), 3);
    }

    void showsTheTasksJiraFieldsAndLatestVerdict()
    {
        SignOffModel model(*m_store);
        QVERIFY(model.setRelease(m_release).ok());
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(keysInOrder(model), QStringList({s("CHS-1201"), s("CHS-10"), s("CHS-9")}));
        QCOMPARE(cell(model, "CHS-10", Column::Key), s("CHS-10"));
        QCOMPARE(cell(model, "CHS-10", Column::Summary), s("Filing history paging"));
        QCOMPARE(cell(model, "CHS-10", Column::Assignee), dev);
        QCOMPARE(cell(model, "CHS-10", Column::Service), s("chs-orders-api"));
        QCOMPARE(cell(model, "CHS-10", Column::Status), s("Ready for Test"));
        QCOMPARE(cell(model, "CHS-10", Column::Result), s("Not tested"));
        QCOMPARE(verdict(model, "CHS-10"), TaskVerdict::NotTested);
        QCOMPARE(cell(model, "CHS-10", Column::Tester), QString());
        QCOMPARE(cell(model, "CHS-10", Column::Time), QString());
        QVERIFY(
            !model.index(model.rowOf(s("CHS-10")), 0).data(VerdictTimeRole).toDateTime().isValid());

        QVERIFY(fail("CHS-10", s("500 on page 2\nfor dissolved companies")).ok());
        const QDateTime failedAt = m_clock->now();
        QVERIFY(model.refresh().ok());
        QCOMPARE(cell(model, "CHS-10", Column::Result), s("Failed"));
        QCOMPARE(verdict(model, "CHS-10"), TaskVerdict::Failed);
        QCOMPARE(cell(model, "CHS-10", Column::Tester), tester);
        // One line in the cell, the whole note in the tooltip.
        QCOMPARE(cell(model, "CHS-10", Column::Note), s("500 on page 2 for dissolved companies"));
        QCOMPARE(cell(model, "CHS-10", Column::Note, Qt::ToolTipRole),
                 s("500 on page 2\nfor dissolved companies"));
        QCOMPARE(cell(model, "CHS-10", Column::Time), TableValues::shortTime(failedAt));
        QCOMPARE(model.index(model.rowOf(s("CHS-10")), 0).data(VerdictTimeRole).toDateTime(),
                 failedAt);
        QVERIFY(cell(model, "CHS-10", Column::Result, Qt::ToolTipRole).contains(s("blocks")));

        // Failed until tested again; the retest's verdict is the one shown.
        QVERIFY(model.refresh().ok());
        QCOMPARE(verdict(model, "CHS-10"), TaskVerdict::Failed);
        QVERIFY(pass("CHS-10").ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(cell(model, "CHS-10", Column::Result), s("Passed"));
        QCOMPARE(cell(model, "CHS-10", Column::Note), QString());
        QCOMPARE(cell(model, "CHS-10", Column::Time), TableValues::shortTime(m_clock->now()));

        // Each environment has its own verdicts.
        QVERIFY(model.setEnvironment(Environment::Staging).ok());
        QCOMPARE(verdict(model, "CHS-10"), TaskVerdict::NotTested);
        QCOMPARE(model.environment(), Environment::Staging);
        QCOMPARE(model.tally().untested.size(), 3);
        QVERIFY(model.setEnvironment(Environment::CiDev).ok());
        QCOMPARE(model.tally().passed, QStringList({s("CHS-10")}));
    }

    void updatesOnlyWhatChanged()
    {
        SignOffModel model(*m_store);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(model.setRelease(m_release).ok());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        inserted.clear();

        // Nothing new in the store: nothing to say.
        QVERIFY(model.refresh().ok());
        QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);

        // One verdict: that row, every column.
        QVERIFY(pass("CHS-10").ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(),
                 model.index(1, SignOffModel::ColumnCount - 1));
        changed.clear();

        // Another environment: only the rows whose verdict differs there.
        QVERIFY(model.setEnvironment(Environment::Staging).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        changed.clear();

        // A sync that changes a task's Jira status changes that row.
        Change moved;
        for (const Change &change : m_store->changes().value()) {
            if (change.key == s("CHS-1201"))
                moved = change;
        }
        moved.status = s("In Progress");
        QVERIFY(m_store->saveChanges({moved}).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(cell(model, "CHS-1201", Column::Status), s("In Progress"));
        changed.clear();

        // Another release: shared tasks stay, the others go and come, no reset.
        const qint64 other = create(s("2026.11.4"), {s("CHS-9"), s("CHS-1202")});
        QVERIFY(model.setRelease(other).ok());
        QCOMPARE(removed.size(), 1); // CHS-1201 and CHS-10, neighbours: one run
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0); // CHS-9 reads the same in both
        QCOMPARE(keysInOrder(model), QStringList({s("CHS-9"), s("CHS-1202")}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.releaseId(), other);
        QCOMPARE(model.rowOf(s("CHS-10")), -1);
    }

    void aFailedReadKeepsWhatIsShown()
    {
        SignOffModel model(*m_store);
        QVERIFY(model.setRelease(m_release).ok());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        const Status missing = model.setRelease(4242);
        QVERIFY(!missing.ok());
        QVERIFY(!missing.error().isEmpty());
        QCOMPARE(model.releaseId(), m_release);
        QCOMPARE(model.rowCount(), 3);

        const Status live = model.setEnvironment(Environment::Live);
        QVERIFY(!live.ok());
        QCOMPARE(live.error(), s("Tasks are signed off in CI-Dev and Staging, not in Live."));
        QCOMPARE(model.environment(), Environment::CiDev);
        QCOMPARE(removed.size(), 0);
    }

    void showsATaskSyncHasNotReadYet()
    {
        Release release = stored(m_release);
        release.taskKeys << s("CHS-77");
        QVERIFY(m_store->saveRelease(release, {}).ok());
        SignOffModel model(*m_store);
        QVERIFY(model.setRelease(m_release).ok());
        const QModelIndex unknown = model.index(model.rowOf(s("CHS-77")), int(Column::Summary));
        QCOMPARE(unknown.siblingAtColumn(0).data().toString(), s("CHS-77"));
        QCOMPARE(unknown.data().toString(), QString());
        QVERIFY(!unknown.data(TaskKnownRole).toBool());
        QVERIFY(unknown.data(Qt::ToolTipRole).toString().contains(s("sync")));
        QVERIFY(model.index(0, 0).data(TaskKnownRole).toBool());
    }

    void filtersToTheTasksNotYetTested()
    {
        SignOffModel model(*m_store);
        SignOffFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::Key));
        QVERIFY(model.setRelease(m_release).ok());
        QVERIFY(pass("CHS-9").ok());
        QVERIFY(fail("CHS-1201", paging).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-9"), s("CHS-10"), s("CHS-1201")}));

        proxy.setUntestedOnly(true);
        QVERIFY(proxy.untestedOnly());
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-10")}));
        // A verdict takes the task off the list as soon as the table is refreshed.
        QVERIFY(pass("CHS-10").ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(proxy.rowCount(), 0);
        // In staging, everything is still to be tested.
        QVERIFY(model.setEnvironment(Environment::Staging).ok());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setUntestedOnly(false);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void sortsOnRawValues()
    {
        SignOffModel model(*m_store);
        SignOffFilterModel proxy;
        proxy.setSourceModel(&model);
        QVERIFY(model.setRelease(m_release).ok());

        // Keys in numeric order, not as text.
        proxy.sort(int(Column::Key));
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-9"), s("CHS-10"), s("CHS-1201")}));

        // Failures first, then what is still to test, then passes.
        QVERIFY(pass("CHS-9").ok());
        QVERIFY(fail("CHS-1201", paging).ok());
        QVERIFY(model.refresh().ok());
        proxy.sort(int(Column::Result));
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-1201"), s("CHS-10"), s("CHS-9")}));

        // Times as times, untested oldest; the display text would sort the same
        // here, so the role is checked too.
        proxy.sort(int(Column::Time));
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-10"), s("CHS-9"), s("CHS-1201")}));
        QCOMPARE(proxy.index(1, int(Column::Time)).data(SignOffSortRole).metaType().id(),
                 int(QMetaType::QDateTime));
        QCOMPARE(proxy.index(0, int(Column::Result)).data(SignOffSortRole).metaType().id(),
                 int(QMetaType::Int));

        // Ties go by key.
        proxy.sort(int(Column::Tester));
        QCOMPARE(keysInOrder(proxy), QStringList({s("CHS-10"), s("CHS-9"), s("CHS-1201")}));
    }

    void showsEachTasksPeerReview()
    {
        PeerReview review;
        review.taskKey = s("CHS-10");
        review.repository = s("acme/chs-orders-api");
        review.number = 45;
        review.url = s("https://github.com/acme/chs-orders-api/pull/45");
        review.title = s("CHS-10: paging");
        review.state = ReviewState::ChangesRequested;
        review.reviewers = {s("bob")};
        review.changesRequestedBy = {s("bob")};
        QVERIFY(m_store->replacePeerReviews({review}).ok());
        SignOffModel model(*m_store);
        QVERIFY(model.setRelease(m_release).ok());
        QCOMPARE(model.headerData(int(Column::PeerReview), Qt::Horizontal).toString(),
                 s("Peer review"));
        QCOMPARE(cell(model, "CHS-10", Column::PeerReview),
                 s("acme/chs-orders-api#45: Changes requested"));
        const QString details = cell(model, "CHS-10", Column::PeerReview, Qt::ToolTipRole);
        QVERIFY2(details.contains(s("changes requested by bob")) && details.contains(review.url),
                 qPrintable(details));
        QCOMPARE(model.index(model.rowOf(s("CHS-10")), int(Column::PeerReview))
                     .data(PullRequestUrlsRole)
                     .toStringList(),
                 QStringList{review.url});
        // A task no pull request names shows none.
        QCOMPARE(cell(model, "CHS-9", Column::PeerReview), QString());

        // Merged on the next sync: shown in place.
        review.state = ReviewState::Merged;
        QVERIFY(m_store->replacePeerReviews({review}).ok());
        QVERIFY(model.refresh().ok());
        QCOMPARE(cell(model, "CHS-10", Column::PeerReview), s("acme/chs-orders-api#45: Merged"));
    }

    void namesItsRoles()
    {
        SignOffModel model(*m_store);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(TaskKeyRole), QByteArray("taskKey"));
        QCOMPARE(names.value(TaskVerdictRole), QByteArray("verdict"));
        QCOMPARE(names.value(VerdictTimeRole), QByteArray("verdictTime"));
        QCOMPARE(names.value(TaskKnownRole), QByteArray("taskKnown"));
        QCOMPARE(names.value(SignOffSortRole), QByteArray("sortValue"));
        QCOMPARE(model.headerData(int(Column::Result), Qt::Horizontal).toString(), s("Result"));
        QCOMPARE(model.headerData(int(Column::Time), Qt::Horizontal).toString(), s("Time"));
    }

    void liveRequestBlockers_data()
    {
        using O = TestOutcome;
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QList<TestOutcome>>("staging");
        QTest::addColumn<QStringList>("blockers");
        const QList<O> allPassed{O::Passed, O::Passed, O::Passed};
        QTest::newRow("in staging, all passed") << Stage::InStaging << allPassed << QStringList();
        QTest::newRow("staging passed") << Stage::StagingPassed << allPassed << QStringList();
        QTest::newRow("in staging, one untested")
            << Stage::InStaging << QList<O>{O::Passed, O::Passed}
            << QStringList{s("1 of 3 tasks not yet passed in Staging: CHS-3")};
        QTest::newRow("in staging, one failed")
            << Stage::InStaging << QList<O>{O::Passed, O::Failed, O::Passed}
            << QStringList{s("1 of 3 tasks not yet passed in Staging: CHS-2"),
                           s("Failed in Staging, to be fixed and tested again: CHS-2")};
        QTest::newRow("not in staging yet")
            << Stage::StagingRequested << allPassed
            << QStringList{s("Release 2026.11.3 is in Staging requested: live is requested once "
                             "it is in staging and every task has passed there.")};
        QTest::newRow("in CI-Dev")
            << Stage::CiDev << QList<O>()
            << QStringList{s("Release 2026.11.3 is in CI-Dev: live is requested once it is in "
                             "staging and every task has passed there.")};
        QTest::newRow("already requested")
            << Stage::LiveRequested << allPassed
            << QStringList{s("Live has already been requested for release 2026.11.3.")};
        QTest::newRow("live") << Stage::Live << allPassed
                              << QStringList{s("Release 2026.11.3 is live; its record is closed.")};
        QTest::newRow("cancelled")
            << Stage::Cancelled << allPassed
            << QStringList{s("Release 2026.11.3 is cancelled; its record is closed.")};
    }

    void liveRequestBlockers()
    {
        QFETCH(Stage, stage);
        QFETCH(QList<TestOutcome>, staging);
        QFETCH(QStringList, blockers);
        QCOMPARE(SignOffModel::liveRequestBlockers(factsAt(stage, staging)), blockers);
    }
};

QTEST_GUILESS_MAIN(TestSignOffModel)
#include "tst_signoffmodel.moc"
