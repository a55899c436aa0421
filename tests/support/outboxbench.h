#pragma once

#include "models/formats/outboxpayload.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/outbox/outboxworker.h"
#include "services/store/sqlitestore.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace ReleaseDesk::Testing {

// The system clock, or a desk's clock that is `ahead` seconds fast.
class AheadClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(ahead); }
    qint64 ahead = 0;
};

// What an outbox suite needs for each test: a fresh sandbox, a SqliteStore in
// a scratch folder, the integrations connected to the sandbox through a
// SessionCredentialStore, and a worker over them. The worker runs on the
// system clock with short retry delays and a short attempt timeout, and the
// HTTP layer's own waits last 1 ms, so retries happen for real, quickly.
class OutboxBench
{
public:
    explicit OutboxBench(OutboxRetry::Policy policy = testPolicy(),
                         Sandbox::SandboxOptions options = SandboxFixture::smallOptions());
    ~OutboxBench();

    static OutboxRetry::Policy testPolicy();
    // The systems the sandbox stands in for, but Concourse, which the outbox never writes to.
    static QList<RemoteSystem> writtenSystems();

    bool isReady() const { return m_ready; }
    SandboxFixture &fixture() { return *m_fixture; }
    SqliteStore &store() { return *m_store; }
    Integrations &integrations() { return *m_integrations; }
    OutboxWorker &worker() { return *m_worker; }
    const Clock &clock() const { return m_clock; }
    // Sets this desk's clock `seconds` fast (negative: slow) from now on.
    void setClockAhead(qint64 seconds) { m_clock.ahead = seconds; }

    // Connects `systems` as the app does: settings from the sandbox's
    // document, secrets written to and read back from the credential store;
    // through `proxy` ("http://host:port") when one is given.
    bool connect(const QList<RemoteSystem> &systems = writtenSystems(), const QString &proxy = {});
    // Adds a sandbox fault rule, "slack:/api/chat.postMessage=reset,times=1".
    void inject(const char *spec);

    // A release of chs-orders-api 1.2.0 and `tasks` (default: a task in
    // Testing), stored at `stage` with complete notes and the references the
    // stages before it hold; the tasks are stored as sync would. Its id; 0 if
    // the store refused.
    static qint64 storeRelease(ReleaseStore &store, const QDateTime &now, const QString &name,
                               Stage stage, const QStringList &tasks = {});
    qint64 addRelease(const QString &name, Stage stage, const QStringList &tasks = {})
    {
        return storeRelease(*m_store, m_clock.now(), name, stage, tasks);
    }
    // Queues `payload` for `releaseId` in a write of its own.
    qint64 queue(const OutboxPayload &payload, qint64 releaseId, const QString &key);

    // One write of `kind` for a new release named `releaseName`, queued as the
    // use cases would: a page, a change, a message, a comment or a move of a
    // task in Testing back to In Progress. The entry's id; 0 if it failed.
    qint64 queueSample(OutboxKind kind, const QString &releaseName);
    // The request of `kind` that creates (or moves) something, as a fault
    // spec's "system:path" and as the journal counts it.
    struct Write
    {
        QString system;
        QString path;
    };
    static Write creatingWrite(OutboxKind kind);
    // How often the sandbox took `kind`'s creating write.
    int creates(OutboxKind kind);

    OutboxEntry entry(qint64 id) const { return m_store->outboxEntry(id).value(); }
    // Runs the worker until no entry is Pending or Sending; false on timeout.
    bool runUntilSettled(int timeoutMs = 15000)
    {
        return runUntilSettled(*m_worker, *m_store, timeoutMs);
    }
    // The same for any worker over `store`.
    static bool runUntilSettled(OutboxWorker &worker, const ReleaseStore &store, int timeoutMs);

    // /_sandbox/journal: every write the sandbox took, in order.
    QJsonArray journal();
    // The journal's writes of `system` with `method` whose path ends with `pathEnd`.
    int writes(const QString &system, const QByteArray &method, const QString &pathEnd);
    // A task of the seeded history in Jira status `status`.
    static QString taskIn(const QString &status);

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    QNetworkAccessManager m_network;
    AheadClock m_clock;
    SessionCredentialStore m_credentials;
    std::unique_ptr<Integrations> m_integrations;
    std::unique_ptr<OutboxWorker> m_worker;
    bool m_ready = false;
};

} // namespace ReleaseDesk::Testing
