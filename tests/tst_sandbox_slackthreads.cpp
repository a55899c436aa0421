#include "tst_sandbox_slack.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Testing::Encoding)

namespace {

const QString replies = QStringLiteral("conversations.replies");

} // namespace

// Threads in the sandbox's Slack: replies stay out of the channel's history
// unless broadcast, and conversations.replies reads a thread with its paging,
// time range and errors.
class TestSandboxSlackThreads : public ClientSuite<SlackClient>
{
    Q_OBJECT

private slots:
    void threadsStayOutOfHistory()
    {
        const QString parent = client().post(QStringLiteral("Parent"));
        const QString reply = client().post(QStringLiteral("Reply"), parent);
        const QJsonObject posted =
            client()
                .call(QStringLiteral("chat.postMessage"),
                      {{QStringLiteral("channel"), QStringLiteral("release_chs")},
                       {QStringLiteral("text"), QStringLiteral("Reply to reply")},
                       {QStringLiteral("thread_ts"), reply}})
                .object();
        // A reply to a reply joins the parent's thread.
        QCOMPARE(posted[u"message"][u"thread_ts"].toString(), parent);
        QCOMPARE(posted[u"message"][u"parent_user_id"].toString(),
                 client().system().userId(QStringLiteral("releasedesk")));
        const QJsonArray messages = client().releaseHistory();
        QCOMPARE(messages.size(), seededRequests() + 1);
        QCOMPARE(messages[0][u"ts"].toString(), parent);
        QCOMPARE(messages[0][u"reply_count"].toInt(), 2);
        QCOMPARE(messages[0][u"latest_reply"].toString(), posted[u"ts"].toString());

        client().call(QStringLiteral("chat.postMessage"),
                      {{QStringLiteral("channel"), QStringLiteral("release_chs")},
                       {QStringLiteral("text"), QStringLiteral("Also to the channel")},
                       {QStringLiteral("thread_ts"), parent},
                       {QStringLiteral("reply_broadcast"), QStringLiteral("true")}});
        const QJsonArray after = client().releaseHistory();
        QCOMPARE(after.size(), seededRequests() + 2);
        QCOMPARE(after[0][u"subtype"].toString(), u"thread_broadcast");
        QCOMPARE(after[0][u"thread_ts"].toString(), parent);
        QCOMPARE(client().thread(parent).size(), 4);

        // A thread_ts that names no message gives a top-level message.
        const QJsonObject orphan =
            client()
                .call(QStringLiteral("chat.postMessage"),
                      {{QStringLiteral("channel"), QStringLiteral("release_chs")},
                       {QStringLiteral("text"), QStringLiteral("Orphan")},
                       {QStringLiteral("thread_ts"), QStringLiteral("1000000000.000001")}})
                .object();
        QVERIFY(!orphan[u"message"].toObject().contains(u"thread_ts"));
        QCOMPARE(client().releaseHistory()[0][u"ts"].toString(), orphan[u"ts"].toString());
    }

    // As Slack shows an edit: the current text, "edited" {user, ts}, the same
    // ts and place; kept when the state is saved and loaded.
    void anEditedReplyShowsItsCurrentText()
    {
        const QString parent = client().post(QStringLiteral("Thread parent"));
        const QString reply = client().system().postAsUser(
            client().id("release_chs"), client().managerId(), QStringLiteral("on it"), parent);
        QVERIFY(!client().thread(parent)[1].toObject().contains(u"edited"));
        QVERIFY(client().system().editMessage(client().id("release_chs"), reply,
                                              QStringLiteral("applied to *staging*")));
        QVERIFY(!client().system().editMessage(client().id("release_chs"),
                                               QStringLiteral("1000000000.000001"), QString()));
        QVERIFY(client().fixture().sandbox().setState(client().fixture().sandbox().state()).ok());
        const QJsonArray thread = client().thread(parent);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[1][u"ts"].toString(), reply);
        QCOMPARE(thread[1][u"text"].toString(), u"applied to *staging*");
        QCOMPARE(thread[1][u"edited"][u"user"].toString(), client().managerId());
        QVERIFY(tsMicros(thread[1][u"edited"][u"ts"].toString()) > tsMicros(reply));
        QCOMPARE(client().releaseHistory()[0][u"ts"].toString(), parent);
    }

    void repliesReadAThread_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<bool>("byReply");
        QTest::newRow("form, parent ts") << Encoding::Form << false;
        QTest::newRow("query, parent ts") << Encoding::Query << false;
        QTest::newRow("form, a reply's ts") << Encoding::Form << true;
    }
    void repliesReadAThread()
    {
        QFETCH(Encoding, encoding);
        QFETCH(bool, byReply);
        const QString parent = client().post(QStringLiteral("Thread parent"));
        QStringList replyTs;
        for (int i = 0; i < 3; ++i)
            replyTs << client().system().postAsUser(client().id("release_chs"),
                                                    client().managerId(),
                                                    QStringLiteral("Reply %1").arg(i), parent);
        const QJsonObject body =
            client()
                .call(replies,
                      {{QStringLiteral("channel"), client().id("release_chs")},
                       {QStringLiteral("ts"), byReply ? replyTs.at(1) : parent}},
                      encoding)
                .object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"has_more"].toBool(true), false);
        const QJsonArray messages = body[u"messages"].toArray();
        QCOMPARE(field(messages, QStringLiteral("ts")), QStringList{parent} + replyTs);
        QCOMPARE(messages[0][u"reply_count"].toInt(), 3);
        QCOMPARE(messages[0][u"thread_ts"].toString(), parent);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(messages[i][u"thread_ts"].toString(), parent);
            QCOMPARE(messages[i][u"user"].toString(), client().managerId());
            QCOMPARE(messages[i][u"parent_user_id"].toString(),
                     client().system().userId(QStringLiteral("releasedesk")));
            QVERIFY(!messages[i].toObject().contains(u"bot_id"));
        }
    }

    void repliesPages_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pages");
        QTest::newRow("one per page") << 1 << 6;
        QTest::newRow("last page short") << 4 << 2;
        QTest::newRow("exactly one page") << 6 << 1;
        QTest::newRow("default") << 0 << 1;
    }
    void repliesPages()
    {
        QFETCH(int, limit);
        QFETCH(int, pages);
        const QString parent = client().post(QStringLiteral("Long thread"));
        QStringList expected{parent};
        for (int i = 0; i < 5; ++i)
            expected << client().post(QStringLiteral("Reply %1").arg(i), parent);
        SlackArgs args{{QStringLiteral("channel"), client().id("release_chs")},
                       {QStringLiteral("ts"), parent}};
        if (limit > 0)
            args.append({QStringLiteral("limit"), QString::number(limit)});
        const auto all = client().follow(replies, args);
        QCOMPARE(all.size(), pages);
        QCOMPARE(field(joinPages(all, QStringLiteral("messages"), limit > 0 ? limit : 1000),
                       QStringLiteral("ts")),
                 expected);
    }

    void repliesTimeRange()
    {
        const QString parent = client().post(QStringLiteral("Ranged thread"));
        QStringList ts;
        for (int i = 0; i < 4; ++i)
            ts << client().post(QStringLiteral("Reply %1").arg(i), parent);
        const QJsonObject body =
            client()
                .call(replies, {{QStringLiteral("channel"), client().id("release_chs")},
                                {QStringLiteral("ts"), parent},
                                {QStringLiteral("oldest"), ts.at(1)}})
                .object();
        QCOMPARE(field(body[u"messages"].toArray(), QStringLiteral("ts")),
                 QStringList({parent, ts.at(2), ts.at(3)}));
    }

    void repliesErrors_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<SlackArgs>("args");
        QTest::addColumn<QString>("error");
        const QString channel = QStringLiteral("channel");
        const QString release = QStringLiteral("C0CHS00002");
        const QString ts = QStringLiteral("ts");
        QTest::newRow("no ts") << Encoding::Form << SlackArgs{{channel, release}}
                               << QStringLiteral("thread_not_found");
        QTest::newRow("unknown ts")
            << Encoding::Query
            << SlackArgs{{channel, release}, {ts, QStringLiteral("1000000000.000001")}}
            << QStringLiteral("thread_not_found");
        QTest::newRow("no channel")
            << Encoding::Form << SlackArgs{{ts, QStringLiteral("1000000000.000001")}}
            << QStringLiteral("channel_not_found");
        QTest::newRow("public, not a member")
            << Encoding::Form
            << SlackArgs{{channel, QStringLiteral("C0CHS00003")}, {ts, QStringLiteral("1.0")}}
            << QStringLiteral("not_in_channel");
        QTest::newRow("json body ignored")
            << Encoding::Json << SlackArgs{{channel, release}, {ts, QStringLiteral("1.0")}}
            << QStringLiteral("channel_not_found");
    }
    void repliesErrors()
    {
        QFETCH(Encoding, encoding);
        QFETCH(SlackArgs, args);
        QFETCH(QString, error);
        const auto reply = client().call(replies, args, encoding);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"error"].toString(), error);
    }

    void repliesRefuseABadCursor()
    {
        const QString parent = client().releaseHistory().last()[u"ts"].toString();
        const auto reply = client().call(
            replies, {{QStringLiteral("channel"), client().id("release_chs")},
                      {QStringLiteral("ts"), parent},
                      {QStringLiteral("cursor"), QStringLiteral("bm90IGEgY3Vyc29y")}});
        QCOMPARE(reply.object()[u"error"].toString(), u"invalid_cursor");
    }
};

QTEST_GUILESS_MAIN(TestSandboxSlackThreads)
#include "tst_sandbox_slackthreads.moc"
