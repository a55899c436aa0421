#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// Who the token belongs to, from auth.test.
struct SlackIdentity
{
    QString team;   // the workspace's name
    QString user;   // the bot user's name, "releasedesk"
    QString userId; // "U0CHS00001"
    QString botId;  // "B0CHS00001"; empty for a user token
    friend bool operator==(const SlackIdentity &, const SlackIdentity &) = default;
};

// A message as conversations.history, conversations.replies and
// chat.postMessage show it.
struct SlackMessage
{
    QString ts;       // "1732100000.000100": the message's id in its channel
    QString threadTs; // the parent's ts for a reply; a parent with replies has its own
    QString user;
    QString botId;
    QString subtype; // "thread_broadcast", "channel_join", ...; empty for a plain message
    QString text;
    int replyCount = 0;   // on a thread's parent
    QString latestReply;  // on a thread's parent: the newest reply's ts
    QJsonObject metadata; // {event_type, event_payload} when the read asked for it; else empty
    QDateTime at;         // from ts, UTC, to the millisecond

    // A reply in a thread, as opposed to a top-level message or a thread's parent.
    bool isReply() const { return !threadTs.isEmpty() && threadTs != ts; }
    friend bool operator==(const SlackMessage &, const SlackMessage &) = default;
};

// A channel as conversations.list shows it to the token's owner.
struct SlackChannel
{
    QString id;
    QString name;
    bool isPrivate = false;
    bool isArchived = false;
    bool isMember = false;
    friend bool operator==(const SlackChannel &, const SlackChannel &) = default;
};

// A person (or a bot) of the workspace, as users.info shows them.
struct SlackUser
{
    QString id;   // "U0CHS00004"
    QString name; // "rita.release"
    QString realName;
    QString displayName; // what the person chose to be shown as; often empty
    bool isBot = false;
    bool deleted = false;

    // The name people see in Slack: the display name, else the real name, else the user name.
    QString shownName() const;
    friend bool operator==(const SlackUser &, const SlackUser &) = default;
};

// A user group ("subteam", mentioned as @handle), as usergroups.list shows it.
struct SlackUserGroup
{
    QString id;     // "S0CHS00001"
    QString handle; // "release-team"
    QString name;   // "Release team"
    int userCount = 0;
    friend bool operator==(const SlackUserGroup &, const SlackUserGroup &) = default;
};

// An answer with "ok": false: Slack's error code and, for missing_scope, the
// permission the method needs.
struct SlackError
{
    QString code;   // "channel_not_found"
    QString needed; // "chat:write"
    friend bool operator==(const SlackError &, const SlackError &) = default;
};

// The Slack Web API's JSON read into values, without I/O, so that every shape
// of answer can be tested from a table. Every answer must say "ok": true; a
// field of the wrong type, or a required one missing, fails with a message
// naming the field, and nothing is returned half-read.
class SlackParse
{
    Q_DECLARE_TR_FUNCTIONS(SlackParse)

public:
    struct ChannelPage
    {
        QList<SlackChannel> channels;
        QString nextCursor; // empty on the last page
    };
    struct MessagePage
    {
        QList<SlackMessage> messages; // as Slack ordered them
        QString nextCursor;           // empty on the last page
    };

    // The error of an answer that says "ok": false; nothing for any other.
    static std::optional<SlackError> error(const QJsonDocument &answer);
    // What the error means and what to do about it, for a person to read.
    // `channel` is the configured channel's name, for the errors about it.
    static QString describe(const SlackError &error, const QString &channel);

    // auth.test: {ok, url, team, user, team_id, user_id, bot_id?}.
    static Result<SlackIdentity> identity(const QJsonDocument &answer);
    // conversations.list: {ok, channels[], response_metadata{next_cursor}}.
    static Result<ChannelPage> channelPage(const QJsonDocument &answer);
    // conversations.history and conversations.replies:
    // {ok, messages[], has_more, response_metadata{next_cursor}}.
    static Result<MessagePage> messagePage(const QJsonDocument &answer);
    // users.info: {ok, user{id, name, real_name?, is_bot?, deleted?, profile{display_name?}}}.
    static Result<SlackUser> user(const QJsonDocument &answer);
    // usergroups.list: {ok, usergroups[{id, handle, name, user_count?}]}.
    static Result<QList<SlackUserGroup>> userGroups(const QJsonDocument &answer);
    // usergroups.users.list: {ok, users[ids]}.
    static Result<QStringList> userGroupMembers(const QJsonDocument &answer);
    // chat.postMessage: {ok, channel, ts, message{...}}.
    static Result<SlackMessage> postedMessage(const QJsonDocument &answer);
    static Result<SlackMessage> message(const QJsonObject &message,
                                        const QString &where = QStringLiteral("message"));

    // Slack's ts, "1732100000.000100", as microseconds since the epoch, which
    // orders messages exactly; nothing when it is not a ts.
    static std::optional<qint64> tsMicros(const QString &ts);
    // The time of a ts, UTC, to the millisecond; invalid when it is not a ts.
    static QDateTime tsTime(const QString &ts);
    // A time as a ts, for the `oldest` and `latest` arguments.
    static QString tsOf(const QDateTime &time);
    // Oldest first by ts, each ts once (a later copy replaces an earlier one).
    static QList<SlackMessage> oldestFirst(const QList<SlackMessage> &messages);
};

} // namespace ReleaseDesk
