#include "models/formats/releasechannel.h"
#include "models/formats/slackformat.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"
#include "services/sync/concoursesync.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// Changes made in the remote systems between syncs: a task moved in Jira, a
// branch merged and built, and the release team's answers that move a
// release; and a release the user made, which adoption leaves alone.
class TestSyncChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

    // The release team answers after the sandbox's reply delay: sync until
    // the release has moved on from `from`, or give up after a few seconds.
    Release syncUntilMoved(const QString &name, Stage from)
    {
        Release release;
        for (int attempt = 0; attempt < 100; ++attempt) {
            m_bench->sync();
            release = m_bench->release(name);
            if (release.stage != from)
                break;
            QTest::qWait(50);
        }
        return release;
    }

    QString postRequest(const Release &release, bool staging)
    {
        const QString text = staging
                                 ? SlackFormat::stagingRequest(release, QUrl(release.notes.pageUrl),
                                                               release.changeTicket)
                                 : SlackFormat::liveRequest(release, QUrl(release.notes.pageUrl),
                                                            release.changeTicket);
        const auto posted = await<Result<SlackMessage>>([&](QObject *context, auto done) {
            m_bench->integrations().slack()->postMessage(text, QString(), context, done);
        });
        return posted && *posted ? posted->value().ts : QString();
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void changesBetweenSyncsShowUp()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        // A developer starts a task in Jira, and another one's branch is merged.
        const QString started = SyncTestBench::catalogueTask(QStringLiteral("To Do"));
        const QString merged = SyncTestBench::catalogueTask(QStringLiteral("In Review"));
        QVERIFY(!started.isEmpty() && !merged.isEmpty());
        const auto moved = m_bench->fixture().sendJson(
            "POST",
            m_bench->fixture().url(QStringLiteral("jira"),
                                   QStringLiteral("/rest/api/2/issue/%1/transitions").arg(started)),
            QJsonDocument(QJsonObject{{QStringLiteral("transition"),
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("11")}}}}),
            {SandboxFixture::bearer(QStringLiteral("sandbox-jira-pat"))});
        QCOMPARE(moved.status, 204);
        const auto merge = m_bench->fixture().sendJson(
            "POST", m_bench->fixture().url(QStringLiteral("_sandbox"), QStringLiteral("/merge")),
            QJsonDocument(QJsonObject{{QStringLiteral("key"), merged}}));
        QVERIFY2(merge.status == 200 || merge.status == 204, merge.body.constData());

        const SyncResult after = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(after));
        QStringList changed = after.system(RemoteSystem::Jira).changed;
        changed.sort();
        QStringList expected{started, merged};
        expected.sort();
        QCOMPARE(changed, expected);
        const QHash<QString, Change> changes = m_bench->changesByKey();
        QCOMPARE(changes[started].status, QStringLiteral("In Progress"));
        QCOMPARE(changes[merged].status, QStringLiteral("Ready for Test"));

        // The merge started the service's pipeline: its first build is new,
        // and still running, so the next syncs read it again until it ends.
        const QString service = changes[merged].service;
        const QStringList newBuilds = after.system(RemoteSystem::Concourse).changed;
        QVERIFY2(!newBuilds.isEmpty(), "no new build");
        const qint64 first = newBuilds.first().toLongLong();
        const auto stored = [&](qint64 id) {
            for (const PipelineBuild &build : m_bench->store().builds().value()) {
                if (build.id == id)
                    return build;
            }
            return PipelineBuild();
        };
        QCOMPARE(stored(first).service, service);
        QVERIFY(isRunning(stored(first).status));
        const auto jobCursor =
            m_bench->cursor(ConcourseSync::cursorSource(service, PipelineJob::DockerBuildEcr));
        QVERIFY(jobCursor->value.toLongLong() < first);
        for (int attempt = 0; attempt < 100 && isRunning(stored(first).status); ++attempt) {
            QTest::qWait(50);
            QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        }
        QVERIFY(!isRunning(stored(first).status));
        QVERIFY(m_bench->cursor(ConcourseSync::cursorSource(service, PipelineJob::DockerBuildEcr))
                    ->value.toLongLong() >= first);
    }

    // A release team that opens its test task under a type of its own: only a
    // task of the type the settings name is the release's test task.
    void theTestTaskIsFoundByTheTeamsType_data()
    {
        QTest::addColumn<QString>("testTaskType");
        QTest::addColumn<bool>("found");
        QTest::newRow("the team's type") << QStringLiteral("uat") << true;
        QTest::newRow("the default") << QStringLiteral("testing") << false;
    }
    void theTestTaskIsFoundByTheTeamsType()
    {
        QFETCH(QString, testTaskType);
        QFETCH(bool, found);
        ConnectionSettings settings = m_bench->settings();
        settings.serviceNow.testTaskType = testTaskType;
        m_bench->reconnect(settings);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const QString name = SyncTestBench::catalogueRelease(HistoryStage::TicketRaised).name;
        QVERIFY(m_bench->release(name).testTaskNumber.isEmpty());

        // The release team opens the task in ServiceNow under its own type,
        // without a word in the channel.
        const auto auth = SandboxFixture::bearer(QStringLiteral("sandbox-servicenow-oauth"));
        const auto changes = m_bench->fixture().get(
            m_bench->fixture().url(
                QStringLiteral("servicenow"),
                QStringLiteral("/api/now/table/change_request?sysparm_query=correlation_id=%1")
                    .arg(ReleaseRequests::correlationId(name))),
            {auth});
        const QString change = changes.object()
                                   .value(QLatin1String("result"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("sys_id"))
                                   .toString();
        QVERIFY(!change.isEmpty());
        const auto created = m_bench->fixture().sendJson(
            "POST",
            m_bench->fixture().url(QStringLiteral("servicenow"),
                                   QStringLiteral("/api/now/table/change_task")),
            QJsonDocument(QJsonObject{{QStringLiteral("change_request"), change},
                                      {QStringLiteral("change_task_type"), QStringLiteral("uat")},
                                      {QStringLiteral("short_description"),
                                       QStringLiteral("User acceptance of %1").arg(name)}}),
            {auth});
        QCOMPARE(created.status, 201);
        const QString number = created.object()
                                   .value(QLatin1String("result"))
                                   .toObject()
                                   .value(QLatin1String("number"))
                                   .toString();

        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(m_bench->release(name).testTaskNumber, found ? number : QString());
    }

    void stagingAnswerMovesTheReleaseToStaging()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const QString name = SyncTestBench::catalogueRelease(HistoryStage::TicketRaised).name;
        Release release = m_bench->release(name);
        QCOMPARE(release.stage, Stage::TicketRaised);
        QVERIFY(!release.changeTicket.isEmpty());

        // ReleaseDesk asks for staging, as the outbox would.
        const QString ts = postRequest(release, true);
        QVERIFY(!ts.isEmpty());
        ReleaseWorkflow workflow(m_bench->store(), m_bench->clients().clock());
        QVERIFY(workflow.recordStagingRequest(release.id, ts, QStringLiteral("alice")).ok());
        QVERIFY(
            workflow
                .transition(release.id, Stage::StagingRequested, QStringLiteral("alice"), QString())
                .ok());

        release = syncUntilMoved(name, Stage::StagingRequested);
        QCOMPARE(release.stage, Stage::InStaging);
        QVERIFY(release.testTaskNumber.startsWith(QLatin1String("CTASK")));
        // The task the release team opened in ServiceNow under the change.
        const auto task = m_bench->fixture().get(
            m_bench->fixture().url(
                QStringLiteral("servicenow"),
                QStringLiteral("/api/now/table/change_task?sysparm_query=number=%1")
                    .arg(release.testTaskNumber)),
            {SandboxFixture::bearer(QStringLiteral("sandbox-servicenow-oauth"))});
        QCOMPARE(task.object().value(QLatin1String("result")).toArray().size(), 1);

        const QList<AuditEvent> trail = m_bench->store().auditTrail(release.id).value();
        QCOMPARE(trail.last().action, AuditAction::Transition);
        QCOMPARE(trail.last().toStage, toKey(Stage::InStaging));
        // Said by the release manager, a member of @release-team, under their Slack name.
        QCOMPARE(trail.last().actor, QStringLiteral("Rita Release"));
        QVERIFY2(trail.last().why.startsWith(QLatin1String("Applied to staging: ") + name),
                 qPrintable(trail.last().why));
        // The team's reply and ServiceNow's testing task name the same task;
        // whichever sync step read it first recorded it.
        const auto answer = std::find_if(trail.cbegin(), trail.cend(), [](const AuditEvent &e) {
            return e.action == AuditAction::TestTaskRecorded;
        });
        QVERIFY(answer != trail.cend());
        QCOMPARE(answer->why, release.testTaskNumber);

        const QList<ChannelMessage> thread = m_bench->store().channelMessages(name).value();
        const auto reply = std::find_if(thread.cbegin(), thread.cend(),
                                        [&](const auto &m) { return m.threadTs == ts; });
        QVERIFY(reply != thread.cend());
        QCOMPARE(reply->kind, ChannelMessageKind::AppliedToStaging);
    }

    void liveAnswerMovesTheReleaseLive()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const QString name = SyncTestBench::catalogueRelease(HistoryStage::LiveRequested).name;
        Release release = m_bench->release(name);
        QCOMPARE(release.stage, Stage::LiveRequested);
        // Asked again, as a person would after a day without an answer.
        const QString ts = postRequest(release, false);
        QVERIFY(!ts.isEmpty());
        ReleaseWorkflow workflow(m_bench->store(), m_bench->clients().clock());
        QVERIFY(workflow.recordLiveRequest(release.id, ts, QStringLiteral("alice")).ok());

        release = syncUntilMoved(name, Stage::LiveRequested);
        QCOMPARE(release.stage, Stage::Live);
        const QList<ChannelMessage> thread = m_bench->store().channelMessages(name).value();
        const auto reply = std::find_if(thread.cbegin(), thread.cend(), [&](const auto &m) {
            return m.ts == release.liveConfirmationRef;
        });
        QVERIFY(reply != thread.cend());
        QCOMPARE(reply->threadTs, ts);
        QCOMPARE(reply->kind, ChannelMessageKind::AppliedToLive);
    }

    // Adoption leaves a known release alone; it follows its fix version instead.
    void adoptionLeavesAKnownReleaseAlone()
    {
        // A release the user made before the first sync, under a name Jira also has.
        const QString name = SyncTestBench::catalogueRelease(HistoryStage::Live).name;
        Release mine;
        mine.name = name;
        mine.taskKeys = {QStringLiteral("CHS-1001")};
        mine.notes.description = QStringLiteral("Mine");
        AuditEvent created;
        created.actor = QStringLiteral("alice");
        created.action = AuditAction::Created;
        created.at = m_bench->clients().clock().now();
        const auto id = m_bench->store().createRelease(mine, created);
        QVERIFY(id.ok());

        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(result.adopted.size(), SyncTestBench::catalogue().releases.size() - 1);
        const Release after = m_bench->store().release(id.value()).value();
        QCOMPARE(after.notes.description, QStringLiteral("Mine"));
        // Not taken over; only the references it lacked were filled in.
        for (const AuditEvent &event : m_bench->store().auditTrail(id.value()).value())
            QVERIFY2(event.action != AuditAction::Imported, qPrintable(event.why));
        // But it follows its fix version: Jira's tasks, and released is Live.
        QStringList versionTasks;
        for (const auto &task : SyncTestBench::catalogue().tasks) {
            if (task.fixVersion == name)
                versionTasks << task.key;
        }
        QStringList tasks = after.taskKeys;
        tasks.sort();
        versionTasks.sort();
        QCOMPARE(tasks, versionTasks);
        QCOMPARE(after.stage, Stage::Live);
        const AuditEvent last = m_bench->store().auditTrail(id.value()).value().last();
        QVERIFY2(last.toStage == QLatin1String("live") && last.why.contains(QLatin1String("Jira")),
                 qPrintable(last.why));
        QCOMPARE(after.changeTicket,
                 SyncTestBench::catalogueRelease(HistoryStage::Live).changeNumber);
    }
};

QTEST_GUILESS_MAIN(TestSyncChanges)
#include "tst_syncchanges.moc"
