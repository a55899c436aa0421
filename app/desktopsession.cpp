#include "desktopsession.h"

#include "services/connections/connectionsecrets.h"
#include "ui/connections/connectionsdialog.h"
#include "ui/mainwindow.h"

#include <QDir>

namespace ReleaseDesk {

DesktopSession::DesktopSession(Profile profile, std::unique_ptr<SqliteStore> store,
                               std::unique_ptr<CredentialStore> credentials, const Clock &clock)
    : m_profile(std::move(profile)),
      m_store(std::move(store)),
      m_credentials(std::move(credentials)),
      m_clock(clock),
      m_integrations(m_network, clock),
      m_window(std::make_unique<MainWindow>(*m_store))
{
    connect(m_window.get(), &MainWindow::connectionsRequested, this,
            &DesktopSession::openConnectionsDialog);
}

DesktopSession::~DesktopSession() = default;

QString DesktopSession::settingsPath() const
{
    return QDir(m_profile.directory()).filePath(ConnectionSettings::fileName());
}

Status DesktopSession::adoptConnections(const ConnectionSettings &settings,
                                        const Secrets &secrets)
{
    if (const Status saved = settings.save(settingsPath()); !saved)
        return saved;
    ConnectionSecrets::write(*m_credentials, settings, secrets, this, [this](const Status &s) {
        if (!s)
            m_window->showError(s.error());
    });
    return success();
}

void DesktopSession::start()
{
    const auto settings = ConnectionSettings::load(settingsPath());
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
                                m_integrations.configure(settings, secrets.value());
                            });
}

void DesktopSession::openConnectionsDialog()
{
    auto *dialog = new ConnectionsDialog(*m_credentials, m_network, m_clock,
                                         m_integrations.settings(), settingsPath(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionsDialog::saved, this, &DesktopSession::connectWith);
    dialog->open();
}

} // namespace ReleaseDesk
