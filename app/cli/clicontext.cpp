#include "clicontext.h"

#include "services/keychaincredentialstore.h"

#include <QDir>

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
    const auto settings = ConnectionSettings::load(context.settingsPath());
    if (!settings) {
        terminal.error(settings.error());
        return std::nullopt;
    }
    context.m_settings = settings.value();
    return context;
}

QString CliContext::settingsPath() const
{
    return QDir(m_profile.directory()).filePath(ConnectionSettings::fileName());
}

} // namespace ReleaseDesk::Cli
