#include "models/formats/releasechannel.h"
#include "services/sync/concoursesync.h"
#include "services/sync/jirasync.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

namespace {

// Where adoption puts a release of the seeded history: where it stands, a
// backed-out one too, from the release team's "Backed out of live" reply.
Stage expectedStage(HistoryStage stage)
{
    return Sandbox::appStage(stage);
}

} // namespace

// The sync against the sandbox: a first run that fills an empty store, the
// runs after it that read only what changed, and what the settings and the
// options choose to read.
class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void firstSyncFillsTheStore()
    {
        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QVERIFY2(result.adoptionSkipped.isEmpty(), qPrintable(result.adoptionSkipped));

        // Jira: every task, each reported as new.
        const QHash<QString, Change> changes = m_bench->changesByKey();
        QCOMPARE(changes.size(), SyncTestBench::catalogue().tasks.size());
        for (const auto &task : SyncTestBench::catalogue().tasks) {
            QVERIFY2(changes.contains(task.key), qPrintable(task.key));
            QCOMPARE(changes[task.key].status, task.status);
            QCOMPARE(changes[task.key].fixVersion, task.fixVersion);
        }
        const SystemSync &jira = result.system(RemoteSystem::Jira);
        QCOMPARE(jira.read, SyncTestBench::catalogue().tasks.size());
        QCOMPARE(jira.changed.size(), SyncTestBench::catalogue().tasks.size());
        QDateTime newest;
        for (const auto &task : SyncTestBench::catalogue().tasks)
            newest = qMax(newest, task.updated.toUTC());
        QCOMPARE(m_bench->cursor(JiraSync::cursorSource())->value,
                 newest.toString(Qt::ISODateWithMs));

        // Concourse: a service per pipeline, and every job's builds with their versions.
        const QList<Service> services = m_bench->store().services().value();
        QCOMPARE(services.size(), SyncTestBench::catalogue().services.size());
        for (const Service &service : services) {
            QCOMPARE(service.pipeline, service.name);
            QCOMPARE(service.team, QStringLiteral("chs"));
            QVERIFY(SyncTestBench::catalogue().service(service.name));
        }
        const QList<PipelineBuild> builds = m_bench->store().builds().value();
        QVERIFY(!builds.isEmpty());
        for (const auto &service : SyncTestBench::catalogue().services) {
            for (PipelineJob job :
                 {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
                qint64 newestBuild = 0;
                for (const PipelineBuild &build : builds) {
                    if (build.service == service.name && build.job == job)
                        newestBuild = qMax(newestBuild, build.id);
                }
                QVERIFY2(newestBuild > 0, qPrintable(service.name));
                const auto jobCursor =
                    m_bench->cursor(ConcourseSync::cursorSource(service.name, job));
                QVERIFY(jobCursor);
                QCOMPARE(jobCursor->value.toLongLong(), newestBuild);
            }
        }
        for (const PipelineBuild &build : builds) {
            if (build.status == BuildStatus::Succeeded)
                QVERIFY2(!build.version.isEmpty(), qPrintable(build.name));
        }

        // Slack: the release channel, each message read for what it is.
        int requests = 0;
        int replies = 0;
        int backOuts = 0;
        for (const auto &release : SyncTestBench::catalogue().releases) {
            backOuts += release.stage == HistoryStage::BackedOut;
            requests += (release.stage >= HistoryStage::StagingRequested) +
                        (release.stage >= HistoryStage::LiveRequested);
            replies += (release.stage >= HistoryStage::InStaging) +
                       (release.stage >= HistoryStage::Live) +
                       (release.stage == HistoryStage::BackedOut);
        }
        const QList<ChannelMessage> messages = m_bench->store().channelMessages().value();
        QCOMPARE(messages.size(), requests + replies);
        QCOMPARE(result.system(RemoteSystem::Slack).changed.size(), messages.size());
        // Every reply is the release manager's, a member of the release team.
        int backedOut = 0;
        for (const ChannelMessage &message : messages) {
            QVERIFY2(message.kind != ChannelMessageKind::None, qPrintable(message.text));
            QCOMPARE(message.threadTs.isEmpty(), ReleaseChannel::isRequest(message.kind));
            QVERIFY2(message.kind != ChannelMessageKind::Unrecognised &&
                         message.kind != ChannelMessageKind::NotFromReleaseTeam,
                     qPrintable(message.text));
            QVERIFY(!message.releaseName.isEmpty());
            backedOut += message.kind == ChannelMessageKind::BackedOutOfLive;
        }
        QCOMPARE(backedOut, backOuts);
        QVERIFY(result.system(RemoteSystem::Slack).unrecognised.isEmpty());
        QVERIFY(m_bench->cursor(SlackSync::cursorSource(QStringLiteral("release_chs"))));

        // The releases under way, taken over at the stage their evidence shows.
        QCOMPARE(result.adopted.size(), SyncTestBench::catalogue().releases.size());
        for (const auto &seeded : SyncTestBench::catalogue().releases) {
            const Release release = m_bench->release(seeded.name);
            QVERIFY2(release.id != 0, qPrintable(seeded.name));
            QCOMPARE(release.stage, expectedStage(seeded.stage));
            QStringList keys = seeded.taskKeys;
            QStringList stored = release.taskKeys;
            keys.sort();
            stored.sort();
            QCOMPARE(stored, keys);
            QCOMPARE(release.changeTicket, seeded.changeNumber);
            QCOMPARE(release.notes.pageId.isEmpty(), seeded.stage < HistoryStage::NotesPublished);
            if (seeded.stage >= HistoryStage::InStaging)
                QCOMPARE(release.testTaskNumber, seeded.testTaskNumber);
            QCOMPARE(release.stagingRequestRef.isEmpty(),
                     seeded.stage < HistoryStage::StagingRequested);
            QCOMPARE(release.liveRequestRef.isEmpty(), seeded.stage < HistoryStage::LiveRequested);
            for (const ReleaseService &service : release.services)
                QVERIFY2(!service.version.isEmpty(), qPrintable(service.service));
            const QList<AuditEvent> trail = m_bench->store().auditTrail(release.id).value();
            QCOMPARE(trail.size(), 1);
            QCOMPARE(trail.first().action, AuditAction::Imported);
            QVERIFY2(trail.first().why.startsWith(QLatin1String("imported from Jira")),
                     qPrintable(trail.first().why));
        }
    }

    void secondSyncReadsOnlyWhatChanged()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const QDateTime jiraCursor = QDateTime::fromString(
            m_bench->cursor(JiraSync::cursorSource())->value, Qt::ISODateWithMs);
        const QString slackCursor =
            m_bench->cursor(SlackSync::cursorSource(QStringLiteral("release_chs")))->value;
        const int releases = int(m_bench->store().releases()->size());
        m_bench->network().clear();

        const SyncResult again = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(again));
        for (const SystemSync &sync : again.systems)
            QVERIFY2(sync.changed.isEmpty(), qPrintable(SyncSummary::line(sync)));
        QVERIFY(again.adopted.isEmpty());
        QCOMPARE(int(m_bench->store().releases()->size()), releases);

        // Jira: from the newest update stored, less the overlap, in update order.
        const QString since = jiraCursor.addSecs(-120).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        // (The releases under way are searched for by fix version, apart.)
        QStringList searches =
            m_bench->network().requests(QStringLiteral("/jira/rest/api/2/search?"));
        searches.removeIf(
            [](const QString &r) { return r.contains(QLatin1String("fixVersion = ")); });
        QCOMPARE(searches.size(), 1);
        QVERIFY2(
            searches.first().contains(
                QStringLiteral(
                    "jql=project IN (\"CHS\") AND updated >= \"%1\" ORDER BY updated ASC, key ASC")
                    .arg(since)),
            qPrintable(searches.first()));
        QVERIFY(again.system(RemoteSystem::Jira).read < SyncTestBench::catalogue().tasks.size());
        // Concourse: each pipeline's jobs, and no builds, as none is new or running.
        int jobLists = 0;
        for (const QString &request : m_bench->network().requests(QStringLiteral("/concourse/")))
            jobLists += request.endsWith(QLatin1String("/jobs")) ? 1 : 0;
        QCOMPARE(jobLists, SyncTestBench::catalogue().services.size());
        QVERIFY(m_bench->network().requests(QStringLiteral("/builds")).isEmpty());
        // Slack: the history after the newest message stored; no thread, as
        // no request waits and nothing new came.
        const QStringList history =
            m_bench->network().requests(QStringLiteral("conversations.history"));
        QCOMPARE(history.size(), 1);
        QVERIFY2(history.first().contains(u"oldest=" + slackCursor), qPrintable(history.first()));
        // ServiceNow: records updated since the newest one read.
        const QStringList changes = m_bench->network().requests(QStringLiteral("change_request?"));
        QVERIFY(!changes.isEmpty());
        QVERIFY2(changes.first().contains(QLatin1String("sys_updated_on>=")),
                 qPrintable(changes.first()));
    }

    void waitingRequestsAreReadAgain()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        m_bench->network().clear();
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        // The threads of the newest requests of the releases under way (the
        // ones waiting, and the ones the release team may still back out),
        // and nothing else.
        QStringList threads;
        for (const QString &request :
             m_bench->network().requests(QStringLiteral("conversations.replies")))
            threads << request.section(QStringLiteral("ts="), 1).section(u'&', 0, 0);
        const QDateTime lately = m_bench->clients().clock().now().addDays(-SlackSync::backOutDays);
        QStringList watched;
        int waiting = 0;
        for (const Release &release : m_bench->store().releases().value()) {
            if (release.stage == Stage::StagingRequested || release.stage == Stage::LiveRequested) {
                QVERIFY(threads.contains(ReleaseChannel::newestRequest(release)));
                ++waiting;
            }
            if (!isTerminal(release.stage) ||
                (release.stage == Stage::Live && release.stageChanged >= lately))
                watched << ReleaseChannel::newestRequest(release);
        }
        watched.removeAll(QString());
        threads.sort();
        watched.sort();
        QCOMPARE(threads, watched);
        QCOMPARE(waiting, 2);
    }

    void settingsNarrowTheSync()
    {
        ConnectionSettings settings = m_bench->settings();
        settings.concourse.pipelines = {QStringLiteral("chs-orders-api")};
        settings.jira.jql = QStringLiteral("status = \"Done\"");
        m_bench->reconnect(settings);
        QVERIFY(m_bench->isReady());
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));

        // Only the listed pipeline, without asking Concourse for the team's list.
        QVERIFY(!m_bench->network().requests().contains(
            QStringLiteral("GET /concourse/api/v1/teams/chs/pipelines")));
        QCOMPARE(m_bench->store().services()->size(), 1);
        for (const PipelineBuild &build : m_bench->store().builds().value())
            QCOMPARE(build.service, QStringLiteral("chs-orders-api"));
        // The extra JQL, in parentheses, in every search.
        const QStringList searches =
            m_bench->network().requests(QStringLiteral("/jira/rest/api/2/search?"));
        QVERIFY(!searches.isEmpty());
        for (const QString &search : searches)
            QVERIFY2(search.contains(QLatin1String("project IN (\"CHS\") AND (status = \"Done\")")),
                     qPrintable(search));
        for (const Change &change : m_bench->store().changes().value())
            QCOMPARE(change.status, QStringLiteral("Done"));
    }

    void extraJqlThatIsNotOneConditionIsRefused()
    {
        ConnectionSettings settings = m_bench->settings();
        settings.jira.jql = QStringLiteral("labels = a) OR (project = OTHER");
        m_bench->reconnect(settings);
        const SyncResult result = m_bench->syncAll();
        const SystemSync &jira = result.system(RemoteSystem::Jira);
        QCOMPARE(jira.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(jira.error.startsWith(QLatin1String("Jira connection: The extra JQL")),
                 qPrintable(jira.error));
        QVERIFY(m_bench->network().requests(QStringLiteral("/jira/rest/api/2/search?")).isEmpty());
        QVERIFY(m_bench->store().changes()->isEmpty());
        QCOMPARE(result.system(RemoteSystem::Slack).outcome, SystemSync::Outcome::Synced);
    }

    void onlyTheSystemsAskedFor()
    {
        SyncOptions options;
        options.systems = {RemoteSystem::Jira};
        const auto result = m_bench->sync(options);
        QVERIFY(result);
        QCOMPARE(result->system(RemoteSystem::Jira).outcome, SystemSync::Outcome::Synced);
        for (RemoteSystem other : {RemoteSystem::Concourse, RemoteSystem::Confluence,
                                   RemoteSystem::ServiceNow, RemoteSystem::Slack})
            QCOMPARE(result->system(other).outcome, SystemSync::Outcome::Skipped);
        // Without this sync's pages and changes, a release's stage would be a guess.
        QVERIFY(result->adopted.isEmpty());
        QVERIFY2(result->adoptionSkipped.contains(QLatin1String("Confluence")),
                 qPrintable(result->adoptionSkipped));
        QVERIFY(m_bench->network().requests(QStringLiteral("/slack/")).isEmpty());
    }

    void fullSyncReadsEverythingAgain()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        m_bench->network().clear();
        SyncOptions options;
        options.full = true;
        const auto result = m_bench->sync(options);
        QVERIFY(result && SyncTestBench::allSynced(*result));
        QCOMPARE(result->system(RemoteSystem::Jira).read, SyncTestBench::catalogue().tasks.size());
        QVERIFY(result->system(RemoteSystem::Jira).changed.isEmpty());
        QVERIFY(!m_bench->network()
                     .requests(QStringLiteral("/jira/rest/api/2/search?"))
                     .first()
                     .contains(QLatin1String("updated >=")));
    }

    void secondStartWhileRunningIsRefused()
    {
        QVERIFY(m_bench->engine().start());
        QVERIFY(m_bench->engine().isRunning());
        QVERIFY(!m_bench->engine().start());
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!m_bench->engine().isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
