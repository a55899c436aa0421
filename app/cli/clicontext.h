#pragma once

#include "terminal.h"

#include "models/ports/clock.h"
#include "models/ports/credentialstore.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace ReleaseDesk::Cli {

// What every command works on: the profile's store, its connection settings
// and the keychain, opened once the same way the desktop app opens them.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    static std::optional<CliContext> open(const QString &profileDir, Terminal &terminal);

    Terminal &terminal() const { return *m_terminal; }
    SqliteStore &store() const { return *m_store; }
    CredentialStore &credentials() const { return *m_credentials; }
    const Profile &profile() const { return m_profile; }
    QString settingsPath() const;
    const ConnectionSettings &settings() const { return m_settings; }
    void setSettings(const ConnectionSettings &settings) { m_settings = settings; }
    const Clock &clock() const { return m_clock; }
    // Who this profile's actions are signed as: the signed-in Jira account,
    // as the last sync read it. Empty, with the reason printed, before the
    // first sync: a change nobody signed would be a hole in the history.
    QString account() const;
    // The release named `name` (names are unique whatever their case); the
    // reason printed and nullopt when there is none.
    std::optional<Release> release(const QString &name) const;

    // The profile's connections made into clients, with their secrets from
    // the keychain; nullptr, with the message printed and the exit code in
    // `failure`, when the keychain cannot give them.
    Integrations *connectIntegrations(int *failure);

    // Starts an asynchronous call, `start(context, done)`, and runs the event
    // loop until it calls back; nullopt if a stop signal came first.
    template <typename Value, typename Start> static std::optional<Value> wait(Start start)
    {
        QObject context;
        std::optional<Value> result;
        QEventLoop loop;
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, &loop,
                         &QEventLoop::quit);
        start(&context, [&](const Value &value) {
            result = value;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return result;
    }

private:
    Terminal *m_terminal = nullptr;
    Profile m_profile;
    std::shared_ptr<SqliteStore> m_store;
    std::shared_ptr<CredentialStore> m_credentials;
    ConnectionSettings m_settings;
    SystemClock m_clock;
    std::shared_ptr<QNetworkAccessManager> m_network;
    std::shared_ptr<Integrations> m_integrations;
};

} // namespace ReleaseDesk::Cli
