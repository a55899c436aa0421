#pragma once

#include "services/connections/connectiondocument.h"
#include "services/connections/integrations.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/store/sqlitestore.h"
#include "services/sync/syncengine.h"
#include "support/clienttestbench.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <optional>

namespace ReleaseDesk::Testing {

// A network manager that notes every request the clients send: with the
// sandbox in the test process, what reached it.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    // "GET /jira/rest/api/2/search?jql=project = \"CHS\" ...", fully decoded.
    const QStringList &requests() const { return m_requests; }
    // The recorded requests whose line contains `part`.
    QStringList requests(const QString &part) const;
    void clear() { m_requests.clear(); }
    // Cuts each request's timeout to `cap` (0: the client's own), so that a
    // server that never answers costs a test a moment, not 30 seconds a try.
    void capTimeout(std::chrono::milliseconds cap) { m_timeoutCap = cap; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *body) override;

private:
    QStringList m_requests;
    std::chrono::milliseconds m_timeoutCap{0};
};

// What a sync suite needs for each test: a fresh sandbox (ClientTestBench),
// its five systems connected as releasedesk-cli connect would (settings, and
// secrets through ConnectionSecrets in a SessionCredentialStore), the clients
// over a recording network with 1 ms retry waits, an empty SqliteStore in a
// temporary folder, and a SyncEngine over them.
class SyncTestBench
{
public:
    // `choices.atlassianCloud`: Jira and Confluence as Cloud serves them.
    explicit SyncTestBench(ConnectionDocument::Choices choices = {});
    // A sandbox started with other options (a team's conventions).
    explicit SyncTestBench(Sandbox::SandboxOptions sandboxOptions,
                           ConnectionDocument::Choices choices = {});
    ~SyncTestBench();

    // The sandbox's small history with 250 tasks, so that Jira's tasks take
    // three pages of the sync's 100; and the catalogue it is seeded from.
    static Sandbox::SandboxOptions options();
    static const Sandbox::Catalogue &catalogue();

    bool isReady() const { return m_ready; }
    ClientTestBench &clients() { return *m_clients; }
    SandboxFixture &fixture() { return m_clients->fixture(); }
    void inject(const char *spec) { m_clients->inject(spec); }
    RecordingNetwork &network() { return *m_network; }
    SqliteStore &store() { return *m_store; }
    Integrations &integrations() { return *m_integrations; }
    SyncEngine &engine() { return *m_engine; }
    const ConnectionSettings &settings() const { return m_document.settings; }

    // Connects with other settings (a system left out, an unreachable URL);
    // the secrets stay the sandbox's.
    void reconnect(const ConnectionSettings &settings);

    // Runs a sync to its end; nothing when it did not finish in time.
    std::optional<SyncResult> sync(const SyncOptions &options = SyncOptions(), int waitMs = 30000)
    {
        return sync(*m_engine, options, waitMs);
    }
    // The same for any engine.
    static std::optional<SyncResult> sync(SyncEngine &engine, const SyncOptions &options,
                                          int waitMs);
    // A sync that must finish: an empty result, with a warning, when it did not.
    SyncResult syncAll();
    // Every system synced, each reported on when not.
    static bool allSynced(const SyncResult &result);

    // The stored release by name; an invalid release (id 0) when there is none.
    Release release(const QString &name);
    QHash<QString, Change> changesByKey();
    std::optional<SyncCursor> cursor(const QString &source);

    // The first release of the seeded history at `stage`, and the first task
    // in `status`.
    static const Sandbox::CatalogueRelease &catalogueRelease(Sandbox::HistoryStage stage);
    static QString catalogueTask(const QString &status);

private:
    void connect(const ConnectionSettings &settings);

    std::unique_ptr<ClientTestBench> m_clients;
    std::unique_ptr<RecordingNetwork> m_network;
    SessionCredentialStore m_credentials;
    ConnectionDocument m_document;
    QTemporaryDir m_directory;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Integrations> m_integrations;
    std::unique_ptr<SyncEngine> m_engine;
    bool m_ready = false;
};

} // namespace ReleaseDesk::Testing
