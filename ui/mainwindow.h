#pragma once

#include "models/domain/verdictstatuses.h"

#include "models/domain/domain.h"
#include "models/ports/clock.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace ReleaseDesk {

class BoardSource;
class DashboardPage;
class FocusedUndo;
class MessageBanner;
class NotesDraftStore;
class ReleaseActionsBar;
class ReleaseNotesEditor;
class ReleaseStore;
class SignOffView;
class UserGuideWindow;

// The one window of the three roles: the release team's dashboard with the
// selected release's actions, the testers' sign-off and the developers'
// release notes, one tab each, all on the release selected in the dashboard.
// It only composes the pages and shows what the session tells it: problems,
// sync and outbox state, being offline.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Dashboard, SignOff, Notes };

    // The dashboard's board comes from `boardSource` (which must outlive the
    // window), or is read from `store` in place.
    MainWindow(ReleaseStore &store, NotesDraftStore &drafts, const Clock &clock,
               const QString &actor, BoardSource *boardSource = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    qint64 currentReleaseId() const;
    DashboardPage &dashboard() const { return *m_dashboard; }
    SignOffView &signOff() const { return *m_signOff; }
    ReleaseNotesEditor &notesEditor() const { return *m_notes; }
    ReleaseActionsBar &releaseActions() const { return *m_actions; }
    // Every entry of the menus, in menu order, submenus' included: what the
    // keyboard shortcuts list shows, read from the menus so it never goes stale.
    QList<QAction *> menuActions() const;

    // A submenu at the end of View, such as the language: its choices are
    // the person's, kept outside the window.
    void addViewSubmenu(QMenu *submenu);
    // Who this desk's actions are signed as: the signed-in account's name,
    // known once a sync has asked Jira.
    void setActor(const QString &actor);
    // Where a verdict moves its Jira task, from the Jira settings.
    void setVerdictStatuses(const VerdictStatuses &statuses);
    // The team's Jira projects, where a release's fix versions are kept.
    void setJiraProjects(const QStringList &projects);

public slots:
    // Reads the store again everywhere, keeping the selection.
    void reload();
    void showPage(ReleaseDesk::MainWindow::Page page);
    void selectRelease(qint64 releaseId);
    // What sync and the outbox are doing, for the status bar: "Synced 12:04",
    // "Syncing Jira: 1,200 tasks…", "2 writes waiting".
    void showSyncState(const QString &text);
    // A sync runs: the status bar shows it moving; done of total, or total < 0
    // when the total is not known. `running` false hides it.
    void showSyncProgress(bool running, int done = 0, int total = -1);
    void showOutboxState(const QString &text);
    // A problem the user should see, in the inline banner.
    void showError(const QString &message);
    // The remote systems cannot be reached: the window says it works from
    // what was synced last and that writes wait in the outbox.
    void setOffline(bool offline, const QString &detail = {});
    // What an action did, briefly, in the status bar.
    void showDone(const QString &message);

signals:
    void syncRequested();
    void connectionsRequested();
    void newReleaseRequested();
    // A person changed a release here (a verdict, a request, a move); the
    // window has caught up with it already.
    void releaseChanged(qint64 releaseId);
    // A tester failed tasks: the developers are being told.
    void testFailed(const QString &message);
    // The Help menu's entries, for the windows that answer them.
    void userGuideRequested();
    void shortcutsRequested();
    void aboutRequested();

private:
    QWidget *createToolbar();
    void createStatusBar();
    // mainwindowmenus.cpp: the commands, then the menus that show them.
    void createCommands();
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createReleaseMenu();
    void createHelpMenu();
    void showUserGuide();
    void followRelease(qint64 releaseId);
    // A page changed the release: the others catch up, it keeps its state.
    void changedBy(QWidget *page, qint64 releaseId);
    void updateVisiblePage();
    void showCurrentSignOff();
    void openCurrentNotes();
    void showReleaseName(const Release *release);

    ReleaseStore &m_store;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_offlineBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ReleaseActionsBar *m_actions = nullptr;
    SignOffView *m_signOff = nullptr;
    ReleaseNotesEditor *m_notes = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QProgressBar *m_syncProgress = nullptr;
    QLabel *m_outboxLabel = nullptr;
    // The commands the toolbar's buttons and the menus share.
    QAction *m_newReleaseAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_connectionsAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QPointer<UserGuideWindow> m_userGuide;
    QActionGroup *m_pageActions = nullptr;
    QAction *m_activeOnlyAction = nullptr;
    FocusedUndo *m_focusedUndo = nullptr;
    // The release the notes tab shows; it is opened when the tab is looked at.
    qint64 m_notesRelease = 0;
    // The sign-off page is behind the selection or the store until looked at.
    bool m_signOffStale = true;
    bool m_notesStale = true;
};

} // namespace ReleaseDesk
