#include "services/clients/servicenowparse.h"
#include "services/clients/slackparse.h"
#include "services/sandbox/jira/jirasystem.h"
#include "services/sandbox/slack/slacksystem.h"
#include "services/sync/jirasync.h"
#include "services/sync/servicenowsync.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

int taskCount()
{
    return int(SyncTestBench::catalogue().tasks.size());
}

Sandbox::JiraSystem &jiraOf(SyncTestBench &bench)
{
    return *static_cast<Sandbox::JiraSystem *>(
        bench.fixture().sandbox().system(QStringLiteral("jira")));
}

Sandbox::SlackSystem &slackOf(SyncTestBench &bench)
{
    return *static_cast<Sandbox::SlackSystem *>(
        bench.fixture().sandbox().system(QStringLiteral("slack")));
}

// The ts of the channel's top-level messages since `from`, as Slack lists them.
QSet<QString> channelSince(SyncTestBench &bench, const QDateTime &from)
{
    QObject context;
    std::optional<Result<QList<SlackMessage>>> read;
    bench.integrations().slack()->history(
        SlackParse::tsOf(from), {}, &context,
        [&read](const Result<QList<SlackMessage>> &history) { read = history; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 30000) || !read->ok())
        return {};
    QSet<QString> found;
    for (const SlackMessage &message : read->value()) {
        if (!message.isReply())
            found.insert(message.ts);
    }
    return found;
}

QSet<QString> storedTopLevel(SyncTestBench &bench)
{
    QSet<QString> found;
    for (const ChannelMessage &message : bench.store().channelMessages().value()) {
        if (message.threadTs.isEmpty())
            found.insert(message.ts);
    }
    return found;
}

QString newestOf(const QSet<QString> &ts, int rank = 0)
{
    QList<QString> sorted(ts.cbegin(), ts.cend());
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return SlackParse::tsMicros(a).value_or(0) > SlackParse::tsMicros(b).value_or(0);
    });
    return sorted.value(rank);
}

ConnectionDocument::Choices flavour(bool cloud)
{
    ConnectionDocument::Choices choices;
    choices.atlassianCloud = cloud;
    return choices;
}

} // namespace

// What sync reads from a system that changes while it reads, or that holds
// far more than the release's part: nothing is lost for good, and a first
// sync of a large or slow system makes progress that the next one goes on from.
class TestSyncReads : public QObject
{
    Q_OBJECT

    static void addJiraFlavours()
    {
        QTest::addColumn<bool>("cloud");
        QTest::newRow("data center") << false;
        QTest::newRow("cloud") << true;
    }

private slots:
    void incrementalSyncReadsDatesInTheAccountsZone_data()
    {
        QTest::addColumn<bool>("cloud");
        QTest::addColumn<QString>("zone");
        // Zones without summer time, so that the offsets hold all year.
        QTest::newRow("data center, UTC-5") << false << QStringLiteral("America/Bogota");
        QTest::newRow("data center, UTC+10") << false << QStringLiteral("Australia/Brisbane");
        QTest::newRow("cloud, UTC-5") << true << QStringLiteral("America/Bogota");
        QTest::newRow("cloud, UTC+10") << true << QStringLiteral("Australia/Brisbane");
    }
    void incrementalSyncReadsDatesInTheAccountsZone()
    {
        QFETCH(bool, cloud);
        QFETCH(QString, zone);
        SyncTestBench bench(flavour(cloud));
        QVERIFY(bench.isReady());
        // The account the desk signs in with chose its zone in its Jira profile.
        QVERIFY(jiraOf(bench).setTimeZone(QStringLiteral("release.bot"), zone));
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        // Testers comment on tasks as the desk syncs, so that the cursor comes
        // close to the present, within the zone's offset.
        const QString first = SyncTestBench::catalogue().tasks.at(0).key;
        const QString second = SyncTestBench::catalogue().tasks.at(1).key;
        QVERIFY(jiraOf(bench).comment(first, QStringLiteral("ben.jones"), QStringLiteral("Seen.")));
        QVERIFY(bench.syncAll().system(RemoteSystem::Jira).changed.contains(first));
        const QDateTime cursor =
            QDateTime::fromString(bench.cursor(JiraSync::cursorSource())->value, Qt::ISODateWithMs);
        QVERIFY(
            jiraOf(bench).comment(second, QStringLiteral("ben.jones"), QStringLiteral("Seen.")));
        bench.network().clear();
        const SyncResult again = bench.syncAll();
        QVERIFY(SyncTestBench::allSynced(again));
        QVERIFY2(again.system(RemoteSystem::Jira).changed.contains(second),
                 qPrintable(SyncSummary::line(again.system(RemoteSystem::Jira))));

        // The date Jira reads in the account's zone is the cursor, less the overlap.
        const QString since = cursor.addSecs(-120)
                                  .toTimeZone(QTimeZone(zone.toLatin1()))
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QStringList searches =
            bench.network().requests(cloud ? QStringLiteral("/rest/api/3/search/jql?")
                                           : QStringLiteral("/rest/api/2/search?"));
        searches.removeIf(
            [](const QString &r) { return r.contains(QLatin1String("fixVersion = ")); });
        QVERIFY(!searches.isEmpty());
        QVERIFY2(searches.first().contains(QStringLiteral("updated >= \"%1\"").arg(since)),
                 qPrintable(searches.first()));
        // Kept with the account, for whatever else reads dates as this person.
        QCOMPARE(JiraSync::signedInTimeZone(bench.store()), QTimeZone(zone.toLatin1()));
    }

    void issuesUpdatedWhilePagingAreAllRead_data() { addJiraFlavours(); }
    void issuesUpdatedWhilePagingAreAllRead()
    {
        QFETCH(bool, cloud);
        SyncTestBench bench(flavour(cloud));
        QVERIFY(bench.isReady());
        // After each page is stored, a tester comments on one of the tasks
        // already read: it moves to the end of the search's order, and the
        // tasks after it move one place forward.
        QStringList commented;
        QObject::connect(&bench.engine(), &SyncEngine::progress, &bench.engine(),
                         [&](RemoteSystem system, const QString &phase, int count, int) {
                             if (system != RemoteSystem::Jira || phase != QLatin1String("tasks") ||
                                 count == 0 || count >= taskCount())
                                 return;
                             for (const Change &stored : bench.store().changes().value()) {
                                 if (commented.contains(stored.key))
                                     continue;
                                 commented << stored.key;
                                 QVERIFY(jiraOf(bench).comment(stored.key,
                                                               QStringLiteral("carla.smith"),
                                                               QStringLiteral("Retested.")));
                                 return;
                             }
                         });
        const SyncResult result = bench.syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(commented.size(), 2);
        QCOMPARE(int(bench.store().changes()->size()), taskCount());
        QCOMPARE(result.system(RemoteSystem::Jira).changed.size(), taskCount());
    }

    void serviceNowReadsAgainFromBeforeItsCursors()
    {
        SyncTestBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        bench.network().clear();
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        // A record saved in the same second as the newest one read, or whose
        // transaction ended after the last search, is read again: from the
        // cursor less the overlap.
        for (const auto &[source, table] :
             {std::pair{ServiceNowSync::changeCursorSource(), QStringLiteral("change_request?")},
              std::pair{ServiceNowSync::taskCursorSource(), QStringLiteral("change_task?")}}) {
            const QDateTime cursor =
                QDateTime::fromString(bench.cursor(source)->value, Qt::ISODate);
            QVERIFY(cursor.isValid());
            const QString since = ServiceNowParse::formatTime(
                cursor.addSecs(-std::chrono::seconds(ServiceNowSync::overlap).count()));
            const QStringList reads = bench.network().requests(table);
            QVERIFY(!reads.isEmpty());
            QVERIFY2(reads.first().contains(u"sys_updated_on>=" + since),
                     qPrintable(reads.first()));
        }
    }

    void confluenceFindsNotesPagesAmongManyOthers_data() { addJiraFlavours(); }
    void confluenceFindsNotesPagesAmongManyOthers()
    {
        QFETCH(bool, cloud);
        SyncTestBench bench(flavour(cloud));
        QVERIFY(bench.isReady());
        // The team's space holds 500 pages besides the release notes.
        QJsonObject state = bench.fixture().sandbox().state();
        QJsonObject confluence = state.value(QLatin1String("confluence")).toObject();
        QJsonArray pages = confluence.value(QLatin1String("pages")).toArray();
        const qsizetype notes = pages.size();
        const QJsonObject model = pages.first().toObject();
        qint64 nextId = confluence.value(QLatin1String("nextId")).toInteger();
        for (int i = 0; i < 500; ++i) {
            QJsonObject page = model;
            page.insert(QLatin1String("id"), QString::number(nextId++));
            page.insert(QLatin1String("title"), QStringLiteral("Meeting notes %1").arg(i));
            page.insert(QLatin1String("body"), QStringLiteral("<p>Agreed on item %1.</p>").arg(i));
            pages.append(page);
        }
        confluence.insert(QLatin1String("pages"), pages);
        confluence.insert(QLatin1String("nextId"), double(nextId));
        state.insert(QLatin1String("confluence"), confluence);
        QVERIFY(bench.fixture().sandbox().setState(state));

        const SyncResult result = bench.syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        // Every release's notes page found, as before.
        int withPage = 0;
        for (const Release &release : bench.store().releases().value())
            withPage += release.notes.pageId.isEmpty() ? 0 : 1;
        QVERIFY(withPage > 0);
        QVERIFY(result.system(RemoteSystem::Confluence).read <= int(notes));
        // Found by title, a few requests, and no page's body.
        const QStringList asked = bench.network().requests(QStringLiteral("/confluence/"));
        QVERIFY2(asked.size() <= 2, qPrintable(asked.join(u'\n')));
        for (const QString &request : asked)
            QVERIFY2(!request.contains(QLatin1String("body")), qPrintable(request));
    }

    void slackFirstSyncReadsABoundedWindow()
    {
        SyncTestBench bench;
        QVERIFY(bench.isReady());
        // All of a busy channel's history first, with no window.
        ConnectionSettings settings = bench.settings();
        settings.slack.historyDays = 3650;
        bench.reconnect(settings);
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        const QList<ChannelMessage> whole = bench.store().channelMessages().value();
        QDateTime oldest = bench.clients().clock().now();
        for (const ChannelMessage &message : whole)
            oldest = qMin(oldest, message.posted);
        // A window of half the history.
        const int days = int(oldest.daysTo(bench.clients().clock().now()) / 2);
        QVERIFY(days >= 1);

        SyncTestBench bounded;
        QVERIFY(bounded.isReady());
        settings = bounded.settings();
        settings.slack.historyDays = days;
        bounded.reconnect(settings);
        QVERIFY(SyncTestBench::allSynced(bounded.syncAll()));
        const QDateTime from = bounded.clients().clock().now().addDays(-days);
        const QStringList history =
            bounded.network().requests(QStringLiteral("conversations.history"));
        QVERIFY(!history.isEmpty());
        QVERIFY2(history.first().contains(u"oldest=" + SlackParse::tsOf(from)),
                 qPrintable(history.first()));
        // The messages of the window only, and fewer than the whole history.
        const QList<ChannelMessage> stored = bounded.store().channelMessages().value();
        QVERIFY(!stored.isEmpty());
        QVERIFY2(stored.size() < whole.size(), qPrintable(QString::number(whole.size())));
        for (const ChannelMessage &message : stored) {
            if (message.threadTs.isEmpty())
                QVERIFY(message.posted >= from);
        }
    }
    void slackFirstSyncResumesFromThePageItReached()
    {
        SyncTestBench bench;
        QVERIFY(bench.isReady());
        // A busy channel: over four pages of Slack's 200 in the first sync's window.
        Sandbox::SlackSystem &slack = slackOf(bench);
        const QString tester = slack.userId(QStringLiteral("carla.smith"));
        for (int i = 0; i < 850; ++i) {
            QVERIFY(!slack
                         .postAsUser(slack.releaseChannelId(), tester,
                                     QStringLiteral("Still testing build %1").arg(i))
                         .isEmpty());
        }
        const QDateTime from =
            bench.clients().clock().now().addDays(-bench.settings().slack.historyDays);
        const QSet<QString> window = channelSince(bench, from);
        const int pages = int((window.size() + 199) / 200);
        QVERIFY2(pages >= 5, qPrintable(QString::number(window.size())));
        bench.network().clear();

        // Slack limits the first sync for good once two pages are in.
        bool limited = false;
        QObject::connect(&bench.engine(), &SyncEngine::progress, &bench.engine(),
                         [&](RemoteSystem system, const QString &phase, int count, int) {
                             if (limited || system != RemoteSystem::Slack ||
                                 phase != QLatin1String("channel messages") || count < 400)
                                 return;
                             limited = true;
                             bench.inject(
                                 "slack:/api/conversations.history=ratelimit,retry-after=1");
                         });
        const auto first = bench.sync();
        QVERIFY(first);
        QVERIFY(limited);
        const SystemSync &failed = first->system(RemoteSystem::Slack);
        QCOMPARE(failed.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(failed.error.contains(QLatin1String("429")), qPrintable(failed.error));
        // The two pages read are kept: the newest 400 messages, and no more.
        const QSet<QString> kept = storedTopLevel(bench);
        QCOMPARE(kept.size(), 400);
        QCOMPARE(newestOf(kept), newestOf(window));
        QCOMPARE(newestOf(kept, 399), newestOf(window, 399));
        // The channel is not read whole yet, so later syncs do not start above it.
        const QString source = SlackSync::cursorSource(bench.settings().slack.channel);
        QVERIFY(!bench.cursor(source));

        // The next sync reads on below the pages kept, then what came since.
        bench.fixture().sandbox().faults().clear();
        bench.network().clear();
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        const QStringList resumed =
            bench.network().requests(QStringLiteral("conversations.history"));
        QCOMPARE(resumed.size(), pages - 2 + 1);
        QVERIFY2(resumed.first().contains(u"latest=" + newestOf(window, 399)),
                 qPrintable(resumed.first()));
        QVERIFY2(resumed.last().contains(u"oldest=" + newestOf(window)),
                 qPrintable(resumed.last()));
        QCOMPARE(storedTopLevel(bench), window);
        QCOMPARE(bench.cursor(source)->value, newestOf(window));

        // And a message posted now comes with the next sync, from the newest one.
        const QString posted =
            slack.postAsUser(slack.releaseChannelId(), tester, QStringLiteral("All green"));
        bench.network().clear();
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        const QStringList later = bench.network().requests(QStringLiteral("conversations.history"));
        QCOMPARE(later.size(), 1);
        QVERIFY2(later.first().contains(u"oldest=" + newestOf(window)), qPrintable(later.first()));
        QVERIFY(storedTopLevel(bench).contains(posted));
        QCOMPARE(bench.cursor(source)->value, posted);
    }
};

QTEST_GUILESS_MAIN(TestSyncReads)
#include "tst_syncreads.moc"
