#include "slackparse.h"

#include "jsonfields.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ReleaseDesk {

namespace {

constexpr qint64 microsPerSecond = 1000000;

// The top level of an answer that must say "ok": true.
QJsonObject okRoot(JsonFields &reader, const QJsonDocument &answer)
{
    const QJsonObject root = reader.root(answer);
    if (!reader.failed() && root.value(QLatin1String("ok")) != QJsonValue(true))
        reader.fail(SlackParse::tr("the answer does not say \"ok\": true"));
    return root;
}

// response_metadata.next_cursor: empty when absent, as on the last page.
QString nextCursor(JsonFields &reader, const QJsonObject &root)
{
    const QLatin1String metadataName("response_metadata");
    const QJsonObject metadata = reader.object(root, {}, metadataName, JsonFields::Optional);
    return reader.string(metadata, QString(metadataName), QLatin1String("next_cursor"),
                         JsonFields::Optional);
}

// A ts field: empty when absent, and a failure naming it when it is not a ts.
QString tsField(JsonFields &reader, const QJsonObject &object, const QString &path,
                QLatin1String name, JsonFields::Presence presence)
{
    const QString ts = reader.string(object, path, name, presence);
    if (!reader.failed() && !ts.isEmpty() && !SlackParse::tsMicros(ts)) {
        reader.fail(SlackParse::tr("the field '%1' is not a Slack timestamp: %2")
                        .arg(JsonFields::join(path, name), ts));
    }
    return ts;
}

} // namespace

std::optional<SlackError> SlackParse::error(const QJsonDocument &answer)
{
    const QJsonObject root = answer.object();
    if (!answer.isObject() || root.value(QLatin1String("ok")) != QJsonValue(false))
        return std::nullopt;
    // An answer that fails without saying why still fails.
    const QString code = root.value(QLatin1String("error")).toString();
    return SlackError{code.isEmpty() ? QStringLiteral("unknown_error") : code,
                      root.value(QLatin1String("needed")).toString()};
}

QString SlackParse::describe(const SlackError &error, const QString &channel)
{
    const QString name = channel.startsWith(u'#') ? channel.mid(1) : channel;
    const QString &code = error.code;
    if (code == QLatin1String("not_authed"))
        return tr("no token was sent; enter the Slack app's bot token (xoxb-…) in the Slack "
                  "connection settings.");
    if (code == QLatin1String("invalid_auth"))
        return tr("Slack did not accept the token; check the bot token in the Slack connection "
                  "settings.");
    if (code == QLatin1String("token_revoked") || code == QLatin1String("token_expired") ||
        code == QLatin1String("account_inactive"))
        return tr("the token is no longer valid (%1); reinstall the Slack app in the workspace "
                  "and enter its new bot token in the Slack connection settings.")
            .arg(code);
    if (code == QLatin1String("missing_scope")) {
        if (error.needed.isEmpty())
            return tr("the Slack app lacks a permission this needs; give it the scopes "
                      "chat:write, channels:read, groups:read, channels:history, "
                      "groups:history, users:read and usergroups:read, then reinstall it.");
        return tr("the Slack app lacks the permission %1; add it to the app's scopes, then "
                  "reinstall it.")
            .arg(error.needed);
    }
    if (code == QLatin1String("channel_not_found"))
        return tr("the channel #%1 was not found, or it is private and the app is not in it; "
                  "check the channel's name in the Slack connection settings, or invite the app "
                  "to the channel.")
            .arg(name);
    if (code == QLatin1String("not_in_channel"))
        return tr("the app is not a member of #%1; invite it there with /invite.").arg(name);
    if (code == QLatin1String("is_archived"))
        return tr("the channel #%1 is archived; unarchive it, or choose another channel in the "
                  "Slack connection settings.")
            .arg(name);
    if (code == QLatin1String("msg_too_long"))
        return tr("the message is too long for Slack; shorten it.");
    if (code == QLatin1String("no_text"))
        return tr("the message is empty; nothing was posted.");
    if (code == QLatin1String("invalid_cursor"))
        return tr("Slack did not accept the paging cursor, perhaps because the list changed "
                  "while it was read; try again.");
    if (code == QLatin1String("ratelimited"))
        return tr("Slack is limiting requests; try again in a few minutes.");
    if (code == QLatin1String("no_such_subteam"))
        return tr("the release team's user group was not found in Slack; check the release "
                  "team in the Slack connection settings.");
    if (code == QLatin1String("user_not_found"))
        return tr("a member of the release team was not found in Slack; check the release "
                  "team's user ids in the Slack connection settings.");
    if (code == QLatin1String("thread_not_found"))
        return tr("the thread was not found; its first message may have been deleted.");
    return tr("Slack refused the request (%1).").arg(code);
}

Result<SlackIdentity> SlackParse::identity(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    SlackIdentity identity;
    identity.team = reader.string(root, {}, QLatin1String("team"));
    identity.user = reader.string(root, {}, QLatin1String("user"));
    identity.userId = reader.string(root, {}, QLatin1String("user_id"));
    identity.botId = reader.string(root, {}, QLatin1String("bot_id"), JsonFields::Optional);
    if (reader.failed())
        return Result<SlackIdentity>::failure(reader.error());
    return identity;
}

Result<SlackParse::ChannelPage> SlackParse::channelPage(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    ChannelPage page;
    const QString listName = QStringLiteral("channels");
    const QJsonArray list = reader.array(root, {}, QLatin1String("channels"));
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(listName, i);
        const QJsonObject object = reader.element(list, i, listName);
        SlackChannel channel;
        channel.id = reader.string(object, where, QLatin1String("id"));
        channel.name = reader.string(object, where, QLatin1String("name"));
        channel.isPrivate = reader.boolean(object, where, QLatin1String("is_private"));
        channel.isArchived = reader.boolean(object, where, QLatin1String("is_archived"));
        channel.isMember = reader.boolean(object, where, QLatin1String("is_member"));
        page.channels.append(channel);
    }
    page.nextCursor = nextCursor(reader, root);
    if (reader.failed())
        return Result<ChannelPage>::failure(reader.error());
    return page;
}

Result<SlackParse::MessagePage> SlackParse::messagePage(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    MessagePage page;
    const QString listName = QStringLiteral("messages");
    const QJsonArray list = reader.array(root, {}, QLatin1String("messages"));
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QJsonObject object = reader.element(list, i, listName);
        if (reader.failed())
            break;
        const auto read = message(object, JsonFields::at(listName, i));
        if (!read) {
            reader.fail(read.error());
            break;
        }
        page.messages.append(read.value());
    }
    page.nextCursor = nextCursor(reader, root);
    // Following has_more without a cursor would need another kind of paging;
    // stopping would drop messages without a word.
    if (!reader.failed() && page.nextCursor.isEmpty() &&
        reader.boolean(root, {}, QLatin1String("has_more"))) {
        reader.fail(tr("the answer says has_more but gives no next_cursor"));
    }
    if (reader.failed())
        return Result<MessagePage>::failure(reader.error());
    return page;
}

QString SlackUser::shownName() const
{
    if (!displayName.trimmed().isEmpty())
        return displayName.trimmed();
    return !realName.trimmed().isEmpty() ? realName.trimmed() : name;
}

Result<SlackUser> SlackParse::user(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    const QString where = QStringLiteral("user");
    const QJsonObject object = reader.object(root, {}, QLatin1String("user"));
    SlackUser user;
    user.id = reader.string(object, where, QLatin1String("id"));
    user.name = reader.string(object, where, QLatin1String("name"));
    user.realName = reader.string(object, where, QLatin1String("real_name"), JsonFields::Optional);
    const QJsonObject profile =
        reader.object(object, where, QLatin1String("profile"), JsonFields::Optional);
    user.displayName = reader.string(profile, where + QStringLiteral(".profile"),
                                     QLatin1String("display_name"), JsonFields::Optional);
    if (user.realName.isEmpty()) {
        user.realName = reader.string(profile, where + QStringLiteral(".profile"),
                                      QLatin1String("real_name"), JsonFields::Optional);
    }
    user.isBot = object.value(QLatin1String("is_bot")).toBool();
    user.deleted = object.value(QLatin1String("deleted")).toBool();
    if (reader.failed())
        return Result<SlackUser>::failure(reader.error());
    return user;
}

Result<QList<SlackUserGroup>> SlackParse::userGroups(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    const QString listName = QStringLiteral("usergroups");
    const QJsonArray list = reader.array(root, {}, QLatin1String("usergroups"));
    QList<SlackUserGroup> groups;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(listName, i);
        const QJsonObject object = reader.element(list, i, listName);
        SlackUserGroup group;
        group.id = reader.string(object, where, QLatin1String("id"));
        group.handle = reader.string(object, where, QLatin1String("handle"));
        group.name = reader.string(object, where, QLatin1String("name"), JsonFields::Optional);
        group.userCount = object.value(QLatin1String("user_count")).toInt();
        groups.append(group);
    }
    if (reader.failed())
        return Result<QList<SlackUserGroup>>::failure(reader.error());
    return groups;
}

Result<QStringList> SlackParse::userGroupMembers(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    const QJsonArray list = reader.array(root, {}, QLatin1String("users"));
    QStringList users;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        if (!list.at(i).isString() || list.at(i).toString().isEmpty())
            reader.fail(tr("the field '%1' is not a user id")
                            .arg(JsonFields::at(QStringLiteral("users"), i)));
        users << list.at(i).toString();
    }
    if (reader.failed())
        return Result<QStringList>::failure(reader.error());
    return users;
}

Result<SlackMessage> SlackParse::postedMessage(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = okRoot(reader, answer);
    const QString ts = tsField(reader, root, {}, QLatin1String("ts"), JsonFields::Required);
    const QJsonObject object =
        reader.object(root, {}, QLatin1String("message"), JsonFields::Optional);
    if (reader.failed())
        return Result<SlackMessage>::failure(reader.error());
    if (object.isEmpty()) {
        SlackMessage posted;
        posted.ts = ts;
        posted.at = tsTime(ts);
        return posted;
    }
    return message(object);
}

Result<SlackMessage> SlackParse::message(const QJsonObject &object, const QString &where)
{
    JsonFields reader;
    SlackMessage message;
    message.ts = tsField(reader, object, where, QLatin1String("ts"), JsonFields::Required);
    message.threadTs =
        tsField(reader, object, where, QLatin1String("thread_ts"), JsonFields::Optional);
    message.user = reader.string(object, where, QLatin1String("user"), JsonFields::Optional);
    message.botId = reader.string(object, where, QLatin1String("bot_id"), JsonFields::Optional);
    message.subtype = reader.string(object, where, QLatin1String("subtype"), JsonFields::Optional);
    message.text = reader.string(object, where, QLatin1String("text"), JsonFields::Optional);
    // Only a thread's parent has a reply count.
    const QJsonValue replyCount = object.value(QLatin1String("reply_count"));
    if (!replyCount.isUndefined() && !replyCount.isNull())
        message.replyCount = reader.count(object, where, QLatin1String("reply_count"));
    message.latestReply =
        tsField(reader, object, where, QLatin1String("latest_reply"), JsonFields::Optional);
    message.metadata =
        reader.object(object, where, QLatin1String("metadata"), JsonFields::Optional);
    if (reader.failed())
        return Result<SlackMessage>::failure(reader.error());
    message.at = tsTime(message.ts);
    return message;
}

std::optional<qint64> SlackParse::tsMicros(const QString &ts)
{
    // Up to 12 digits of seconds keep the microseconds within a qint64.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const auto match = pattern.match(ts);
    if (!match.hasMatch())
        return std::nullopt;
    // "1.5" is 1.500000: the fraction is read as written, padded on the right.
    return match.captured(1).toLongLong() * microsPerSecond +
           match.captured(2).leftJustified(6, u'0').toLongLong();
}

QDateTime SlackParse::tsTime(const QString &ts)
{
    const auto micros = tsMicros(ts);
    if (!micros)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*micros / 1000, Qt::UTC);
}

QString SlackParse::tsOf(const QDateTime &time)
{
    if (!time.isValid() || time.toMSecsSinceEpoch() < 0)
        return {};
    const qint64 msecs = time.toMSecsSinceEpoch();
    return QStringLiteral("%1.%2").arg(msecs / 1000).arg((msecs % 1000) * 1000, 6, 10, QChar(u'0'));
}

QList<SlackMessage> SlackParse::oldestFirst(const QList<SlackMessage> &messages)
{
    QList<SlackMessage> result;
    QHash<QString, qsizetype> indexByTs;
    for (const SlackMessage &message : messages) {
        const auto found = indexByTs.constFind(message.ts);
        if (found != indexByTs.constEnd()) {
            result[*found] = message;
        } else {
            indexByTs.insert(message.ts, result.size());
            result.append(message);
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const SlackMessage &a, const SlackMessage &b) {
                         return tsMicros(a.ts).value_or(0) < tsMicros(b.ts).value_or(0);
                     });
    return result;
}

} // namespace ReleaseDesk
