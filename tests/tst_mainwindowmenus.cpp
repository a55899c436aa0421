#include "services/store/notesdraftfolder.h"
#include "support/workflowfixture.h"
#include "ui/actionwiring.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/releaseactionsbar.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguidewindow.h"
#include "ui/mainwindow.h"
#include "ui/notes/releasenoteseditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Action = ReleaseActions::Action;

// The window's menu bar: its menus and shortcuts, the commands the toolbar's
// buttons and the Release menu share, Edit's undo on what has focus, and the
// keyboard's reach: mnemonics, tab order, no key bound twice.
class TestMainWindowMenus : public QObject, private WorkflowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<NotesDraftFolder> m_drafts;
    std::unique_ptr<MainWindow> m_window;
    // Releases at several stages, each with its own task.
    qint64 m_fresh = 0;
    qint64 m_passed = 0;
    qint64 m_inStaging = 0;
    qint64 m_live = 0;

    QAction *named(const char *name) const
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        if (!action)
            qWarning("no action %s", name);
        return action;
    }
    template <typename T> T *widget(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }
    QMenu *menu(const char *name) const { return widget<QMenu>(name); }
    ReleaseActionsBar &bar() const { return m_window->releaseActions(); }
    int rows() const { return widget<QTableView>("dashboardView")->model()->rowCount(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_store, *m_drafts, *m_clock, dev);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        m_fresh = create(s("2026.11.1"), {s("CHS-1201")});
        m_passed = create(s("2026.11.2"), {s("CHS-1202")});
        m_inStaging = create(s("2026.11.3"), {s("CHS-1203")});
        m_live = create(s("2026.11.4"), {s("CHS-1204")});
        QVERIFY(m_fresh && m_passed && m_inStaging && m_live);
        QVERIFY(m_workflow
                    ->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Passed,
                                       tester, {})
                    .ok());
        QVERIFY(driveTo(m_inStaging, Stage::InStaging).ok());
        QVERIFY(driveTo(m_live, Stage::Live).ok());
        m_profile = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<NotesDraftFolder>(m_profile->path());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_drafts.reset();
        m_profile.reset();
        tearDownWorkflow();
    }

    void theMenuBarHasFiveMenusWithTheirActions()
    {
        QStringList titles;
        for (const QAction *entry : m_window->menuBar()->actions())
            titles << entry->text();
        QCOMPARE(titles,
                 QStringList({s("&File"), s("&Edit"), s("&View"), s("&Release"), s("&Help")}));
        QList<QAction *> expected;
        for (const char *name : {"connectionsAction", "exportAction", "printAction", "quitAction",
                                 "undoAction", "redoAction", "findAction", "dashboardPageAction",
                                 "signOffPageAction", "notesPageAction", "reloadAction",
                                 "syncAction", "activeOnlyAction", "newReleaseAction"})
            expected << named(name);
        // The Release menu holds the bar's own actions: one source of truth.
        for (const Action action : ReleaseActions::all)
            expected << bar().action(action);
        for (const char *name :
             {"userGuideAction", "shortcutsAction", "aboutAction", "aboutQtAction"})
            expected << named(name);
        QVERIFY(!expected.contains(nullptr));
        QCOMPARE(m_window->menuActions(), expected);
        const QList<QAction *> releaseEntries = menu("releaseMenu")->actions();
        QCOMPARE(std::count_if(releaseEntries.cbegin(), releaseEntries.cend(),
                               [](const QAction *entry) { return entry->isSeparator(); }),
                 2);
    }

    void standardShortcutsAreThePlatforms()
    {
        const auto bound = [](QKeySequence::StandardKey key) {
            return QKeySequence::keyBindings(key);
        };
        const auto orElse = [](QList<QKeySequence> keys, const QKeySequence &fallback) {
            return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
        };
        QCOMPARE(named("undoAction")->shortcuts(), bound(QKeySequence::Undo));
        for (const QKeySequence &key : bound(QKeySequence::Redo))
            QVERIFY(named("redoAction")->shortcuts().contains(key));
        QCOMPARE(named("findAction")->shortcuts(), bound(QKeySequence::Find));
        QCOMPARE(named("newReleaseAction")->shortcuts(), bound(QKeySequence::New));
        QCOMPARE(named("connectionsAction")->shortcuts(), bound(QKeySequence::Preferences));
        QCOMPARE(named("quitAction")->shortcuts(),
                 orElse(bound(QKeySequence::Quit), QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QCOMPARE(named("userGuideAction")->shortcuts(),
                 orElse(bound(QKeySequence::HelpContents), QKeySequence(Qt::Key_F1)));
        QCOMPARE(named("reloadAction")->shortcut(), QKeySequence(Qt::Key_F5));
        for (const QKeySequence &key : bound(QKeySequence::Refresh))
            QVERIFY(named("reloadAction")->shortcuts().contains(key));
        QCOMPARE(named("syncAction")->shortcut(), QKeySequence(Qt::Key_F6));
        QCOMPARE(named("dashboardPageAction")->shortcut(), QKeySequence(s("Ctrl+1")));
        QCOMPARE(named("signOffPageAction")->shortcut(), QKeySequence(s("Ctrl+2")));
        QCOMPARE(named("notesPageAction")->shortcut(), QKeySequence(s("Ctrl+3")));
    }

    void releaseMenuIsEnabledAsTheButtonsAtEveryStage()
    {
        int enabled = 0;
        int disabled = 0;
        const auto compare = [&] {
            for (const Action action : ReleaseActions::all) {
                const QAction *entry = bar().action(action);
                const QPushButton *button = bar().button(action);
                QCOMPARE(entry->isEnabled(), button->isEnabled());
                QCOMPARE(entry->toolTip(), button->toolTip());
                QVERIFY(!entry->toolTip().isEmpty());
                QCOMPARE(entry->statusTip(), entry->toolTip());
                ++(entry->isEnabled() ? enabled : disabled);
            }
        };
        for (const qint64 id : {m_fresh, m_passed, m_inStaging, m_live}) {
            m_window->selectRelease(id);
            QCOMPARE(m_window->currentReleaseId(), id);
            compare();
        }
        bar().setRelease(0); // none selected: every entry says so
        compare();
        // The stages differ in what they allow, or the comparison proved nothing.
        QVERIFY(enabled > 0);
        QVERIFY(disabled > 0);
        m_window->selectRelease(m_fresh);
        QVERIFY(!bar().action(Action::MarkReadyForStaging)->isEnabled());
        m_window->selectRelease(m_passed);
        QVERIFY(bar().action(Action::MarkReadyForStaging)->isEnabled());
    }

    void aReleaseMenuEntryDoesWhatItsButtonDoes()
    {
        m_window->selectRelease(m_passed);
        QSignalSpy changed(m_window.get(), &MainWindow::releaseChanged);
        bar().action(Action::MarkReadyForStaging)->trigger();
        QCOMPARE(stored(m_passed).stage, Stage::ReadyForStaging);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!bar().button(Action::MarkReadyForStaging)->isEnabled());

        // The toolbar's buttons are the menus' commands.
        QSignalSpy newRelease(m_window.get(), &MainWindow::newReleaseRequested);
        QSignalSpy sync(m_window.get(), &MainWindow::syncRequested);
        QSignalSpy connections(m_window.get(), &MainWindow::connectionsRequested);
        QTest::mouseClick(widget<QPushButton>("newReleaseButton"), Qt::LeftButton);
        named("newReleaseAction")->trigger();
        QTest::mouseClick(widget<QPushButton>("syncButton"), Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QTest::mouseClick(widget<QPushButton>("connectionsButton"), Qt::LeftButton);
        QCOMPARE(newRelease.count(), 2);
        QCOMPARE(sync.count(), 2);
        QCOMPARE(connections.count(), 1);
    }

    void activeOnlyKeepsInStepWithTheFilterBar()
    {
        auto *check = widget<QCheckBox>("activeOnlyCheck");
        QAction *activeOnly = named("activeOnlyAction");
        QVERIFY(activeOnly->isCheckable());
        QVERIFY(!activeOnly->isChecked());
        QCOMPARE(rows(), 4);
        check->click();
        QVERIFY(activeOnly->isChecked());
        QCOMPARE(rows(), 3); // the live release is hidden
        activeOnly->trigger();
        QVERIFY(!check->isChecked());
        QCOMPARE(rows(), 4);
        activeOnly->trigger();
        QVERIFY(check->isChecked());
        QCOMPARE(rows(), 3);
    }

    void editUndoTakesBackANotesFieldEdit()
    {
        m_window->selectRelease(m_fresh);
        named("notesPageAction")->trigger();
        auto *description = widget<QPlainTextEdit>("descriptionEdit");
        QVERIFY(description && description->isVisible());
        QAction *undo = named("undoAction");
        QAction *redo = named("redoAction");
        QVERIFY(!undo->isEnabled());
        const QString before = description->toPlainText();
        description->setFocus();
        QTest::keyClicks(description, s(" Fix the search box"));
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().startsWith(s("&Undo ")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(description->toPlainText(), before);
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());
        // The keys reach the same history: the form's own no longer compete.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(description->toPlainText(), before + s(" Fix the search box"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(description->toPlainText(), before);
    }

    void editUndoTakesBackTheSearchFieldsTyping()
    {
        auto *search = widget<QLineEdit>("searchEdit");
        named("findAction")->trigger();
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, s("orders"));
        QAction *undo = named("undoAction");
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), s("&Undo"));
        undo->trigger();
        QCOMPARE(search->text(), QString());
        QVERIFY(named("redoAction")->isEnabled());
        // The table has no history to undo.
        widget<QTableView>("dashboardView")->setFocus();
        QVERIFY(!undo->isEnabled());
    }

    void viewPagesFollowTheTabs()
    {
        auto *tabs = widget<QTabWidget>("pages");
        QVERIFY(named("dashboardPageAction")->isChecked());
        named("signOffPageAction")->trigger();
        QCOMPARE(tabs->currentIndex(), int(MainWindow::Page::SignOff));
        m_window->showPage(MainWindow::Page::Notes);
        QVERIFY(named("notesPageAction")->isChecked());
        QVERIFY(!named("signOffPageAction")->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), int(MainWindow::Page::Dashboard));
    }

    void tooltipsCarryTheShortcut()
    {
        QCOMPARE(withShortcut(s("Read"), QKeySequence(Qt::Key_F5)), s("Read (F5)"));
        QCOMPARE(withShortcut(s("Read"), {}), s("Read"));
        for (const QAction *action : m_window->menuActions()) {
            if (action->shortcut().isEmpty())
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(action->toolTip().endsWith(u'(' + keys + u')'), qPrintable(action->text()));
        }
        const QString f5 = QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText);
        QVERIFY(widget<QPushButton>("reloadButton")->toolTip().contains(f5));
        QCOMPARE(widget<QPushButton>("syncButton")->toolTip(), named("syncAction")->toolTip());
    }

    void noTwoActionsShareAShortcut()
    {
        // Every action and shortcut of the window, the pages' own included:
        // two on one key leave Qt unable to choose, and neither runs.
        QHash<QKeySequence, QString> owners;
        const auto claim = [&owners](const QKeySequence &key, const QString &owner) {
            QVERIFY2(!owners.contains(key),
                     qPrintable(s("%1: %2 and %3").arg(key.toString(), owners.value(key), owner)));
            owners.insert(key, owner);
        };
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts())
                claim(key, action->text());
        }
        for (const QShortcut *shortcut : m_window->findChildren<QShortcut *>()) {
            for (const QKeySequence &key : shortcut->keys())
                claim(key, shortcut->objectName());
        }
        QVERIFY(owners.contains(QKeySequence(Qt::Key_F6)));
    }

    void everyMenuHasItsOwnMnemonics()
    {
        const auto checkUnique = [](const QStringList &texts, const QString &where) {
            QSet<QChar> keys;
            for (const QString &text : texts) {
                const QChar key = mnemonicOf(text);
                QVERIFY2(!key.isNull(), qPrintable(where + s(": no mnemonic in ") + text));
                QVERIFY2(!keys.contains(key), qPrintable(where + s(": clash on ") + text));
                keys.insert(key);
            }
        };
        // The menu bar's and the tabs' Alt keys are one window's.
        QStringList top;
        for (const QAction *entry : m_window->menuBar()->actions())
            top << entry->text();
        const auto *tabs = widget<QTabWidget>("pages");
        for (int i = 0; i < tabs->count(); ++i)
            top << tabs->tabText(i);
        checkUnique(top, s("menu bar and tabs"));
        for (const QAction *entry : m_window->menuBar()->actions()) {
            QStringList texts;
            for (const QAction *action : entry->menu()->actions()) {
                if (!action->isSeparator())
                    texts << action->text();
            }
            checkUnique(texts, entry->text());
        }
    }

    // Each page's own buttons and boxes share the window's Alt keys with the
    // menu bar and the tabs, which are always there.
    void noPageWidgetClashesWithTheMenuBarOrTabs()
    {
        QSet<QChar> window;
        for (const QAction *entry : m_window->menuBar()->actions())
            window.insert(mnemonicOf(entry->text()));
        auto *tabs = widget<QTabWidget>("pages");
        for (int i = 0; i < tabs->count(); ++i)
            window.insert(mnemonicOf(tabs->tabText(i)));
        for (int page = 0; page < tabs->count(); ++page) {
            QSet<QChar> keys = window;
            for (const QAbstractButton *button :
                 tabs->widget(page)->findChildren<QAbstractButton *>()) {
                const QChar key = mnemonicOf(button->text());
                if (key.isNull())
                    continue;
                QVERIFY2(!keys.contains(key),
                         qPrintable(tabs->tabText(page) + s(": clash on ") + button->text()));
                keys.insert(key);
            }
        }
    }

    void tabOrderRunsToolbarFilterTableDetail()
    {
        const QStringList expected{s("newReleaseButton"), s("reloadButton"),
                                   s("syncButton"),       s("connectionsButton"),
                                   s("searchEdit"),       s("activeOnlyCheck"),
                                   s("dashboardView"),    s("readyForStagingButton")};
        QStringList seen;
        QWidget *start = widget<QPushButton>("newReleaseButton");
        QWidget *next = start;
        do {
            if (expected.contains(next->objectName()) && !seen.contains(next->objectName()))
                seen << next->objectName();
            next = next->nextInFocusChain();
        } while (next != start);
        QCOMPARE(seen, expected);
    }

    void helpEntriesAskForTheirWindows()
    {
        QSignalSpy guide(m_window.get(), &MainWindow::userGuideRequested);
        QSignalSpy shortcuts(m_window.get(), &MainWindow::shortcutsRequested);
        QSignalSpy about(m_window.get(), &MainWindow::aboutRequested);
        named("userGuideAction")->trigger();
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        named("aboutAction")->trigger();
        QCOMPARE(guide.count(), 1);
        QCOMPARE(shortcuts.count(), 1);
        QCOMPARE(about.count(), 1);
        QCOMPARE(named("aboutQtAction")->menuRole(), QAction::AboutQtRole);
        // Each asks for a window that opens.
        QTRY_VERIFY(m_window->findChild<AboutDialog *>());
        auto *shortcutsList = m_window->findChild<ShortcutsDialog *>();
        QVERIFY(shortcutsList);
        auto *guideWindow = m_window->findChild<UserGuideWindow *>();
        QVERIFY(guideWindow);
        QTRY_VERIFY(guideWindow->isVisible());
        // The list groups each key under the menu it is in.
        QCOMPARE(named("syncAction")->property("menu").toString(), s("&View"));
        QCOMPARE(named("quitAction")->property("menu").toString(), s("&File"));
    }

    void aSubmenuJoinsTheEndOfView()
    {
        auto *language = new QMenu(s("Language"), m_window.get());
        language->addAction(s("Cymraeg"));
        m_window->addViewSubmenu(language);
        QCOMPARE(menu("viewMenu")->actions().constLast()->menu(), language);
        QVERIFY(m_window->menuActions().contains(language->actions().constFirst()));
    }

    void exportAndPrintActOnThePageShown()
    {
        QTemporaryDir folder;
        const QString csv = folder.filePath(s("board.csv"));
        const QString markdown = folder.filePath(s("notes.md"));
        m_window->dashboard().setExportFileChooser([&](const QString &) { return csv; });
        m_window->notesEditor().setExportFileChooser([&](const QString &) { return markdown; });

        m_window->showPage(MainWindow::Page::SignOff);
        QVERIFY(!named("exportAction")->isEnabled());
        QVERIFY(!named("printAction")->isEnabled());

        m_window->showPage(MainWindow::Page::Dashboard);
        QVERIFY(named("exportAction")->isEnabled());
        QVERIFY(!named("printAction")->isEnabled());
        named("exportAction")->trigger();
        QFile board(csv);
        QVERIFY(board.open(QIODevice::ReadOnly));
        QVERIFY(board.readAll().contains("2026.11.3"));
        QVERIFY(!QFile::exists(markdown));

        m_window->selectRelease(m_inStaging);
        m_window->showPage(MainWindow::Page::Notes);
        QVERIFY(named("exportAction")->isEnabled());
        QVERIFY(named("printAction")->isEnabled());
        named("exportAction")->trigger();
        QFile notes(markdown);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QVERIFY(notes.readAll().contains("2026.11.3"));
    }

    void quitClosesTheWindow()
    {
        QVERIFY(m_window->isVisible());
        named("quitAction")->trigger();
        QVERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestMainWindowMenus)
#include "tst_mainwindowmenus.moc"
