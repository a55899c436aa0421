#include "mainwindow.h"

#include "actionwiring.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/releaseactionsbar.h"
#include "focusedundo.h"
#include "messagebanner.h"
#include "models/itemmodels/dashboardmodel.h"
#include "models/ports/releasestore.h"
#include "notes/releasenoteseditor.h"
#include "signoff/failurenoteprompt.h"
#include "signoff/signoffview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ReleaseDesk {

MainWindow::MainWindow(ReleaseStore &store, NotesDraftStore &drafts, const Clock &clock,
                       const QString &actor, BoardSource *boardSource, QWidget *parent)
    : QMainWindow(parent), m_store(store)
{
    // The name its kept view state is filed under.
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ReleaseDesk"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    m_banner = new MessageBanner(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    layout->addWidget(m_banner);
    m_offlineBanner = new MessageBanner(MessageBanner::Kind::Offline, central);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    layout->addWidget(m_offlineBanner);
    createCommands();
    layout->addWidget(createToolbar());

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardPage(store, boardSource, m_tabs);
    m_dashboard->setClock(clock);
    m_actions = new ReleaseActionsBar(store, clock, m_dashboard);
    m_dashboard->setActionsWidget(m_actions);
    m_signOff = new SignOffView(store, clock, {}, m_tabs);
    m_signOff->setObjectName(QStringLiteral("signOffView"));
    m_notes = new ReleaseNotesEditor(store, drafts, clock, actor, m_tabs);
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    setActor(actor);
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_signOff, tr("&Sign-off"));
    m_tabs->addTab(m_notes, tr("Release &notes"));
    m_tabs->setTabToolTip(int(Page::Dashboard),
                          tr("Every release, where it stands and what blocks it"));
    m_tabs->setTabToolTip(int(Page::SignOff), tr("Pass or fail the selected release's tasks"));
    m_tabs->setTabToolTip(int(Page::Notes), tr("Write and publish the selected release's notes"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createStatusBar();
    createMenus();

    connect(m_dashboard, &DashboardPage::currentReleaseChanged, this, &MainWindow::followRelease);
    connect(m_dashboard, &DashboardPage::summaryChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_dashboard, &DashboardPage::loadFailed, this, &MainWindow::showError);
    connect(m_dashboard, &DashboardPage::exportFailed, this, &MainWindow::showError);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateVisiblePage);
    // A change made on one page shows on the others.
    connect(m_actions, &ReleaseActionsBar::releaseChanged, this,
            [this](qint64 id) { changedBy(m_actions, id); });
    connect(m_actions, &ReleaseActionsBar::problem, this, &MainWindow::showError);
    connect(m_actions, &ReleaseActionsBar::done, this, &MainWindow::showDone);
    connect(m_signOff, &SignOffView::releaseChanged, this,
            [this](qint64 id) { changedBy(m_signOff, id); });
    for (auto signal : {&ReleaseNotesEditor::notesSaved, &ReleaseNotesEditor::publishQueued})
        connect(m_notes, signal, this, [this](qint64 id) { changedBy(m_notes, id); });

    reload();
}

MainWindow::~MainWindow()
{
    // The Edit menu's undo follows the notes page's signals and events; the
    // pages are torn down after this body, so it goes first.
    delete m_focusedUndo;
}

QWidget *MainWindow::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_releaseLabel = new QLabel(bar);
    m_releaseLabel->setObjectName(QStringLiteral("currentReleaseLabel"));
    m_releaseLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_releaseLabel->font();
    bold.setBold(true);
    m_releaseLabel->setFont(bold);
    // The buttons the screenshots show, each following its menu command.
    const auto addButton = [bar, layout](const QString &text, const char *name, QAction *action) {
        auto *button = new QPushButton(text, bar);
        button->setObjectName(QString::fromLatin1(name));
        followAction(button, action);
        layout->addWidget(button);
    };
    addButton(tr("New release…"), "newReleaseButton", m_newReleaseAction);
    layout->addSpacing(8);
    layout->addWidget(m_releaseLabel);
    layout->addStretch(1);
    addButton(tr("Reload"), "reloadButton", m_reloadAction);
    addButton(tr("Sync now"), "syncButton", m_syncAction);
    addButton(tr("Connections…"), "connectionsButton", m_connectionsAction);
    return bar;
}

void MainWindow::createStatusBar()
{
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setTextFormat(Qt::PlainText);
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(120);
    m_syncProgress->setMaximumHeight(14);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_outboxLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
}

void MainWindow::setActor(const QString &actor)
{
    m_actions->setActor(actor);
    m_signOff->setTester(actor);
    m_notes->setActor(actor);
}

void MainWindow::setVerdictStatuses(const VerdictStatuses &statuses)
{
    m_signOff->setVerdictStatuses(statuses);
}

void MainWindow::setJiraProjects(const QStringList &projects)
{
    m_actions->setJiraProjects(projects);
    m_signOff->setJiraProjects(projects);
}

qint64 MainWindow::currentReleaseId() const
{
    return m_dashboard->currentReleaseId();
}

void MainWindow::reload()
{
    m_dashboard->reload();
    m_actions->refresh();
    m_signOffStale = true;
    m_notesStale = true;
    updateVisiblePage();
    const qint64 id = currentReleaseId();
    const auto release = id ? m_store.release(id) : Result<Release>::failure(QString());
    showReleaseName(release ? &release.value() : nullptr);
}

void MainWindow::changedBy(QWidget *page, qint64 releaseId)
{
    // The page that made the change shows it already; reading it again
    // would drop its message and, for the notes, its undo history.
    m_dashboard->reload();
    if (page != m_actions)
        m_actions->refresh();
    m_signOffStale = m_signOffStale || page != m_signOff;
    m_notesStale = m_notesStale || page != m_notes;
    updateVisiblePage();
    const auto release = m_store.release(releaseId);
    showReleaseName(release ? &release.value() : nullptr);
    emit releaseChanged(releaseId);
}

void MainWindow::showReleaseName(const Release *release)
{
    m_releaseLabel->setText(
        release ? tr("Release %1 · %2").arg(release->name, toTitle(release->stage)) : QString());
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void MainWindow::selectRelease(qint64 releaseId)
{
    m_dashboard->selectRelease(releaseId);
}

void MainWindow::followRelease(qint64 releaseId)
{
    m_actions->setRelease(releaseId);
    const auto release =
        releaseId ? m_store.release(releaseId) : Result<Release>::failure(QString());
    showReleaseName(release ? &release.value() : nullptr);
    m_signOffStale = true;
    updateVisiblePage();
}

void MainWindow::updateVisiblePage()
{
    // The pages not looked at catch up when they are: a release of 5,000
    // tasks is read once, by the page that shows it.
    switch (Page(m_tabs->currentIndex())) {
    case Page::SignOff:
        if (std::exchange(m_signOffStale, false))
            showCurrentSignOff();
        return;
    case Page::Notes:
        openCurrentNotes();
        return;
    case Page::Dashboard:
        return;
    }
}

void MainWindow::showCurrentSignOff()
{
    const qint64 id = currentReleaseId();
    if (id == m_signOff->releaseId()) {
        // The same release: the tester's choice of environment stays.
        m_signOff->reload();
        return;
    }
    // Testers sign off where the release is, as the dashboard counts it.
    const ReleaseSummary *summary = m_dashboard->board().summary(id);
    m_signOff->showRelease(id, summary ? DashboardModel::tasksEnvironment(*summary)
                                       : Environment::CiDev);
}

void MainWindow::openCurrentNotes()
{
    const qint64 id = currentReleaseId();
    // Reopening picks up what changed elsewhere; typing not saved yet stays.
    if (id == 0 || (id == m_notesRelease && (!m_notesStale || m_notes->hasUnsavedChanges())))
        return;
    m_notesRelease = id;
    m_notesStale = false;
    (void)m_notes->openRelease(id);
}

void MainWindow::showSyncState(const QString &text)
{
    m_syncLabel->setText(text);
}

void MainWindow::showSyncProgress(bool running, int done, int total)
{
    m_syncProgress->setVisible(running);
    m_syncProgress->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_syncProgress->setValue(qMin(done, total));
}

void MainWindow::showOutboxState(const QString &text)
{
    m_outboxLabel->setText(text);
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message);
}

void MainWindow::setOffline(bool offline, const QString &detail)
{
    if (!offline)
        return m_offlineBanner->hide();
    m_offlineBanner->showMessage(
        tr("Offline: showing what was synced last. Your changes are kept and requests wait in "
           "the outbox until the systems can be reached again.") +
        (detail.isEmpty() ? QString() : u' ' + detail));
}

void MainWindow::showDone(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

} // namespace ReleaseDesk
