#include "slackclient.h"

#include "models/ports/answerlater.h"

#include <QJsonObject>
#include <QObject>

namespace ReleaseDesk {

namespace {

template <typename T> Result<T> failed(const QString &message)
{
    return Result<T>::failure(message);
}

// The configured channel as conversations.list names it: without the '#'.
QString channelName(const SlackConnection &connection)
{
    const QString name = connection.channel.trimmed();
    return name.startsWith(u'#') ? name.mid(1) : name;
}

bool isChannel(const SlackChannel &channel, const QString &wanted)
{
    return channel.id == wanted || channel.name.compare(wanted, Qt::CaseInsensitive) == 0;
}

QJsonObject refMetadata(const QString &ref)
{
    if (ref.isEmpty())
        return {};
    return {{QLatin1String("event_type"), SlackClient::refEventType()},
            {QLatin1String("event_payload"), QJsonObject{{QLatin1String("ref"), ref}}}};
}

// The ref postOnce() left on `message`; empty for any other message.
QString refOf(const SlackMessage &message)
{
    if (message.metadata.value(QLatin1String("event_type")).toString() !=
        SlackClient::refEventType())
        return {};
    return message.metadata.value(QLatin1String("event_payload"))
        .toObject()
        .value(QLatin1String("ref"))
        .toString();
}

// Metadata comes with a message only when the read asks for all of it.
const std::pair<QString, QString> withMetadata{QStringLiteral("include_all_metadata"),
                                               QStringLiteral("true")};

} // namespace

SlackClient::SlackClient(HttpClient &http, SlackConnection connection)
    : m_state(std::make_shared<State>(State{SlackWebApi(http, std::move(connection)), {}, {}}))
{}

void SlackClient::checkCredentials(QObject *context, Callback<SlackIdentity> done)
{
    identify(m_state, context, std::move(done));
}

void SlackClient::resolveChannel(QObject *context, Callback<QString> done)
{
    resolve(m_state, context, std::move(done));
}

void SlackClient::history(const QString &oldestTs, Progress progress, QObject *context,
                          Callback<QList<SlackMessage>> done)
{
    readHistory(m_state, oldestTs, std::move(progress), context, std::move(done));
}

void SlackClient::historyPage(const QString &oldestTs, const QString &latestTs, QObject *context,
                              Callback<SlackParse::MessagePage> done)
{
    readHistoryPage(m_state, oldestTs, latestTs, context, std::move(done));
}

void SlackClient::replies(const QString &threadTs, const QString &oldestTs, QObject *context,
                          Callback<QList<SlackMessage>> done)
{
    readReplies(m_state, threadTs, oldestTs, context, std::move(done));
}

void SlackClient::postMessage(const QString &text, const QString &threadTs, QObject *context,
                              Callback<SlackMessage> done)
{
    post(m_state, text, threadTs, {}, context, std::move(done));
}

void SlackClient::identify(const StatePtr &state, QObject *context, Callback<SlackIdentity> done)
{
    const QString endpoint = tr("sign-in check");
    state->api.read(QStringLiteral("auth.test"), endpoint, {}, context,
                    [state, endpoint, done](const Result<QJsonDocument> &answer) {
                        if (!answer)
                            return done(answer.failure());
                        const auto identity = SlackParse::identity(answer.value());
                        if (!identity) {
                            return done(failed<SlackIdentity>(
                                SlackWebApi::unreadable(endpoint, identity.error())));
                        }
                        state->identity = identity.value();
                        done(identity);
                    });
}

void SlackClient::resolve(const StatePtr &state, QObject *context, Callback<QString> done)
{
    const QString endpoint = tr("channel lookup");
    if (!state->channelId.isEmpty())
        return answerLater(context, std::move(done), Result<QString>(state->channelId));
    const QString wanted = channelName(state->api.connection());
    if (wanted.isEmpty()) {
        return answerLater(context, std::move(done),
                           failed<QString>(SlackWebApi::failure(
                               endpoint, tr("no channel is set; enter the release channel's name "
                                            "in the Slack connection settings."))));
    }
    // Archived channels are listed too, so that one can be told from a missing one.
    const SlackWebApi::Arguments arguments{
        {QStringLiteral("types"), QStringLiteral("public_channel,private_channel")}};
    auto found = std::make_shared<std::optional<SlackChannel>>();
    state->api.readPages(
        QStringLiteral("conversations.list"), endpoint, arguments,
        [endpoint, wanted, found](const QJsonDocument &answer) -> Result<QString> {
            const auto page = SlackParse::channelPage(answer);
            if (!page)
                return failed<QString>(SlackWebApi::unreadable(endpoint, page.error()));
            for (const SlackChannel &channel : page->channels) {
                if (isChannel(channel, wanted)) {
                    *found = channel;
                    return QString(); // no need to read on
                }
            }
            return page->nextCursor;
        },
        context,
        [state, endpoint, found, done](const Status &listed) {
            if (!listed)
                return done(listed.failure());
            // The same messages as when Slack refuses a call for these reasons.
            QString code;
            if (!found->has_value())
                code = QStringLiteral("channel_not_found");
            else if ((*found)->isArchived)
                code = QStringLiteral("is_archived");
            else if (!(*found)->isMember)
                code = QStringLiteral("not_in_channel");
            if (!code.isEmpty()) {
                return done(failed<QString>(SlackWebApi::failure(
                    endpoint,
                    SlackParse::describe({code, {}}, channelName(state->api.connection())))));
            }
            state->channelId = (*found)->id;
            done(state->channelId);
        });
}

void SlackClient::readHistory(const StatePtr &state, const QString &oldestTs, Progress progress,
                              QObject *context, Callback<QList<SlackMessage>> done)
{
    resolve(state, context,
            [state, oldestTs, progress, context, done](const Result<QString> &channel) {
                if (!channel)
                    return done(channel.failure());
                const QString endpoint = tr("channel history");
                SlackWebApi::Arguments arguments{{QStringLiteral("channel"), channel.value()},
                                                 withMetadata};
                if (!oldestTs.isEmpty())
                    arguments.append({QStringLiteral("oldest"), oldestTs});
                auto messages = std::make_shared<QList<SlackMessage>>();
                state->api.readPages(
                    QStringLiteral("conversations.history"), endpoint, arguments,
                    [endpoint, messages, progress](const QJsonDocument &answer) -> Result<QString> {
                        const auto page = SlackParse::messagePage(answer);
                        if (!page)
                            return failed<QString>(SlackWebApi::unreadable(endpoint, page.error()));
                        messages->append(page->messages);
                        if (progress)
                            progress(int(messages->size()));
                        return page->nextCursor;
                    },
                    context,
                    [messages, done](const Status &read) {
                        if (!read)
                            return done(read.failure());
                        done(SlackParse::oldestFirst(*messages));
                    });
            });
}

void SlackClient::readHistoryPage(const StatePtr &state, const QString &oldestTs,
                                  const QString &latestTs, QObject *context,
                                  Callback<SlackParse::MessagePage> done)
{
    using Answer = Result<SlackParse::MessagePage>;
    resolve(state, context,
            [state, oldestTs, latestTs, context, done](const Result<QString> &channel) {
                if (!channel)
                    return done(channel.failure());
                const QString endpoint = tr("channel history");
                SlackWebApi::Arguments arguments{
                    {QStringLiteral("channel"), channel.value()},
                    withMetadata,
                    {QStringLiteral("limit"), QString::number(state->api.connection().pageSize)}};
                if (!oldestTs.isEmpty())
                    arguments.append({QStringLiteral("oldest"), oldestTs});
                if (!latestTs.isEmpty())
                    arguments.append({QStringLiteral("latest"), latestTs});
                state->api.read(QStringLiteral("conversations.history"), endpoint, arguments,
                                context, [endpoint, done](const Result<QJsonDocument> &answer) {
                                    if (!answer)
                                        return done(answer.failure());
                                    const auto page = SlackParse::messagePage(answer.value());
                                    if (!page)
                                        return done(Answer::failure(
                                            SlackWebApi::unreadable(endpoint, page.error())));
                                    done(page);
                                });
            });
}

void SlackClient::readReplies(const StatePtr &state, const QString &threadTs,
                              const QString &oldestTs, QObject *context,
                              Callback<QList<SlackMessage>> done)
{
    resolve(state, context,
            [state, threadTs, oldestTs, context, done](const Result<QString> &channel) {
                if (!channel)
                    return done(channel.failure());
                const QString endpoint = tr("thread replies");
                SlackWebApi::Arguments arguments{{QStringLiteral("channel"), channel.value()},
                                                 {QStringLiteral("ts"), threadTs},
                                                 withMetadata};
                if (!oldestTs.isEmpty())
                    arguments.append({QStringLiteral("oldest"), oldestTs});
                auto messages = std::make_shared<QList<SlackMessage>>();
                state->api.readPages(
                    QStringLiteral("conversations.replies"), endpoint, arguments,
                    [endpoint, messages](const QJsonDocument &answer) -> Result<QString> {
                        const auto page = SlackParse::messagePage(answer);
                        if (!page)
                            return failed<QString>(SlackWebApi::unreadable(endpoint, page.error()));
                        // Slack starts every thread with its first message, whatever `oldest` says.
                        for (const SlackMessage &message : page->messages) {
                            if (message.isReply())
                                messages->append(message);
                        }
                        return page->nextCursor;
                    },
                    context,
                    [messages, done](const Status &read) {
                        if (!read)
                            return done(read.failure());
                        done(SlackParse::oldestFirst(*messages));
                    });
            });
}

void SlackClient::post(const StatePtr &state, const QString &text, const QString &threadTs,
                       const QJsonObject &metadata, QObject *context, Callback<SlackMessage> done)
{
    resolve(state, context,
            [state, text, threadTs, metadata, context, done](const Result<QString> &channel) {
                if (!channel)
                    return done(channel.failure());
                const QString endpoint = tr("post message");
                QJsonObject body{{QLatin1String("channel"), channel.value()},
                                 {QLatin1String("text"), text}};
                if (!threadTs.isEmpty())
                    body.insert(QLatin1String("thread_ts"), threadTs);
                if (!metadata.isEmpty())
                    body.insert(QLatin1String("metadata"), metadata);
                state->api.write(QStringLiteral("chat.postMessage"), endpoint, body, context,
                                 [endpoint, done](const Result<QJsonDocument> &answer) {
                                     if (!answer)
                                         return done(answer.failure());
                                     const auto posted = SlackParse::postedMessage(answer.value());
                                     if (!posted) {
                                         return done(failed<SlackMessage>(
                                             SlackWebApi::unreadable(endpoint, posted.error())));
                                     }
                                     done(posted);
                                 });
            });
}

void SlackClient::postOnce(const QString &text, const QString &threadTs, const QString &ref,
                           const QDateTime &notBefore, QObject *context,
                           Callback<SlackMessage> done)
{
    const StatePtr state = m_state;
    auto lookThenPost = [state, text, threadTs, ref, notBefore, context,
                         done](const SlackIdentity &me) {
        auto postUnlessFound = [state, text, threadTs, ref, context, done,
                                me](const Result<QList<SlackMessage>> &messages) {
            if (!messages)
                return done(messages.failure());
            for (const SlackMessage &message : messages.value()) {
                const bool mine = (!me.botId.isEmpty() && message.botId == me.botId) ||
                                  (!me.userId.isEmpty() && message.user == me.userId);
                // A reply sent to the channel too is not the top-level post asked for.
                const bool inPlace = !threadTs.isEmpty() || !message.isReply();
                const bool same = ref.isEmpty() ? message.text == text : refOf(message) == ref;
                if (mine && inPlace && same)
                    return done(message);
            }
            post(state, text, threadTs, refMetadata(ref), context, done);
        };
        const qint64 allowance = ref.isEmpty() ? clockAllowanceSeconds : refAllowanceSeconds;
        const QString oldest = SlackParse::tsOf(notBefore.addSecs(-allowance));
        if (threadTs.isEmpty())
            readHistory(state, oldest, {}, context, std::move(postUnlessFound));
        else
            readReplies(state, threadTs, oldest, context, std::move(postUnlessFound));
    };
    if (state->identity)
        return lookThenPost(*state->identity);
    identify(state, context, [lookThenPost, done](const Result<SlackIdentity> &me) {
        if (!me)
            return done(me.failure());
        lookThenPost(me.value());
    });
}

} // namespace ReleaseDesk
