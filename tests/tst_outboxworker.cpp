#include "models/formats/slackformat.h"
#include "models/formats/storageformat.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"
#include "support/forwardingstore.h"
#include "support/outboxbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString dev = QStringLiteral("Gareth Jones");

// The bench's store, whose next record of an attempt fails when told to, as a
// lock held past the busy timeout or a full disk would make it.
class UnrecordingStore final : public ForwardingStore
{
public:
    using ForwardingStore::ForwardingStore;

    void failNextUpdate() { m_failNext = true; }

    Status updateOutboxEntry(const OutboxEntry &entry) override
    {
        if (std::exchange(m_failNext, false))
            return Status::failure(QStringLiteral("database is locked"));
        return ForwardingStore::updateOutboxEntry(entry);
    }

private:
    bool m_failNext = false;
};

} // namespace

// The outbox worker against the sandbox: each kind of write sent and what its
// answer changes recorded, the developers told of a failed verdict, a system
// that is not connected, and an entry left Sending by a crash that is found
// where it arrived rather than sent again.
class TestOutboxWorker : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxBench> m_bench;

    Release stored(qint64 id) const { return m_bench->store().release(id).value(); }

    QJsonObject sandboxGet(const QString &system, const QString &path, const QByteArray &auth)
    {
        return m_bench->fixture()
            .get(m_bench->fixture().url(system, path), SandboxFixture::authorization(auth))
            .object();
    }

    // The Jira status and comment bodies of `key`, as the sandbox holds them.
    QString jiraStatus(const QString &key)
    {
        return sandboxGet(QStringLiteral("jira"),
                          QStringLiteral("/rest/api/2/issue/%1?fields=status").arg(key),
                          "Bearer sandbox-jira-pat")
            .value(QLatin1String("fields"))
            .toObject()
            .value(QLatin1String("status"))
            .toObject()
            .value(QLatin1String("name"))
            .toString();
    }
    QStringList jiraComments(const QString &key)
    {
        QStringList bodies;
        const QJsonArray comments =
            sandboxGet(QStringLiteral("jira"),
                       QStringLiteral("/rest/api/2/issue/%1/comment").arg(key),
                       "Bearer sandbox-jira-pat")
                .value(QLatin1String("comments"))
                .toArray();
        for (const QJsonValue &comment : comments)
            bodies << comment.toObject().value(QLatin1String("body")).toString();
        return bodies;
    }
    // The release channel's top-level messages, newest first.
    QStringList channelTexts()
    {
        QStringList texts;
        const QJsonArray messages =
            sandboxGet(QStringLiteral("slack"),
                       QStringLiteral("/api/conversations.history?channel=C0CHS00002&limit=200"),
                       "Bearer xoxb-sandbox-releasedesk")
                .value(QLatin1String("messages"))
                .toArray();
        for (const QJsonValue &message : messages)
            texts << message.toObject().value(QLatin1String("text")).toString();
        return texts;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<OutboxBench>();
        QVERIFY(m_bench->isReady());
        QVERIFY(m_bench->connect());
    }
    void cleanup() { m_bench.reset(); }

    // A release taken from its notes to the live request through the outbox:
    // each write sent once, and each answer moving the release on.
    void sendsEachRequestAndRecordsItsEffect()
    {
        ReleaseRequests requests(m_bench->store(), m_bench->clock());
        QSignalSpy sent(&m_bench->worker(), &OutboxWorker::sent);
        const qint64 id = m_bench->addRelease(QStringLiteral("2027.1.1"), Stage::ReadyForStaging);
        QVERIFY(id);

        QVERIFY(requests.publishNotes(id, dev));
        QVERIFY(m_bench->runUntilSettled());
        Release release = stored(id);
        QCOMPARE(release.stage, Stage::NotesPublished);
        QVERIFY(!release.notes.pageId.isEmpty());
        QVERIFY2(release.notes.pageUrl.startsWith(
                     m_bench->fixture().url(QStringLiteral("confluence"), {}).toString()),
                 qPrintable(release.notes.pageUrl));
        const QJsonArray pages =
            sandboxGet(QStringLiteral("confluence"),
                       QStringLiteral("/rest/api/content?spaceKey=REL&title=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(
                               StorageFormat::pageTitle(QStringLiteral("2027.1.1")))),
                       "Bearer sandbox-confluence-pat")
                .value(QLatin1String("results"))
                .toArray();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().toObject().value(QLatin1String("id")).toString(),
                 release.notes.pageId);

        QVERIFY(requests.raiseChange(id, dev));
        QVERIFY(m_bench->runUntilSettled());
        release = stored(id);
        QCOMPARE(release.stage, Stage::TicketRaised);
        QVERIFY2(release.changeTicket.startsWith(QLatin1String("CHG")),
                 qPrintable(release.changeTicket));
        QVERIFY(!release.changeTicketUrl.isEmpty());
        const QJsonArray changes =
            sandboxGet(
                QStringLiteral("servicenow"),
                QStringLiteral("/api/now/table/change_request?sysparm_query=correlation_id%3D"
                               "releasedesk%3A2027.1.1"),
                "Bearer sandbox-servicenow-oauth")
                .value(QLatin1String("result"))
                .toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.first().toObject();
        QCOMPARE(change.value(QLatin1String("number")).toString(), release.changeTicket);
        QCOMPARE(change.value(QLatin1String("backout_plan")).toString(),
                 QStringLiteral("Redeploy chs-orders-api 1.1.0."));
        QVERIFY(
            change.value(QLatin1String("description")).toString().contains(release.notes.pageUrl));

        QVERIFY(requests.requestStaging(id, dev));
        QVERIFY(m_bench->runUntilSettled());
        release = stored(id);
        QCOMPARE(release.stage, Stage::StagingRequested);
        const QString stagingText =
            SlackFormat::stagingRequest(release, QUrl(release.notes.pageUrl), release.changeTicket);
        QCOMPARE(channelTexts().count(stagingText), 1);
        QVERIFY(!release.stagingRequestRef.isEmpty());

        // Staging tested and passed, as the tester and the release team would.
        release.stage = Stage::StagingPassed;
        QVERIFY(m_bench->store().saveRelease(release, {}));
        QVERIFY(requests.requestLive(id, dev));
        QVERIFY(m_bench->runUntilSettled());
        release = stored(id);
        QCOMPARE(release.stage, Stage::LiveRequested);
        QVERIFY(!release.liveRequestRef.isEmpty());
        QVERIFY(release.liveRequestRef != release.stagingRequestRef);

        QCOMPARE(sent.size(), 4);
        for (OutboxKind kind :
             {OutboxKind::ConfluencePublish, OutboxKind::ServiceNowChange, OutboxKind::SlackPost})
            QCOMPARE(m_bench->creates(kind), kind == OutboxKind::SlackPost ? 2 : 1);
        QStringList sentTo;
        for (const AuditEvent &event : m_bench->store().auditTrail(id).value()) {
            if (event.action == AuditAction::Sent)
                sentTo << event.why.section(u':', 0, 0);
        }
        QCOMPARE(
            sentTo,
            (QStringList{QStringLiteral("sent to Confluence"), QStringLiteral("sent to ServiceNow"),
                         QStringLiteral("sent to Slack"), QStringLiteral("sent to Slack")}));
        for (const OutboxEntry &entry : m_bench->store().outboxEntries().value()) {
            QCOMPARE(entry.state, OutboxState::Done);
            QCOMPARE(entry.attempts, 1);
        }
    }

    // A failed verdict reaches the developers: the verdict's comment with the
    // note, the task back In Progress, and a message naming both, each once.
    void failedVerdictReachesTheDevelopers()
    {
        const QString task = OutboxBench::taskIn(QStringLiteral("Testing"));
        const qint64 id = m_bench->addRelease(QStringLiteral("2027.1.2"), Stage::InStaging, {task});
        QVERIFY(id);
        ReleaseWorkflow workflow(m_bench->store(), m_bench->clock());
        QVERIFY(workflow.recordTestResult(task, Environment::Staging, TestOutcome::Failed,
                                          QStringLiteral("Priya Shah"),
                                          QStringLiteral("500 on the filing page")));
        QSignalSpy sent(&m_bench->worker(), &OutboxWorker::sent);
        QSignalSpy counts(&m_bench->worker(), &OutboxWorker::pendingCountChanged);
        QVERIFY(m_bench->runUntilSettled());
        QCOMPARE(sent.size(), 2);
        QCOMPARE(counts.constFirst().constFirst().toInt(), 2);
        QCOMPARE(counts.constLast().constFirst().toInt(), 0);

        QCOMPARE(jiraStatus(task), QStringLiteral("In Progress"));
        const QStringList verdicts = jiraComments(task).filter(QStringLiteral(
            "Failed in Staging \u2014 tested by Priya Shah.\nNote: 500 on the filing page\n"
            "(ReleaseDesk verdict: staging/failed, ref "));
        QCOMPARE(verdicts.size(), 1);
        const QString message =
            task +
            QStringLiteral(" failed testing in S\u2060taging (Priya Shah): 500 on the filing "
                           "page\nIt goes back to In Progress for a fix.");
        QCOMPARE(channelTexts().count(message), 1);
        QCOMPARE(m_bench->writes(QStringLiteral("jira"), "POST", QStringLiteral("/comment")), 1);
        QCOMPARE(m_bench->writes(QStringLiteral("jira"), "POST", QStringLiteral("/transitions")),
                 1);
        QCOMPARE(
            m_bench->writes(QStringLiteral("slack"), "POST", QStringLiteral("/chat.postMessage")),
            1);
    }

    // A task already in the status asked for is not moved again.
    void taskAlreadyThereIsNotMoved()
    {
        const QString task = OutboxBench::taskIn(QStringLiteral("In Progress"));
        const qint64 release =
            m_bench->addRelease(QStringLiteral("2027.1.3"), Stage::InStaging, {task});
        const qint64 entry =
            m_bench->queue(JiraTransitionPayload{task, QStringLiteral("In Progress")}, release,
                           QStringLiteral("jira.transition:x:1"));
        QVERIFY(m_bench->runUntilSettled());
        QCOMPARE(m_bench->entry(entry).state, OutboxState::Done);
        QCOMPARE(m_bench->writes(QStringLiteral("jira"), "POST", QStringLiteral("/transitions")),
                 0);
    }

    // A task from whose status no transition leads there fails at once, for a person.
    void taskWithNoWayThereFails()
    {
        const QString task = OutboxBench::taskIn(QStringLiteral("In Review"));
        QVERIFY(!task.isEmpty());
        const qint64 release =
            m_bench->addRelease(QStringLiteral("2027.1.4"), Stage::InStaging, {task});
        const qint64 entry =
            m_bench->queue(JiraTransitionPayload{task, QStringLiteral("In Progress")}, release,
                           QStringLiteral("jira.transition:x:1"));
        QSignalSpy failed(&m_bench->worker(), &OutboxWorker::failed);
        QVERIFY(m_bench->runUntilSettled());
        const OutboxEntry stored = m_bench->entry(entry);
        QCOMPARE(stored.state, OutboxState::Failed);
        QCOMPARE(stored.attempts, 1);
        QCOMPARE(stored.lastError,
                 QStringLiteral("Jira: %1 cannot move from In Review to In Progress; its workflow "
                                "has no transition there now.")
                     .arg(task));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<OutboxEntry>().id, entry);
        QCOMPARE(jiraStatus(task), QStringLiteral("In Review"));
    }

    // A write for a system that is not connected waits, Pending, saying so;
    // the writes behind it still go.
    void notConnectedWaits()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect({RemoteSystem::Jira}));
        const qint64 post = bench.queueSample(OutboxKind::SlackPost, QStringLiteral("2027.2.1"));
        const qint64 comment =
            bench.queueSample(OutboxKind::JiraComment, QStringLiteral("2027.2.2"));
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        QSignalSpy idle(&bench.worker(), &OutboxWorker::idle);
        bench.worker().start();
        QVERIFY(idle.wait(5000));
        bench.worker().stop();
        const OutboxEntry waiting = bench.entry(post);
        QCOMPARE(waiting.state, OutboxState::Pending);
        QCOMPARE(waiting.attempts, 0);
        QCOMPARE(waiting.lastError, Integrations::notConnected(RemoteSystem::Slack));
        QVERIFY(waiting.lastError.startsWith(QLatin1String("Slack is not connected")));
        QVERIFY(waiting.nextAttempt > bench.clock().now().addSecs(3000));
        QCOMPARE(deferred.size(), 1);
        QCOMPARE(bench.entry(comment).state, OutboxState::Done);
        QCOMPARE(bench.writes(QStringLiteral("slack"), "POST", QStringLiteral("/chat.postMessage")),
                 0);
    }

    // An entry left Sending when the app stopped mid-request (the write had
    // arrived, its answer had not) is looked for first, found, and recorded
    // as sent: no second page, ticket, message, comment or move.
    void leftSendingIsFoundNotSentAgain_data()
    {
        QTest::addColumn<OutboxKind>("kind");
        for (OutboxKind kind :
             {OutboxKind::ConfluencePublish, OutboxKind::ServiceNowChange, OutboxKind::SlackPost,
              OutboxKind::JiraComment, OutboxKind::JiraTransition})
            QTest::newRow(qPrintable(toKey(kind))) << kind;
    }
    void leftSendingIsFoundNotSentAgain()
    {
        QFETCH(OutboxKind, kind);
        const qint64 id = m_bench->queueSample(kind, QStringLiteral("2027.3.1"));
        QVERIFY(id);
        const auto write = OutboxBench::creatingWrite(kind);
        const QByteArray spec =
            (write.system + u':' + write.path + QStringLiteral("=delay,delay-ms=5000,method=POST"))
                .toLatin1();
        m_bench->inject(spec.constData());
        m_bench->worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(m_bench->creates(kind), 1, 5000);
        // The answer is on its way when the app stops.
        m_bench->worker().stop();
        QCOMPARE(m_bench->entry(id).state, OutboxState::Sending);
        m_bench->fixture().sandbox().faults().clear();

        QVERIFY(m_bench->runUntilSettled());
        const OutboxEntry entry = m_bench->entry(id);
        QCOMPARE(entry.state, OutboxState::Done);
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(m_bench->creates(kind), 1);
        if (kind == OutboxKind::ConfluencePublish)
            QCOMPARE(stored(entry.releaseId).stage, Stage::NotesPublished);
        if (kind == OutboxKind::ServiceNowChange)
            QCOMPARE(stored(entry.releaseId).stage, Stage::TicketRaised);
    }

    // Started idle, the worker sends a new entry when kicked, without waiting
    // for its next look.
    void kickWakesTheWorker()
    {
        QSignalSpy idle(&m_bench->worker(), &OutboxWorker::idle);
        QSignalSpy sent(&m_bench->worker(), &OutboxWorker::sent);
        m_bench->worker().start();
        QVERIFY(idle.wait(5000));
        m_bench->queueSample(OutboxKind::JiraComment, QStringLiteral("2027.4.1"));
        m_bench->worker().kick();
        QVERIFY(sent.wait(5000));
        m_bench->worker().stop();
    }

    // A person retries a Failed entry once what failed it is fixed.
    void retriedByAPerson()
    {
        m_bench->inject("jira:/comment=status,status=403,method=POST,times=1");
        const qint64 id = m_bench->queueSample(OutboxKind::JiraComment, QStringLiteral("2027.5.1"));
        QVERIFY(m_bench->runUntilSettled());
        QCOMPARE(m_bench->entry(id).state, OutboxState::Failed);
        QVERIFY(m_bench->store().retryOutboxEntry(id));
        QVERIFY(m_bench->runUntilSettled());
        const OutboxEntry entry = m_bench->entry(id);
        QCOMPARE(entry.state, OutboxState::Done);
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(m_bench->creates(OutboxKind::JiraComment), 1);
    }

    // A failed attempt whose outcome the store would not take: the entry is
    // left Sending, which this worker would claim again once the store's
    // pause is over. It records the outcome first instead, so the write waits
    // out its backoff rather than being sent again after a few seconds.
    void failureNotRecordedKeepsItsBackoff()
    {
        using namespace std::chrono_literals;
        UnrecordingStore store(m_bench->store());
        OutboxRetry::Policy policy = OutboxBench::testPolicy();
        policy.firstDelay = 1min;
        policy.maxDelay = 1min;
        OutboxWorker worker(store, m_bench->integrations(), m_bench->clock(), policy,
                            [] { return 0.0; });
        const OutboxKind kind = OutboxKind::SlackPost;
        const qint64 id = m_bench->queueSample(kind, QStringLiteral("2027.9.1"));
        QVERIFY(id);
        m_bench->inject("slack:/api/chat.postMessage=status,status=503,times=1,method=POST");
        store.failNextUpdate();
        QSignalSpy problems(&worker, &OutboxWorker::storeProblem);
        QSignalSpy deferred(&worker, &OutboxWorker::deferred);
        QSignalSpy sent(&worker, &OutboxWorker::sent);

        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 5000);
        QCOMPARE(m_bench->entry(id).state, OutboxState::Sending);
        // The worker looks again after its pause of a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(deferred.size() + sent.size() > 0, 15000);
        QCOMPARE(sent.size(), 0);
        const OutboxEntry entry = m_bench->entry(id);
        QCOMPARE(entry.state, OutboxState::Pending);
        QCOMPARE(entry.attempts, 1);
        QVERIFY2(entry.nextAttempt > m_bench->clock().now().addSecs(20),
                 qPrintable(entry.nextAttempt.toString(Qt::ISODateWithMs)));
        QCOMPARE(m_bench->creates(kind), 0);
    }

    // A payload this version cannot read fails at once, for a person to discard.
    void unreadablePayloadFails()
    {
        const qint64 release = m_bench->addRelease(QStringLiteral("2027.6.1"), Stage::InStaging);
        OutboxEntry broken = OutboxPayloads::entry(
            JiraCommentPayload{QStringLiteral("CHS-1"), QStringLiteral("x")}, release,
            QStringLiteral("jira.comment:x:1"), m_bench->clock().now());
        broken.payload = "{\"key\":\"CHS-1\"}";
        QVERIFY(m_bench->store().saveRelease(stored(release), {}, {broken}));
        QVERIFY(m_bench->runUntilSettled());
        const OutboxEntry entry = m_bench->store().outboxEntries().value().constFirst();
        QCOMPARE(entry.state, OutboxState::Failed);
        QCOMPARE(entry.lastError,
                 QStringLiteral("The jira.comment payload cannot be read: “text” is missing."));
    }
};

QTEST_GUILESS_MAIN(TestOutboxWorker)
#include "tst_outboxworker.moc"
