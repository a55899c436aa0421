#pragma once

#include "models/ports/connectionsetup.h"

#include <QHash>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace ReleaseDesk {

class Clock;
class CredentialStore;
class Integrations;

// The Connections dialog's port over the real systems and the profile: a test
// runs on clients made for it alone from the settings as typed, and a save
// writes the secrets to the keychain, then the settings to connections.ini.
class ProfileConnectionSetup final : public ConnectionSetup
{
public:
    // `credentials`, `network` and `clock` must outlive the setup.
    ProfileConnectionSetup(CredentialStore &credentials, QNetworkAccessManager &network,
                           const Clock &clock, QString settingsPath);
    ~ProfileConnectionSetup() override;

    void test(const ConnectionSettings &settings, RemoteSystem system, const QString &secret,
              QObject *context, Tested done) override;
    void save(const ConnectionSettings &settings, const Secrets &typed, QObject *context,
              Saved done) override;
    Status exportTeamSettings(const ConnectionSettings &settings, const QString &path) override;
    Result<TeamSettingsImport> importTeamSettings(const QString &path,
                                                  const ConnectionSettings &current) override;

private:
    CredentialStore &m_credentials;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    QString m_settingsPath;
    // One per test in flight, so that each test answers with its own values.
    QHash<RemoteSystem, std::shared_ptr<Integrations>> m_checks;
};

} // namespace ReleaseDesk
