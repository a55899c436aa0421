#include "models/itemmodels/dashboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using Column = DashboardModel::Column;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList keys(const char *prefix, int count)
{
    QStringList list;
    for (int i = 1; i <= count; ++i)
        list << QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
    return list;
}

// A summary built by hand: the model shows summaries, it does not compute them.
ReleaseSummary summary(qint64 id, const char *name, Stage stage, const char *service,
                       const char *activity)
{
    ReleaseSummary s;
    s.release.id = id;
    s.release.name = QString::fromLatin1(name);
    s.release.stage = stage;
    s.release.services = {
        {QString::fromLatin1(service), QStringLiteral("1.0.%1").arg(id), QStringLiteral("ECS")}};
    s.lastActivity = at(activity);
    return s;
}

void setTasks(TaskTally &tally, Release &release, const char *prefix, int passed, int total)
{
    const QStringList all = keys(prefix, total);
    release.taskKeys = all;
    tally.passed = all.mid(0, passed);
    tally.untested = all.mid(passed);
}

Gate gate(Stage target, const QStringList &blockers)
{
    return Gate{target, blockers};
}

// Four releases whose raw values sort differently from their display text.
QList<ReleaseSummary> board()
{
    ReleaseSummary a = summary(1, "2026.11.9", Stage::CiDev, "chs-b", "2026-11-02T09:00:00Z");
    setTasks(a.ciDev, a.release, "CHS-1", 2, 4); // 0.5
    a.blockingGate =
        gate(Stage::ReadyForStaging,
             {QStringLiteral("2 of 4 tasks not yet passed in CI-Dev: CHS-1-3, CHS-1-4"),
              QStringLiteral("Failed in CI-Dev: CHS-1-3")});

    ReleaseSummary b = summary(2, "2026.11.10", Stage::Live, "chs-a", "2026-10-30T09:00:00Z");
    setTasks(b.staging, b.release, "CHS-2", 10, 10); // 1.0

    ReleaseSummary c = summary(3, "2026.11.2", Stage::InStaging, "chs-c", "2027-01-05T09:00:00Z");
    setTasks(c.staging, c.release, "CHS-3", 3, 12); // 0.25
    c.ciDev.passed = c.release.taskKeys;
    c.blockingGate = gate(Stage::StagingPassed, {QStringLiteral("A staging blocker")});

    ReleaseSummary d =
        summary(4, "2026.12.1", Stage::ReadyForStaging, "chs-d", "2026-11-15T09:00:00Z");
    setTasks(d.ciDev, d.release, "CHS-4", 1, 3); // 0.333
    d.blockingGate = gate(Stage::NotesPublished, {QStringLiteral("Notes missing")});
    return {a, b, c, d};
}

QStringList namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, int(Column::Name)).data().toString();
    return names;
}

QString cell(const DashboardModel &model, qint64 id, Column column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), int(column)).data(role).toString();
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughUpdates()
    {
        DashboardModel model;
        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(Column::Stage));

        QList<ReleaseSummary> summaries = board();
        model.setSummaries(summaries);
        summaries.removeAt(1);
        summaries[0].release.stage = Stage::ReadyForStaging;
        summaries << summary(9, "2026.12.9", Stage::Cancelled, "chs-z", "2026-12-01T09:00:00Z");
        model.setSummaries(summaries);
        proxy.setSearchText(QStringLiteral("2026.1"));
        proxy.setActiveOnly(true);
        proxy.sort(int(Column::LastActivity), Qt::DescendingOrder);
        model.setSummaries({});
        model.setSummaries(board());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void setSummariesUpdatesOnlyWhatChanged()
    {
        DashboardModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QList<ReleaseSummary> summaries = board();
        summaries << summary(5, "2026.12.5", Stage::CiDev, "chs-e", "2026-11-20T09:00:00Z");
        model.setSummaries(summaries);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        QCOMPARE(reset.size(), 0);
        inserted.clear();

        // The same summaries again: nothing to say.
        model.setSummaries(summaries);
        QCOMPARE(inserted.size() + removed.size() + changed.size() + reset.size(), 0);

        // Rows are ids 1..5. Remove 3, change 2 and 5, add 6; 1 and 4 stay as they are.
        QList<ReleaseSummary> next = summaries;
        next.removeAt(2);
        next[1].release.stage = Stage::BackedOut;          // id 2
        next[3].lastActivity = at("2026-11-21T09:00:00Z"); // id 5
        next.prepend(summary(6, "2026.12.6", Stage::CiDev, "chs-f", "2026-11-22T09:00:00Z"));
        model.setSummaries(next);

        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        // After the removal the rows are ids 1, 2, 4, 5: rows 1 and 3 changed, apart.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), DashboardModel::ColumnCount - 1);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 4);
        QCOMPARE(reset.size(), 0);

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.rowOf(6), 4);
        QCOMPARE(model.summaryAt(model.rowOf(2)).release.stage, Stage::BackedOut);
        QCOMPARE(cell(model, 2, Column::Stage), toTitle(Stage::BackedOut));
        QCOMPARE(model.index(model.rowOf(5), 0).data(LastActivityRole).toDateTime(),
                 at("2026-11-21T09:00:00Z"));
    }

    void removesContiguousRowsInOneSignal()
    {
        DashboardModel model;
        model.setSummaries(board());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSummaries({board().first()});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 3);
        QCOMPARE(namesInOrder(model), QStringList{QStringLiteral("2026.11.9")});
    }

    void showsTheDashboardColumns()
    {
        DashboardModel model;
        model.setSummaries(board());
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(cell(model, 1, Column::Name), u"2026.11.9");
        QCOMPARE(cell(model, 1, Column::Services), u"chs-b@1.0.1");
        QCOMPARE(cell(model, 1, Column::Stage), toTitle(Stage::CiDev));
        QCOMPARE(cell(model, 1, Column::BlockingGate),
                 u"2 of 4 tasks not yet passed in CI-Dev: CHS-1-3, CHS-1-4");
        QVERIFY(
            cell(model, 1, Column::BlockingGate, Qt::ToolTipRole).contains(u"Failed in CI-Dev"));
        QCOMPARE(cell(model, 2, Column::BlockingGate), u"Done");
        QCOMPARE(cell(model, 1, Column::TasksPassed), u"2/4");  // CI-Dev before staging
        QCOMPARE(cell(model, 3, Column::TasksPassed), u"3/12"); // Staging once in staging
        QVERIFY(!cell(model, 1, Column::LastActivity).isEmpty());

        ReleaseSummary services = board().first();
        services.release.services << ReleaseService{QStringLiteral("chs-payments-web"),
                                                    QStringLiteral("2.0.1"), QStringLiteral("ECS")};
        services.blockingGate.reset();
        model.setSummaries({services});
        QCOMPARE(cell(model, 1, Column::Services), u"chs-b@1.0.1, chs-payments-web@2.0.1");
        QCOMPARE(cell(model, 1, Column::BlockingGate), u"—");
        QVERIFY(cell(model, 1, Column::BlockingGate, Qt::ToolTipRole).contains(u"Ready to move"));
    }

    void answersTheCustomRoles()
    {
        DashboardModel model;
        model.setSummaries(board());
        const QModelIndex c = model.index(model.rowOf(3), int(Column::BlockingGate));
        QCOMPARE(c.data(ReleaseIdRole).toLongLong(), 3);
        QCOMPARE(c.data(StageRole).toInt(), int(Stage::InStaging));
        QCOMPARE(c.data(LastActivityRole).toDateTime(), at("2027-01-05T09:00:00Z"));
        QCOMPARE(c.data(TasksPassedRatioRole).toDouble(), 0.25);
        QCOMPARE(c.data(IsActiveRole).toBool(), true);
        QCOMPARE(c.data(BlockedRole).toBool(), true);
        const QString search = c.data(SearchTextRole).toString();
        for (const char *part : {"2026.11.2", "chs-c@1.0.3", "chs-3-12", "in staging"})
            QVERIFY2(search.contains(QLatin1String(part)), part);
        QCOMPARE(search, search.toLower());

        const QModelIndex b = model.index(model.rowOf(2), 0);
        QCOMPARE(b.data(IsActiveRole).toBool(), false);
        QCOMPARE(b.data(BlockedRole).toBool(), false);
        QVERIFY(model.roleNames().contains(SearchTextRole));
    }

    void sortsOnRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        const auto names = [](std::initializer_list<const char *> list) {
            QStringList result;
            for (const char *name : list)
                result << QString::fromLatin1(name);
            return result;
        };
        // Display text would order these differently in every column.
        QTest::newRow("name, numeric")
            << int(Column::Name) << names({"2026.11.2", "2026.11.9", "2026.11.10", "2026.12.1"});
        QTest::newRow("services") << int(Column::Services)
                                  << names({"2026.11.10", "2026.11.9", "2026.11.2", "2026.12.1"});
        QTest::newRow("stage, lifecycle order")
            << int(Column::Stage) << names({"2026.11.9", "2026.12.1", "2026.11.2", "2026.11.10"});
        QTest::newRow("blocking gate, earliest first")
            << int(Column::BlockingGate)
            << names({"2026.11.9", "2026.12.1", "2026.11.2", "2026.11.10"});
        QTest::newRow("tasks passed, by ratio")
            << int(Column::TasksPassed)
            << names({"2026.11.2", "2026.12.1", "2026.11.9", "2026.11.10"});
        QTest::newRow("last activity, by date")
            << int(Column::LastActivity)
            << names({"2026.11.10", "2026.11.9", "2026.12.1", "2026.11.2"});
    }

    void sortsOnRawValues()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        DashboardModel model;
        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setSummaries(board());

        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(namesInOrder(proxy), ascending);
        proxy.sort(column, Qt::DescendingOrder);
        std::reverse(ascending.begin(), ascending.end());
        QCOMPARE(namesInOrder(proxy), ascending);
    }

    void filtersByWordsAndActivity_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("activeOnly");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("2026.11.10"), QStringLiteral("2026.11.2"),
                              QStringLiteral("2026.11.9"), QStringLiteral("2026.12.1")};
        QTest::newRow("nothing") << QString() << false << all;
        QTest::newRow("blank") << QStringLiteral("  \t ") << false << all;
        QTest::newRow("service") << QStringLiteral("chs-a") << false
                                 << QStringList{QStringLiteral("2026.11.10")};
        QTest::newRow("any case") << QStringLiteral("CHS-A@1.0.2") << false
                                  << QStringList{QStringLiteral("2026.11.10")};
        QTest::newRow("task key") << QStringLiteral("chs-4-3") << false
                                  << QStringList{QStringLiteral("2026.12.1")};
        QTest::newRow("stage title, two releases")
            << QStringLiteral("staging") << false
            << QStringList{QStringLiteral("2026.11.2"), QStringLiteral("2026.12.1")};
        QTest::newRow("every word must match") << QStringLiteral("staging 2026.11") << false
                                               << QStringList{QStringLiteral("2026.11.2")};
        QTest::newRow("words in any order, any spacing")
            << QStringLiteral(" 2026.11\t\tstaging ") << false
            << QStringList{QStringLiteral("2026.11.2")};
        QTest::newRow("no match") << QStringLiteral("chs-a nothing") << false << QStringList();
        QTest::newRow("active only")
            << QString() << true
            << QStringList{QStringLiteral("2026.11.2"), QStringLiteral("2026.11.9"),
                           QStringLiteral("2026.12.1")};
        QTest::newRow("active only hides live") << QStringLiteral("chs-a") << true << QStringList();
        QTest::newRow("active only and words")
            << QStringLiteral("ci-dev") << true << QStringList{QStringLiteral("2026.11.9")};
    }

    void filtersByWordsAndActivity()
    {
        QFETCH(QString, search);
        QFETCH(bool, activeOnly);
        QFETCH(QStringList, expected);
        DashboardModel model;
        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(Column::Name));
        model.setSummaries(board());

        proxy.setSearchText(search);
        proxy.setActiveOnly(activeOnly);
        QStringList shown = namesInOrder(proxy);
        shown.sort();
        QCOMPARE(shown, expected);

        proxy.setSearchText(QString());
        proxy.setActiveOnly(false);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filterFollowsUpdates()
    {
        DashboardModel model;
        DashboardFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setSummaries(board());
        proxy.setActiveOnly(true);
        QCOMPARE(proxy.rowCount(), 3);

        QList<ReleaseSummary> next = board();
        next[0].release.stage = Stage::Cancelled; // 2026.11.9 stops
        model.setSummaries(next);
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
