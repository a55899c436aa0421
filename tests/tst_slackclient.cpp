#include "tst_slackclient.h"

#include "models/formats/slackformat.h"
#include "services/sandbox/simulation/catalogue.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

// The Slack client's reads against the sandbox: who the token is, the release
// channel, its history and the release team's answers in threads.
class TestSlackClient : public ClientSuite<SlackBench>
{
    Q_OBJECT

private:
    SlackBench &bench() { return client(); }

    // A release the team can stage: it has a change ticket and no request yet.
    static Release releaseToStage()
    {
        for (const auto &entry : SandboxFixture::smallCatalogue().releases) {
            if (entry.stage != Sandbox::HistoryStage::TicketRaised)
                continue;
            Release release;
            release.name = entry.name;
            release.changeTicket = entry.changeNumber;
            for (const auto &[service, version] : entry.services)
                release.services.append({service, version, QStringLiteral("ECS")});
            return release;
        }
        qFatal("the catalogue has no release with a ticket raised");
    }

private slots:
    void checkCredentials()
    {
        SlackClient client(bench().http(), bench().connection());
        const auto identity = SlackBench::checkCredentials(client);
        QVERIFY(identity);
        QVERIFY2(identity->ok(), qPrintable(identity->error()));
        QCOMPARE(identity->value().team, QStringLiteral("CHS"));
        QCOMPARE(identity->value().user, QStringLiteral("releasedesk"));
        QCOMPARE(identity->value().userId, bench().slack().userId(QStringLiteral("releasedesk")));
        QVERIFY(identity->value().botId.startsWith(u'B'));
    }

    void refusedCredentialsAreReadable_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong token") << QStringLiteral("xoxb-not-the-token") << QByteArray()
                                     << QStringLiteral("Slack did not accept the token");
        QTest::newRow("no token") << QString() << QByteArray()
                                  << QStringLiteral("no token was sent");
        // Slack answers these with HTTP 200 and ok:false.
        QTest::newRow("401") << SlackBench::token()
                             << QByteArray("slack:/api/auth.test=status,status=401")
                             << QStringLiteral("Slack did not accept the token");
        QTest::newRow("403") << SlackBench::token()
                             << QByteArray("slack:/api/auth.test=status,status=403")
                             << QStringLiteral("lacks a permission");
    }
    void refusedCredentialsAreReadable()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        if (!fault.isEmpty())
            bench().inject(fault.constData());
        SlackConnection connection = bench().connection();
        connection.token = token;
        SlackClient client(bench().http(), connection);
        const auto identity = SlackBench::checkCredentials(client);
        QVERIFY(identity);
        QVERIFY(!identity->ok());
        QVERIFY2(identity->error().startsWith(QLatin1String("Slack sign-in check: ")) &&
                     identity->error().contains(says),
                 qPrintable(identity->error()));
        QVERIFY(!identity->error().contains(SlackBench::token()));
        QVERIFY(token.isEmpty() || !identity->error().contains(token));
    }

    void resolvesTheChannel_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("by name") << QStringLiteral("release_chs") << 200;
        QTest::newRow("with its #") << QStringLiteral("#release_chs") << 200;
        QTest::newRow("by id") << QStringLiteral("C0CHS00002") << 200;
        QTest::newRow("a channel a page") << QStringLiteral("release_chs") << 1;
    }
    void resolvesTheChannel()
    {
        QFETCH(QString, channel);
        QFETCH(int, pageSize);
        SlackClient client(bench().http(), bench().connection(channel, pageSize));
        const auto id = SlackBench::resolve(client);
        QVERIFY(id);
        QVERIFY2(id->ok(), qPrintable(id->error()));
        QCOMPARE(id->value(), bench().releaseChannelId());
        QCOMPARE(bench().releaseChannelId(), QStringLiteral("C0CHS00002"));
    }

    void theChannelIsRemembered()
    {
        SlackClient client(bench().http(), bench().connection());
        const auto first = SlackBench::resolve(client);
        QVERIFY(first && first->ok());
        // A lookup that reached the sandbox now would meet this fault and spend it.
        bench().inject("slack:/api/conversations.list=status,status=500,times=1");
        const auto again = SlackBench::resolve(client);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(again->value(), first->value());
        const auto history = SlackBench::history(client);
        QVERIFY(history && history->ok());
        QCOMPARE(bench().fixture().sandbox().faults().rules().size(), 1);
    }

    void channelProblemsAreTold_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a member")
            << QStringLiteral("chs-dev")
            << QStringLiteral("the app is not a member of #chs-dev; invite it there with /invite.");
        QTest::newRow("archived") << QStringLiteral("random-archived")
                                  << QStringLiteral("the channel #random-archived is archived");
        QTest::newRow("private without the app")
            << QStringLiteral("private-ops")
            << QStringLiteral("the channel #private-ops was not found, or it is private");
        QTest::newRow("missing") << QStringLiteral("#no-such-channel")
                                 << QStringLiteral("the channel #no-such-channel was not found");
        QTest::newRow("none set") << QStringLiteral(" ") << QStringLiteral("no channel is set");
    }
    void channelProblemsAreTold()
    {
        QFETCH(QString, channel);
        QFETCH(QString, says);
        // Two a page, so that the whole list is read across pages.
        SlackClient client(bench().http(), bench().connection(channel, 2));
        const auto id = SlackBench::resolve(client);
        QVERIFY(id);
        QVERIFY(!id->ok());
        QVERIFY2(id->error().startsWith(QLatin1String("Slack channel lookup: ")) &&
                     id->error().contains(says),
                 qPrintable(id->error()));
        // Every read and post says the same, and nothing is posted.
        const auto history = SlackBench::history(client);
        QVERIFY(history && !history->ok());
        QCOMPARE(history->error(), id->error());
        const auto posted = SlackBench::postOnce(client, QStringLiteral("Hello"));
        QVERIFY(posted && !posted->ok());
        QCOMPARE(posted->error(), id->error());
        QVERIFY(bench().posts().isEmpty());
    }

    void channelLookupStopsAtThePageBound()
    {
        SlackConnection bounded = bench().connection(QStringLiteral("no-such-channel"), 1);
        bounded.maxPages = 2;
        SlackClient client(bench().http(), bounded);
        const auto id = SlackBench::resolve(client);
        QVERIFY(id && !id->ok());
        QVERIFY2(id->error().contains(QLatin1String("stopped after 2 pages")),
                 qPrintable(id->error()));
    }

    void historyReadsEveryPageOldestFirst()
    {
        const QJsonArray stored = bench().storedTopLevel();
        QVERIFY(stored.size() > 12);
        SlackClient client(bench().http(), bench().connection(QStringLiteral("release_chs"), 5));
        QList<int> progress;
        const auto history = SlackBench::history(client, {}, &progress);
        QVERIFY(history);
        QVERIFY2(history->ok(), qPrintable(history->error()));
        const QList<SlackMessage> &messages = history->value();
        QCOMPARE(messages.size(), stored.size());
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const SlackMessage &message = messages.at(i);
            QCOMPARE(message.ts, stored.at(i)[u"ts"].toString());
            QCOMPARE(message.text, stored.at(i)[u"text"].toString());
            QCOMPARE(message.user, stored.at(i)[u"user"].toString());
            QCOMPARE(message.at, SlackParse::tsTime(message.ts));
            QVERIFY(!message.isReply());
        }
        // The seeded requests carry their threads' answers.
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const SlackMessage &m) {
            return m.replyCount > 0 && m.threadTs == m.ts && !m.latestReply.isEmpty();
        }));
        const qsizetype pages = (stored.size() + 4) / 5;
        QCOMPARE(progress.size(), pages);
        QCOMPARE(progress.first(), 5);
        QCOMPARE(progress.last(), int(stored.size()));
    }

    void historySinceATs()
    {
        const QJsonArray stored = bench().storedTopLevel();
        const qsizetype from = stored.size() - 4;
        const QString oldest = stored.at(from)[u"ts"].toString();
        SlackClient client(bench().http(), bench().connection(QStringLiteral("release_chs"), 2));
        const auto history = SlackBench::history(client, oldest);
        QVERIFY(history);
        QVERIFY2(history->ok(), qPrintable(history->error()));
        QStringList expected;
        for (qsizetype i = from + 1; i < stored.size(); ++i)
            expected << stored.at(i)[u"ts"].toString();
        QStringList read;
        for (const SlackMessage &message : history->value())
            read << message.ts;
        QCOMPARE(read, expected);

        const auto nothingNew = SlackBench::history(client, stored.last()[u"ts"].toString());
        QVERIFY(nothingNew && nothingNew->ok());
        QVERIFY(nothingNew->value().isEmpty());
    }

    void historyStopsAtThePageBound()
    {
        SlackConnection bounded = bench().connection(QStringLiteral("release_chs"), 2);
        bounded.maxPages = 3;
        SlackClient client(bench().http(), bounded);
        QList<int> progress;
        const auto history = SlackBench::history(client, {}, &progress);
        QVERIFY(history && !history->ok());
        QVERIFY2(history->error().startsWith(QLatin1String("Slack channel history: ")) &&
                     history->error().contains(QLatin1String("stopped after 3 pages")),
                 qPrintable(history->error()));
        QCOMPARE(progress, (QList<int>{2, 4, 6}));
    }

    void readsGetPastPassingFaults_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("503") << QByteArray(
            "slack:/api/conversations.history=status,status=503,times=1");
        QTest::newRow("reset") << QByteArray("slack:/api/conversations.history=reset,times=1");
        QTest::newRow("truncated")
            << QByteArray("slack:/api/conversations.history=truncated,times=1");
        QTest::newRow("hang") << QByteArray("slack:/api/conversations.history=hang,times=1");
        QTest::newRow("channel list 502")
            << QByteArray("slack:/api/conversations.list=status,status=502,times=2");
    }
    void readsGetPastPassingFaults()
    {
        QFETCH(QByteArray, fault);
        bench().inject(fault.constData());
        SlackClient client(bench().http(), bench().connection());
        const auto history = SlackBench::history(client);
        QVERIFY(history);
        QVERIFY2(history->ok(), qPrintable(history->error()));
        QCOMPARE(history->value().size(), bench().storedTopLevel().size());
        // The fault was met and spent: the read was asked again.
        QVERIFY(bench().fixture().sandbox().faults().rules().isEmpty());
    }

    void readsWaitAsARateLimitSays()
    {
        bench().inject("slack:/api/conversations.history=ratelimit,retry-after=3,times=1");
        SlackClient client(bench().http(), bench().connection());
        const auto history = SlackBench::history(client);
        QVERIFY(history);
        QVERIFY2(history->ok(), qPrintable(history->error()));
        QCOMPARE(bench().delays(), (QList<std::chrono::milliseconds>{3000ms}));
    }

    void readFailuresAreReadable_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("500 each time")
            << QByteArray("slack:/api/conversations.history=status,status=500")
            << QStringLiteral("answered 500 Internal Server Error 4 times; try again later. "
                              "Slack said: internal_error");
        QTest::newRow("rate limited each time")
            << QByteArray("slack:/api/conversations.history=ratelimit,retry-after=1")
            << QStringLiteral("limiting requests (429");
        QTest::newRow("hang each time") << QByteArray("slack:/api/conversations.history=hang")
                                        << QStringLiteral("did not answer within 0.5 seconds");
        QTest::newRow("malformed json")
            << QByteArray("slack:/api/conversations.history=malformed-json")
            << QStringLiteral("the answer is not valid JSON");
        QTest::newRow("wrong content type")
            << QByteArray("slack:/api/conversations.history=wrong-content-type")
            << QStringLiteral("answered with a web page instead of data");
        QTest::newRow("oversized")
            << QByteArray("slack:/api/conversations.history=oversized,bytes=9000000")
            << QStringLiteral("the answer is larger than");
    }
    void readFailuresAreReadable()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        bench().inject(fault.constData());
        SlackClient client(bench().http(), bench().connection());
        QList<int> progress;
        const auto history = SlackBench::history(client, {}, &progress);
        QVERIFY(history);
        QVERIFY(!history->ok());
        QVERIFY2(history->error().startsWith(QLatin1String("Slack channel history: ")) &&
                     history->error().contains(says),
                 qPrintable(history->error()));
        QVERIFY(progress.isEmpty());
        QVERIFY(!history->error().contains(SlackBench::token()));
    }

    void repliesReadTheReleaseTeamsAnswer()
    {
        SlackClient client(bench().http(), bench().connection());
        const Release release = releaseToStage();
        const QString request = SlackFormat::stagingRequest(
            release, QUrl(QStringLiteral("https://wiki.example.org/REL/") + release.name),
            release.changeTicket);
        const auto posted = SlackBench::postOnce(client, request);
        QVERIFY(posted);
        QVERIFY2(posted->ok(), qPrintable(posted->error()));
        const QString ts = posted->value().ts;

        // The team answers after its delay; until then the thread has no replies.
        const auto early = SlackBench::replies(client, ts);
        QVERIFY(early && early->ok());
        QVERIFY(early->value().isEmpty());
        std::optional<Messages> answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer = SlackBench::replies(client, ts)) && answer->ok() &&
                                     answer->value().size() == 1,
                                 10000);
        const SlackMessage &reply = answer->value().first();
        QCOMPARE(reply.threadTs, ts);
        QVERIFY(reply.isReply());
        QCOMPARE(reply.user, bench().slack().releaseManagerId());
        QVERIFY2(reply.text.startsWith(QStringLiteral("Applied to staging: %1. ServiceNow test "
                                                      "task CTASK")
                                           .arg(release.name)),
                 qPrintable(reply.text));

        // Read again from the answer on: nothing newer.
        const auto later = SlackBench::replies(client, ts, reply.ts);
        QVERIFY(later && later->ok());
        QVERIFY(later->value().isEmpty());
        // The history shows the request with its reply counted.
        const auto history =
            SlackBench::history(client, SlackParse::tsOf(posted->value().at.addSecs(-1)));
        QVERIFY(history && history->ok());
        QCOMPARE(history->value().size(), 1);
        QCOMPARE(history->value().first().replyCount, 1);
        QCOMPARE(history->value().first().latestReply, reply.ts);
    }

    void repliesAcrossPages()
    {
        SlackClient client(bench().http(), bench().connection(QStringLiteral("release_chs"), 2));
        const auto parent = SlackBench::post(client, QStringLiteral("Checklist"));
        QVERIFY(parent && parent->ok());
        QStringList sent;
        for (int i = 1; i <= 5; ++i) {
            sent << QStringLiteral("Step %1").arg(i);
            const auto step = SlackBench::post(client, sent.last(), parent->value().ts);
            QVERIFY(step && step->ok());
        }
        const auto thread = SlackBench::replies(client, parent->value().ts);
        QVERIFY(thread);
        QVERIFY2(thread->ok(), qPrintable(thread->error()));
        QStringList read;
        for (const SlackMessage &message : thread->value())
            read << message.text;
        QCOMPARE(read, sent);

        const auto since =
            SlackBench::replies(client, parent->value().ts, thread->value().at(2).ts);
        QVERIFY(since && since->ok());
        QCOMPARE(since->value().size(), 2);
        QCOMPARE(since->value().first().text, QStringLiteral("Step 4"));
    }

    void repliesOfAMissingThread()
    {
        SlackClient client(bench().http(), bench().connection());
        const auto thread = SlackBench::replies(client, QStringLiteral("1000000000.000001"));
        QVERIFY(thread && !thread->ok());
        QVERIFY2(thread->error().startsWith(QLatin1String("Slack thread replies: ")) &&
                     thread->error().contains(QLatin1String("thread was not found")),
                 qPrintable(thread->error()));
    }
};

QTEST_GUILESS_MAIN(TestSlackClient)
#include "tst_slackclient.moc"
