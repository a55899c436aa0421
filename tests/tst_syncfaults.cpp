#include "services/sync/jirasync.h"
#include "services/sync/servicenowsync.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QStringList secrets{
    QStringLiteral("sandbox-jira-pat"),   QStringLiteral("sandbox-jira-token"),
    QStringLiteral("sandbox-concourse"),  QStringLiteral("sandbox-confluence-pat"),
    QStringLiteral("sandbox-servicenow"), QStringLiteral("xoxb-sandbox-releasedesk")};

bool revealsNoSecret(const SyncResult &result)
{
    for (const QString &line : SyncSummary::lines(result)) {
        for (const QString &secret : secrets) {
            if (line.contains(secret))
                return false;
        }
    }
    return true;
}

int taskCount()
{
    return int(SyncTestBench::catalogue().tasks.size());
}

} // namespace

// A system that fails, answers badly or is cancelled mid-sync: its own
// result says so in words a person can act on, the others sync all the same,
// and the store keeps every page it stored, with a cursor that never runs
// ahead of them, so the next sync loses nothing.
class TestSyncFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

    // Runs `onFirstPage` once Jira's first page of tasks is stored.
    void onFirstJiraPage(std::function<void()> onFirstPage)
    {
        auto done = std::make_shared<bool>(false);
        QObject::connect(
            &m_bench->engine(), &SyncEngine::progress, &m_bench->engine(),
            [done, onFirstPage](RemoteSystem system, const QString &phase, int count, int) {
                if (*done || system != RemoteSystem::Jira || phase != QLatin1String("tasks") ||
                    count == 0)
                    return;
                *done = true;
                onFirstPage();
            });
    }

    // Every system but `failed` synced.
    static bool othersSynced(const SyncResult &result, RemoteSystem failed)
    {
        for (const SystemSync &sync : result.systems) {
            if (sync.system != failed && sync.outcome != SystemSync::Outcome::Synced) {
                qWarning("%s", qPrintable(SyncSummary::line(sync)));
                return false;
            }
        }
        return true;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void jiraUnavailableMidSearchKeepsWhatWasStored()
    {
        // The pages after the first meet a Jira that answers 503 to every try.
        onFirstJiraPage([this] { m_bench->inject("jira:/search=status,status=503"); });
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &jira = result->system(RemoteSystem::Jira);
        QCOMPARE(jira.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(jira.error.startsWith(QLatin1String("Jira search:")) &&
                     jira.error.contains(QLatin1String("503")),
                 qPrintable(jira.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Jira));
        QVERIFY(revealsNoSecret(*result));
        QVERIFY(!result->ok());

        // The first page is stored with the cursor it reached, no further.
        const QList<Change> stored = m_bench->store().changes().value();
        QCOMPARE(stored.size(), 100);
        QCOMPARE(jira.changed.size(), 100);
        QDateTime newest;
        for (const Change &change : stored)
            newest = qMax(newest, change.updated);
        QCOMPARE(m_bench->cursor(JiraSync::cursorSource())->value,
                 newest.toUTC().toString(Qt::ISODateWithMs));
        // Without every fix version and task, no release is taken over.
        QVERIFY(!result->adoptionSkipped.isEmpty());
        QVERIFY(m_bench->store().releases()->isEmpty());

        // Jira is back: the next sync reads on from the cursor and loses nothing.
        m_bench->fixture().sandbox().faults().clear();
        const auto again = m_bench->sync();
        QVERIFY(again && again->ok());
        QCOMPARE(m_bench->store().changes()->size(), taskCount());
        QCOMPARE(again->system(RemoteSystem::Jira).changed.size(), taskCount() - 100);
        QCOMPARE(again->adopted.size(), SyncTestBench::catalogue().releases.size());
    }

    void jiraAnswersBadly_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("said");
        QTest::newRow("server error")
            << QByteArray("jira:/search=status,status=500") << QStringLiteral("500");
        QTest::newRow("reset") << QByteArray("jira:/search=reset")
                               << QStringLiteral("try again later");
        QTest::newRow("truncated")
            << QByteArray("jira:/search=truncated") << QStringLiteral("try again later");
        QTest::newRow("malformed json")
            << QByteArray("jira:/search=malformed-json") << QStringLiteral("not valid JSON");
        QTest::newRow("sign-in page")
            << QByteArray("jira:/search=wrong-content-type") << QStringLiteral("web page");
        QTest::newRow("oversized")
            << QByteArray("jira:/search=oversized,bytes=9437184") << QStringLiteral("larger than");
        QTest::newRow("rate limited") << QByteArray("jira:/search=ratelimit,retry-after=1")
                                      << QStringLiteral("limiting requests");
    }
    void jiraAnswersBadly()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, said);
        m_bench->inject(fault.constData());
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &jira = result->system(RemoteSystem::Jira);
        QCOMPARE(jira.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(jira.error.startsWith(QLatin1String("Jira search:")) && jira.error.contains(said),
                 qPrintable(jira.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Jira));
        QVERIFY(revealsNoSecret(*result));
        QVERIFY(m_bench->store().changes()->isEmpty());
        QVERIFY(!m_bench->cursor(JiraSync::cursorSource()));
        QVERIFY(m_bench->store().releases()->isEmpty());
    }

    void serviceNowMalformedAnswer()
    {
        m_bench->inject("servicenow:/change_request=malformed-json");
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &serviceNow = result->system(RemoteSystem::ServiceNow);
        QCOMPARE(serviceNow.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(serviceNow.error.startsWith(QLatin1String("ServiceNow")) &&
                     serviceNow.error.contains(QLatin1String("JSON")),
                 qPrintable(serviceNow.error));
        QVERIFY(othersSynced(*result, RemoteSystem::ServiceNow));
        QVERIFY(revealsNoSecret(*result));
        // Nothing read, so the cursors stay where they were: nowhere.
        QVERIFY(!m_bench->cursor(ServiceNowSync::changeCursorSource()));
        QVERIFY(!m_bench->cursor(ServiceNowSync::taskCursorSource()));
        // A stage without the changes would be a guess: no release yet.
        QVERIFY2(result->adoptionSkipped.contains(QLatin1String("ServiceNow")),
                 qPrintable(result->adoptionSkipped));
        QVERIFY(m_bench->store().releases()->isEmpty());
        // The other systems' data is all there.
        QCOMPARE(m_bench->store().changes()->size(), taskCount());
        QVERIFY(!m_bench->store().channelMessages()->isEmpty());
    }

    void slackRateLimited()
    {
        m_bench->inject("slack:/api/conversations.history=ratelimit,retry-after=1");
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &slack = result->system(RemoteSystem::Slack);
        QCOMPARE(slack.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(slack.error.startsWith(QLatin1String("Slack channel history:")) &&
                     slack.error.contains(QLatin1String("429")),
                 qPrintable(slack.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Slack));
        QVERIFY(revealsNoSecret(*result));
        QVERIFY(m_bench->store().channelMessages()->isEmpty());
        QVERIFY(!m_bench->cursor(SlackSync::cursorSource(QStringLiteral("release_chs"))));
        QVERIFY(m_bench->store().releases()->isEmpty());
    }

    void slackRateLimitedOnceWaitsAndGoesOn()
    {
        m_bench->inject("slack:/api/conversations.history=ratelimit,retry-after=1,times=1");
        const auto result = m_bench->sync();
        QVERIFY(result);
        QVERIFY(result->ok());
        QVERIFY(!m_bench->store().channelMessages()->isEmpty());
        // It waited as Slack asked before asking again.
        QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
    }

    void slackThreadFailureStoresNothingOfTheChannel()
    {
        m_bench->inject("slack:/api/conversations.replies=status,status=500");
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &slack = result->system(RemoteSystem::Slack);
        QCOMPARE(slack.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(slack.error.startsWith(QLatin1String("Slack thread replies:")),
                 qPrintable(slack.error));
        // The history alone would move the cursor past threads not read.
        QVERIFY(m_bench->store().channelMessages()->isEmpty());
        QVERIFY(!m_bench->cursor(SlackSync::cursorSource(QStringLiteral("release_chs"))));
    }

    void unreachableSystem()
    {
        ConnectionSettings settings = m_bench->settings();
        // A port nothing listens on.
        settings.confluence.url = QUrl(QStringLiteral("http://127.0.0.1:1/confluence"));
        m_bench->reconnect(settings);
        QVERIFY(m_bench->isReady());
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &confluence = result->system(RemoteSystem::Confluence);
        QCOMPARE(confluence.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(confluence.error.startsWith(QLatin1String("Confluence")) &&
                     confluence.error.contains(QLatin1String("could not reach the server")),
                 qPrintable(confluence.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Confluence));
        QVERIFY(revealsNoSecret(*result));
        QCOMPARE(m_bench->store().changes()->size(), taskCount());
    }

    void concourseWrongAnswerKeepsOtherPipelines()
    {
        // One pipeline's builds come back as a sign-in page.
        m_bench->inject("concourse:/pipelines/chs-orders-api/jobs/=wrong-content-type");
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &concourse = result->system(RemoteSystem::Concourse);
        QCOMPARE(concourse.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(concourse.error.startsWith(QLatin1String("Concourse builds:")),
                 qPrintable(concourse.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Concourse));
        QSet<QString> services;
        for (const PipelineBuild &build : m_bench->store().builds().value())
            services.insert(build.service);
        QVERIFY(!services.contains(QStringLiteral("chs-orders-api")));
        QCOMPARE(services.size(), SyncTestBench::catalogue().services.size() - 1);
        QVERIFY(!m_bench->cursor(QStringLiteral("concourse:chs-orders-api/docker-build-ecr")));

        // Its cursors did not move, so the next sync reads what was missed.
        m_bench->fixture().sandbox().faults().clear();
        const auto again = m_bench->sync();
        QVERIFY(again && again->ok());
        QVERIFY(m_bench->cursor(QStringLiteral("concourse:chs-orders-api/docker-build-ecr")));
        const QList<PipelineBuild> builds = m_bench->store().builds().value();
        const auto orders = std::count_if(builds.cbegin(), builds.cend(), [](const auto &build) {
            return build.service == u"chs-orders-api";
        });
        QCOMPARE(int(orders), again->system(RemoteSystem::Concourse).changed.size());
        QVERIFY(orders > 0);
    }

    void concourseJobsUnreadable()
    {
        m_bench->inject("concourse:/pipelines/chs-search-api/jobs=malformed-json");
        const auto result = m_bench->sync();
        QVERIFY(result);
        const SystemSync &concourse = result->system(RemoteSystem::Concourse);
        QCOMPARE(concourse.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(concourse.error.startsWith(QLatin1String("Concourse jobs:")) &&
                     concourse.error.contains(QLatin1String("not valid JSON")),
                 qPrintable(concourse.error));
        QVERIFY(othersSynced(*result, RemoteSystem::Concourse));
        for (const PipelineBuild &build : m_bench->store().builds().value())
            QVERIFY(build.service != u"chs-search-api");
    }

    void cancelMidSync()
    {
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        onFirstJiraPage([this] { m_bench->engine().cancel(); });
        const auto result = m_bench->sync();
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(!result->ok());
        QCOMPARE(finished.size(), 1);
        const SystemSync &jira = result->system(RemoteSystem::Jira);
        QCOMPARE(jira.outcome, SystemSync::Outcome::Cancelled);
        // The page it was storing is kept, with its cursor; nothing after it.
        QCOMPARE(m_bench->store().changes()->size(), 100);
        QCOMPARE(jira.changed.size(), 100);
        QVERIFY(m_bench->cursor(JiraSync::cursorSource()));
        QVERIFY(result->adopted.isEmpty());
        QVERIFY(m_bench->store().releases()->isEmpty());
        // The channel is stored whole or not at all.
        const qsizetype messages = m_bench->store().channelMessages()->size();
        QVERIFY2(messages == 0 || messages == result->system(RemoteSystem::Slack).changed.size(),
                 qPrintable(QString::number(messages)));

        const auto again = m_bench->sync();
        QVERIFY(again && again->ok());
        QCOMPARE(m_bench->store().changes()->size(), taskCount());
        QCOMPARE(again->adopted.size(), SyncTestBench::catalogue().releases.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
