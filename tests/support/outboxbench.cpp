#include "outboxbench.h"

#include "models/formats/storageformat.h"
#include "models/usecases/releaserequests.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsecrets.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace ReleaseDesk::Testing {

namespace {

// Calls `start(context, done)` and waits for the one call back.
template <typename Value, typename Start> std::optional<Value> wait(Start start)
{
    QObject context;
    std::optional<Value> result;
    QEventLoop loop;
    start(&context, [&](const Value &value) {
        result = value;
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

} // namespace

OutboxBench::OutboxBench(OutboxRetry::Policy policy, Sandbox::SandboxOptions options)
    : m_fixture(std::make_unique<SandboxFixture>(std::move(options)))
{
    auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("releasedesk.sqlite")));
    if (!m_dir.isValid() || !store || !m_fixture->isListening())
        return;
    m_store = std::move(store).value();
    m_integrations = std::make_unique<Integrations>(
        m_network, m_clock, [] { return 0.5; },
        [](std::chrono::milliseconds, QObject *context, std::function<void()> callback) {
            QTimer::singleShot(1, context, std::move(callback));
        });
    m_worker = std::make_unique<OutboxWorker>(*m_store, *m_integrations, m_clock, policy,
                                              [] { return 0.5; });
    m_ready = true;
}

OutboxBench::~OutboxBench()
{
    // The worker first: its attempt in flight holds requests of the integrations.
    m_worker.reset();
    m_integrations.reset();
}

OutboxRetry::Policy OutboxBench::testPolicy()
{
    using namespace std::chrono_literals;
    OutboxRetry::Policy policy;
    policy.maxAttempts = 4;
    policy.firstDelay = 40ms;
    policy.maxDelay = 160ms;
    // Long enough for a verdict's five requests under the sanitizers' slowness,
    // short enough that a hung request is retried within a test.
    policy.attemptTimeout = 2000ms;
    policy.notConnectedDelay = std::chrono::hours(1);
    return policy;
}

QList<RemoteSystem> OutboxBench::writtenSystems()
{
    return {RemoteSystem::Jira, RemoteSystem::Confluence, RemoteSystem::ServiceNow,
            RemoteSystem::Slack};
}

bool OutboxBench::connect(const QList<RemoteSystem> &systems, const QString &proxy)
{
    QJsonObject info = m_fixture->sandbox().connectionInfo();
    for (RemoteSystem system : allRemoteSystems()) {
        if (!systems.contains(system)) {
            info.remove(toKey(system));
        } else if (!proxy.isEmpty()) {
            QJsonObject connection = info.value(toKey(system)).toObject();
            connection.insert(QStringLiteral("proxy"), proxy);
            info.insert(toKey(system), connection);
        }
    }
    const auto document = ConnectionDocument::parse(info, {});
    if (!document) {
        qWarning("%s", qPrintable(document.error()));
        return false;
    }
    const auto written = wait<Status>([&](QObject *context, auto done) {
        ConnectionSecrets::write(m_credentials, document->settings, document->secrets, context,
                                 done);
    });
    const auto secrets = wait<Result<Secrets>>([&](QObject *context, auto done) {
        ConnectionSecrets::read(m_credentials, document->settings, context, done);
    });
    if (!written || !written->ok() || !secrets || !secrets->ok())
        return false;
    m_integrations->configure(document->settings, secrets->value());
    return true;
}

void OutboxBench::inject(const char *spec)
{
    const auto rule = Sandbox::FaultRule::parse(QString::fromLatin1(spec));
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    m_fixture->sandbox().faults().add(rule.value());
}

qint64 OutboxBench::storeRelease(ReleaseStore &store, const QDateTime &now, const QString &name,
                                 Stage stage, const QStringList &tasks)
{
    const QStringList keys =
        tasks.isEmpty() ? QStringList{taskIn(QStringLiteral("Testing"))} : tasks;
    QList<Change> changes;
    for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
        if (keys.contains(task.key))
            changes << Change{
                task.key, task.summary, task.status,     task.assignee,       task.service,
                {},       {},           task.fixVersion, ReviewState::Merged, task.updated};
    }
    if (!store.saveChanges(changes))
        return 0;
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.2.0"), QStringLiteral("ECS")}};
    release.taskKeys = keys;
    release.notes = {QStringLiteral("Paginate the filing history."),
                     QStringLiteral("Redeploy chs-orders-api 1.1.0."),
                     {},
                     true,
                     {},
                     {}};
    release.created = release.stageChanged = release.updated = now;
    AuditEvent created;
    created.actor = QStringLiteral("Gareth Jones");
    created.at = now;
    created.action = AuditAction::Created;
    const auto id = store.createRelease(release, created);
    if (!id)
        return 0;
    release.id = id.value();
    release.stage = stage;
    if (stage >= Stage::NotesPublished) {
        release.notes.pageId = QStringLiteral("2293761");
        release.notes.pageUrl = QStringLiteral("https://wiki.example/pages/2293761");
    }
    if (stage >= Stage::TicketRaised)
        release.changeTicket = QStringLiteral("CHG0030001");
    if (stage >= Stage::StagingRequested)
        release.stagingRequestRef = QStringLiteral("1732100000.000100");
    if (stage >= Stage::InStaging)
        release.testTaskNumber = QStringLiteral("CTASK0010001");
    if (!store.saveRelease(release, {}))
        return 0;
    return release.id;
}

qint64 OutboxBench::queue(const OutboxPayload &payload, qint64 releaseId, const QString &key)
{
    const auto release = m_store->release(releaseId);
    if (!release)
        return 0;
    if (!m_store->saveRelease(release.value(), {},
                              {OutboxPayloads::entry(payload, releaseId, key, m_clock.now())}))
        return 0;
    const auto entries = m_store->outboxEntries();
    return entries && !entries->isEmpty() ? entries->constFirst().id : 0;
}

qint64 OutboxBench::queueSample(OutboxKind kind, const QString &releaseName)
{
    const QString task = taskIn(QStringLiteral("Testing"));
    const QString key =
        OutboxPayloads::idempotencyKey(kind, releaseName, QStringLiteral("sample"), 1);
    if (kind == OutboxKind::ConfluencePublish) {
        const qint64 id = addRelease(releaseName, Stage::ReadyForStaging);
        return queue(PublishPagePayload{StorageFormat::pageTitle(releaseName),
                                        QStringLiteral("<p>The notes of %1.</p>").arg(releaseName)},
                     id, key);
    }
    if (kind == OutboxKind::ServiceNowChange) {
        const qint64 id = addRelease(releaseName, Stage::NotesPublished);
        return queue(ReleaseRequests::changeRequest(m_store->release(id).value()), id, key);
    }
    const qint64 id = addRelease(releaseName, Stage::InStaging, {task});
    if (kind == OutboxKind::SlackPost) {
        return queue(
            SlackPostPayload{
                QStringLiteral("%1 failed testing in S\u2060taging: %2").arg(task, releaseName),
                {},
                SlackPurpose::TestFailure},
            id, key);
    }
    if (kind == OutboxKind::JiraComment)
        return queue(
            JiraCommentPayload{task, QStringLiteral("Failed testing in %1").arg(releaseName)}, id,
            key);
    return queue(JiraTransitionPayload{task, ReleaseRequests::reworkStatus()}, id, key);
}

OutboxBench::Write OutboxBench::creatingWrite(OutboxKind kind)
{
    if (kind == OutboxKind::ConfluencePublish)
        return {QStringLiteral("confluence"), QStringLiteral("/rest/api/content")};
    if (kind == OutboxKind::ServiceNowChange)
        return {QStringLiteral("servicenow"), QStringLiteral("/api/now/table/change_request")};
    if (kind == OutboxKind::SlackPost)
        return {QStringLiteral("slack"), QStringLiteral("/api/chat.postMessage")};
    if (kind == OutboxKind::JiraComment)
        return {QStringLiteral("jira"), QStringLiteral("/comment")};
    return {QStringLiteral("jira"), QStringLiteral("/transitions")};
}

int OutboxBench::creates(OutboxKind kind)
{
    const Write write = creatingWrite(kind);
    return writes(write.system, "POST", write.path);
}

bool OutboxBench::runUntilSettled(OutboxWorker &worker, const ReleaseStore &store, int timeoutMs)
{
    const auto settled = [&store] {
        const auto pending = store.outbox(OutboxState::Pending);
        const auto sending = store.outbox(OutboxState::Sending);
        return pending && sending && pending->isEmpty() && sending->isEmpty();
    };
    // A real event loop, not a polling wait: the sandbox serves from this
    // thread, and every round trip would otherwise wait out the polls.
    QEventLoop loop;
    const auto check = [&] {
        if (settled())
            loop.quit();
    };
    QObject::connect(&worker, &OutboxWorker::sent, &loop, check);
    QObject::connect(&worker, &OutboxWorker::failed, &loop, check);
    QObject::connect(&worker, &OutboxWorker::idle, &loop, check);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    worker.start();
    worker.kick();
    loop.exec();
    worker.stop();
    return settled();
}

QJsonArray OutboxBench::journal()
{
    return m_fixture->get(m_fixture->url(QStringLiteral("_sandbox"), QStringLiteral("/journal")))
        .json()
        .array();
}

int OutboxBench::writes(const QString &system, const QByteArray &method, const QString &pathEnd)
{
    int count = 0;
    for (const QJsonValue &value : journal()) {
        const QJsonObject write = value.toObject();
        if (write.value(QLatin1String("system")).toString() == system &&
            write.value(QLatin1String("method")).toString().toLatin1() == method &&
            write.value(QLatin1String("path")).toString().endsWith(pathEnd))
            ++count;
    }
    return count;
}

QString OutboxBench::taskIn(const QString &status)
{
    for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
        if (task.status == status)
            return task.key;
    }
    return {};
}

} // namespace ReleaseDesk::Testing
