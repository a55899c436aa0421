#pragma once

#include "models/ports/clock.h"
#include "models/ports/credentialstore.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"
#include "services/connections/profileconnectionsetup.h"
#include "services/http/networkreturnwatcher.h"
#include "services/http/reachability.h"
#include "services/outbox/outboxworker.h"
#include "services/store/backgroundboardsource.h"
#include "services/store/notesdraftfolder.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "services/sync/syncengine.h"
#include "services/sync/syncscheduler.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <memory>

namespace ReleaseDesk {

class MainWindow;
class TrayNotifier;
class ViewState;

// What the desktop app runs on one profile, wired together: the store, the
// secrets, the connections and their clients, background sync, the outbox
// worker, and the window that shows them. Wiring only; the behaviour lives in
// the libraries.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    DesktopSession(Profile profile, std::unique_ptr<SqliteStore> store,
                   std::unique_ptr<CredentialStore> credentials, const Clock &clock);
    ~DesktopSession() override;

    MainWindow &window() const { return *m_window; }
    // What runs in the background, for the status bar and for the flow tests
    // that wait on it.
    SyncEngine &sync() { return m_sync; }
    SyncScheduler &scheduler() { return m_scheduler; }
    SqliteStore &store() { return *m_store; }
    OutboxWorker &outbox() { return m_outbox; }
    TrayNotifier &notifier() { return *m_notifier; }
    // Stores `document`'s connections (the demo's sandbox) as if typed into
    // the connections dialog.
    Status adoptConnections(const ConnectionSettings &settings, const Secrets &secrets);
    // Reads the stored connections and their secrets, then connects.
    void start();

private:
    QString settingsPath() const;
    // Where the windows' sizes, splitters and columns are kept: the profile's view.ini.
    ViewState viewState() const;
    // Who verdicts, requests and moves are recorded under: the signed-in Jira
    // account, as the last sync read it; empty before the first sync.
    QString account() const;
    void connectWith(const ConnectionSettings &settings);
    // Takes the connections in once no sync is using the clients.
    void configure(const ConnectionSettings &settings, const Secrets &secrets);
    void openConnectionsDialog();
    void openNewReleaseDialog();
    void showSyncProgress(RemoteSystem system, const QString &phase, int done, int total);
    void showSyncResult(const SyncResult &result);
    void showOutboxCount(int pending);
    // Tells the person, when the window is not active, what a sync brought:
    // the release team's replies and tasks sent back to development.
    void notifySyncNews(const SyncResult &result);

    Profile m_profile;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    NotesDraftFolder m_drafts;
    const Clock &m_clock;
    // Before the clients: their last requests may still report to it.
    Reachability m_reachability;
    QNetworkAccessManager m_network;
    // What the connections dialog tests and saves with.
    ProfileConnectionSetup m_connectionSetup;
    Integrations m_integrations;
    SyncEngine m_sync;
    SyncScheduler m_scheduler;
    OutboxWorker m_outbox;
    // The computer's network coming back, which sends sync and the outbox at once.
    NetworkReturnWatcher m_networkReturn;
    BackgroundBoardSource m_board;
    // The person's app-wide settings, where the language is kept.
    QSettings m_personalSettings;
    std::unique_ptr<MainWindow> m_window;
    TrayNotifier *m_notifier = nullptr;
    // Connections saved while a sync ran, taken in when it ends.
    std::optional<std::pair<ConnectionSettings, Secrets>> m_pendingConnections;
};

} // namespace ReleaseDesk
