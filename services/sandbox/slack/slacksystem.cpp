#include "services/sandbox/slack/slacksystem.h"

#include "services/sandbox/core/events.h"
#include "services/sandbox/slack/slackdirectory.h"
#include "services/sandbox/slack/slackprotocol.h"
#include "services/sandbox/slack/slackworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <chrono>

namespace ReleaseDesk::Sandbox {

using namespace Slack;

namespace {

const QString botToken = QStringLiteral("xoxb-sandbox-releasedesk");
constexpr qsizetype maxTextLength = 40000;
const QByteArray grantedScopes = "chat:write,channels:read,groups:read,channels:history,"
                                 "groups:history,users:read,users:read.email,usergroups:read";

struct MethodInfo
{
    QLatin1String name;
    bool acceptsJson; // Slack reads JSON bodies for its write methods only
    const char *scopes;
};
constexpr std::array methods{
    MethodInfo{QLatin1String("auth.test"), false, ""},
    MethodInfo{QLatin1String("chat.postMessage"), true, "chat:write"},
    MethodInfo{QLatin1String("conversations.list"), false,
               "channels:read,groups:read,mpim:read,im:read"},
    MethodInfo{QLatin1String("conversations.history"), false,
               "channels:history,groups:history,mpim:history,im:history"},
    MethodInfo{QLatin1String("conversations.replies"), false,
               "channels:history,groups:history,mpim:history,im:history"},
    MethodInfo{QLatin1String("users.info"), false, "users:read"},
    MethodInfo{QLatin1String("users.lookupByEmail"), false, "users:read.email"},
    MethodInfo{QLatin1String("usergroups.list"), false, "usergroups:read"},
    MethodInfo{QLatin1String("usergroups.users.list"), false, "usergroups:read"},
};

const MethodInfo *findMethod(const QString &name)
{
    for (const MethodInfo &method : methods) {
        if (method.name == name)
            return &method;
    }
    return nullptr;
}

// "/api/chat.postMessage" -> "chat.postMessage"
QString methodName(const QString &path)
{
    static const QLatin1String prefix("/api/");
    if (!path.startsWith(prefix))
        return {};
    QString name = path.mid(prefix.size());
    if (name.endsWith(u'/'))
        name.chop(1);
    return name.contains(u'/') ? QString() : name;
}

// Slack's ts has microseconds; QDateTime stops at milliseconds.
qint64 nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QJsonObject success(QJsonObject body)
{
    body.insert(QLatin1String("ok"), true);
    return body;
}

// Messages in a channel the bot may read: nullptr with the error otherwise.
// A private channel it is not in is invisible to it, as in Slack.
const Channel *readableChannel(const Workspace &workspace, const QString &id, QString *error)
{
    const Channel *channel = workspace.channelById(id);
    if (!channel || (channel->isPrivate && !channel->botIsMember)) {
        *error = QStringLiteral("channel_not_found");
        return nullptr;
    }
    if (!channel->botIsMember) {
        *error = QStringLiteral("not_in_channel");
        return nullptr;
    }
    return channel;
}

// The ts of the thread a reply joins: the parent's, also when a client names
// a reply; 0 (a top-level message) when there is no such message.
qint64 threadParent(const Workspace &workspace, const QString &channelId, const QString &threadTs)
{
    const auto ts = parseTs(threadTs);
    const Message *target = ts ? workspace.message(channelId, *ts) : nullptr;
    if (!target)
        return 0;
    return target->isReply() ? target->threadTs : target->ts;
}

// One page of `items` from `begin`, with the cursor of the next page. Message
// lists also say has_more; conversations.list does not.
template <typename Item, typename Position, typename ToJson>
QJsonObject page(const QList<Item> &items, qsizetype begin, int limit, const QString &cursorKind,
                 const QString &listName, Position position, ToJson toJson)
{
    QJsonArray array;
    const qsizetype end = qMin(items.size(), begin + limit);
    for (qsizetype i = begin; i < end; ++i)
        array.append(toJson(items.at(i)));
    const bool hasMore = end < items.size();
    const QString next = hasMore ? encodeCursor(cursorKind, position(items.at(end))) : QString();
    QJsonObject body =
        success({{listName, array}, {QLatin1String("response_metadata"), pageMetadata(next)}});
    if (listName == QLatin1String("messages"))
        body.insert(QLatin1String("has_more"), hasMore);
    return body;
}

// A message as history and replies show it: with its metadata only when
// the call asked for all of it.
QJsonObject shown(QJsonObject message, const QHash<QString, QString> &args)
{
    if (!isTrue(args.value(QStringLiteral("include_all_metadata"))))
        message.remove(QLatin1String("metadata"));
    return message;
}

QString tsPosition(const Message *message)
{
    return QString::number(message->ts);
}

} // namespace

struct SlackSystem::State
{
    Workspace workspace;
};

SlackSystem::SlackSystem(Events &events) : m_events(events), m_state(std::make_unique<State>()) {}

SlackSystem::~SlackSystem() = default;

void SlackSystem::addRoutes(Router &router)
{
    // Slack takes every method by GET (arguments in the query string) or POST.
    for (const char *verb : {"GET", "POST"}) {
        router.add(verb, QStringLiteral("/api/{method}"),
                   [this](const Request &request) { return call(request); });
    }
}

std::optional<Response> SlackSystem::checkAuth(const Request &request) const
{
    // Slack names an unknown method before it looks at the token.
    if (!findMethod(methodName(request.path)))
        return std::nullopt;
    if (!presentedToken(request))
        return reply(failure(QStringLiteral("not_authed")));
    if (!caller(request))
        return reply(failure(QStringLiteral("invalid_auth")));
    return std::nullopt;
}

const User *SlackSystem::caller(const Request &request) const
{
    // The app's bot token, or a person's own user token.
    const auto token = presentedToken(request);
    if (!token)
        return nullptr;
    const Workspace &workspace = m_state->workspace;
    return *token == botToken ? workspace.bot() : workspace.userByToken(*token);
}

Response SlackSystem::call(const Request &request)
{
    const QString name = request.param(QStringLiteral("method"));
    const MethodInfo *method = findMethod(name);
    if (!method) {
        QJsonObject body = failure(QStringLiteral("unknown_method"));
        body.insert(QLatin1String("req_method"), name);
        return reply(body, 404);
    }
    QJsonObject body;
    if (const QString typeError = postTypeError(request); !typeError.isEmpty()) {
        body = failure(typeError);
    } else {
        const Fields args = arguments(request, method->acceptsJson);
        const Workspace &workspace = m_state->workspace;
        const User &author = *caller(request); // checkAuth has let only known tokens in
        if (method->name == QLatin1String("auth.test"))
            body = authTest(author);
        else if (method->name == QLatin1String("chat.postMessage"))
            body = postMessage(args, author);
        else if (method->name == QLatin1String("users.info"))
            body = usersInfo(workspace, args);
        else if (method->name == QLatin1String("users.lookupByEmail"))
            body = usersLookupByEmail(workspace, args);
        else if (method->name == QLatin1String("usergroups.list"))
            body = userGroupsList(workspace, args);
        else if (method->name == QLatin1String("usergroups.users.list"))
            body = userGroupUsers(workspace, args);
        else if (method->name == QLatin1String("conversations.list"))
            body = listConversations(args);
        else if (method->name == QLatin1String("conversations.history"))
            body = history(args);
        else
            body = replies(args);
    }
    addWarnings(body, request);
    Response response = reply(body);
    response.setHeader("X-OAuth-Scopes", grantedScopes);
    response.setHeader("X-Accepted-OAuth-Scopes", method->scopes);
    return response;
}

QJsonObject SlackSystem::authTest(const User &caller) const
{
    const Workspace &workspace = m_state->workspace;
    QJsonObject body{
        {QLatin1String("url"), QStringLiteral("https://%1.slack.com/").arg(workspace.domain)},
        {QLatin1String("team"), workspace.teamName},
        {QLatin1String("user"), caller.name},
        {QLatin1String("team_id"), workspace.teamId},
        {QLatin1String("user_id"), caller.id},
        {QLatin1String("is_enterprise_install"), false}};
    if (caller.isBot())
        body.insert(QLatin1String("bot_id"), caller.botId);
    return success(body);
}

QJsonObject SlackSystem::postMessage(const Fields &args, const User &author)
{
    const Workspace &workspace = m_state->workspace;
    const QString target = args.value(QStringLiteral("channel"));
    const Channel *channel = workspace.channelById(target);
    if (!channel)
        channel = workspace.channelByName(target);
    // The bot posts where it was invited; a person in every public channel.
    const bool member =
        author.isBot() ? channel && channel->botIsMember : channel && !channel->isPrivate;
    if (!channel || (channel->isPrivate && !member))
        return failure(QStringLiteral("channel_not_found"));
    if (channel->isArchived)
        return failure(QStringLiteral("is_archived"));
    if (!member)
        return failure(QStringLiteral("not_in_channel"));

    Message message;
    message.text = storedText(args.value(QStringLiteral("text")));
    QString metadataError;
    const auto metadata = parseMetadata(args.value(QStringLiteral("metadata")), &metadataError);
    if (!metadata)
        return failure(metadataError);
    message.metadata = *metadata;
    const auto jsonArray = [&](const QString &field, QJsonArray *array) {
        const QString value = args.value(field);
        if (value.trimmed().isEmpty())
            return true;
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        *array = document.array();
        return document.isArray();
    };
    if (!jsonArray(QStringLiteral("blocks"), &message.blocks))
        return failure(QStringLiteral("invalid_blocks_format"));
    if (!jsonArray(QStringLiteral("attachments"), &message.attachments))
        return failure(QStringLiteral("invalid_attachments"));
    if (message.text.isEmpty() && message.blocks.isEmpty() && message.attachments.isEmpty())
        return failure(QStringLiteral("no_text"));
    if (message.text.size() > maxTextLength)
        return failure(QStringLiteral("msg_too_long"));
    message.threadTs =
        threadParent(workspace, channel->id, args.value(QStringLiteral("thread_ts")));
    message.broadcast =
        message.threadTs != 0 && isTrue(args.value(QStringLiteral("reply_broadcast")));
    message.user = author.id;
    message.botId = author.botId;

    const QString channelId = channel->id;
    const Message posted = publish(channelId, std::move(message));
    return success({{QLatin1String("channel"), channelId},
                    {QLatin1String("ts"), formatTs(posted.ts)},
                    {QLatin1String("message"), workspace.toJson(channelId, posted)}});
}

QJsonObject SlackSystem::listConversations(const Fields &args) const
{
    const Workspace &workspace = m_state->workspace;
    QString types = args.value(QStringLiteral("types"));
    if (types.trimmed().isEmpty())
        types = QStringLiteral("public_channel");
    static const QStringList knownTypes{QStringLiteral("public_channel"),
                                        QStringLiteral("private_channel"), QStringLiteral("mpim"),
                                        QStringLiteral("im")};
    QStringList wanted;
    for (const QString &type : types.split(u',')) {
        if (!knownTypes.contains(type.trimmed()))
            return failure(QStringLiteral("invalid_types"));
        wanted << type.trimmed();
    }
    const auto limit = parseLimit(args.value(QStringLiteral("limit")), 100, 1000);
    if (!limit)
        return failure(QStringLiteral("invalid_limit"));
    const DecodedCursor cursor =
        decodeCursor(args.value(QStringLiteral("cursor")), QStringLiteral("channel"));
    if (!cursor.valid)
        return failure(QStringLiteral("invalid_cursor"));

    const bool excludeArchived = isTrue(args.value(QStringLiteral("exclude_archived")));
    QList<const Channel *> visible;
    for (const Channel &channel : workspace.channels) {
        const bool typeWanted =
            channel.isPrivate
                ? wanted.contains(QLatin1String("private_channel")) && channel.botIsMember
                : wanted.contains(QLatin1String("public_channel"));
        if (typeWanted && !(excludeArchived && channel.isArchived))
            visible.append(&channel);
    }
    // Channels are in id order, so the cursor names the first channel of the page.
    qsizetype begin = 0;
    while (cursor.position && begin < visible.size() && visible.at(begin)->id < *cursor.position)
        ++begin;
    return page<const Channel *>(
        visible, begin, *limit, QStringLiteral("channel"), QStringLiteral("channels"),
        [](const Channel *channel) { return channel->id; },
        [&](const Channel *const &channel) { return workspace.toJson(*channel); });
}

QJsonObject SlackSystem::history(const Fields &args) const
{
    const Workspace &workspace = m_state->workspace;
    QString error;
    const Channel *channel =
        readableChannel(workspace, args.value(QStringLiteral("channel")), &error);
    if (!channel)
        return failure(error);
    const auto paging = parseMessagePaging(args, 100, 999, &error);
    if (!paging)
        return failure(error);

    // Newest first; a cursor names the newest message of its page.
    QList<const Message *> messages;
    const QList<const Message *> view = workspace.channelView(channel->id);
    for (auto it = view.crbegin(); it != view.crend(); ++it) {
        if (paging->range.contains((*it)->ts) && (!paging->from || (*it)->ts <= *paging->from))
            messages.append(*it);
    }
    QJsonObject body = page<const Message *>(
        messages, 0, paging->limit, QStringLiteral("next_ts"), QStringLiteral("messages"),
        tsPosition, [&](const Message *const &message) {
            return shown(workspace.toJson(channel->id, *message), args);
        });
    body.insert(QLatin1String("pin_count"), 0);
    body.insert(QLatin1String("channel_actions_ts"), QJsonValue::Null);
    body.insert(QLatin1String("channel_actions_count"), 0);
    for (const QString &echoed : {QStringLiteral("oldest"), QStringLiteral("latest")}) {
        if (!args.value(echoed).isEmpty())
            body.insert(echoed, args.value(echoed));
    }
    return body;
}

QJsonObject SlackSystem::replies(const Fields &args) const
{
    const Workspace &workspace = m_state->workspace;
    QString error;
    const Channel *channel =
        readableChannel(workspace, args.value(QStringLiteral("channel")), &error);
    if (!channel)
        return failure(error);
    const auto ts = parseTs(args.value(QStringLiteral("ts")));
    const Message *named = ts ? workspace.message(channel->id, *ts) : nullptr;
    if (!named)
        return failure(QStringLiteral("thread_not_found"));
    const auto paging = parseMessagePaging(args, 1000, 1000, &error);
    if (!paging)
        return failure(error);

    // The parent first, then its replies oldest first; later pages (after a
    // cursor) carry replies only.
    const qint64 parentTs = named->isReply() ? named->threadTs : named->ts;
    QList<const Message *> thread;
    if (!paging->from)
        thread.append(workspace.message(channel->id, parentTs));
    for (const Message *message : workspace.replies(channel->id, parentTs)) {
        if (paging->range.contains(message->ts) && (!paging->from || message->ts >= *paging->from))
            thread.append(message);
    }
    return page<const Message *>(thread, 0, paging->limit, QStringLiteral("next_ts"),
                                 QStringLiteral("messages"), tsPosition,
                                 [&](const Message *const &message) {
                                     return shown(workspace.toJson(channel->id, *message), args);
                                 });
}

Message SlackSystem::publish(const QString &channelId, Message message)
{
    // A copy: whoever hears about the message may post and move the stored one.
    const Message posted = m_state->workspace.post(channelId, std::move(message), nowMicros());
    m_events.slackMessagePosted(channelId, formatTs(posted.ts), posted.text,
                                posted.threadTs ? formatTs(posted.threadTs) : QString());
    return posted;
}

Response SlackSystem::error(int status, const QString &) const
{
    // Slack answers most failures with HTTP 200 and ok:false; only rate limits,
    // unknown methods and server trouble change the status.
    switch (status) {
    case 400:
        return reply(failure(QStringLiteral("invalid_arguments")));
    case 401:
        return reply(failure(QStringLiteral("invalid_auth")));
    case 403:
        return reply(failure(QStringLiteral("missing_scope")));
    case 404:
        return reply(failure(QStringLiteral("unknown_method")), 404);
    case 405:
        return reply(failure(QStringLiteral("method_not_allowed")), 405);
    case 429:
        return reply(failure(QStringLiteral("ratelimited")), 429);
    case 503:
        return reply(failure(QStringLiteral("service_unavailable")), 503);
    default:
        return reply(failure(status >= 500 ? QStringLiteral("internal_error")
                                           : QStringLiteral("invalid_arguments")),
                     status);
    }
}

Response SlackSystem::rateLimited(int retryAfterSeconds) const
{
    Response response = error(429, {});
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QJsonObject SlackSystem::connection(const QString &baseUrl) const
{
    const Workspace &workspace = m_state->workspace;
    const Channel *release = workspace.channelById(workspace.releaseChannelId);
    return {{QLatin1String("url"), baseUrl},
            {QLatin1String("token"), botToken},
            {QLatin1String("channel"), release ? release->name : QString()},
            {QLatin1String("channelId"), workspace.releaseChannelId}};
}

QJsonObject SlackSystem::connectionAs(const QString &baseUrl, const QString &person) const
{
    QJsonObject connection = this->connection(baseUrl);
    connection.insert(QLatin1String("token"), QString(QStringLiteral("xoxp-sandbox-") + person));
    return connection;
}

void SlackSystem::seed(const Catalogue &catalogue)
{
    m_state->workspace = Workspace::seed(catalogue);
}

QJsonObject SlackSystem::save() const
{
    return m_state->workspace.save();
}

void SlackSystem::load(const QJsonObject &state)
{
    m_state->workspace = Workspace::load(state);
}

QString SlackSystem::postAsUser(const QString &channelId, const QString &userId,
                                const QString &text, const QString &threadTs)
{
    const Workspace &workspace = m_state->workspace;
    const User *user = workspace.userById(userId);
    if (!workspace.channelById(channelId) || !user)
        return {};
    Message message;
    message.user = userId;
    message.botId = user->botId;
    message.text = text;
    message.threadTs = threadParent(workspace, channelId, threadTs);
    return formatTs(publish(channelId, std::move(message)).ts);
}

bool SlackSystem::editMessage(const QString &channelId, const QString &ts, const QString &text)
{
    const auto parsed = parseTs(ts);
    return parsed && m_state->workspace.edit(channelId, *parsed, text, nowMicros());
}

QString SlackSystem::channelId(const QString &channelName) const
{
    const Channel *channel = m_state->workspace.channelByName(channelName);
    return channel ? channel->id : QString();
}

QString SlackSystem::userId(const QString &userName) const
{
    const User *user = m_state->workspace.userByName(userName);
    return user ? user->id : QString();
}

QString SlackSystem::releaseChannelId() const
{
    return m_state->workspace.releaseChannelId;
}

QString SlackSystem::releaseManagerId() const
{
    return m_state->workspace.releaseManagerId;
}

QString SlackSystem::messageUser(const QString &channelId, const QString &ts) const
{
    const auto parsed = parseTs(ts);
    const Message *message = parsed ? m_state->workspace.message(channelId, *parsed) : nullptr;
    return message ? message->user : QString();
}

bool SlackSystem::changedState(const Request &request, const Response &response) const
{
    // Slack answers failures with 200 and ok:false; only chat.postMessage writes.
    return request.path.endsWith(QLatin1String("chat.postMessage")) &&
           System::changedState(request, response) &&
           QJsonDocument::fromJson(response.body).object().value(QLatin1String("ok")).toBool();
}

} // namespace ReleaseDesk::Sandbox
