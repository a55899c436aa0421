#pragma once

#include "models/ports/connectionsetup.h"

#include <QHash>
#include <QString>

#include <memory>

namespace ReleaseDesk {

class Clock;
class CredentialStore;
class Integrations;

// The Connections dialog's port over the real systems and the profile: a test
// runs on clients and a network manager made for it alone from the settings
// as typed (so it goes by the proxy and CA bundle typed, while the desk's own
// requests keep the saved ones), and a save writes the secrets to the
// keychain, then the settings to connections.ini.
class ProfileConnectionSetup final : public ConnectionSetup
{
public:
    // `credentials` and `clock` must outlive the setup.
    ProfileConnectionSetup(CredentialStore &credentials, const Clock &clock, QString settingsPath);
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
    const Clock &m_clock;
    QString m_settingsPath;
    // One per test in flight, so that each test answers with its own values.
    QHash<RemoteSystem, std::shared_ptr<Integrations>> m_checks;
};

} // namespace ReleaseDesk
