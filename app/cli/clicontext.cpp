#include "clicontext.h"

#include "clicommands.h"

#include "services/connections/connectionsecrets.h"
#include "services/credentials/keychaincredentialstore.h"
#include "services/sync/jirasync.h"

#include <QDir>
#include <QNetworkProxyFactory>

namespace ReleaseDesk::Cli {

std::optional<CliContext> CliContext::open(const QString &profileDir, Terminal &terminal)
{
    auto profile = Profile::open(profileDir, false);
    if (!profile) {
        terminal.error(profile.error());
        return std::nullopt;
    }
    auto store = SqliteStore::open(profile->databasePath());
    if (!store) {
        terminal.error(store.error());
        return std::nullopt;
    }
    CliContext context;
    context.m_terminal = &terminal;
    context.m_profile = profile.value();
    context.m_store = std::move(store).value();
    context.m_credentials = std::make_shared<KeychainCredentialStore>();
    const auto settings = ConnectionSettingsFile::load(context.settingsPath());
    if (!settings) {
        terminal.error(settings.error());
        return std::nullopt;
    }
    context.m_settings = settings.value();
    return context;
}

QString CliContext::settingsPath() const
{
    return QDir(m_profile.directory()).filePath(ConnectionSettingsFile::fileName());
}

Integrations *CliContext::connectIntegrations(int *failure)
{
    const auto secrets = wait<Result<Secrets>>([this](QObject *waiter, auto done) {
        ConnectionSecrets::read(*m_credentials, m_settings, waiter, done);
    });
    if (!secrets) {
        *failure = Interrupted;
        return nullptr;
    }
    if (!secrets.value()) {
        m_terminal->error(secrets->error());
        *failure = Unavailable;
        return nullptr;
    }
    // Through the computer's proxy (http_proxy, https_proxy and no_proxy),
    // unless a connection names its own.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network = std::make_shared<QNetworkAccessManager>();
    m_integrations = std::make_shared<Integrations>(*m_network, m_clock);
    m_integrations->configure(m_settings, secrets->value());
    return m_integrations.get();
}

QString CliContext::account() const
{
    const QString name = JiraSync::signedInAccount(*m_store);
    if (name.isEmpty())
        m_terminal->error(tr("ReleaseDesk does not know who you are yet: connect Jira and run "
                             "'releasedesk-cli sync' once, so that your actions are signed with "
                             "your Jira account."));
    return name;
}

std::optional<Release> CliContext::release(const QString &name) const
{
    const auto releases = m_store->releases();
    if (!releases) {
        m_terminal->error(releases.error());
        return std::nullopt;
    }
    for (const Release &release : releases.value()) {
        if (release.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return release;
    }
    m_terminal->error(tr("There is no release named %1.").arg(name));
    return std::nullopt;
}

} // namespace ReleaseDesk::Cli
