#include "services/sandbox/slack/slackworkspace.h"

#include <QRegularExpression>

#include <algorithm>

namespace ReleaseDesk::Sandbox::Slack {
namespace {

constexpr qint64 microsPerSecond = 1000000;

QJsonObject userJson(const User &user)
{
    QJsonObject object{{QLatin1String("id"), user.id},
                       {QLatin1String("name"), user.name},
                       {QLatin1String("real_name"), user.realName}};
    if (user.isBot()) {
        object.insert(QLatin1String("bot_id"), user.botId);
        object.insert(QLatin1String("app_id"), user.appId);
    }
    return object;
}

User userFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("id")).toString(),
            object.value(QLatin1String("name")).toString(),
            object.value(QLatin1String("real_name")).toString(),
            object.value(QLatin1String("bot_id")).toString(),
            object.value(QLatin1String("app_id")).toString()};
}

QJsonObject channelJson(const Channel &channel)
{
    return {{QLatin1String("id"), channel.id},
            {QLatin1String("name"), channel.name},
            {QLatin1String("is_private"), channel.isPrivate},
            {QLatin1String("is_archived"), channel.isArchived},
            {QLatin1String("is_general"), channel.isGeneral},
            {QLatin1String("bot_is_member"), channel.botIsMember},
            {QLatin1String("created"), channel.created},
            {QLatin1String("creator"), channel.creator},
            {QLatin1String("topic"), channel.topic},
            {QLatin1String("purpose"), channel.purpose},
            {QLatin1String("num_members"), channel.memberCount}};
}

Channel channelFromJson(const QJsonObject &object)
{
    Channel channel;
    channel.id = object.value(QLatin1String("id")).toString();
    channel.name = object.value(QLatin1String("name")).toString();
    channel.isPrivate = object.value(QLatin1String("is_private")).toBool();
    channel.isArchived = object.value(QLatin1String("is_archived")).toBool();
    channel.isGeneral = object.value(QLatin1String("is_general")).toBool();
    channel.botIsMember = object.value(QLatin1String("bot_is_member")).toBool();
    channel.created = object.value(QLatin1String("created")).toInteger();
    channel.creator = object.value(QLatin1String("creator")).toString();
    channel.topic = object.value(QLatin1String("topic")).toString();
    channel.purpose = object.value(QLatin1String("purpose")).toString();
    channel.memberCount = object.value(QLatin1String("num_members")).toInt();
    return channel;
}

QJsonObject userGroupState(const UserGroup &group)
{
    return {{QLatin1String("id"), group.id},
            {QLatin1String("handle"), group.handle},
            {QLatin1String("name"), group.name},
            {QLatin1String("description"), group.description},
            {QLatin1String("created_by"), group.createdBy},
            {QLatin1String("date_create"), group.created},
            {QLatin1String("users"), QJsonArray::fromStringList(group.users)}};
}

UserGroup userGroupFromState(const QJsonObject &object)
{
    UserGroup group;
    group.id = object.value(QLatin1String("id")).toString();
    group.handle = object.value(QLatin1String("handle")).toString();
    group.name = object.value(QLatin1String("name")).toString();
    group.description = object.value(QLatin1String("description")).toString();
    group.createdBy = object.value(QLatin1String("created_by")).toString();
    group.created = object.value(QLatin1String("date_create")).toInteger();
    for (const QJsonValue &user : object.value(QLatin1String("users")).toArray())
        group.users << user.toString();
    return group;
}

// The stored form keeps every field, unlike the API's view of a message.
QJsonObject messageState(const Message &message)
{
    QJsonObject object{{QLatin1String("ts"), formatTs(message.ts)},
                       {QLatin1String("user"), message.user},
                       {QLatin1String("text"), message.text}};
    if (!message.botId.isEmpty())
        object.insert(QLatin1String("bot_id"), message.botId);
    if (message.threadTs != 0)
        object.insert(QLatin1String("thread_ts"), formatTs(message.threadTs));
    if (message.broadcast)
        object.insert(QLatin1String("broadcast"), true);
    if (!message.blocks.isEmpty())
        object.insert(QLatin1String("blocks"), message.blocks);
    if (!message.attachments.isEmpty())
        object.insert(QLatin1String("attachments"), message.attachments);
    if (!message.metadata.isEmpty())
        object.insert(QLatin1String("metadata"), message.metadata);
    if (message.editedTs != 0)
        object.insert(QLatin1String("edited_ts"), formatTs(message.editedTs));
    return object;
}

Message messageFromState(const QJsonObject &object)
{
    Message message;
    message.ts = parseTs(object.value(QLatin1String("ts")).toString()).value_or(0);
    message.user = object.value(QLatin1String("user")).toString();
    message.botId = object.value(QLatin1String("bot_id")).toString();
    message.text = object.value(QLatin1String("text")).toString();
    message.threadTs = parseTs(object.value(QLatin1String("thread_ts")).toString()).value_or(0);
    message.broadcast = object.value(QLatin1String("broadcast")).toBool();
    message.blocks = object.value(QLatin1String("blocks")).toArray();
    message.attachments = object.value(QLatin1String("attachments")).toArray();
    message.metadata = object.value(QLatin1String("metadata")).toObject();
    message.editedTs = parseTs(object.value(QLatin1String("edited_ts")).toString()).value_or(0);
    return message;
}

} // namespace

QString formatTs(qint64 micros)
{
    return QStringLiteral("%1.%2")
        .arg(micros / microsPerSecond)
        .arg(micros % microsPerSecond, 6, 10, QChar(u'0'));
}

std::optional<qint64> parseTs(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 seconds = match.captured(1).toLongLong();
    // "1.5" is 1.500000: the fraction is read as written, padded on the right.
    const qint64 fraction = match.captured(2).leftJustified(6, u'0').toLongLong();
    return seconds * microsPerSecond + fraction;
}

const User *Workspace::userById(const QString &id) const
{
    const auto found =
        std::find_if(users.cbegin(), users.cend(), [&](const User &user) { return user.id == id; });
    return found == users.cend() ? nullptr : &*found;
}

const User *Workspace::userByName(const QString &name) const
{
    const auto found = std::find_if(users.cbegin(), users.cend(),
                                    [&](const User &user) { return user.name == name; });
    return found == users.cend() ? nullptr : &*found;
}

QString Workspace::userToken(const QString &userName)
{
    return QStringLiteral("xoxp-sandbox-") + userName;
}

const User *Workspace::userByToken(const QString &token) const
{
    const auto found = std::find_if(users.cbegin(), users.cend(), [&](const User &user) {
        return !user.isBot() && userToken(user.name) == token;
    });
    return found == users.cend() ? nullptr : &*found;
}

const UserGroup *Workspace::userGroupById(const QString &id) const
{
    const auto found = std::find_if(userGroups.cbegin(), userGroups.cend(),
                                    [&](const UserGroup &group) { return group.id == id; });
    return found == userGroups.cend() ? nullptr : &*found;
}

const Channel *Workspace::channelById(const QString &id) const
{
    const auto found = std::find_if(channels.cbegin(), channels.cend(),
                                    [&](const Channel &channel) { return channel.id == id; });
    return found == channels.cend() ? nullptr : &*found;
}

const Channel *Workspace::channelByName(const QString &name) const
{
    const QString bare = name.startsWith(u'#') ? name.mid(1) : name;
    const auto found = std::find_if(channels.cbegin(), channels.cend(),
                                    [&](const Channel &channel) { return channel.name == bare; });
    return found == channels.cend() ? nullptr : &*found;
}

const Message &Workspace::post(const QString &channelId, Message message, qint64 notBefore)
{
    // Slack's ts identifies a message, so it must be unique and never go back,
    // even when the clock does or two posts share a microsecond.
    message.ts = qMax(notBefore, m_lastTs + 1);
    m_lastTs = message.ts;
    QList<Message> &list = m_messages[channelId];
    list.append(std::move(message));
    return list.constLast();
}

const Message *Workspace::message(const QString &channelId, qint64 ts) const
{
    const auto found = m_messages.constFind(channelId);
    if (found == m_messages.cend())
        return nullptr;
    const auto it = std::find_if(found->cbegin(), found->cend(),
                                 [&](const Message &message) { return message.ts == ts; });
    return it == found->cend() ? nullptr : &*it;
}

bool Workspace::edit(const QString &channelId, qint64 ts, const QString &text, qint64 now)
{
    const auto found = m_messages.find(channelId);
    if (found == m_messages.end())
        return false;
    const auto it = std::find_if(found->begin(), found->end(),
                                 [&](const Message &message) { return message.ts == ts; });
    if (it == found->end())
        return false;
    it->text = text;
    it->editedTs = qMax(now, ts + 1);
    return true;
}

QList<const Message *> Workspace::channelView(const QString &channelId) const
{
    QList<const Message *> view;
    const auto found = m_messages.constFind(channelId);
    if (found == m_messages.cend())
        return view;
    for (const Message &message : *found) {
        if (!message.isReply() || message.broadcast)
            view.append(&message);
    }
    return view;
}

QList<const Message *> Workspace::replies(const QString &channelId, qint64 parentTs) const
{
    QList<const Message *> thread;
    const auto found = m_messages.constFind(channelId);
    if (found == m_messages.cend())
        return thread;
    for (const Message &message : *found) {
        if (message.isReply() && message.threadTs == parentTs)
            thread.append(&message);
    }
    return thread;
}

QJsonObject Workspace::toJson(const QString &channelId, const Message &message) const
{
    QJsonObject object{{QLatin1String("type"), QStringLiteral("message")},
                       {QLatin1String("user"), message.user},
                       {QLatin1String("text"), message.text},
                       {QLatin1String("ts"), formatTs(message.ts)},
                       {QLatin1String("team"), teamId}};
    if (const User *author = userById(message.user); author && author->isBot()) {
        object.insert(QLatin1String("bot_id"), author->botId);
        object.insert(QLatin1String("app_id"), author->appId);
        object.insert(QLatin1String("bot_profile"),
                      QJsonObject{{QLatin1String("id"), author->botId},
                                  {QLatin1String("app_id"), author->appId},
                                  {QLatin1String("name"), author->name},
                                  {QLatin1String("deleted"), false},
                                  {QLatin1String("team_id"), teamId}});
    }
    if (!message.blocks.isEmpty())
        object.insert(QLatin1String("blocks"), message.blocks);
    if (!message.attachments.isEmpty())
        object.insert(QLatin1String("attachments"), message.attachments);
    if (!message.metadata.isEmpty())
        object.insert(QLatin1String("metadata"), message.metadata);
    // Slack shows the current text, and who changed it when.
    if (message.editedTs != 0)
        object.insert(QLatin1String("edited"),
                      QJsonObject{{QLatin1String("user"), message.user},
                                  {QLatin1String("ts"), formatTs(message.editedTs)}});
    if (message.isReply()) {
        object.insert(QLatin1String("thread_ts"), formatTs(message.threadTs));
        if (const Message *parent = this->message(channelId, message.threadTs))
            object.insert(QLatin1String("parent_user_id"), parent->user);
        if (message.broadcast)
            object.insert(QLatin1String("subtype"), QStringLiteral("thread_broadcast"));
        return object;
    }
    const QList<const Message *> thread = replies(channelId, message.ts);
    if (thread.isEmpty())
        return object;
    QStringList replyUsers;
    for (const Message *reply : thread) {
        if (!replyUsers.contains(reply->user))
            replyUsers.append(reply->user);
    }
    object.insert(QLatin1String("thread_ts"), formatTs(message.ts));
    object.insert(QLatin1String("reply_count"), int(thread.size()));
    object.insert(QLatin1String("reply_users_count"), int(replyUsers.size()));
    object.insert(QLatin1String("latest_reply"), formatTs(thread.constLast()->ts));
    object.insert(QLatin1String("reply_users"), QJsonArray::fromStringList(replyUsers));
    object.insert(QLatin1String("is_locked"), false);
    object.insert(QLatin1String("subscribed"), false);
    return object;
}

QJsonObject Workspace::toJson(const Channel &channel) const
{
    const auto textField = [&](const QString &value) {
        return QJsonObject{
            {QLatin1String("value"), value},
            {QLatin1String("creator"), value.isEmpty() ? QString() : channel.creator},
            {QLatin1String("last_set"), value.isEmpty() ? 0 : channel.created}};
    };
    return {{QLatin1String("id"), channel.id},
            {QLatin1String("name"), channel.name},
            {QLatin1String("is_channel"), true},
            {QLatin1String("is_group"), false},
            {QLatin1String("is_im"), false},
            {QLatin1String("is_mpim"), false},
            {QLatin1String("is_private"), channel.isPrivate},
            {QLatin1String("created"), channel.created},
            {QLatin1String("is_archived"), channel.isArchived},
            {QLatin1String("is_general"), channel.isGeneral},
            {QLatin1String("unlinked"), 0},
            {QLatin1String("name_normalized"), channel.name},
            {QLatin1String("is_shared"), false},
            {QLatin1String("is_org_shared"), false},
            {QLatin1String("is_ext_shared"), false},
            {QLatin1String("is_pending_ext_shared"), false},
            {QLatin1String("pending_shared"), QJsonArray()},
            {QLatin1String("context_team_id"), teamId},
            {QLatin1String("updated"), channel.created * 1000},
            {QLatin1String("parent_conversation"), QJsonValue::Null},
            {QLatin1String("creator"), channel.creator},
            {QLatin1String("shared_team_ids"), QJsonArray{teamId}},
            {QLatin1String("pending_connected_team_ids"), QJsonArray()},
            {QLatin1String("is_member"), channel.botIsMember},
            {QLatin1String("topic"), textField(channel.topic)},
            {QLatin1String("purpose"), textField(channel.purpose)},
            {QLatin1String("previous_names"), QJsonArray()},
            {QLatin1String("num_members"), channel.memberCount}};
}

QJsonObject Workspace::save() const
{
    QJsonArray userArray;
    for (const User &user : users)
        userArray.append(userJson(user));
    QJsonArray groupArray;
    for (const UserGroup &group : userGroups)
        groupArray.append(userGroupState(group));
    QJsonArray channelArray;
    QJsonObject messages;
    for (const Channel &channel : channels) {
        channelArray.append(channelJson(channel));
        QJsonArray list;
        for (const Message &message : m_messages.value(channel.id))
            list.append(messageState(message));
        messages.insert(channel.id, list);
    }
    return {{QLatin1String("team_id"), teamId},
            {QLatin1String("team"), teamName},
            {QLatin1String("domain"), domain},
            {QLatin1String("bot_user_id"), botUserId},
            {QLatin1String("release_channel_id"), releaseChannelId},
            {QLatin1String("release_manager_id"), releaseManagerId},
            {QLatin1String("last_ts"), formatTs(m_lastTs)},
            {QLatin1String("users"), userArray},
            {QLatin1String("usergroups"), groupArray},
            {QLatin1String("channels"), channelArray},
            {QLatin1String("messages"), messages}};
}

Workspace Workspace::load(const QJsonObject &state)
{
    Workspace workspace;
    workspace.teamId = state.value(QLatin1String("team_id")).toString();
    workspace.teamName = state.value(QLatin1String("team")).toString();
    workspace.domain = state.value(QLatin1String("domain")).toString();
    workspace.botUserId = state.value(QLatin1String("bot_user_id")).toString();
    workspace.releaseChannelId = state.value(QLatin1String("release_channel_id")).toString();
    workspace.releaseManagerId = state.value(QLatin1String("release_manager_id")).toString();
    workspace.m_lastTs = parseTs(state.value(QLatin1String("last_ts")).toString()).value_or(0);
    for (const QJsonValue &user : state.value(QLatin1String("users")).toArray())
        workspace.users.append(userFromJson(user.toObject()));
    for (const QJsonValue &group : state.value(QLatin1String("usergroups")).toArray())
        workspace.userGroups.append(userGroupFromState(group.toObject()));
    for (const QJsonValue &channel : state.value(QLatin1String("channels")).toArray())
        workspace.channels.append(channelFromJson(channel.toObject()));
    const QJsonObject messages = state.value(QLatin1String("messages")).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        QList<Message> &list = workspace.m_messages[it.key()];
        for (const QJsonValue &message : it.value().toArray()) {
            list.append(messageFromState(message.toObject()));
            workspace.m_lastTs = qMax(workspace.m_lastTs, list.constLast().ts);
        }
    }
    return workspace;
}

} // namespace ReleaseDesk::Sandbox::Slack
