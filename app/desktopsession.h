#pragma once

#include "models/clock.h"
#include "models/credentialstore.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"
#include "services/profile.h"
#include "services/sqlitestore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace ReleaseDesk {

class MainWindow;

// What the desktop app runs on one profile, wired together: the store, the
// secrets, the connections and their clients, and the window. Wiring only; the
// behaviour lives in the libraries.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    DesktopSession(Profile profile, std::unique_ptr<SqliteStore> store,
                   std::unique_ptr<CredentialStore> credentials, const Clock &clock);
    ~DesktopSession() override;

    MainWindow &window() const { return *m_window; }
    // Stores `document`'s connections (the demo's sandbox) as if typed into
    // the connections dialog.
    Status adoptConnections(const ConnectionSettings &settings, const Secrets &secrets);
    // Reads the stored connections and their secrets, then connects.
    void start();

private:
    QString settingsPath() const;
    void connectWith(const ConnectionSettings &settings);
    void openConnectionsDialog();

    Profile m_profile;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    Integrations m_integrations;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ReleaseDesk
