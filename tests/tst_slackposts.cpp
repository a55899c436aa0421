#include "tst_slackclient.h"

#include "models/formats/slackformat.h"

#include <QRegularExpression>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

// The Slack client's posts against the sandbox: what reaches the channel, that
// a post is never resent blindly, and that postOnce() posts each text once
// whatever happened to the answers.
class TestSlackPosts : public ClientSuite<SlackBench>
{
    Q_OBJECT

private:
    SlackBench &bench() { return client(); }

    static void addLostAnswers()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says"); // a pattern
        // A body that stops short may end as a closed connection or as too few bytes.
        QTest::newRow("reset") << QByteArray("slack:/api/chat.postMessage=reset,times=1")
                               << QStringLiteral("the answer (broke off|was cut off)");
        QTest::newRow("truncated") << QByteArray("slack:/api/chat.postMessage=truncated,times=1")
                                   << QStringLiteral("the answer (broke off|was cut off)");
        QTest::newRow("hang") << QByteArray("slack:/api/chat.postMessage=hang,times=1")
                              << QStringLiteral("did not answer within 0.5 seconds");
        QTest::newRow("malformed json")
            << QByteArray("slack:/api/chat.postMessage=malformed-json,times=1")
            << QStringLiteral("the answer is not valid JSON");
        QTest::newRow("wrong content type")
            << QByteArray("slack:/api/chat.postMessage=wrong-content-type,times=1")
            << QStringLiteral("answered with a web page instead of data");
        QTest::newRow("oversized")
            << QByteArray("slack:/api/chat.postMessage=oversized,bytes=9000000,times=1")
            << QStringLiteral("the answer is larger than");
    }

    // The ts of the one message in the channel (or thread) with this text.
    QString storedTs(const QString &text, const QString &threadTs = {})
    {
        const QJsonObject answer =
            threadTs.isEmpty()
                ? bench().call(QStringLiteral("conversations.history"),
                               {{QStringLiteral("channel"), bench().releaseChannelId()},
                                {QStringLiteral("limit"), QStringLiteral("999")}})
                : bench().call(QStringLiteral("conversations.replies"),
                               {{QStringLiteral("channel"), bench().releaseChannelId()},
                                {QStringLiteral("ts"), threadTs}});
        for (const QJsonValue &message : answer[u"messages"].toArray()) {
            if (message[u"text"].toString() == text)
                return message[u"ts"].toString();
        }
        return {};
    }

private slots:
    void postsInTheChannel()
    {
        SlackClient client(bench().http(), bench().connection());
        const QString text = SlackFormat::escape(QStringLiteral("Deploy <chs-orders-api> & co"));
        const auto posted = SlackBench::post(client, text);
        QVERIFY(posted);
        QVERIFY2(posted->ok(), qPrintable(posted->error()));
        const SlackMessage &message = posted->value();
        QCOMPARE(message.text, QStringLiteral("Deploy &lt;chs-orders-api&gt; &amp; co"));
        QCOMPARE(message.user, bench().slack().userId(QStringLiteral("releasedesk")));
        QVERIFY(message.botId.startsWith(u'B'));
        QVERIFY(!message.isReply());
        QVERIFY(qAbs(message.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // One JSON request with the channel's id and the text as given.
        const QList<QJsonObject> posts = bench().posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first(), (QJsonObject{{QLatin1String("channel"), bench().releaseChannelId()},
                                             {QLatin1String("text"), text}}));
        QCOMPARE(storedTs(text), message.ts);
    }

    void postsInAThread()
    {
        SlackClient client(bench().http(), bench().connection());
        const auto parent = SlackBench::post(client, QStringLiteral("Staging checks"));
        QVERIFY(parent && parent->ok());
        const QString parentTs = parent->value().ts;
        const auto reply = SlackBench::post(client, QStringLiteral("All green"), parentTs);
        QVERIFY(reply);
        QVERIFY2(reply->ok(), qPrintable(reply->error()));
        QCOMPARE(reply->value().threadTs, parentTs);
        QVERIFY(reply->value().isReply());
        QCOMPARE(bench().posts().last()[u"thread_ts"].toString(), parentTs);
        QCOMPARE(bench().countInChannel(QStringLiteral("All green"), parentTs), 1);
        QCOMPARE(bench().countInChannel(QStringLiteral("All green")), 0);
    }

    void refusedPostsAreReadable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString()
                               << QStringLiteral("Slack post message: the message is empty; "
                                                 "nothing was posted.");
        QTest::newRow("too long") << QString(40001, u'x')
                                  << QStringLiteral("Slack post message: the message is too long "
                                                    "for Slack; shorten it.");
    }
    void refusedPostsAreReadable()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        SlackClient client(bench().http(), bench().connection());
        const auto posted = SlackBench::post(client, text);
        QVERIFY(posted);
        QVERIFY(!posted->ok());
        QCOMPARE(posted->error(), says);
        QVERIFY(bench().posts().isEmpty());
    }

    void failedPostsAreNotResent_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<bool>("tookEffect");
        QTest::addColumn<QString>("says"); // a pattern
        QTest::newRow("503") << QByteArray("slack:/api/chat.postMessage=status,status=503,times=2")
                             << false
                             << QStringLiteral(
                                    "answered 503 Service Unavailable; try again later\\. "
                                    "Slack said: service_unavailable$");
        QTest::newRow("reset") << QByteArray("slack:/api/chat.postMessage=reset,times=2") << true
                               << QStringLiteral("the answer (broke off|was cut off)");
        QTest::newRow("truncated") << QByteArray("slack:/api/chat.postMessage=truncated,times=2")
                                   << true << QStringLiteral("the answer (broke off|was cut off)");
        QTest::newRow("hang") << QByteArray("slack:/api/chat.postMessage=hang,times=2") << true
                              << QStringLiteral("did not answer within 0.5 seconds");
    }
    void failedPostsAreNotResent()
    {
        QFETCH(QByteArray, fault);
        QFETCH(bool, tookEffect);
        QFETCH(QString, says);
        SlackClient client(bench().http(), bench().connection());
        const auto channel = SlackBench::resolve(client);
        QVERIFY(channel && channel->ok());
        bench().inject(fault.constData());
        const auto posted = SlackBench::post(client, QStringLiteral("Live request"));
        QVERIFY(posted);
        QVERIFY(!posted->ok());
        QVERIFY2(posted->error().startsWith(QLatin1String("Slack post message: ")) &&
                     posted->error().contains(QRegularExpression(says)),
                 qPrintable(posted->error()));
        // One attempt only: the fault has one of its two hits left.
        const auto rules = bench().fixture().sandbox().faults().rules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().times, 1);
        QCOMPARE(bench().posts().size(), tookEffect ? 1 : 0);
    }

    void aRateLimitedPostIsSentAfterTheWait()
    {
        bench().inject("slack:/api/chat.postMessage=ratelimit,retry-after=2,times=1");
        SlackClient client(bench().http(), bench().connection());
        const auto posted = SlackBench::post(client, QStringLiteral("Live request"));
        QVERIFY(posted);
        QVERIFY2(posted->ok(), qPrintable(posted->error()));
        QCOMPARE(bench().delays(), (QList<std::chrono::milliseconds>{2000ms}));
        QCOMPARE(bench().posts().size(), 1);
        QCOMPARE(bench().countInChannel(QStringLiteral("Live request")), 1);
    }

    void postOnceFindsWhatALostAnswerPosted_data() { addLostAnswers(); }
    void postOnceFindsWhatALostAnswerPosted()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        bench().inject(fault.constData());
        SlackClient client(bench().http(), bench().connection());
        const QString text = QStringLiteral("Staging request for release 2026.11.9");
        const auto lost = SlackBench::postOnce(client, text);
        QVERIFY(lost);
        QVERIFY(!lost->ok());
        QVERIFY2(lost->error().startsWith(QLatin1String("Slack post message: ")) &&
                     lost->error().contains(QRegularExpression(says)),
                 qPrintable(lost->error()));
        QCOMPARE(bench().posts().size(), 1); // Slack did post it

        const auto again = SlackBench::postOnce(client, text);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(again->value().text, text);
        QCOMPARE(again->value().ts, storedTs(text));
        QCOMPARE(bench().posts().size(), 1);
        QCOMPARE(bench().countInChannel(text), 1);
    }

    void postOnceInAThreadFindsWhatALostAnswerPosted_data() { addLostAnswers(); }
    void postOnceInAThreadFindsWhatALostAnswerPosted()
    {
        QFETCH(QByteArray, fault);
        SlackClient client(bench().http(), bench().connection());
        const auto parent = SlackBench::post(client, QStringLiteral("Live request"));
        QVERIFY(parent && parent->ok());
        const QString threadTs = parent->value().ts;
        bench().inject(fault.constData());
        const QString text = QStringLiteral("Backout done");
        const auto lost = SlackBench::postOnce(client, text, threadTs);
        QVERIFY(lost && !lost->ok());
        QCOMPARE(bench().posts().size(), 2);

        const auto again = SlackBench::postOnce(client, text, threadTs);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(again->value().threadTs, threadTs);
        QCOMPARE(again->value().ts, storedTs(text, threadTs));
        QCOMPARE(bench().posts().size(), 2);
        QCOMPARE(bench().countInChannel(text, threadTs), 1);
    }

    void postOnceTwiceIsOnePost()
    {
        const QString text = QStringLiteral("Live request for release 2026.11.9");
        SlackClient client(bench().http(), bench().connection());
        const auto first = SlackBench::postOnce(client, text);
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error()));
        const auto second = SlackBench::postOnce(client, text);
        QVERIFY(second && second->ok());
        QCOMPARE(second->value(), first->value());
        // A new client (after a restart) knows nothing yet and finds it too.
        SlackClient restarted(bench().http(), bench().connection());
        const auto third = SlackBench::postOnce(restarted, text);
        QVERIFY(third && third->ok());
        QCOMPARE(third->value().ts, first->value().ts);
        QCOMPARE(bench().posts().size(), 1);
        // Another text is another post.
        const auto other = SlackBench::postOnce(client, text + u'.');
        QVERIFY(other && other->ok());
        QVERIFY(other->value().ts != first->value().ts);
        QCOMPARE(bench().posts().size(), 2);
    }

    // With a ref, the ref in the message's metadata finds the post, whatever
    // Slack made of the text and however fast this computer's clock is; the
    // same text under another ref is another post.
    void postOnceWithARefFindsItsPostByTheRef()
    {
        SlackClient client(bench().http(), bench().connection());
        const QString text = QStringLiteral("Notes & plan: https://wiki.example/2026.11.9");
        const QDateTime fastClock = QDateTime::currentDateTimeUtc().addSecs(120);
        const auto first =
            SlackBench::postOnce(client, text, {}, fastClock, QStringLiteral("0190abc0001"));
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error()));
        QCOMPARE(first->value().text,
                 QStringLiteral("Notes &amp; plan: <https://wiki.example/2026.11.9>"));
        QCOMPARE(bench().posts().constFirst()[u"metadata"][u"event_payload"][u"ref"].toString(),
                 QStringLiteral("0190abc0001"));

        const auto again =
            SlackBench::postOnce(client, text, {}, fastClock, QStringLiteral("0190abc0001"));
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().ts, first->value().ts);
        QCOMPARE(bench().posts().size(), 1);

        const auto other =
            SlackBench::postOnce(client, text, {}, fastClock, QStringLiteral("0190abc0002"));
        QVERIFY(other && other->ok());
        QVERIFY(other->value().ts != first->value().ts);
        QCOMPARE(bench().posts().size(), 2);
    }

    void postOnceCountsOnlyItsOwnPostsSinceNotBefore()
    {
        SlackClient client(bench().http(), bench().connection());
        const QString text = QStringLiteral("Please deploy 2026.11.9 to staging");
        // The same words from a person are not the app's post.
        const QString theirs = bench().slack().postAsUser(bench().releaseChannelId(),
                                                          bench().slack().releaseManagerId(), text);
        QVERIFY(!theirs.isEmpty());
        const auto mine = SlackBench::postOnce(client, text);
        QVERIFY(mine && mine->ok());
        QVERIFY(mine->value().ts != theirs);
        QCOMPARE(bench().posts().size(), 1);
        // The app's own post from before `notBefore` (and its allowance) is an
        // earlier request, not this one.
        const QDateTime later =
            QDateTime::currentDateTimeUtc().addSecs(SlackClient::clockAllowanceSeconds + 60);
        const auto anew = SlackBench::postOnce(client, text, {}, later);
        QVERIFY(anew && anew->ok());
        QVERIFY(anew->value().ts != mine->value().ts);
        QCOMPARE(bench().posts().size(), 2);
        QCOMPARE(bench().countInChannel(text), 3);
    }

    void postOnceTellsTopLevelFromThreads()
    {
        SlackClient client(bench().http(), bench().connection());
        const auto parent = SlackBench::post(client, QStringLiteral("Live request"));
        QVERIFY(parent && parent->ok());
        const QString threadTs = parent->value().ts;
        const QString text = QStringLiteral("Done");
        // A reply, even one also sent to the channel, is not the top-level post.
        QVERIFY(!bench()
                     .call(QStringLiteral("chat.postMessage"),
                           {{QStringLiteral("channel"), bench().releaseChannelId()},
                            {QStringLiteral("text"), text},
                            {QStringLiteral("thread_ts"), threadTs},
                            {QStringLiteral("reply_broadcast"), QStringLiteral("true")}})
                     .isEmpty());
        const auto topLevel = SlackBench::postOnce(client, text);
        QVERIFY(topLevel && topLevel->ok());
        QVERIFY(!topLevel->value().isReply());
        // And a top-level post is not the reply in a thread.
        const auto other = SlackBench::post(client, QStringLiteral("Live request 2"));
        QVERIFY(other && other->ok());
        const auto reply = SlackBench::postOnce(client, text, other->value().ts);
        QVERIFY(reply && reply->ok());
        QCOMPARE(reply->value().threadTs, other->value().ts);
        QCOMPARE(bench().posts().size(), 5);
    }

    void postOnceNeverPostsBlind_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("who am I") << QByteArray("slack:/api/auth.test=status,status=401")
                                  << QStringLiteral("Slack sign-in check: Slack did not accept");
        QTest::newRow("what is there")
            << QByteArray("slack:/api/conversations.history=status,status=500")
            << QStringLiteral("Slack channel history: the server answered 500");
        QTest::newRow("unreadable history")
            << QByteArray("slack:/api/conversations.history=malformed-json")
            << QStringLiteral("Slack channel history: the answer is not valid JSON");
    }
    void postOnceNeverPostsBlind()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        bench().inject(fault.constData());
        SlackClient client(bench().http(), bench().connection());
        const auto posted = SlackBench::postOnce(client, QStringLiteral("Live request"));
        QVERIFY(posted);
        QVERIFY(!posted->ok());
        QVERIFY2(posted->error().startsWith(says), qPrintable(posted->error()));
        QVERIFY(bench().posts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSlackPosts)
#include "tst_slackposts.moc"
