#pragma once

#include "models/ports/clock.h"
#include "models/usecases/releaseworkflow.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/integrations.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/outbox/outboxworker.h"
#include "services/store/sqlitestore.h"
#include "services/sync/syncengine.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace ReleaseDesk::Testing {

// One person's desk over a sandbox that others share: a SqliteStore of its
// own, the systems connected with the person's credentials (a connection
// document as the sandbox prints it), and the sync engine and outbox worker
// the app runs over them. What the tests of several desks are built from.
class DeskBench
{
public:
    // The store is the file at `storePath`, a profile's; in a temporary
    // folder of the desk's own when empty.
    explicit DeskBench(const QJsonObject &connections, const QString &storePath = {});
    ~DeskBench();

    bool isReady() const { return m_ready; }
    SqliteStore &store() { return *m_store; }
    Integrations &integrations() { return *m_integrations; }
    const ConnectionSettings &settings() const { return m_document.settings; }
    const Clock &clock() const { return m_clock; }
    // The use cases, with this desk's Jira settings.
    ReleaseWorkflow &workflow() { return *m_workflow; }

    // Runs a sync to its end; nullopt when it did not finish in time.
    std::optional<SyncResult> sync(int waitMs = 30000);
    // Runs the outbox until no entry is Pending or Sending; false on timeout.
    bool sendOutbox(int timeoutMs = 15000);
    // The name this desk's actions are signed with, as the last sync read it.
    QString account() const;

private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    SessionCredentialStore m_credentials;
    ConnectionDocument m_document;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Integrations> m_integrations;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxWorker> m_worker;
    std::unique_ptr<ReleaseWorkflow> m_workflow;
    bool m_ready = false;
};

} // namespace ReleaseDesk::Testing
