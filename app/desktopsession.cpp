#include "desktopsession.h"

#include "models/usecases/releasewatch.h"
#include "services/connections/connectionsecrets.h"
#include "services/sync/jirasync.h"
#include "services/taskquery/jirataskquery.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/newrelease/newreleasedialog.h"
#include "ui/traynotifier.h"
#include "ui/viewstate.h"

#include <QDir>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTime>

namespace ReleaseDesk {

DesktopSession::DesktopSession(Profile profile, std::unique_ptr<SqliteStore> store,
                               std::unique_ptr<CredentialStore> credentials, const Clock &clock)
    : m_profile(std::move(profile)), m_store(std::move(store)),
      m_credentials(std::move(credentials)), m_drafts(m_profile.directory()), m_clock(clock),
      m_connectionSetup(*m_credentials, clock, settingsPath()), m_integrations(m_network, clock),
      m_sync(m_integrations, *m_store), m_scheduler(m_sync, clock),
      m_outbox(*m_store, m_integrations, clock), m_board(m_store->path()),
      m_window(std::make_unique<MainWindow>(*m_store, m_drafts, clock, account(), &m_board))
{
    // Through the computer's proxy (on Linux http_proxy, https_proxy and
    // no_proxy), unless a connection names its own.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    MainWindow *window = m_window.get();
    // As this profile's person left it last time, before it is shown.
    viewState().keep(window);
    m_notifier = new TrayNotifier(window);
    // The language is the person's, in their own settings rather than the
    // profile's: the same person reads every profile in one language.
    window->addViewSubmenu(new LanguageMenu(m_personalSettings, QLocale::system(), window));
    m_integrations.http().setListener(
        [this](const HttpRequest &request, const HttpResponse &response) {
            m_reachability.heard(request.system, response.error.kind);
        });
    connect(&m_reachability, &Reachability::offlineChanged, window, [this](bool offline) {
        m_window->setOffline(
            offline, offline ? tr("Cannot reach %1.")
                                   .arg(m_reachability.unreachable().join(QStringLiteral(", ")))
                             : QString());
    });
    // Without a backend for the computer's network, the timers carry on alone.
    m_networkReturn.watchComputer();
    connect(&m_networkReturn, &NetworkReturnWatcher::networkReturned, this, [this] {
        // Not before the connections are taken in, which starts the scheduler.
        if (m_scheduler.isActive())
            m_scheduler.syncNow();
    });
    connect(&m_networkReturn, &NetworkReturnWatcher::networkReturned, &m_outbox,
            &OutboxWorker::networkReturned);
    connect(window, &MainWindow::connectionsRequested, this,
            &DesktopSession::openConnectionsDialog);
    connect(window, &MainWindow::syncRequested, &m_scheduler, &SyncScheduler::syncNow);
    connect(window, &MainWindow::newReleaseRequested, this, &DesktopSession::openNewReleaseDialog);
    connect(&m_sync, &SyncEngine::progress, this, &DesktopSession::showSyncProgress);
    connect(&m_sync, &SyncEngine::finished, this, &DesktopSession::showSyncResult);
    connect(&m_outbox, &OutboxWorker::pendingCountChanged, this, &DesktopSession::showOutboxCount);
    // A sent write changes a release: the window shows it at once.
    connect(&m_outbox, &OutboxWorker::sent, window, &MainWindow::reload);
    // While a request made today waits for the release team's answer, the
    // channel is read every minute; the dashboard's rows say whether one does.
    connect(&window->dashboard(), &DashboardPage::loaded, this, [this] {
        m_scheduler.setAwaitingReply(
            ReleaseWatch::awaitsReply(m_window->dashboard().board().summaries(), m_clock.now()));
    });
    // A request queued here is sent now rather than at the worker's next look.
    connect(window, &MainWindow::releaseChanged, &m_outbox, &OutboxWorker::kick);
    connect(&m_outbox, &OutboxWorker::failed, window, [this](const OutboxEntry &entry) {
        const QString message = tr("A write to a remote system failed and waits for you to "
                                   "retry or discard it (releasedesk-cli outbox): %1")
                                    .arg(entry.lastError);
        m_window->showError(message);
        m_notifier->notify(tr("A write failed"), message);
    });
    connect(&m_outbox, &OutboxWorker::storeProblem, window, &MainWindow::showError);
}

DesktopSession::~DesktopSession()
{
    // Requests still in flight outlive the session's members; they must not report here.
    m_integrations.http().setListener({});
}

QString DesktopSession::account() const
{
    return JiraSync::signedInAccount(*m_store);
}

QString DesktopSession::settingsPath() const
{
    return QDir(m_profile.directory()).filePath(ConnectionSettingsFile::fileName());
}

ViewState DesktopSession::viewState() const
{
    return ViewState(QDir(m_profile.directory()).filePath(ViewState::fileName()));
}

Status DesktopSession::adoptConnections(const ConnectionSettings &settings, const Secrets &secrets)
{
    if (const Status saved = ConnectionSettingsFile::save(settings, settingsPath()); !saved)
        return saved;
    ConnectionSecrets::write(*m_credentials, settings, secrets, this, [this](const Status &s) {
        if (!s)
            m_window->showError(s.error());
    });
    return success();
}

void DesktopSession::start()
{
    const auto settings = ConnectionSettingsFile::load(settingsPath());
    if (!settings) {
        m_window->showError(settings.error());
        return;
    }
    connectWith(settings.value());
}

void DesktopSession::connectWith(const ConnectionSettings &settings)
{
    ConnectionSecrets::read(*m_credentials, settings, this,
                            [this, settings](const Result<Secrets> &secrets) {
                                if (!secrets) {
                                    m_window->showError(secrets.error());
                                    return;
                                }
                                configure(settings, secrets.value());
                            });
}

void DesktopSession::configure(const ConnectionSettings &settings, const Secrets &secrets)
{
    if (m_sync.isRunning()) {
        m_pendingConnections = {settings, secrets};
        m_sync.cancel();
        return;
    }
    m_integrations.configure(settings, secrets);
    m_window->setVerdictStatuses(settings.jira.verdictStatuses);
    m_window->setJiraProjects(settings.jira.projects());
    m_scheduler.start();
    m_outbox.start();
}

void DesktopSession::showSyncProgress(RemoteSystem system, const QString &phase, int done,
                                      int total)
{
    const QLocale locale;
    m_window->showSyncProgress(true, done, total);
    m_window->showSyncState(
        total >= 0 ? tr("Syncing %1: %2 of %3 %4…")
                         .arg(toTitle(system), locale.toString(done), locale.toString(total), phase)
                   : tr("Syncing %1: %2 %3…").arg(toTitle(system), locale.toString(done), phase));
}

void DesktopSession::showSyncResult(const SyncResult &result)
{
    m_window->showSyncProgress(false);
    if (m_pendingConnections) {
        const auto [settings, secrets] = *std::exchange(m_pendingConnections, std::nullopt);
        configure(settings, secrets);
        return;
    }
    m_window->setActor(account());
    m_window->reload();
    // What the sync's moves queued (a released fix version, say) goes now.
    m_outbox.kick();
    notifySyncNews(result);
    const QString at = QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat);
    if (result.ok()) {
        m_window->showSyncState(tr("Synced at %1").arg(at));
        return;
    }
    QStringList failures;
    for (const SystemSync &system : result.systems) {
        if (system.outcome == SystemSync::Outcome::Failed)
            failures << system.error;
    }
    if (!result.adoptionError.isEmpty())
        failures << result.adoptionError;
    m_window->showSyncState(tr("Sync at %1 incomplete").arg(at));
    if (!failures.isEmpty())
        m_window->showError(failures.join(u'\n'));
}

void DesktopSession::notifySyncNews(const SyncResult &result)
{
    const SystemSync &slack = result.system(RemoteSystem::Slack);
    if (!slack.releases.isEmpty())
        m_notifier->notify(tr("The release team replied"), slack.releases.join(u'\n'));
    if (!slack.unreadAnswers.isEmpty()) {
        // The release waits on these until a person says what they mean.
        const QString answers = slack.unreadAnswers.join(u'\n');
        m_window->showError(tr("The release team answered, but not in words ReleaseDesk can "
                               "read. If they applied the release, record it with Applied to "
                               "staging… or Applied to live…: %1")
                                .arg(answers));
        m_notifier->notify(tr("A reply needs you"), answers);
    } else if (!slack.unrecognised.isEmpty()) {
        m_notifier->notify(tr("A reply needs you"), slack.unrecognised.join(u'\n'));
    }
    // A task of a release under way that went back to development failed its test.
    const QStringList changed = result.system(RemoteSystem::Jira).changed;
    if (changed.isEmpty())
        return;
    const auto changes = m_store->changesOf(changed);
    const auto releases = m_store->releases();
    if (!changes || !releases)
        return;
    QStringList sentBack;
    for (const ReleaseWatch::SentBack &task :
         ReleaseWatch::sentBack(changes.value(), releases.value(),
                                m_integrations.settings().jira.verdictStatuses.stagingFailed))
        sentBack << tr("%1 (release %2)").arg(task.taskKey, task.releaseName);
    if (!sentBack.isEmpty())
        m_notifier->notify(tr("A test failed"),
                           tr("Back in development: %1").arg(sentBack.join(QStringLiteral(", "))));
}

void DesktopSession::showOutboxCount(int pending)
{
    m_window->showOutboxState(pending == 0 ? QString()
                                           : tr("%n write(s) waiting to be sent", "", pending));
}

void DesktopSession::openConnectionsDialog()
{
    auto *dialog = new ConnectionsDialog(*m_credentials, m_connectionSetup,
                                         m_integrations.settings(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    viewState().keep(dialog);
    connect(dialog, &ConnectionsDialog::saved, this, &DesktopSession::connectWith);
    dialog->open();
}

void DesktopSession::openNewReleaseDialog()
{
    auto *dialog = new NewReleaseDialog(*m_store, m_clock, account(),
                                        JiraTaskQuery::over(m_integrations), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setJiraProjects(m_integrations.settings().jira.projects());
    viewState().keep(dialog);
    // A sync while the dialog is open brings tasks it may be waiting for.
    connect(&m_sync, &SyncEngine::finished, dialog, &NewReleaseDialog::reload);
    connect(dialog, &NewReleaseDialog::created, m_window.get(), [this](qint64 releaseId) {
        m_window->reload();
        m_window->selectRelease(releaseId);
        // Its fix version goes to Jira now, not at the worker's next look.
        m_outbox.kick();
    });
    dialog->open();
}

} // namespace ReleaseDesk
