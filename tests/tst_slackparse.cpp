#include "services/clients/slackparse.h"

#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::SlackMessage)

namespace {

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

SlackMessage messageAt(const QString &ts, const QString &text = {})
{
    SlackMessage message;
    message.ts = ts;
    message.text = text;
    message.at = SlackParse::tsTime(ts);
    return message;
}

// 1795694400 is 2026-11-26 12:00:00 UTC.
const QByteArray ts = "1795694400.000100";

} // namespace

class TestSlackParse : public QObject
{
    Q_OBJECT

private slots:
    void errors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("needed");
        QTest::newRow("ok") << QByteArray(R"({"ok":true})") << false << QString() << QString();
        QTest::newRow("channel") << QByteArray(R"({"ok":false,"error":"channel_not_found"})")
                                 << true << QStringLiteral("channel_not_found") << QString();
        QTest::newRow("scope")
            << QByteArray(
                   R"({"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"})")
            << true << QStringLiteral("missing_scope") << QStringLiteral("chat:write");
        QTest::newRow("with warning")
            << QByteArray(R"({"ok":false,"error":"no_text","warning":"missing_charset",)"
                          R"("response_metadata":{"warnings":["missing_charset"]}})")
            << true << QStringLiteral("no_text") << QString();
        QTest::newRow("no code") << QByteArray(R"({"ok":false})") << true
                                 << QStringLiteral("unknown_error") << QString();
        QTest::newRow("no ok at all")
            << QByteArray(R"({"error":"x"})") << false << QString() << QString();
        QTest::newRow("ok as text")
            << QByteArray(R"({"ok":"false"})") << false << QString() << QString();
        QTest::newRow("a list") << QByteArray("[]") << false << QString() << QString();
    }
    void errors()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, failed);
        QFETCH(QString, code);
        QFETCH(QString, needed);
        const auto error = SlackParse::error(json(answer));
        QCOMPARE(error.has_value(), failed);
        if (error)
            QCOMPARE(*error, (SlackError{code, needed}));
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("needed");
        QTest::addColumn<QStringList>("says");
        const auto row = [](const char *code, const char *needed, QStringList says) {
            QTest::newRow(code) << QString::fromLatin1(code) << QString::fromLatin1(needed) << says;
        };
        row("not_authed", "", {QStringLiteral("no token"), QStringLiteral("connection settings")});
        row("invalid_auth", "",
            {QStringLiteral("did not accept the token"), QStringLiteral("connection settings")});
        row("token_revoked", "", {QStringLiteral("token_revoked"), QStringLiteral("reinstall")});
        row("missing_scope", "chat:write",
            {QStringLiteral("permission chat:write"), QStringLiteral("reinstall")});
        row("missing_scope", "", {QStringLiteral("channels:history"), QStringLiteral("reinstall")});
        row("channel_not_found", "",
            {QStringLiteral("#release_chs was not found"), QStringLiteral("private"),
             QStringLiteral("invite the app")});
        row("not_in_channel", "",
            {QStringLiteral("not a member of #release_chs"), QStringLiteral("/invite")});
        row("is_archived", "",
            {QStringLiteral("#release_chs is archived"), QStringLiteral("choose another channel")});
        row("msg_too_long", "", {QStringLiteral("too long"), QStringLiteral("shorten")});
        row("no_text", "", {QStringLiteral("empty"), QStringLiteral("nothing was posted")});
        row("invalid_cursor", "", {QStringLiteral("cursor"), QStringLiteral("try again")});
        row("ratelimited", "", {QStringLiteral("limiting"), QStringLiteral("few minutes")});
        row("thread_not_found", "", {QStringLiteral("thread was not found")});
        row("fatal_error", "", {QStringLiteral("refused"), QStringLiteral("fatal_error")});
    }
    void errorsSayWhatToDo()
    {
        QFETCH(QString, code);
        QFETCH(QString, needed);
        QFETCH(QStringList, says);
        // The channel as configured, with or without its '#'.
        for (const QString &channel :
             {QStringLiteral("release_chs"), QStringLiteral("#release_chs")}) {
            const QString text = SlackParse::describe({code, needed}, channel);
            for (const QString &part : says)
                QVERIFY2(text.contains(part), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("##")), qPrintable(text));
        }
    }

    void identity_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error"); // empty: it reads
        QTest::addColumn<QString>("botId");
        const QByteArray bot =
            R"({"ok":true,"url":"https://chs-releases.slack.com/","team":"CHS","user":"releasedesk",)"
            R"("team_id":"T0CHS00001","user_id":"U0CHS00001","bot_id":"B0CHS00001"})";
        QTest::newRow("bot token") << bot << QString() << QStringLiteral("B0CHS00001");
        QTest::newRow("user token")
            << QByteArray(R"({"ok":true,"team":"CHS","user":"releasedesk","user_id":"U0CHS00001"})")
            << QString() << QString();
        QTest::newRow("no user id")
            << QByteArray(R"({"ok":true,"team":"CHS","user":"releasedesk"})")
            << QStringLiteral("the field 'user_id' is missing") << QString();
        QTest::newRow("team not text")
            << QByteArray(R"({"ok":true,"team":7,"user":"releasedesk","user_id":"U1"})")
            << QStringLiteral("the field 'team' is not text") << QString();
        QTest::newRow("not ok") << QByteArray(R"({"ok":false,"error":"invalid_auth"})")
                                << QStringLiteral("does not say \"ok\": true") << QString();
        QTest::newRow("a list") << QByteArray("[]")
                                << QStringLiteral("the answer is not a JSON object") << QString();
    }
    void identity()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        QFETCH(QString, botId);
        const auto identity = SlackParse::identity(json(answer));
        QCOMPARE(identity.ok(), error.isEmpty());
        if (!identity) {
            QVERIFY2(identity.error().contains(error), qPrintable(identity.error()));
            return;
        }
        QCOMPARE(identity.value(),
                 (SlackIdentity{QStringLiteral("CHS"), QStringLiteral("releasedesk"),
                                QStringLiteral("U0CHS00001"), botId}));
    }

    void channelPages_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("nextCursor");
        QTest::newRow("more")
            << QByteArray(
                   R"({"ok":true,"channels":[{"id":"C1","name":"general","is_private":false,)"
                   R"("is_archived":false,"is_member":true},{"id":"C2","name":"release_chs"}],)"
                   R"("response_metadata":{"next_cursor":"Y2hhbm5lbDpDMw=="}})")
            << QString() << 2 << QStringLiteral("Y2hhbm5lbDpDMw==");
        QTest::newRow("last, empty cursor")
            << QByteArray(R"({"ok":true,"channels":[],"response_metadata":{"next_cursor":""}})")
            << QString() << 0 << QString();
        QTest::newRow("last, no metadata")
            << QByteArray(R"({"ok":true,"channels":[]})") << QString() << 0 << QString();
        QTest::newRow("no channels")
            << QByteArray(R"({"ok":true})") << QStringLiteral("the field 'channels' is missing")
            << 0 << QString();
        QTest::newRow("channel without id")
            << QByteArray(R"({"ok":true,"channels":[{"id":"C1","name":"a"},{"name":"b"}]})")
            << QStringLiteral("the field 'channels[1].id' is missing") << 0 << QString();
        QTest::newRow("archived not a flag")
            << QByteArray(R"({"ok":true,"channels":[{"id":"C1","name":"a","is_archived":"yes"}]})")
            << QStringLiteral("the field 'channels[0].is_archived' is not true or false") << 0
            << QString();
        QTest::newRow("cursor not text")
            << QByteArray(R"({"ok":true,"channels":[],"response_metadata":{"next_cursor":1}})")
            << QStringLiteral("the field 'response_metadata.next_cursor' is not text") << 0
            << QString();
    }
    void channelPages()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        QFETCH(int, channels);
        QFETCH(QString, nextCursor);
        const auto page = SlackParse::channelPage(json(answer));
        QCOMPARE(page.ok(), error.isEmpty());
        if (!page) {
            QVERIFY2(page.error().contains(error), qPrintable(page.error()));
            return;
        }
        QCOMPARE(page->channels.size(), channels);
        QCOMPARE(page->nextCursor, nextCursor);
    }

    void channelFlags()
    {
        const auto page = SlackParse::channelPage(
            json(R"({"ok":true,"channels":[{"id":"C4","name":"random-archived","is_private":false,)"
                 R"("is_archived":true,"is_member":true},{"id":"C5","name":"private-ops",)"
                 R"("is_private":true,"is_archived":false,"is_member":false}]})"));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->channels.at(0),
                 (SlackChannel{QStringLiteral("C4"), QStringLiteral("random-archived"), false, true,
                               true}));
        QCOMPARE(page->channels.at(1),
                 (SlackChannel{QStringLiteral("C5"), QStringLiteral("private-ops"), true, false,
                               false}));
    }

    void messages_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<SlackMessage>("expected");

        SlackMessage plain = messageAt(QString::fromLatin1(ts), QStringLiteral("Hello &amp; bye"));
        plain.user = QStringLiteral("U0CHS00003");
        QTest::newRow("a person's")
            << QByteArray(
                   R"({"type":"message","user":"U0CHS00003","text":"Hello &amp; bye","ts":")" + ts +
                   R"(","team":"T0CHS00001"})")
            << plain;

        SlackMessage parent = messageAt(QString::fromLatin1(ts), QStringLiteral("Staging request"));
        parent.user = QStringLiteral("U0CHS00001");
        parent.botId = QStringLiteral("B0CHS00001");
        parent.threadTs = parent.ts;
        parent.replyCount = 2;
        parent.latestReply = QStringLiteral("1795694460.000200");
        QTest::newRow("a thread's parent")
            << QByteArray(
                   R"({"type":"message","user":"U0CHS00001","bot_id":"B0CHS00001",)"
                   R"("text":"Staging request","ts":")" +
                   ts + R"(","thread_ts":")" + ts +
                   R"(","reply_count":2,"reply_users":["U0CHS00009"],)"
                   R"("latest_reply":"1795694460.000200","bot_profile":{"id":"B0CHS00001"}})")
            << parent;

        SlackMessage reply = messageAt(QStringLiteral("1795694460.000200"),
                                       QStringLiteral("Applied to staging: 2026.11.3."));
        reply.user = QStringLiteral("U0CHS00009");
        reply.threadTs = QString::fromLatin1(ts);
        reply.subtype = QStringLiteral("thread_broadcast");
        QTest::newRow("a reply also in the channel")
            << QByteArray(R"({"type":"message","subtype":"thread_broadcast","user":"U0CHS00009",)"
                          R"("text":"Applied to staging: 2026.11.3.","ts":"1795694460.000200",)"
                          R"("thread_ts":")" +
                          ts + R"(","parent_user_id":"U0CHS00001"})")
            << reply;

        SlackMessage bare = messageAt(QStringLiteral("1795694400.000000"));
        bare.subtype = QStringLiteral("channel_join");
        QTest::newRow("no user, no text")
            << QByteArray(R"({"type":"message","subtype":"channel_join","ts":"1795694400.000000"})")
            << bare;
    }
    void messages()
    {
        QFETCH(QByteArray, message);
        QFETCH(SlackMessage, expected);
        const auto page = SlackParse::messagePage(
            json(R"({"ok":true,"messages":[)" + message +
                 R"(],"has_more":false,"response_metadata":{"next_cursor":""}})"));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->messages.size(), 1);
        const SlackMessage &read = page->messages.first();
        QCOMPARE(read.ts, expected.ts);
        QCOMPARE(read.threadTs, expected.threadTs);
        QCOMPARE(read.user, expected.user);
        QCOMPARE(read.botId, expected.botId);
        QCOMPARE(read.subtype, expected.subtype);
        QCOMPARE(read.text, expected.text);
        QCOMPARE(read.replyCount, expected.replyCount);
        QCOMPARE(read.latestReply, expected.latestReply);
        QCOMPARE(read.at, expected.at);
        QCOMPARE(read, expected);
        QCOMPARE(read.isReply(), expected.threadTs != expected.ts && !expected.threadTs.isEmpty());
        QVERIFY(page->nextCursor.isEmpty());
    }

    void badMessagePagesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        QTest::newRow("no messages") << QByteArray(R"({"ok":true,"has_more":false})")
                                     << QStringLiteral("the field 'messages' is missing");
        QTest::newRow("messages not a list")
            << QByteArray(R"({"ok":true,"messages":{}})")
            << QStringLiteral("the field 'messages' is not a list");
        QTest::newRow("a message not an object")
            << QByteArray(R"({"ok":true,"messages":[{"ts":"1.000001"},"x"]})")
            << QStringLiteral("the field 'messages[1]' is not an object");
        QTest::newRow("no ts") << QByteArray(R"({"ok":true,"messages":[{"text":"hi"}]})")
                               << QStringLiteral("the field 'messages[0].ts' is missing");
        QTest::newRow("ts a number")
            << QByteArray(R"({"ok":true,"messages":[{"ts":1795694400.0001}]})")
            << QStringLiteral("the field 'messages[0].ts' is not text");
        QTest::newRow("ts not a ts")
            << QByteArray(R"({"ok":true,"messages":[{"ts":"yesterday"}]})")
            << QStringLiteral("the field 'messages[0].ts' is not a Slack timestamp: yesterday");
        QTest::newRow("thread_ts not a ts")
            << QByteArray(R"({"ok":true,"messages":[{"ts":"1.5","thread_ts":"-1"}]})")
            << QStringLiteral("the field 'messages[0].thread_ts' is not a Slack timestamp");
        QTest::newRow("reply_count negative")
            << QByteArray(R"({"ok":true,"messages":[{"ts":"1.5","reply_count":-1}]})")
            << QStringLiteral("the field 'messages[0].reply_count' is not a count");
        QTest::newRow("text not text")
            << QByteArray(R"({"ok":true,"messages":[{"ts":"1.5","text":["a"]}]})")
            << QStringLiteral("the field 'messages[0].text' is not text");
        QTest::newRow("has_more without a cursor")
            << QByteArray(R"({"ok":true,"messages":[],"has_more":true,)"
                          R"("response_metadata":{"next_cursor":""}})")
            << QStringLiteral("has_more but gives no next_cursor");
        QTest::newRow("not ok") << QByteArray(R"({"ok":false,"error":"not_in_channel"})")
                                << QStringLiteral("does not say \"ok\": true");
    }
    void badMessagePagesNameTheField()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        const auto page = SlackParse::messagePage(json(answer));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(error), qPrintable(page.error()));
    }

    void messagePageWithMore()
    {
        const auto page = SlackParse::messagePage(
            json(R"({"ok":true,"messages":[{"ts":"3.000000"},{"ts":"2.000000"}],"has_more":true,)"
                 R"("response_metadata":{"next_cursor":"bmV4dF90czox"}})"));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(page->messages.first().ts, QStringLiteral("3.000000")); // as Slack sent them
        QCOMPARE(page->nextCursor, QStringLiteral("bmV4dF90czox"));
    }

    void postedMessages_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("threadTs");
        QTest::newRow("top level")
            << QByteArray(
                   R"({"ok":true,"channel":"C0CHS00002","ts":")" + ts +
                   R"(","message":{"type":"message","text":"Live request","user":"U0CHS00001",)"
                   R"("bot_id":"B0CHS00001","ts":")" +
                   ts + R"("}})")
            << QString() << QStringLiteral("Live request") << QString();
        QTest::newRow("in a thread")
            << QByteArray(R"({"ok":true,"channel":"C0CHS00002","ts":"1795694460.000200",)"
                          R"("message":{"text":"Thanks","ts":"1795694460.000200","thread_ts":")" +
                          ts + R"("}})")
            << QString() << QStringLiteral("Thanks") << QString::fromLatin1(ts);
        QTest::newRow("without the message")
            << QByteArray(R"({"ok":true,"channel":"C0CHS00002","ts":")" + ts + R"("})") << QString()
            << QString() << QString();
        QTest::newRow("no ts") << QByteArray(R"({"ok":true,"channel":"C0CHS00002"})")
                               << QStringLiteral("the field 'ts' is missing") << QString()
                               << QString();
        QTest::newRow("message without ts")
            << QByteArray(R"({"ok":true,"ts":")" + ts + R"(","message":{"text":"x"}})")
            << QStringLiteral("the field 'message.ts' is missing") << QString() << QString();
        QTest::newRow("not ok") << QByteArray(R"({"ok":false,"error":"is_archived"})")
                                << QStringLiteral("does not say \"ok\": true") << QString()
                                << QString();
    }
    void postedMessages()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        QFETCH(QString, text);
        QFETCH(QString, threadTs);
        const auto posted = SlackParse::postedMessage(json(answer));
        QCOMPARE(posted.ok(), error.isEmpty());
        if (!posted) {
            QVERIFY2(posted.error().contains(error), qPrintable(posted.error()));
            return;
        }
        QVERIFY(!posted->ts.isEmpty());
        QCOMPARE(posted->text, text);
        QCOMPARE(posted->threadTs, threadTs);
        QCOMPARE(posted->at, SlackParse::tsTime(posted->ts));
        QVERIFY(posted->at.isValid());
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<qint64>("micros"); // -1: not a ts
        QTest::addColumn<QDateTime>("at");
        QTest::newRow("slack's form") << QStringLiteral("1795694400.000100") << 1795694400000100LL
                                      << utc(2026, 11, 26, 12, 0, 0);
        QTest::newRow("milliseconds") << QStringLiteral("1795694400.250999") << 1795694400250999LL
                                      << utc(2026, 11, 26, 12, 0, 0, 250);
        QTest::newRow("short fraction") << QStringLiteral("1795694400.5") << 1795694400500000LL
                                        << utc(2026, 11, 26, 12, 0, 0, 500);
        QTest::newRow("no fraction")
            << QStringLiteral("1795694400") << 1795694400000000LL << utc(2026, 11, 26, 12, 0, 0);
        QTest::newRow("empty") << QString() << -1LL << QDateTime();
        QTest::newRow("negative") << QStringLiteral("-1.000000") << -1LL << QDateTime();
        QTest::newRow("seven digits") << QStringLiteral("1.0000001") << -1LL << QDateTime();
        QTest::newRow("spaces") << QStringLiteral(" 1.000001") << -1LL << QDateTime();
        QTest::newRow("too many seconds")
            << QStringLiteral("9999999999999.000000") << -1LL << QDateTime();
    }
    void timestamps()
    {
        QFETCH(QString, ts);
        QFETCH(qint64, micros);
        QFETCH(QDateTime, at);
        QCOMPARE(SlackParse::tsMicros(ts).value_or(-1), micros);
        QCOMPARE(SlackParse::tsTime(ts), at);
        if (at.isValid())
            QCOMPARE(SlackParse::tsTime(ts).timeSpec(), Qt::UTC);
    }

    void timesAsTs_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("ts");
        QTest::newRow("whole second")
            << utc(2026, 11, 26, 12, 0, 0) << QStringLiteral("1795694400.000000");
        QTest::newRow("milliseconds")
            << utc(2026, 11, 26, 12, 0, 0, 7) << QStringLiteral("1795694400.007000");
        QTest::newRow("another zone")
            << QDateTime(QDate(2026, 11, 26), QTime(13, 0), Qt::OffsetFromUTC, 3600)
            << QStringLiteral("1795694400.000000");
        QTest::newRow("invalid") << QDateTime() << QString();
        QTest::newRow("before 1970") << utc(1969, 12, 31, 23, 59, 59) << QString();
    }
    void timesAsTs()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, ts);
        QCOMPARE(SlackParse::tsOf(time), ts);
        if (!ts.isEmpty())
            QCOMPARE(SlackParse::tsTime(ts), time.toUTC());
    }

    void oldestFirstOrdersByTsAndDropsRepeats()
    {
        // Numerically, not as text: "10.0" comes after "9.5".
        const QList<SlackMessage> pages{
            messageAt(QStringLiteral("10.000000"), QStringLiteral("c")),
            messageAt(QStringLiteral("9.500000"), QStringLiteral("b")),
            messageAt(QStringLiteral("9.000001"), QStringLiteral("a")),
            messageAt(QStringLiteral("10.000000"), QStringLiteral("c, edited"))};
        const QList<SlackMessage> sorted = SlackParse::oldestFirst(pages);
        QCOMPARE(sorted.size(), 3);
        QCOMPARE(sorted.at(0).text, QStringLiteral("a"));
        QCOMPARE(sorted.at(1).text, QStringLiteral("b"));
        QCOMPARE(sorted.at(2).text, QStringLiteral("c, edited"));
    }
};

QTEST_GUILESS_MAIN(TestSlackParse)
#include "tst_slackparse.moc"
