#include "app/desktopsession.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/store/notesdraftfolder.h"
#include "support/memoryreleasestore.h"
#include "ui/mainwindow.h"
#include "ui/viewstate.h"

#include "models/itemmodels/dashboardmodel.h"
#include "models/ports/clock.h"

#include <QDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

// A window like the app's: a table and a side pane in a splitter, the table
// sortable over rows "b 2", "c 3", "a 1" and first sorted by its first column.
struct SampleWindow
{
    std::unique_ptr<QMainWindow> window = std::make_unique<QMainWindow>();
    QSplitter *splitter = nullptr;
    QTableView *table = nullptr;
    QStandardItemModel *model = nullptr;

    explicit SampleWindow(int columns = 3, bool named = true)
    {
        window->setObjectName(QStringLiteral("sampleWindow"));
        window->resize(900, 600);
        splitter = new QSplitter(window.get());
        table = new QTableView(splitter);
        auto *side = new QWidget(splitter);
        side->setObjectName(QStringLiteral("side"));
        if (named) {
            splitter->setObjectName(QStringLiteral("splitter"));
            table->setObjectName(QStringLiteral("table"));
        }
        model = new QStandardItemModel(0, columns, table);
        const QList<std::pair<QString, int>> rows{
            {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}, {QStringLiteral("a"), 1}};
        for (const auto &[name, number] : rows) {
            QList<QStandardItem *> items{new QStandardItem(name)};
            for (int column = 1; column < columns; ++column) {
                auto *item = new QStandardItem;
                item->setData(number * column, Qt::DisplayRole);
                items << item;
            }
            model->appendRow(items);
        }
        table->setModel(model);
        table->setSortingEnabled(true);
        table->sortByColumn(0, Qt::AscendingOrder);
        splitter->addWidget(table);
        splitter->addWidget(side);
        window->setCentralWidget(splitter);
        window->show();
        settle();
    }

    // Lets the window lay out what was resized, as a person's drag would.
    void settle() const
    {
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCoreApplication::processEvents();
    }

    QStringList firstColumn() const
    {
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data().toString();
        return names;
    }
    // Changes everything a person could: sizes, a width, a hidden column, the
    // sort. The splitter's sizes as it took them.
    QList<int> rearrange()
    {
        window->resize(700, 450);
        settle();
        splitter->setSizes({200, 500});
        table->setColumnWidth(0, 177);
        table->setColumnHidden(2, true);
        table->sortByColumn(1, Qt::DescendingOrder);
        return splitter->sizes();
    }
};

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void addRelease(MemoryReleaseStore &store, const char *name, const char *when)
{
    Release release;
    release.name = QString::fromLatin1(name);
    release.stage = Stage::CiDev;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
    release.taskKeys = {QStringLiteral("CHS-1")};
    release.created = at(when);
    release.stageChanged = release.created;
    release.updated = release.created;
    AuditEvent created;
    created.actor = QStringLiteral("dev.one");
    created.at = release.created;
    created.action = AuditAction::Created;
    QVERIFY(store.createRelease(release, created).ok());
}

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath(const QString &profile = QStringLiteral("profile")) const
    {
        QDir(m_dir.path()).mkpath(profile);
        return QDir(m_dir.path()).filePath(profile + u'/' + ViewState::fileName());
    }

private slots:
    void cleanup()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void roundTripsSizesColumnsAndSort()
    {
        ViewState state(iniPath());
        QList<int> sizes;
        {
            SampleWindow before;
            sizes = before.rearrange();
            QCOMPARE(before.firstColumn(),
                     (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
            state.save(before.window.get());
        }
        SampleWindow after;
        QCOMPARE(after.firstColumn(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        state.restore(after.window.get());
        QCOMPARE(after.window->size(), QSize(700, 450));
        after.settle();
        QCOMPARE(after.splitter->sizes(), sizes);
        QCOMPARE(after.table->columnWidth(0), 177);
        QVERIFY(after.table->isColumnHidden(2));
        QCOMPARE(after.table->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(after.table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        // The rows themselves are in the restored order, not just the arrow.
        QCOMPARE(after.firstColumn(),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    }

    void ignoresColumnsOfAnotherTable()
    {
        ViewState state(iniPath());
        {
            SampleWindow fewer(2);
            fewer.table->setColumnWidth(0, 177);
            fewer.table->sortByColumn(1, Qt::DescendingOrder);
            state.save(fewer.window.get());
        }
        SampleWindow after;
        const int defaultWidth = after.table->columnWidth(0);
        state.restore(after.window.get());
        QCOMPARE(after.table->columnWidth(0), defaultWidth);
        QCOMPARE(after.table->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(after.firstColumn(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void ignoresDamagedState()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            const QByteArray garbage("\x00\xff\x13garbage\x7f", 12);
            for (const char *key :
                 {"sampleWindow/geometry", "sampleWindow/windowState",
                  "sampleWindow/splitter/splitter", "sampleWindow/splitter/table/header"})
                settings.setValue(QString::fromLatin1(key), garbage);
            settings.setValue(QStringLiteral("sampleWindow/splitter/table/columns"), 3);
        }
        SampleWindow after;
        const QList<int> sizes = after.splitter->sizes();
        const int width = after.table->columnWidth(0);
        ViewState(iniPath()).restore(after.window.get());
        QCOMPARE(after.window->size(), QSize(900, 600));
        QCOMPARE(after.splitter->sizes(), sizes);
        QCOMPARE(after.table->columnWidth(0), width);
        QVERIFY(!after.table->isColumnHidden(2));
        QCOMPARE(after.firstColumn(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void keepsOnlyNamedWidgets()
    {
        SampleWindow unnamed(3, false);
        ViewState(iniPath()).save(unnamed.window.get());
        const QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(settings.allKeys(), (QStringList{QStringLiteral("sampleWindow/geometry"),
                                                  QStringLiteral("sampleWindow/windowState")}));

        // Nor is a window without a name.
        const QString other = iniPath(QStringLiteral("other"));
        unnamed.window->setObjectName({});
        ViewState(other).save(unnamed.window.get());
        QVERIFY(QSettings(other, QSettings::IniFormat).allKeys().isEmpty());
    }

    void keepsEachProfileApart()
    {
        ViewState first(iniPath(QStringLiteral("developer")));
        ViewState second(iniPath(QStringLiteral("tester")));
        QList<int> firstSizes;
        QList<int> secondSizes;
        {
            SampleWindow window;
            window.splitter->setSizes({150, 550});
            firstSizes = window.splitter->sizes();
            first.save(window.window.get());
            window.splitter->setSizes({450, 250});
            secondSizes = window.splitter->sizes();
            second.save(window.window.get());
        }
        QVERIFY(firstSizes != secondSizes);
        SampleWindow developer;
        first.restore(developer.window.get());
        QCOMPARE(developer.splitter->sizes(), firstSizes);
        SampleWindow tester;
        second.restore(tester.window.get());
        QCOMPARE(tester.splitter->sizes(), secondSizes);
    }

    void keptWindowSavesWhenClosed()
    {
        QList<int> sizes;
        {
            SampleWindow before;
            ViewState(iniPath()).keep(before.window.get());
            sizes = before.rearrange();
            before.window->close();
        }
        SampleWindow after;
        ViewState(iniPath()).keep(after.window.get());
        after.settle();
        QCOMPARE(after.splitter->sizes(), sizes);
        QCOMPARE(after.firstColumn(),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    }

    void keptDialogSavesWhenAccepted()
    {
        const auto openDialog = [this] {
            auto dialog = std::make_unique<QDialog>();
            dialog->setObjectName(QStringLiteral("dialog"));
            auto *splitter = new QSplitter(dialog.get());
            splitter->setObjectName(QStringLiteral("split"));
            splitter->addWidget(new QWidget);
            splitter->addWidget(new QWidget);
            (new QVBoxLayout(dialog.get()))->addWidget(splitter);
            dialog->resize(600, 400);
            ViewState(iniPath()).keep(dialog.get());
            dialog->open();
            return dialog;
        };
        QList<int> sizes;
        {
            auto dialog = openDialog();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            dialog->resize(640, 420);
            QCoreApplication::processEvents();
            dialog->findChild<QSplitter *>()->setSizes({100, 400});
            sizes = dialog->findChild<QSplitter *>()->sizes();
            dialog->accept();
        }
        auto dialog = openDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QCOMPARE(dialog->size(), QSize(640, 420));
        QCOMPARE(dialog->findChild<QSplitter *>()->sizes(), sizes);
    }

    // The app's own window, built as tst_mainwindow builds it: its dashboard's
    // splitter and sort come back, and the releases are in the kept order.
    void mainWindowKeepsDashboard()
    {
        MemoryReleaseStore store;
        addRelease(store, "2026.11.1", "2026-11-02T09:00:00Z");
        addRelease(store, "2026.11.2", "2026-11-03T09:00:00Z");
        addRelease(store, "2026.10.1", "2026-10-20T09:00:00Z");
        NotesDraftFolder drafts(m_dir.path());
        SystemClock clock;
        const auto build = [&] {
            auto window =
                std::make_unique<MainWindow>(store, drafts, clock, QStringLiteral("rel.manager"));
            ViewState(iniPath()).keep(window.get());
            window->show();
            return window;
        };
        const auto names = [](const MainWindow &window) {
            const auto *view = window.findChild<QTableView *>(QStringLiteral("dashboardView"));
            QStringList shown;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                shown << view->model()->index(row, 0).data().toString();
            return shown;
        };
        const QStringList byName{QStringLiteral("2026.10.1"), QStringLiteral("2026.11.1"),
                                 QStringLiteral("2026.11.2")};
        QList<int> sizes;
        {
            auto window = build();
            QTRY_COMPARE(names(*window).size(), 3);
            QVERIFY(names(*window) != byName);
            window->findChild<QTableView *>(QStringLiteral("dashboardView"))
                ->sortByColumn(int(DashboardModel::Column::Name), Qt::AscendingOrder);
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({500, 700});
            sizes = splitter->sizes();
            window->close();
        }
        auto window = build();
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QTRY_COMPARE(names(*window), byName);
    }

    // The desktop session keeps each profile's windows in that profile's
    // view.ini: the main window as it closes, a dialog as it closes.
    void sessionKeepsStateInTheProfile()
    {
        SystemClock clock;
        const QString folder = QDir(m_dir.path()).filePath(QStringLiteral("desk"));
        const auto open = [&] {
            const auto profile = Profile::open(folder, false);
            auto store = SqliteStore::open(profile->databasePath());
            return std::make_unique<DesktopSession>(profile.value(), std::move(store).value(),
                                                    std::make_unique<SessionCredentialStore>(),
                                                    clock);
        };
        const auto splitterOf = [](DesktopSession &session) {
            return session.window().findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        };
        QList<int> sizes;
        {
            auto session = open();
            session->window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
            splitterOf(*session)->setSizes({520, 680});
            sizes = splitterOf(*session)->sizes();
            emit session->window().connectionsRequested();
            auto *dialog =
                session->window().findChild<QDialog *>(QStringLiteral("connectionsDialog"));
            QVERIFY(dialog);
            dialog->resize(777, 555);
            dialog->reject();
            session->window().close();
        }
        const QSettings kept(QDir(folder).filePath(ViewState::fileName()), QSettings::IniFormat);
        // Qt's own names inside a widget ("qt_tabwidget_stackedwidget") are
        // not the app's contract and stay out of the path.
        QVERIFY(kept.contains(QStringLiteral("mainWindow/pages/mainSplitter/splitter")));
        QVERIFY(kept.contains(QStringLiteral("connectionsDialog/geometry")));

        auto session = open();
        session->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&session->window()));
        QCOMPARE(splitterOf(*session)->sizes(), sizes);
        emit session->window().connectionsRequested();
        auto *dialog = session->window().findChild<QDialog *>(QStringLiteral("connectionsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
