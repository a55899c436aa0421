#include "deskbench.h"

#include "services/connections/connectionsecrets.h"
#include "services/sync/jirasync.h"
#include "support/outboxbench.h"
#include "support/synctestbench.h"

#include <QTest>
#include <QTimer>

namespace ReleaseDesk::Testing {

DeskBench::DeskBench(const QJsonObject &connections, const QString &storePath)
{
    const auto document = ConnectionDocument::parse(connections, ConnectionDocument::Choices{});
    auto store = SqliteStore::open(storePath.isEmpty()
                                       ? m_directory.filePath(QStringLiteral("releasedesk.sqlite3"))
                                       : storePath);
    if (!document || !store) {
        qWarning("%s", qPrintable(document ? store.error() : document.error()));
        return;
    }
    m_document = document.value();
    m_store = std::move(store).value();
    // The HTTP layer's own retry waits last 1 ms.
    m_integrations = std::make_unique<Integrations>(
        m_network, m_clock, [] { return 0.5; },
        [](std::chrono::milliseconds, QObject *context, std::function<void()> callback) {
            QTimer::singleShot(1, context, std::move(callback));
        });
    m_engine = std::make_unique<SyncEngine>(*m_integrations, *m_store);
    m_worker = std::make_unique<OutboxWorker>(*m_store, *m_integrations, m_clock,
                                              OutboxBench::testPolicy(), [] { return 0.5; });
    m_workflow = std::make_unique<ReleaseWorkflow>(*m_store, m_clock);
    m_workflow->setVerdictStatuses(m_document.settings.jira.verdictStatuses);
    m_workflow->setJiraProjects(m_document.settings.jira.projects());

    // The secrets go through the credential store, as the app keeps them.
    QObject context;
    std::optional<Status> written;
    ConnectionSecrets::write(m_credentials, m_document.settings, m_document.secrets, &context,
                             [&](const Status &status) { written = status; });
    (void)QTest::qWaitFor([&] { return written.has_value(); }, 5000);
    std::optional<Result<Secrets>> read;
    if (written && *written) {
        ConnectionSecrets::read(m_credentials, m_document.settings, &context,
                                [&](const Result<Secrets> &secrets) { read = secrets; });
        (void)QTest::qWaitFor([&] { return read.has_value(); }, 5000);
    }
    if (!read || !*read) {
        qWarning("the secrets were not kept");
        return;
    }
    m_integrations->configure(m_document.settings, read->value());
    m_ready = true;
}

DeskBench::~DeskBench()
{
    // What is in flight holds requests of the integrations: it goes first.
    m_worker.reset();
    m_engine.reset();
    m_integrations.reset();
}

std::optional<SyncResult> DeskBench::sync(int waitMs)
{
    return SyncTestBench::sync(*m_engine, SyncOptions(), waitMs);
}

bool DeskBench::sendOutbox(int timeoutMs)
{
    return OutboxBench::runUntilSettled(*m_worker, *m_store, timeoutMs);
}

QString DeskBench::account() const
{
    return JiraSync::signedInAccount(*m_store);
}

} // namespace ReleaseDesk::Testing
