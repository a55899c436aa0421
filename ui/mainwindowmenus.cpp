// The main window's commands and its menu bar. Kept apart from the pages'
// composition in mainwindow.cpp; every command is one QAction that the
// toolbar's buttons, the menus and the keyboard share.

#include "mainwindow.h"

#include "actionwiring.h"
#include "dashboard/dashboardfilterbar.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/releaseactionsbar.h"
#include "focusedundo.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "help/userguidewindow.h"
#include "notes/releasenoteseditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace ReleaseDesk {
namespace {

// The standard key as the platform binds it, `fallback` where it binds none.
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &fallback = {})
{
    const QList<QKeySequence> bound = QKeySequence::keyBindings(key);
    if (bound.isEmpty() && !fallback.isEmpty())
        return {fallback};
    return bound;
}

// `first`, then the standard key's bindings it does not repeat.
QList<QKeySequence> keysWith(const QKeySequence &first, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys{first};
    for (const QKeySequence &bound : QKeySequence::keyBindings(key)) {
        if (!keys.contains(bound))
            keys << bound;
    }
    return keys;
}

QAction *command(QObject *parent, const char *name, const QString &text,
                 const QList<QKeySequence> &keys, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    describeAction(action, tip);
    return action;
}

// Each action also carries the title of the menu it is in, as the
// keyboard shortcuts list groups them.
void collectActions(const QList<QAction *> &actions, QList<QAction *> &into,
                    const QString &menuTitle = {})
{
    for (QAction *action : actions) {
        if (QMenu *submenu = action->menu()) {
            collectActions(submenu->actions(), into, submenu->title());
        } else if (!action->isSeparator()) {
            action->setProperty("menu", menuTitle);
            into << action;
        }
    }
}

} // namespace

void MainWindow::createCommands()
{
    m_newReleaseAction =
        command(this, "newReleaseAction", tr("&New release…"), standardKeys(QKeySequence::New),
                tr("Bundle tested tasks into a new release"));
    m_reloadAction = command(this, "reloadAction", tr("&Reload"),
                             keysWith(QKeySequence(Qt::Key_F5), QKeySequence::Refresh),
                             tr("Read the releases again"));
    m_syncAction = command(this, "syncAction", tr("S&ync now"), {QKeySequence(Qt::Key_F6)},
                           tr("Read Concourse, Jira, Confluence, ServiceNow and Slack now"));
    m_connectionsAction = command(this, "connectionsAction", tr("&Connections…"),
                                  standardKeys(QKeySequence::Preferences),
                                  tr("Set up and test the connections to the five systems"));
    m_connectionsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_newReleaseAction, &QAction::triggered, this, &MainWindow::newReleaseRequested);
    connect(m_reloadAction, &QAction::triggered, this, &MainWindow::reload);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    connect(m_connectionsAction, &QAction::triggered, this, &MainWindow::connectionsRequested);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createReleaseMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_connectionsAction);
    m_fileMenu->addSeparator();
    // Export and Print act on the page shown: the notes as PDF or Markdown,
    // the dashboard's table as CSV; the sign-off page has neither.
    auto *exportAction = command(
        this, "exportAction", tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        tr("Save the release notes as PDF or Markdown, or the dashboard as CSV"));
    auto *print = command(this, "printAction", tr("&Print…"),
                          standardKeys(QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P)),
                          tr("Print the release notes"));
    connect(exportAction, &QAction::triggered, this, [this] {
        if (Page(m_tabs->currentIndex()) == Page::Notes)
            m_notes->exportNotes();
        else
            m_dashboard->exportTable();
    });
    connect(print, &QAction::triggered, m_notes, &ReleaseNotesEditor::printNotes);
    const auto followPage = [this, exportAction, print](int index) {
        const Page page = Page(index);
        exportAction->setEnabled(page != Page::SignOff);
        print->setEnabled(page == Page::Notes);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, followPage);
    followPage(m_tabs->currentIndex());
    m_fileMenu->addActions({exportAction, print});
    m_fileMenu->addSeparator();
    auto *quit = command(this, "quitAction", tr("&Quit"),
                         standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)),
                         tr("Close ReleaseDesk"));
    quit->setMenuRole(QAction::QuitRole);
    // Closing the window, rather than quitting the application outright, runs
    // what closing runs; the application ends with its last window.
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(quit);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_focusedUndo = new FocusedUndo(*m_notes, this);
    edit->addAction(m_focusedUndo->undoAction());
    edit->addAction(m_focusedUndo->redoAction());
    edit->addSeparator();
    auto *find = command(this, "findAction", tr("&Find"), standardKeys(QKeySequence::Find),
                         tr("Search the releases, their services and tasks"));
    connect(find, &QAction::triggered, this, [this] {
        showPage(Page::Dashboard);
        m_dashboard->focusSearch();
    });
    edit->addAction(find);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const QList<QPair<Page, const char *>> pages{{Page::Dashboard, "dashboardPageAction"},
                                                 {Page::SignOff, "signOffPageAction"},
                                                 {Page::Notes, "notesPageAction"}};
    for (const auto &[page, name] : pages) {
        const int index = int(page);
        auto *show = command(m_pageActions, name, m_tabs->tabText(index),
                             {QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index))},
                             m_tabs->tabToolTip(index));
        show->setCheckable(true);
        show->setChecked(m_tabs->currentIndex() == index);
        connect(show, &QAction::triggered, this, [this, page = page] { showPage(page); });
        m_viewMenu->addAction(show);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAction *shown = m_pageActions->actions().value(index))
            shown->setChecked(true);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reloadAction);
    m_viewMenu->addAction(m_syncAction);
    m_viewMenu->addSeparator();

    DashboardFilterBar &filters = m_dashboard->filterBar();
    m_activeOnlyAction = command(this, "activeOnlyAction", tr("&Active only"), {},
                                 tr("Hide releases that are live, backed out or cancelled"));
    m_activeOnlyAction->setCheckable(true);
    m_activeOnlyAction->setChecked(filters.isActiveOnly());
    // Two ways, each one setting the other only when it differs: no loop.
    connect(m_activeOnlyAction, &QAction::toggled, &filters, &DashboardFilterBar::setActiveOnly);
    connect(&filters, &DashboardFilterBar::activeOnlyChanged, m_activeOnlyAction,
            &QAction::setChecked);
    m_viewMenu->addAction(m_activeOnlyAction);
    // Submenus such as Language follow this separator, which the menu hides
    // while nothing follows it.
    m_viewMenu->addSeparator();
}

void MainWindow::addViewSubmenu(QMenu *submenu)
{
    m_viewMenu->addMenu(submenu);
    addMnemonics(m_viewMenu);
}

void MainWindow::createReleaseMenu()
{
    QMenu *release = menuBar()->addMenu(tr("&Release"));
    release->setObjectName(QStringLiteral("releaseMenu"));
    // The "why not" of a disabled entry is its tooltip, as on the buttons.
    release->setToolTipsVisible(true);
    release->addAction(m_newReleaseAction);
    for (const ReleaseActions::Action action : ReleaseActions::all) {
        // The developers' requests, then the release team's moves.
        if (action == ReleaseActions::all[0] ||
            action == ReleaseActions::Action::MarkAppliedToStaging)
            release->addSeparator();
        release->addAction(m_actions->action(action));
    }
    addMnemonics(release);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto *guide = command(this, "userGuideAction", tr("&User guide"),
                          standardKeys(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)),
                          tr("Read how the team releases with ReleaseDesk, offline"));
    auto *shortcuts = command(this, "shortcutsAction", tr("&Keyboard shortcuts"),
                              {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                              tr("List every key ReleaseDesk answers to"));
    auto *about = command(this, "aboutAction", tr("&About ReleaseDesk"), {},
                          tr("The version, licence and authors of ReleaseDesk"));
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = command(this, "aboutQtAction", tr("About &Qt"), {},
                            tr("The version and licence of the Qt toolkit"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(guide, &QAction::triggered, this, &MainWindow::userGuideRequested);
    connect(shortcuts, &QAction::triggered, this, &MainWindow::shortcutsRequested);
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(this, &MainWindow::userGuideRequested, this, &MainWindow::showUserGuide);
    connect(this, &MainWindow::shortcutsRequested, this, [this] {
        auto *dialog = new ShortcutsDialog(menuActions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(this, &MainWindow::aboutRequested, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addActions({guide, shortcuts});
    help->addSeparator();
    help->addActions({about, aboutQt});
}

void MainWindow::showUserGuide()
{
    // One guide window, kept beside the main window while it is read.
    if (!m_userGuide) {
        m_userGuide = new UserGuideWindow(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

QList<QAction *> MainWindow::menuActions() const
{
    QList<QAction *> actions;
    collectActions(menuBar()->actions(), actions);
    return actions;
}

} // namespace ReleaseDesk
