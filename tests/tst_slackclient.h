#pragma once

#include "services/clients/slackclient.h"
#include "services/sandbox/slack/slacksystem.h"
#include "support/clienttestbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

// What the Slack client suites share: a fresh sandbox and HTTP client per
// test, the client's calls awaited, and what reached the sandbox.

namespace ReleaseDesk::Testing {

using Messages = Result<QList<SlackMessage>>;

class SlackBench : public ClientTestBench
{
public:
    static QString token() { return QStringLiteral("xoxb-sandbox-releasedesk"); }

    Sandbox::SlackSystem &slack()
    {
        return *static_cast<Sandbox::SlackSystem *>(
            fixture().sandbox().system(QStringLiteral("slack")));
    }
    QString channelId(const QString &name) { return slack().channelId(name); }
    QString releaseChannelId()
    {
        return fixture().connection(QStringLiteral("slack"))[u"channelId"].toString();
    }

    SlackConnection connection(const QString &channel = QStringLiteral("release_chs"),
                               int pageSize = 200)
    {
        const QJsonObject sandbox = fixture().connection(QStringLiteral("slack"));
        SlackConnection connection;
        connection.baseUrl = QUrl(sandbox[u"url"].toString());
        connection.token = sandbox[u"token"].toString();
        connection.channel = channel;
        connection.pageSize = pageSize;
        // Long enough for a loaded machine, short enough for the hang tests.
        connection.timeout = std::chrono::milliseconds(500);
        return connection;
    }

    static std::optional<Result<SlackIdentity>> checkCredentials(SlackClient &client)
    {
        return await<Result<SlackIdentity>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
    }
    static std::optional<Result<QString>> resolve(SlackClient &client)
    {
        return await<Result<QString>>(
            [&](QObject *context, auto done) { client.resolveChannel(context, done); });
    }
    static std::optional<Messages> history(SlackClient &client, const QString &oldestTs = {},
                                           QList<int> *progress = nullptr)
    {
        return await<Messages>([&](QObject *context, auto done) {
            client.history(
                oldestTs,
                [progress](int fetched) {
                    if (progress)
                        progress->append(fetched);
                },
                context, done);
        });
    }
    static std::optional<Messages> replies(SlackClient &client, const QString &threadTs,
                                           const QString &oldestTs = {})
    {
        return await<Messages>([&](QObject *context, auto done) {
            client.replies(threadTs, oldestTs, context, done);
        });
    }
    static std::optional<Result<SlackMessage>> post(SlackClient &client, const QString &text,
                                                    const QString &threadTs = {})
    {
        return await<Result<SlackMessage>>([&](QObject *context, auto done) {
            client.postMessage(text, threadTs, context, done);
        });
    }
    // By default, anything the bot posted in the last ten minutes counts;
    // without a ref, the post is found by its text.
    static std::optional<Result<SlackMessage>> postOnce(SlackClient &client, const QString &text,
                                                        const QString &threadTs = {},
                                                        QDateTime notBefore = {},
                                                        const QString &ref = {})
    {
        if (!notBefore.isValid())
            notBefore = QDateTime::currentDateTimeUtc().addSecs(-600);
        return await<Result<SlackMessage>>([&](QObject *context, auto done) {
            client.postOnce(text, threadTs, ref, notBefore, context, done);
        });
    }

    // The bodies of the chat.postMessage calls the sandbox acted on, in order.
    QList<QJsonObject> posts()
    {
        QList<QJsonObject> bodies;
        for (const auto &entry : fixture().sandbox().journal().entries()) {
            if (entry.system == QLatin1String("slack") &&
                entry.path == QLatin1String("/api/chat.postMessage"))
                bodies << QJsonDocument::fromJson(entry.requestBody).object();
        }
        return bodies;
    }

    // A Web API call straight to the sandbox, form-encoded, as the bot.
    QJsonObject call(const QString &method, const QList<std::pair<QString, QString>> &arguments)
    {
        QByteArrayList pairs;
        for (const auto &[name, value] : arguments)
            pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        const auto reply = fixture().send(
            "POST", fixture().url(QStringLiteral("slack"), u"/api/" + method), pairs.join('&'),
            {SandboxFixture::bearer(token()),
             {"Content-Type", "application/x-www-form-urlencoded"}});
        if (reply.status != 200 || !reply.object()[u"ok"].toBool())
            qWarning("%s answered %d: %s", qPrintable(method), reply.status,
                     reply.body.constData());
        return reply.object();
    }
    // How many messages of the release channel (or of one thread) have
    // exactly this text, as conversations.history (or .replies) shows them.
    int countInChannel(const QString &text, const QString &threadTs = {})
    {
        const QJsonObject answer = threadTs.isEmpty()
                                       ? call(QStringLiteral("conversations.history"),
                                              {{QStringLiteral("channel"), releaseChannelId()},
                                               {QStringLiteral("limit"), QStringLiteral("999")}})
                                       : call(QStringLiteral("conversations.replies"),
                                              {{QStringLiteral("channel"), releaseChannelId()},
                                               {QStringLiteral("ts"), threadTs},
                                               {QStringLiteral("limit"), QStringLiteral("999")}});
        int count = 0;
        for (const QJsonValue &message : answer[u"messages"].toArray())
            count += message[u"text"].toString() == text ? 1 : 0;
        return count;
    }
    // The release channel's top-level messages as the sandbox stores them, oldest first.
    QJsonArray storedTopLevel()
    {
        const QJsonObject state = fixture().sandbox().state();
        QJsonArray topLevel;
        for (const QJsonValue &message :
             state[u"slack"][u"messages"][releaseChannelId()].toArray()) {
            const QString threadTs = message[u"thread_ts"].toString();
            if (threadTs.isEmpty() || threadTs == message[u"ts"].toString() ||
                message[u"broadcast"].toBool())
                topLevel.append(message);
        }
        return topLevel;
    }
};

} // namespace ReleaseDesk::Testing
