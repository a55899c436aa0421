#include "synctestbench.h"

#include "services/connections/connectionsecrets.h"

#include <QEventLoop>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

namespace ReleaseDesk::Testing {

QStringList RecordingNetwork::requests(const QString &part) const
{
    QStringList found;
    for (const QString &request : m_requests) {
        if (request.contains(part))
            found << request;
    }
    return found;
}

QNetworkReply *RecordingNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                               QIODevice *body)
{
    static const char *const names[] = {"", "HEAD", "GET", "PUT", "POST", "DELETE", "CUSTOM"};
    const QUrl url = request.url();
    QString line = QString::fromLatin1(names[operation]) + u' ' + url.path() +
                   (url.hasQuery() ? u'?' + url.query(QUrl::FullyDecoded) : QString());
    // A form body (Slack's reads) as its fields; peeked, so the request still sends it.
    if (body && request.header(QNetworkRequest::ContentTypeHeader)
                    .toByteArray()
                    .startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = body->peek(body->bytesAvailable());
        form.replace('+', ' ');
        line += u' ' + QString::fromUtf8(QByteArray::fromPercentEncoding(form));
    }
    m_requests << line;
    QNetworkRequest sent(request);
    if (m_timeoutCap.count() > 0 && sent.transferTimeout() > m_timeoutCap.count())
        sent.setTransferTimeout(int(m_timeoutCap.count()));
    return QNetworkAccessManager::createRequest(operation, sent, body);
}

Sandbox::SandboxOptions SyncTestBench::options()
{
    Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
    options.catalogue.jiraIssues = 250;
    return options;
}

const Sandbox::Catalogue &SyncTestBench::catalogue()
{
    static const Sandbox::Catalogue catalogue = Sandbox::Catalogue::generate(options().catalogue);
    return catalogue;
}

SyncTestBench::SyncTestBench(ConnectionDocument::Choices choices)
    : SyncTestBench(options(), choices)
{}

SyncTestBench::SyncTestBench(Sandbox::SandboxOptions sandboxOptions,
                             ConnectionDocument::Choices choices)
    : m_clients(std::make_unique<ClientTestBench>(std::move(sandboxOptions))),
      m_network(std::make_unique<RecordingNetwork>())
{
    if (!m_clients->isListening() || !m_directory.isValid())
        return;
    const auto document = ConnectionDocument::parse(fixture().sandbox().connectionInfo(), choices);
    if (!document) {
        qWarning("%s", qPrintable(document.error()));
        return;
    }
    m_document = document.value();
    auto store = SqliteStore::open(m_directory.filePath(QStringLiteral("releasedesk.sqlite")));
    if (!store) {
        qWarning("%s", qPrintable(store.error()));
        return;
    }
    m_store = std::move(store).value();
    // The retry waits last 1 ms, as in the client suites.
    m_integrations = std::make_unique<Integrations>(
        *m_network, m_clients->clock(), [] { return 0.5; },
        [](std::chrono::milliseconds, QObject *context, std::function<void()> callback) {
            QTimer::singleShot(1, context, std::move(callback));
        });
    m_engine = std::make_unique<SyncEngine>(*m_integrations, *m_store);
    connect(m_document.settings);
}

SyncTestBench::~SyncTestBench()
{
    // The engine's requests go before the clients and the network they use.
    m_engine.reset();
    m_integrations.reset();
}

void SyncTestBench::connect(const ConnectionSettings &settings)
{
    QObject context;
    std::optional<Status> written;
    ConnectionSecrets::write(m_credentials, settings, m_document.secrets, &context,
                             [&](const Status &status) { written = status; });
    std::optional<Result<Secrets>> read;
    (void)QTest::qWaitFor([&] { return written.has_value(); }, 5000);
    if (written && *written) {
        ConnectionSecrets::read(m_credentials, settings, &context,
                                [&](const Result<Secrets> &secrets) { read = secrets; });
        (void)QTest::qWaitFor([&] { return read.has_value(); }, 5000);
    }
    if (!read || !*read) {
        qWarning("the secrets were not kept: %s", qPrintable(read      ? read->error()
                                                             : written ? written->error()
                                                                       : QString()));
        m_ready = false;
        return;
    }
    m_integrations->configure(settings, read->value());
    m_ready = true;
}

void SyncTestBench::reconnect(const ConnectionSettings &settings)
{
    connect(settings);
}

std::optional<SyncResult> SyncTestBench::sync(SyncEngine &engine, const SyncOptions &options,
                                              int waitMs)
{
    std::optional<SyncResult> result;
    QEventLoop loop;
    const auto connection =
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
    if (!engine.start(options)) {
        QObject::disconnect(connection);
        return std::nullopt;
    }
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return result;
}

SyncResult SyncTestBench::syncAll()
{
    const auto result = sync();
    if (!result)
        qWarning("the sync did not finish");
    return result.value_or(SyncResult());
}

bool SyncTestBench::allSynced(const SyncResult &result)
{
    for (const SystemSync &system : result.systems) {
        if (system.outcome != SystemSync::Outcome::Synced) {
            qWarning("%s", qPrintable(SyncSummary::line(system)));
            return false;
        }
    }
    return result.ok();
}

QHash<QString, Change> SyncTestBench::changesByKey()
{
    QHash<QString, Change> byKey;
    for (const Change &change : m_store->changes().value())
        byKey.insert(change.key, change);
    return byKey;
}

std::optional<SyncCursor> SyncTestBench::cursor(const QString &source)
{
    const auto stored = m_store->syncCursor(source);
    return stored ? stored.value() : std::nullopt;
}

const Sandbox::CatalogueRelease &SyncTestBench::catalogueRelease(Sandbox::HistoryStage stage)
{
    for (const auto &release : catalogue().releases) {
        if (release.stage == stage)
            return release;
    }
    qFatal("the seeded history has no release at that stage");
}

QString SyncTestBench::catalogueTask(const QString &status)
{
    for (const auto &task : catalogue().tasks) {
        if (task.status == status)
            return task.key;
    }
    return {};
}

Release SyncTestBench::release(const QString &name)
{
    const auto releases = m_store->releases();
    if (releases) {
        for (const Release &release : releases.value()) {
            if (release.name == name)
                return release;
        }
    }
    return {};
}

} // namespace ReleaseDesk::Testing
