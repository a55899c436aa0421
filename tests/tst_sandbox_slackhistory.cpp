#include "tst_sandbox_slack.h"

#include <QSet>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

Q_DECLARE_METATYPE(ReleaseDesk::Testing::Encoding)

namespace {

const QString list = QStringLiteral("conversations.list");
const QString history = QStringLiteral("conversations.history");

} // namespace

// Reading Slack in the sandbox: conversations.list and .history, the seeded
// release history, time ranges and cursors. Threads and conversations.replies
// are in tst_sandbox_slackthreads.
class TestSandboxSlackHistory : public ClientSuite<SlackClient>
{
    Q_OBJECT

private slots:
    void listsChannels_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<SlackArgs>("args");
        QTest::addColumn<QStringList>("names");
        const QStringList publicChannels{
            QStringLiteral("general"), QStringLiteral("release_chs"), QStringLiteral("chs-dev"),
            QStringLiteral("random-archived"), QStringLiteral("chs-dev-alerts")};
        const QString types = QStringLiteral("types");
        QTest::newRow("default: public") << Encoding::Form << SlackArgs() << publicChannels;
        QTest::newRow("query string")
            << Encoding::Query << SlackArgs{{types, QStringLiteral("public_channel")}}
            << publicChannels;
        QTest::newRow("exclude archived")
            << Encoding::Form
            << SlackArgs{{QStringLiteral("exclude_archived"), QStringLiteral("true")}}
            << QStringList{QStringLiteral("general"), QStringLiteral("release_chs"),
                           QStringLiteral("chs-dev"), QStringLiteral("chs-dev-alerts")};
        // private-ops exists, but the bot is not in it, so it cannot see it.
        QTest::newRow("private") << Encoding::Form
                                 << SlackArgs{{types, QStringLiteral("private_channel")}}
                                 << QStringList();
        QTest::newRow("public and private")
            << Encoding::Query
            << SlackArgs{{types, QStringLiteral("public_channel,private_channel")}}
            << publicChannels;
        QTest::newRow("no ims") << Encoding::Form << SlackArgs{{types, QStringLiteral("im,mpim")}}
                                << QStringList();
        // Slack reads JSON bodies only for write methods: these arguments are ignored.
        QTest::newRow("json body ignored")
            << Encoding::Json
            << SlackArgs{{types, QStringLiteral("im")},
                         {QStringLiteral("exclude_archived"), QStringLiteral("true")}}
            << publicChannels;
    }
    void listsChannels()
    {
        QFETCH(Encoding, encoding);
        QFETCH(SlackArgs, args);
        QFETCH(QStringList, names);
        const QJsonObject body = client().call(list, args, encoding).object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(field(body[u"channels"].toArray(), QStringLiteral("name")), names);
        QCOMPARE(body[u"response_metadata"][u"next_cursor"].toString(), QString());
        QVERIFY(!body.contains(u"has_more"));
    }

    void channelFields()
    {
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &channel : client().call(list, {}).object()[u"channels"].toArray())
            byName.insert(channel[u"name"].toString(), channel.toObject());
        const QJsonObject release = byName.value(QStringLiteral("release_chs"));
        QCOMPARE(release[u"id"].toString(), client().id("release_chs"));
        QCOMPARE(release[u"is_channel"].toBool(), true);
        QCOMPARE(release[u"is_member"].toBool(), true);
        QCOMPARE(release[u"is_private"].toBool(true), false);
        QCOMPARE(release[u"is_archived"].toBool(true), false);
        QVERIFY(release[u"created"].toInteger() > 0);
        QVERIFY(!release[u"topic"][u"value"].toString().isEmpty());
        QCOMPARE(byName.value(QStringLiteral("chs-dev"))[u"is_member"].toBool(true), false);
        QCOMPARE(byName.value(QStringLiteral("random-archived"))[u"is_archived"].toBool(), true);
        QCOMPARE(byName.value(QStringLiteral("general"))[u"is_general"].toBool(), true);
    }

    void listErrors_data()
    {
        QTest::addColumn<SlackArgs>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown type")
            << SlackArgs{{QStringLiteral("types"), QStringLiteral("public")}}
            << QStringLiteral("invalid_types");
        QTest::newRow("cursor not base64")
            << SlackArgs{{QStringLiteral("cursor"), QStringLiteral("!!nope!!")}}
            << QStringLiteral("invalid_cursor");
        QTest::newRow("history's cursor")
            << SlackArgs{{QStringLiteral("cursor"), QStringLiteral("bmV4dF90czox")}}
            << QStringLiteral("invalid_cursor");
        QTest::newRow("limit not a number")
            << SlackArgs{{QStringLiteral("limit"), QStringLiteral("ten")}}
            << QStringLiteral("invalid_limit");
    }
    void listErrors()
    {
        QFETCH(SlackArgs, args);
        QFETCH(QString, error);
        const auto reply = client().call(list, args);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(),
                 QJsonObject({{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}}));
    }

    void listPages_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pages");
        QTest::newRow("one per page") << 1 << 5;
        QTest::newRow("last page short") << 3 << 2;
        QTest::newRow("exactly one page") << 5 << 1;
        QTest::newRow("more than all") << 1000 << 1;
    }
    void listPages()
    {
        QFETCH(int, limit);
        QFETCH(int, pages);
        const auto all = client().follow(list, {{QStringLiteral("limit"), QString::number(limit)}});
        QCOMPARE(all.size(), pages);
        const QJsonArray joined = joinPages(all, QStringLiteral("channels"), limit);
        QCOMPARE(joined, client().call(list, {}).object()[u"channels"].toArray());
    }

    void historyHoldsTheReleaseRequests()
    {
        const QJsonArray messages = client().releaseHistory();
        QCOMPARE(messages.size(), seededRequests());
        for (qsizetype i = 1; i < messages.size(); ++i)
            QVERIFY(tsMicros(messages[i - 1][u"ts"].toString()) >
                    tsMicros(messages[i][u"ts"].toString()));
        const QString bot = client().system().userId(QStringLiteral("releasedesk"));
        int checked = 0;
        for (const auto &release : SlackClient::catalogue().releases) {
            if (release.stage < HistoryStage::StagingRequested)
                continue;
            const auto request =
                std::find_if(messages.begin(), messages.end(), [&](const QJsonValue &m) {
                    const QString text = m[u"text"].toString();
                    return text.startsWith(u"Staging request") && text.contains(release.name) &&
                           text.contains(release.changeNumber);
                });
            QVERIFY2(request != messages.end(), qPrintable(release.name));
            QCOMPARE((*request)[u"user"].toString(), bot);
            QVERIFY(!(*request)[u"bot_id"].toString().isEmpty());
            const bool answered = release.stage >= HistoryStage::InStaging;
            QCOMPARE((*request)[u"reply_count"].toInt(), answered ? 1 : 0);
            if (answered) {
                QCOMPARE((*request)[u"thread_ts"].toString(), (*request)[u"ts"].toString());
                QCOMPARE((*request)[u"reply_users"].toArray(), QJsonArray{client().managerId()});
                const QJsonArray thread = client().thread((*request)[u"ts"].toString());
                QCOMPARE(thread.size(), 2);
                QCOMPARE((*request)[u"latest_reply"].toString(), thread[1][u"ts"].toString());
                QVERIFY(thread[1][u"text"].toString().startsWith(
                    u"Applied to staging: " + release.name + u". ServiceNow test task CTASK00"));
            }
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void historyPages_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("limit"); // 0: exactly the number of messages
        QTest::newRow("one per page") << Encoding::Form << 1;
        QTest::newRow("last page short") << Encoding::Query << 5;
        QTest::newRow("exactly one page") << Encoding::Form << 0;
        QTest::newRow("more than all") << Encoding::Query << 999;
    }
    void historyPages()
    {
        QFETCH(Encoding, encoding);
        QFETCH(int, limit);
        const int total = seededRequests();
        if (limit == 0)
            limit = total;
        QList<QJsonObject> pages;
        QString cursor;
        do {
            SlackArgs args{{QStringLiteral("channel"), client().id("release_chs")},
                           {QStringLiteral("limit"), QString::number(limit)}};
            if (!cursor.isEmpty())
                args.append({QStringLiteral("cursor"), cursor});
            pages << client().call(history, args, encoding).object();
            cursor = pages.constLast()[u"response_metadata"][u"next_cursor"].toString();
        } while (!cursor.isEmpty() && pages.size() <= total);
        QCOMPARE(pages.size(), (total + limit - 1) / limit);
        const QJsonArray joined = joinPages(pages, QStringLiteral("messages"), limit);
        QCOMPARE(joined, client().releaseHistory());
        const QStringList ts = field(joined, QStringLiteral("ts"));
        QCOMPARE(QSet<QString>(ts.begin(), ts.end()).size(), total);
    }

    void emptyChannelHasOneEmptyPage()
    {
        const QJsonObject body =
            client().call(history, {{QStringLiteral("channel"), client().id("general")}}).object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"messages"].toArray(), QJsonArray());
        QCOMPARE(body[u"has_more"].toBool(true), false);
        QCOMPARE(body[u"response_metadata"][u"next_cursor"].toString(QStringLiteral("absent")),
                 QString());
    }

    void archivedChannelsCanBeRead()
    {
        const QJsonObject body =
            client()
                .call(history, {{QStringLiteral("channel"), client().id("random-archived")}})
                .object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"messages"].toArray().size(), 1);
    }

    void historyTimeRange_data()
    {
        QTest::addColumn<int>("oldest"); // index into the newest-first history; -1: none
        QTest::addColumn<int>("latest");
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<int>("first"); // the expected slice of that history
        QTest::addColumn<int>("last");
        QTest::newRow("between, exclusive") << 6 << 2 << false << 3 << 5;
        QTest::newRow("between, inclusive") << 6 << 2 << true << 2 << 6;
        QTest::newRow("oldest only") << 4 << -1 << false << 0 << 3;
        QTest::newRow("oldest only, inclusive") << 4 << -1 << true << 0 << 4;
        QTest::newRow("latest only") << -1 << 1 << false << 2 << 100;
        QTest::newRow("same ts, exclusive") << 3 << 3 << false << 0 << -1;
        QTest::newRow("same ts, inclusive") << 3 << 3 << true << 3 << 3;
    }
    void historyTimeRange()
    {
        QFETCH(int, oldest);
        QFETCH(int, latest);
        QFETCH(bool, inclusive);
        QFETCH(int, first);
        QFETCH(int, last);
        const QStringList all = field(client().releaseHistory(), QStringLiteral("ts"));
        QVERIFY(all.size() > 7);
        SlackArgs args{{QStringLiteral("channel"), client().id("release_chs")}};
        if (oldest >= 0)
            args.append({QStringLiteral("oldest"), all.at(oldest)});
        if (latest >= 0)
            args.append({QStringLiteral("latest"), all.at(latest)});
        if (inclusive)
            args.append({QStringLiteral("inclusive"), QStringLiteral("1")});
        const QJsonObject body = client().call(history, args).object();
        QCOMPARE(body[u"ok"].toBool(), true);
        last = qMin(last, int(all.size()) - 1);
        QCOMPARE(field(body[u"messages"].toArray(), QStringLiteral("ts")),
                 all.mid(first, last - first + 1));
        if (latest >= 0)
            QCOMPARE(body[u"latest"].toString(), all.at(latest));
    }

    void historyErrors_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<SlackArgs>("args");
        QTest::addColumn<QString>("error");
        const QString channel = QStringLiteral("channel");
        const QString release = QStringLiteral("C0CHS00002");
        QTest::newRow("no channel")
            << Encoding::Form << SlackArgs() << QStringLiteral("channel_not_found");
        QTest::newRow("name, not id")
            << Encoding::Form << SlackArgs{{channel, QStringLiteral("release_chs")}}
            << QStringLiteral("channel_not_found");
        QTest::newRow("unknown id")
            << Encoding::Query << SlackArgs{{channel, QStringLiteral("C0NOPE")}}
            << QStringLiteral("channel_not_found");
        QTest::newRow("private, not a member")
            << Encoding::Form << SlackArgs{{channel, QStringLiteral("C0CHS00005")}}
            << QStringLiteral("channel_not_found");
        QTest::newRow("public, not a member")
            << Encoding::Form << SlackArgs{{channel, QStringLiteral("C0CHS00003")}}
            << QStringLiteral("not_in_channel");
        QTest::newRow("bad cursor")
            << Encoding::Form
            << SlackArgs{{channel, release}, {QStringLiteral("cursor"), QStringLiteral("x")}}
            << QStringLiteral("invalid_cursor");
        QTest::newRow("list's cursor")
            << Encoding::Form
            << SlackArgs{{channel, release},
                         {QStringLiteral("cursor"), QStringLiteral("Y2hhbm5lbDpDMENIUzAwMDAy")}}
            << QStringLiteral("invalid_cursor");
        QTest::newRow("bad oldest")
            << Encoding::Query
            << SlackArgs{{channel, release},
                         {QStringLiteral("oldest"), QStringLiteral("yesterday")}}
            << QStringLiteral("invalid_ts_oldest");
        QTest::newRow("bad latest")
            << Encoding::Form
            << SlackArgs{{channel, release}, {QStringLiteral("latest"), QStringLiteral("1.2.3")}}
            << QStringLiteral("invalid_ts_latest");
        QTest::newRow("bad limit")
            << Encoding::Query
            << SlackArgs{{channel, release}, {QStringLiteral("limit"), QStringLiteral("ten")}}
            << QStringLiteral("invalid_arguments");
        QTest::newRow("json body ignored") << Encoding::Json << SlackArgs{{channel, release}}
                                           << QStringLiteral("channel_not_found");
    }
    void historyErrors()
    {
        QFETCH(Encoding, encoding);
        QFETCH(SlackArgs, args);
        QFETCH(QString, error);
        QCOMPARE(client().id("release_chs"), u"C0CHS00002");
        const auto reply = client().call(history, args, encoding);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"ok"].toBool(true), false);
        QCOMPARE(reply.object()[u"error"].toString(), error);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSlackHistory)
#include "tst_sandbox_slackhistory.moc"
