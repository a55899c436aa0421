#include "models/itemmodels/dashboardmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ReleaseDesk;
using Column = DashboardModel::Column;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class FixedClock final : public Clock
{
public:
    QDateTime time = at("2026-11-10T12:00:00Z");
    QDateTime now() const override { return time; }
};

PipelineBuild build(PipelineJob job, BuildStatus status)
{
    PipelineBuild b;
    b.id = 7;
    b.job = job;
    b.name = QStringLiteral("7");
    b.status = status;
    return b;
}

ReleaseSummary summary(qint64 id, const char *name, Stage stage, QStringList services,
                       const char *stageChanged)
{
    ReleaseSummary s;
    s.release.id = id;
    s.release.name = QString::fromLatin1(name);
    s.release.stage = stage;
    for (const QString &service : services) {
        s.release.services << ReleaseService{service, QStringLiteral("1.0.0"),
                                             QStringLiteral("ECS")};
        s.pipelines << PipelineBadge{service, QStringLiteral("1.0.0"), {}};
    }
    s.release.stageChanged = at(stageChanged);
    s.lastActivity = s.release.stageChanged;
    return s;
}

// Three releases: blocked in CI-Dev, in staging, and live.
QList<ReleaseSummary> board()
{
    ReleaseSummary a = summary(1, "2026.11.1", Stage::CiDev, {QStringLiteral("chs-orders-api")},
                               "2026-11-07T12:00:00Z"); // 3 days
    a.ciDev =
        TaskTally{{QStringLiteral("CHS-1")}, {QStringLiteral("CHS-2")}, {QStringLiteral("CHS-3")}};
    a.blockingGate = Gate{Stage::ReadyForStaging, {QStringLiteral("CHS-2 failed")}};
    a.pipelines[0].latest[0] = build(PipelineJob::DockerBuildEcr, BuildStatus::Succeeded);
    a.pipelines[0].latest[1] = build(PipelineJob::CidevPlan, BuildStatus::Failed);

    ReleaseSummary b = summary(2, "2026.11.2", Stage::InStaging,
                               {QStringLiteral("chs-search-api"), QStringLiteral("chs-orders-api")},
                               "2026-11-10T09:00:00Z"); // 3 hours
    b.ciDev = TaskTally{{QStringLiteral("CHS-4"), QStringLiteral("CHS-5")}, {}, {}};
    b.staging = TaskTally{{QStringLiteral("CHS-4")}, {}, {QStringLiteral("CHS-5")}};

    ReleaseSummary c = summary(3, "2026.10.1", Stage::Live, {QStringLiteral("chs-search-api")},
                               "2026-10-01T12:00:00Z"); // 40 days
    return {a, b, c};
}

QString cell(const DashboardModel &model, qint64 id, Column column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), int(column)).data(role).toString();
}

QStringList namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, int(Column::Name)).data().toString();
    return names;
}

} // namespace

// The dashboard's per-environment counts, pipeline badges, age in stage and
// its stage, blocked and service filters.
class TestDashboardColumns : public QObject
{
    Q_OBJECT

private slots:
    void showsCountsPerEnvironment()
    {
        DashboardModel model;
        model.setSummaries(board());
        QCOMPARE(cell(model, 1, Column::CiDevTasks), u"1✓ 1✗ 1·");
        QCOMPARE(cell(model, 1, Column::StagingTasks), u"—");
        QCOMPARE(cell(model, 2, Column::StagingTasks), u"1✓ 0✗ 1·");
        QVERIFY(cell(model, 1, Column::CiDevTasks, Qt::ToolTipRole).contains(u"Failed: CHS-2"));
        QVERIFY(cell(model, 2, Column::StagingTasks, Qt::ToolTipRole)
                    .contains(u"Not tested yet: CHS-5"));
    }

    void showsPipelineBadges()
    {
        DashboardModel model;
        model.setSummaries(board());
        QCOMPARE(cell(model, 1, Column::Pipelines), u"✓✗·");
        QCOMPARE(cell(model, 2, Column::Pipelines), u"··· ···");
        const QVariantList dots =
            model.index(model.rowOf(1), int(Column::Pipelines)).data(PipelineStatusesRole).toList();
        QCOMPARE(dots, (QVariantList{int(BuildStatus::Succeeded), int(BuildStatus::Failed), -1}));
        const QString tip = cell(model, 1, Column::Pipelines, Qt::ToolTipRole);
        QVERIFY2(tip.contains(u"chs-orders-api 1.0.0") && tip.contains(u"cidev-plan #7: Failed") &&
                     tip.contains(u"cidev-apply: not run"),
                 qPrintable(tip));
    }

    void ageInStageFollowsTheClockAndSortsByDuration()
    {
        FixedClock clock;
        DashboardModel model;
        model.setClock(clock);
        model.setSummaries(board());
        QCOMPARE(cell(model, 1, Column::AgeInStage), u"3 d");
        QCOMPARE(cell(model, 2, Column::AgeInStage), u"3 h");
        QCOMPARE(cell(model, 3, Column::AgeInStage), u"40 d");
        QCOMPARE(model.index(model.rowOf(2), 0).data(AgeInStageRole).toLongLong(), 3 * 3600);
        clock.time = clock.time.addSecs(86400);
        QCOMPARE(cell(model, 2, Column::AgeInStage), u"27 h");

        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::AgeInStage));
        QCOMPARE(namesInOrder(proxy),
                 (QStringList{QStringLiteral("2026.11.2"), QStringLiteral("2026.11.1"),
                              QStringLiteral("2026.10.1")}));
    }

    void filtersByStageBlockedAndService()
    {
        DashboardModel model;
        model.setSummaries(board());
        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Name));

        proxy.setStage(Stage::InStaging);
        QCOMPARE(namesInOrder(proxy), QStringList{QStringLiteral("2026.11.2")});
        proxy.setStage(std::nullopt);
        proxy.setBlockedOnly(true);
        QCOMPARE(namesInOrder(proxy), QStringList{QStringLiteral("2026.11.1")});
        proxy.setBlockedOnly(false);

        proxy.setService(QStringLiteral("chs-search-api"));
        QCOMPARE(namesInOrder(proxy),
                 (QStringList{QStringLiteral("2026.10.1"), QStringLiteral("2026.11.2")}));
        // The filters combine with the search and Active only.
        proxy.setActiveOnly(true);
        QCOMPARE(namesInOrder(proxy), QStringList{QStringLiteral("2026.11.2")});
        proxy.setSearchText(QStringLiteral("orders"));
        QCOMPARE(namesInOrder(proxy), QStringList{QStringLiteral("2026.11.2")});
        proxy.setStage(Stage::CiDev);
        QCOMPARE(proxy.rowCount(), 0);
        // A service is matched whole, not as a word of another.
        proxy.setStage(std::nullopt);
        proxy.setActiveOnly(false);
        proxy.setSearchText({});
        proxy.setService(QStringLiteral("chs-search"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setService({});
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDashboardColumns)
#include "tst_dashboardcolumns.moc"
