#pragma once

#include "models/domain/connectionsettings.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;
class QTabWidget;

namespace ReleaseDesk {

class ConnectionForm;
class ConnectionSetup;
class CredentialStore;

// Settings → Connections: a tab per system to set its address, account and
// secret, and to test it before saving. Secrets typed here go to the keychain,
// the rest to the profile's connection settings, both through `setup`; the
// dialog stays open with everything typed when either cannot be saved.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `credentials` tells which secrets are stored already; `setup` tests and saves.
    ConnectionsDialog(CredentialStore &credentials, ConnectionSetup &setup,
                      const ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    ConnectionForm *form(RemoteSystem system) const;
    const ConnectionSettings &settings() const { return m_settings; }

    // Where "Export team settings…" writes and "Import team settings…" reads:
    // a file dialog unless a test sets another chooser. An empty path cancels.
    enum class FileUse { Export, Import };
    using FileChooser = std::function<QString(FileUse use)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    // After the secrets and the settings were both saved.
    void saved(const ReleaseDesk::ConnectionSettings &settings);

private:
    ConnectionSettings editedSettings() const;
    void testConnection(RemoteSystem system);
    void runCheck(RemoteSystem system, const ConnectionSettings &settings, const QString &secret);
    void save();
    void showError(const QString &message);
    void showNotice(const QString &message);
    // Fills the forms from `settings`, each secret field hinting whether its secret is stored.
    void loadForms(const ConnectionSettings &settings);
    void exportTeamSettings();
    void importTeamSettings();

    CredentialStore &m_credentials;
    ConnectionSetup &m_setup;
    ConnectionSettings m_settings;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_errorLabel = nullptr;
    QHash<RemoteSystem, ConnectionForm *> m_forms;
    FileChooser m_chooseFile;
};

} // namespace ReleaseDesk
