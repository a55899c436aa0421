#include "tst_sandbox_slack.h"

#include "services/sandbox/core/events.h"

#include <QRegularExpression>
#include <QSignalSpy>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Testing::Encoding)

namespace {

const QString chatPost = QStringLiteral("chat.postMessage");
const QRegularExpression tsPattern(QStringLiteral("^\\d{10}\\.\\d{6}$"));

void addEncodings()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("form") << Encoding::Form;
    QTest::newRow("json") << Encoding::Json;
}

} // namespace

// The Slack Web API of the sandbox: tokens, auth.test, chat.postMessage and
// its errors, warnings, the HTTP-level answers, faults and saved state.
class TestSandboxSlack : public ClientSuite<SlackClient>
{
    Q_OBJECT

private slots:
    void connectionNamesTokenAndChannel()
    {
        const QJsonObject info = client().fixture().connection(QStringLiteral("slack"));
        QVERIFY(info[u"url"].toString().endsWith(u"/slack"));
        QCOMPARE(info[u"token"].toString(), SlackClient::token());
        QCOMPARE(info[u"channel"].toString(), u"release_chs");
        QCOMPARE(info[u"channelId"].toString(), client().channelId(QStringLiteral("release_chs")));
        QVERIFY(info[u"channelId"].toString().startsWith(u'C'));
    }

    void authTest_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("bearer, form body") << QStringLiteral("form");
        QTest::newRow("token field in form body") << QStringLiteral("token-field");
        QTest::newRow("bearer, JSON body") << QStringLiteral("json");
        QTest::newRow("bearer, GET") << QStringLiteral("get");
    }
    void authTest()
    {
        QFETCH(QString, how);
        const QString method = QStringLiteral("auth.test");
        const SandboxFixture::Reply reply =
            how == u"form" ? client().form(method, {})
            : how == u"token-field"
                ? client().form(method, {{QStringLiteral("token"), SlackClient::token()}}, {})
            : how == u"json" ? client().json(method, {})
                             : client().get(method, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        const QJsonObject body = reply.object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"team"].toString(), u"CHS");
        QVERIFY(body[u"team_id"].toString().startsWith(u"T0CHS"));
        QCOMPARE(body[u"user"].toString(), u"releasedesk");
        QCOMPARE(body[u"user_id"].toString(),
                 client().system().userId(QStringLiteral("releasedesk")));
        QVERIFY(body[u"bot_id"].toString().startsWith(u'B'));
        QCOMPARE(body[u"url"].toString(), u"https://chs-releases.slack.com/");
        QVERIFY(reply.header("X-OAuth-Scopes").contains("chat:write"));
    }

    void refusesMissingAndWrongTokens_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("error");
        const QStringList methods{
            QStringLiteral("auth.test"), chatPost, QStringLiteral("conversations.list"),
            QStringLiteral("conversations.history"), QStringLiteral("conversations.replies")};
        for (const QString &method : methods) {
            const auto row = [&](const char *how, const char *error) {
                QTest::addRow("%s, %s", qPrintable(method), how)
                    << method << QString::fromLatin1(how) << QString::fromLatin1(error);
            };
            row("none", "not_authed");
            row("empty bearer", "not_authed");
            row("wrong bearer", "invalid_auth");
            row("wrong token field", "invalid_auth");
            row("token in JSON body", "not_authed");
            row("token in query string", "not_authed");
            row("basic auth", "not_authed");
        }
    }
    void refusesMissingAndWrongTokens()
    {
        QFETCH(QString, method);
        QFETCH(QString, how);
        QFETCH(QString, error);
        const SlackArgs args{
            {QStringLiteral("channel"), client().channelId(QStringLiteral("release_chs"))},
            {QStringLiteral("text"), QStringLiteral("hello")}};
        const SlackArgs withToken =
            args + SlackArgs{{QStringLiteral("token"), SlackClient::token()}};
        SandboxFixture::Reply reply;
        if (how == u"none")
            reply = client().form(method, args, {});
        else if (how == u"empty bearer")
            reply = client().form(method, args, {{"Authorization", "Bearer "}});
        else if (how == u"wrong bearer")
            reply =
                client().form(method, args, {SandboxFixture::bearer(QStringLiteral("xoxb-nope"))});
        else if (how == u"wrong token field")
            reply = client().form(
                method, args + SlackArgs{{QStringLiteral("token"), QStringLiteral("xoxb-1")}}, {});
        else if (how == u"token in JSON body")
            reply = client().json(method, SlackClient::jsonOf(withToken),
                                  "application/json; charset=utf-8", {});
        else if (how == u"token in query string")
            reply = client().get(method, withToken, {});
        else
            reply = client().form(
                method, args,
                {SandboxFixture::basicAuth(QStringLiteral("bot"), SlackClient::token())});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(),
                 QJsonObject({{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}}));
    }

    void unknownMethodIs404BeforeAuth()
    {
        const auto reply = client().form(QStringLiteral("chat.postMessages"), {}, {});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object()[u"ok"].toBool(true), false);
        QCOMPARE(reply.object()[u"error"].toString(), u"unknown_method");
        QCOMPARE(reply.object()[u"req_method"].toString(), u"chat.postMessages");
        const auto outside = client().fixture().get(
            client().fixture().url(QStringLiteral("slack"), QStringLiteral("/api")));
        QCOMPARE(outside.status, 404);
        QCOMPARE(outside.object()[u"error"].toString(), u"unknown_method");
    }

    void otherHttpMethodsAreRefused()
    {
        const auto reply = client().fixture().send("PUT", client().url(QStringLiteral("auth.test")),
                                                   {}, {SlackClient::auth()});
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.object()[u"ok"].toBool(true), false);
    }

    void postMessage_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("channel");
        QTest::newRow("form, by id") << Encoding::Form << QString();
        QTest::newRow("json, by id") << Encoding::Json << QString();
        QTest::newRow("query string, by id") << Encoding::Query << QString();
        QTest::newRow("form, by name") << Encoding::Form << QStringLiteral("release_chs");
        QTest::newRow("json, by #name") << Encoding::Json << QStringLiteral("#release_chs");
    }
    void postMessage()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QString, channel);
        const QString id = client().channelId(QStringLiteral("release_chs"));
        // Clients escape & < >; the sandbox keeps the text as given.
        const QString text =
            QStringLiteral("Deploy &lt;2026.11.9&gt; &amp; smile: ünïcode <@U0CHS00002>");
        QSignalSpy posted(&client().fixture().sandbox().events(),
                          &Sandbox::Events::slackMessagePosted);
        const auto reply =
            client().call(chatPost,
                          {{QStringLiteral("channel"), channel.isEmpty() ? id : channel},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("mrkdwn"), QStringLiteral("false")}},
                          encoding);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"channel"].toString(), id);
        const QString ts = body[u"ts"].toString();
        QVERIFY2(tsPattern.match(ts).hasMatch(), qPrintable(ts));
        const QJsonObject message = body[u"message"].toObject();
        QCOMPARE(message[u"type"].toString(), u"message");
        QCOMPARE(message[u"text"].toString(), text);
        QCOMPARE(message[u"ts"].toString(), ts);
        QCOMPARE(message[u"user"].toString(),
                 client().system().userId(QStringLiteral("releasedesk")));
        QCOMPARE(message[u"bot_id"].toString(),
                 client().form(QStringLiteral("auth.test"), {}).object()[u"bot_id"].toString());
        QVERIFY(!message.contains(u"thread_ts"));
        QVERIFY(!body.contains(u"warning"));

        QCOMPARE(posted.size(), 1);
        QCOMPARE(posted.at(0), QVariantList({id, ts, text, QString()}));
        const QJsonArray history = client().releaseHistory();
        QCOMPARE(history.first()[u"ts"].toString(), ts);
        QCOMPARE(history.first()[u"text"].toString(), text);
    }

    void formBodiesDecodeLikeBrowsers()
    {
        const QByteArray body = "channel=release_chs&text=Release+notes%3A+a%2Bb+%26+c%3D1";
        const auto reply = client().fixture().send(
            "POST", client().url(chatPost), body,
            {SlackClient::auth(), {"Content-Type", "application/x-www-form-urlencoded"}});
        // Slack escapes the & it was sent bare.
        QCOMPARE(reply.object()[u"message"][u"text"].toString(), u"Release notes: a+b &amp; c=1");
    }

    void postsBlocksAndAttachments_data() { addEncodings(); }
    void postsBlocksAndAttachments()
    {
        QFETCH(Encoding, encoding);
        const QJsonArray blocks{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                         {QStringLiteral("text"), QStringLiteral("*Release* 2026.11.9")}}}}};
        const QJsonArray attachments{
            QJsonObject{{QStringLiteral("text"), QStringLiteral("notes")}}};
        const QString channel = client().channelId(QStringLiteral("release_chs"));
        const QJsonObject body =
            encoding == Encoding::Json
                ? client()
                      .json(chatPost, {{QStringLiteral("channel"), channel},
                                       {QStringLiteral("blocks"), blocks},
                                       {QStringLiteral("attachments"), attachments}})
                      .object()
                : client()
                      .form(chatPost, {{QStringLiteral("channel"), channel},
                                       {QStringLiteral("blocks"),
                                        QString::fromUtf8(QJsonDocument(blocks).toJson())},
                                       {QStringLiteral("attachments"),
                                        QString::fromUtf8(QJsonDocument(attachments).toJson())}})
                      .object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"message"][u"blocks"].toArray(), blocks);
        QCOMPARE(body[u"message"][u"attachments"].toArray(), attachments);
        QCOMPARE(client().releaseHistory().first()[u"blocks"].toArray(), blocks);
    }

    void postMessageErrors_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("blocks");
        QTest::addColumn<QString>("error");
        const QString longText(40001, u'x');
        for (const Encoding encoding : {Encoding::Form, Encoding::Json}) {
            const char *name = encoding == Encoding::Form ? "form" : "json";
            const auto row = [&](const char *what, const QString &channel, const QString &text,
                                 const QString &blocks, const char *error) {
                QTest::addRow("%s, %s", name, what)
                    << encoding << channel << text << blocks << QString::fromLatin1(error);
            };
            const QString ok = QStringLiteral("hello");
            row("no channel", QString(), ok, QString(), "channel_not_found");
            row("unknown channel", QStringLiteral("C0NOPE"), ok, QString(), "channel_not_found");
            row("unknown name", QStringLiteral("releases"), ok, QString(), "channel_not_found");
            row("private, not a member", QStringLiteral("private-ops"), ok, QString(),
                "channel_not_found");
            row("public, not a member", QStringLiteral("chs-dev"), ok, QString(), "not_in_channel");
            row("archived", QStringLiteral("random-archived"), ok, QString(), "is_archived");
            row("no text", QStringLiteral("release_chs"), QString(), QString(), "no_text");
            row("too long", QStringLiteral("release_chs"), longText, QString(), "msg_too_long");
            row("blocks not JSON", QStringLiteral("release_chs"), ok, QStringLiteral("[{"),
                "invalid_blocks_format");
        }
    }
    void postMessageErrors()
    {
        QFETCH(Encoding, encoding);
        QFETCH(QString, channel);
        QFETCH(QString, text);
        QFETCH(QString, blocks);
        QFETCH(QString, error);
        SlackArgs args;
        if (!channel.isEmpty())
            args.append({QStringLiteral("channel"), channel});
        if (!text.isEmpty())
            args.append({QStringLiteral("text"), text});
        if (!blocks.isEmpty())
            args.append({QStringLiteral("blocks"), blocks});
        const QJsonArray before = client().releaseHistory();
        const auto reply = client().call(chatPost, args, encoding);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"ok"].toBool(true), false);
        QCOMPARE(reply.object()[u"error"].toString(), error);
        QCOMPARE(client().releaseHistory(), before);
    }

    void textOfExactlyTheLimitIsPosted()
    {
        const QString text(40000, u'x');
        QVERIFY(!client().post(text).isEmpty());
        QCOMPARE(client().releaseHistory().first()[u"text"].toString().size(), 40000);
    }

    void warnsAboutCharsets_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("warning");
        QTest::newRow("json without charset")
            << QByteArray("application/json") << QStringLiteral("missing_charset");
        QTest::newRow("json with charset")
            << QByteArray("application/json; charset=utf-8") << QString();
        QTest::newRow("form with charset")
            << QByteArray("application/x-www-form-urlencoded; charset=utf-8")
            << QStringLiteral("superfluous_charset");
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << QString();
    }
    void warnsAboutCharsets()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QString, warning);
        const SlackArgs args{{QStringLiteral("channel"), QStringLiteral("release_chs")},
                             {QStringLiteral("text"), QStringLiteral("charset check")}};
        const QJsonObject body =
            contentType.startsWith("application/json")
                ? client().json(chatPost, SlackClient::jsonOf(args), contentType).object()
                : client().form(chatPost, args, {SlackClient::auth()}, contentType).object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"warning"].toString(), warning);
        const QJsonObject metadata = body[u"response_metadata"].toObject();
        if (warning.isEmpty()) {
            QVERIFY(!body.contains(u"response_metadata"));
            return;
        }
        QCOMPARE(metadata[u"warnings"].toArray(), QJsonArray{warning});
        QVERIFY(metadata[u"messages"].toArray().first().toString().startsWith(u"[WARN]"));
    }

    void refusesBodiesItCannotRead()
    {
        const auto reply =
            client().fixture().send("POST", client().url(chatPost), "<xml/>",
                                    {SlackClient::auth(), {"Content-Type", "text/xml"}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"error"].toString(), u"invalid_post_type");
    }

    void timestampsAreUniqueAndIncreasing()
    {
        QString last = client().releaseHistory().first()[u"ts"].toString();
        for (int i = 0; i < 25; ++i) {
            const QString ts = client().post(QStringLiteral("message %1").arg(i));
            QVERIFY2(tsPattern.match(ts).hasMatch(), qPrintable(ts));
            QVERIFY2(tsMicros(ts) > tsMicros(last), qPrintable(ts + u" after " + last));
            last = ts;
        }
    }

    void injectedFaultsTakeSlacksForm_data()
    {
        QTest::addColumn<int>("injected");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("401") << 401 << 200 << QStringLiteral("invalid_auth");
        QTest::newRow("500") << 500 << 500 << QStringLiteral("internal_error");
        QTest::newRow("503") << 503 << 503 << QStringLiteral("service_unavailable");
    }
    void injectedFaultsTakeSlacksForm()
    {
        QFETCH(int, injected);
        QFETCH(int, status);
        QFETCH(QString, error);
        Sandbox::FaultRule rule;
        rule.system = QStringLiteral("slack");
        rule.path = QStringLiteral("/api/chat.postMessage");
        rule.kind = Sandbox::FaultKind::Status;
        rule.status = injected;
        rule.times = 1;
        client().fixture().sandbox().faults().add(rule);
        const QJsonArray before = client().releaseHistory();
        const auto reply =
            client().form(chatPost, {{QStringLiteral("channel"), QStringLiteral("release_chs")},
                                     {QStringLiteral("text"), QStringLiteral("faulted")}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.object(),
                 QJsonObject({{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}}));
        QCOMPARE(client().releaseHistory(), before);
        QVERIFY(!client().post(QStringLiteral("after the fault")).isEmpty());
    }

    void rateLimitIs429WithRetryAfter()
    {
        Sandbox::FaultRule rule;
        rule.system = QStringLiteral("slack");
        rule.path = QStringLiteral("/api/conversations.history");
        rule.kind = Sandbox::FaultKind::RateLimit;
        rule.retryAfterSeconds = 7;
        rule.times = 1;
        client().fixture().sandbox().faults().add(rule);
        const auto reply = client().get(
            QStringLiteral("conversations.history"),
            {{QStringLiteral("channel"), client().channelId(QStringLiteral("release_chs"))}});
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
        QCOMPARE(reply.object(),
                 QJsonObject({{QStringLiteral("ok"), false},
                              {QStringLiteral("error"), QStringLiteral("ratelimited")}}));
        QVERIFY(!client().releaseHistory().isEmpty());
    }

    // Slack keeps what it was sent in its own form: a bare link comes back
    // in angle brackets, and a bare & < > escaped; links, mentions and
    // entities already in that form stay as they are.
    void rewritesTextAsSlackStoresIt_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("stored");
        const auto row = [](const char *name, const char *sent, const char *stored) {
            QTest::newRow(name) << QString::fromUtf8(sent) << QString::fromUtf8(stored);
        };
        row("bare link", "Notes: https://wiki.example/x?a=1&b=2 now",
            "Notes: <https://wiki.example/x?a=1&amp;b=2> now");
        row("bare & < >", "a & b < c > d", "a &amp; b &lt; c &gt; d");
        row("already escaped", "a &amp; b &lt;c&gt;", "a &amp; b &lt;c&gt;");
        row("link with a label", "<https://x.example|the notes>", "<https://x.example|the notes>");
        row("mention", "<@U0CHS00002> and <!here>", "<@U0CHS00002> and <!here>");
        row("plain", "Release 2026.11.9", "Release 2026.11.9");
    }
    void rewritesTextAsSlackStoresIt()
    {
        QFETCH(QString, sent);
        QFETCH(QString, stored);
        const auto reply =
            client().call(chatPost, {{QStringLiteral("channel"), QStringLiteral("release_chs")},
                                     {QStringLiteral("text"), sent}});
        QCOMPARE(reply.object()[u"message"][u"text"].toString(), stored);
        QCOMPARE(client().releaseHistory().first()[u"text"].toString(), stored);
    }

    // Message metadata is kept with the message and shown by history and
    // replies when they are asked for all of it.
    void keepsMessageMetadata_data() { addEncodings(); }
    void keepsMessageMetadata()
    {
        QFETCH(Encoding, encoding);
        const QJsonObject metadata{
            {QStringLiteral("event_type"), QStringLiteral("releasedesk_outbox")},
            {QStringLiteral("event_payload"),
             QJsonObject{{QStringLiteral("ref"), QStringLiteral("0190abcd12ef3")}}}};
        const QString channel = client().channelId(QStringLiteral("release_chs"));
        const QString parent = client().post(QStringLiteral("parent"));
        const SlackArgs args{
            {QStringLiteral("channel"), channel},
            {QStringLiteral("text"), QStringLiteral("with metadata")},
            {QStringLiteral("thread_ts"), parent},
            {QStringLiteral("reply_broadcast"), QStringLiteral("true")},
            {QStringLiteral("metadata"),
             QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))}};
        const QJsonObject body =
            encoding == Encoding::Json
                ? client()
                      .json(chatPost, {{QStringLiteral("channel"), channel},
                                       {QStringLiteral("text"), QStringLiteral("with metadata")},
                                       {QStringLiteral("thread_ts"), parent},
                                       {QStringLiteral("reply_broadcast"), true},
                                       {QStringLiteral("metadata"), metadata}})
                      .object()
                : client().call(chatPost, args, encoding).object();
        QCOMPARE(body[u"ok"].toBool(), true);
        QCOMPARE(body[u"message"][u"metadata"].toObject(), metadata);

        const auto read = [&](const QString &method, bool all) {
            SlackArgs query{{QStringLiteral("channel"), channel}};
            if (method == QLatin1String("conversations.replies"))
                query.append({QStringLiteral("ts"), parent});
            if (all)
                query.append({QStringLiteral("include_all_metadata"), QStringLiteral("true")});
            const QJsonArray messages =
                client().call(method, query).object()[u"messages"].toArray();
            for (const QJsonValue &message : messages) {
                if (message[u"ts"].toString() == body[u"ts"].toString())
                    return message.toObject();
            }
            return QJsonObject();
        };
        for (const QString &method :
             {QStringLiteral("conversations.history"), QStringLiteral("conversations.replies")}) {
            QCOMPARE(read(method, true)[u"metadata"].toObject(), metadata);
            QVERIFY(!read(method, false).contains(u"metadata"));
        }
        const auto refused =
            client().call(chatPost, {{QStringLiteral("channel"), channel},
                                     {QStringLiteral("text"), QStringLiteral("x")},
                                     {QStringLiteral("metadata"), QStringLiteral("[1]")}});
        QCOMPARE(refused.object()[u"error"].toString(), u"invalid_metadata_format");

        // The metadata is part of the saved state.
        SlackClient restored;
        QVERIFY(restored.fixture().sandbox().setState(client().fixture().sandbox().state()));
        QCOMPARE(restored.system().save(), client().system().save());
    }

    void stateRoundTrips()
    {
        const QString parent = client().post(QStringLiteral("Saved parent"));
        client().post(QStringLiteral("Saved reply"), parent);
        const QJsonObject saved = client().fixture().sandbox().state();
        const QJsonArray history = client().releaseHistory();
        const QJsonArray thread = client().thread(parent);

        // Loading replaces what the sandbox had.
        client().post(QStringLiteral("Not saved"));
        QVERIFY(client().fixture().sandbox().setState(saved));
        QCOMPARE(client().releaseHistory(), history);

        SlackClient restored;
        QVERIFY(restored.fixture().sandbox().setState(saved));
        QCOMPARE(restored.system().save(), saved[u"slack"].toObject());
        QCOMPARE(restored.releaseHistory(), history);
        QCOMPARE(restored.thread(parent), thread);
        QCOMPARE(restored.thread(parent).size(), 2);
        // Time goes on after a load: new messages come after the saved ones.
        const QString next = restored.post(QStringLiteral("after load"));
        QVERIFY(tsMicros(next) > tsMicros(history.first()[u"ts"].toString()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSlack)
#include "tst_sandbox_slack.moc"
