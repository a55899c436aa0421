#pragma once

#include "services/connections/connectionsettings.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QLabel;
class QNetworkAccessManager;
class QTabWidget;

namespace ReleaseDesk {

class Clock;
class ConnectionForm;
class CredentialStore;
class Integrations;

// Settings → Connections: a tab per system to set its address, account and
// secret, and to test it before saving. Secrets typed here go to the keychain,
// the rest to the profile's connection settings; the dialog stays open with
// everything typed when either cannot be saved.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(CredentialStore &credentials, QNetworkAccessManager &network,
                      const Clock &clock, const ConnectionSettings &settings,
                      QString settingsPath, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    ConnectionForm *form(RemoteSystem system) const;
    const ConnectionSettings &settings() const { return m_settings; }

signals:
    // After the secrets and the settings were both saved.
    void saved(const ReleaseDesk::ConnectionSettings &settings);

private:
    ConnectionSettings editedSettings() const;
    void testConnection(RemoteSystem system);
    void runCheck(RemoteSystem system, const ConnectionSettings &settings, const QString &secret);
    void save();
    void showError(const QString &message);

    CredentialStore &m_credentials;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    ConnectionSettings m_settings;
    QString m_settingsPath;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_errorLabel = nullptr;
    QHash<RemoteSystem, ConnectionForm *> m_forms;
    // One per test in flight, so that each test answers with its own values.
    QHash<RemoteSystem, std::shared_ptr<Integrations>> m_checks;
};

} // namespace ReleaseDesk
