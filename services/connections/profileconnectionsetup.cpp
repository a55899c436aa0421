#include "profileconnectionsetup.h"

#include "connectioncheck.h"
#include "connectionsecrets.h"
#include "connectionsettings.h"
#include "integrations.h"

#include <QNetworkAccessManager>

namespace ReleaseDesk {

namespace {

// A test's clients over a network manager of their own: the manager answers
// proxy queries from its one HttpClient's routes.
struct CheckClients
{
    QNetworkAccessManager network;
    Integrations integrations;

    explicit CheckClients(const Clock &clock) : integrations(network, clock) {}
};

} // namespace

ProfileConnectionSetup::ProfileConnectionSetup(CredentialStore &credentials, const Clock &clock,
                                               QString settingsPath)
    : m_credentials(credentials), m_clock(clock), m_settingsPath(std::move(settingsPath))
{}

ProfileConnectionSetup::~ProfileConnectionSetup() = default;

void ProfileConnectionSetup::test(const ConnectionSettings &settings, RemoteSystem system,
                                  const QString &secret, QObject *context, Tested done)
{
    auto clients = std::make_shared<CheckClients>(m_clock);
    // Shares the ownership of the whole, so the manager outlives the clients.
    std::shared_ptr<Integrations> integrations(clients, &clients->integrations);
    integrations->configure(settings, {{system, secret}});
    m_checks.insert(system, integrations);
    // The answer holds on to the clients, which the check's later steps use.
    ConnectionCheck::run(
        *integrations, system, context,
        [done = std::move(done), integrations](const Result<QString> &result) { done(result); });
}

void ProfileConnectionSetup::save(const ConnectionSettings &settings, const Secrets &typed,
                                  QObject *context, Saved done)
{
    ConnectionSecrets::write(
        m_credentials, settings, typed, context,
        [path = m_settingsPath, settings, done = std::move(done)](const Status &written) {
            if (!written)
                return done(written);
            done(ConnectionSettingsFile::save(settings, path));
        });
}

Status ProfileConnectionSetup::exportTeamSettings(const ConnectionSettings &settings,
                                                  const QString &path)
{
    return TeamSettingsFile::save(settings, path);
}

Result<TeamSettingsImport>
ProfileConnectionSetup::importTeamSettings(const QString &path, const ConnectionSettings &current)
{
    return TeamSettingsFile::load(path, current);
}

} // namespace ReleaseDesk
