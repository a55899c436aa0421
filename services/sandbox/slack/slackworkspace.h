#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk::Sandbox {

struct Catalogue;

// The Slack workspace the sandbox emulates, without HTTP: who is in it, its
// channels and their messages. Timestamps are kept as microseconds since the
// epoch and written the way Slack writes them, "1732100000.000100".
namespace Slack {

struct User
{
    QString id;   // "U0CHS00001"
    QString name; // "alice.khan"
    QString realName;
    QString botId; // "B0CHS00001" for the bot user, empty for people
    QString appId;
    bool isBot() const { return !botId.isEmpty(); }
};

// A user group ("subteam"), mentioned as @handle.
struct UserGroup
{
    QString id;     // "S0CHS00001"
    QString handle; // "release-team"
    QString name;   // "Release team"
    QString description;
    QString createdBy;  // a user id
    qint64 created = 0; // Unix seconds
    QStringList users;  // user ids
};

struct Channel
{
    QString id; // "C0CHS00001"
    QString name;
    bool isPrivate = false;
    bool isArchived = false;
    bool isGeneral = false;
    bool botIsMember = true;
    qint64 created = 0; // Unix seconds
    QString creator;    // a user id
    QString topic;
    QString purpose;
    int memberCount = 0;
};

struct Message
{
    qint64 ts = 0;
    QString user;  // the author's user id
    QString botId; // set when the author is the bot
    QString text;
    qint64 threadTs = 0;    // the parent's ts for a reply; 0 for a top-level message
    bool broadcast = false; // a reply also shown in the channel
    QJsonArray blocks;
    QJsonArray attachments;
    QJsonObject metadata; // {event_type, event_payload}, as the app posted it; empty: none
    qint64 editedTs = 0;  // when its author last changed its text; 0: never
    bool isReply() const { return threadTs != 0 && threadTs != ts; }
};

// "1732100000.000100" <-> microseconds; nullopt for anything else.
QString formatTs(qint64 micros);
std::optional<qint64> parseTs(const QString &text);

class Workspace
{
public:
    QString teamId;
    QString teamName;
    QString domain; // the workspace URL is https://<domain>.slack.com/
    QString botUserId;
    QString releaseChannelId; // where the release team answers
    QString releaseManagerId;
    QList<User> users;
    QList<Channel> channels; // in creation order, which is id order
    QList<UserGroup> userGroups;

    // "xoxp-sandbox-<name>": the user token each person of the workspace signs in with.
    static QString userToken(const QString &userName);

    const User *userById(const QString &id) const;
    const User *userByName(const QString &name) const;
    const User *bot() const { return userById(botUserId); }
    // The person (never the bot) whose user token this is; nullptr for any other.
    const User *userByToken(const QString &token) const;
    const UserGroup *userGroupById(const QString &id) const;
    const Channel *channelById(const QString &id) const;
    // "release_chs" or "#release_chs".
    const Channel *channelByName(const QString &name) const;

    // Appends a message with a new ts, later than every ts so far, and at
    // least `notBefore` (the current time for live posts, a date for seeds).
    const Message &post(const QString &channelId, Message message, qint64 notBefore);
    const Message *message(const QString &channelId, qint64 ts) const;
    // Changes a message's text as chat.update does, at `now`; false if there is no such message.
    bool edit(const QString &channelId, qint64 ts, const QString &text, qint64 now);
    // Oldest first: what conversations.history shows (top-level messages
    // and broadcast replies), and the replies of one thread.
    QList<const Message *> channelView(const QString &channelId) const;
    QList<const Message *> replies(const QString &channelId, qint64 parentTs) const;

    // A message as the Web API shows it, with thread details for parents
    // and its metadata.
    QJsonObject toJson(const QString &channelId, const Message &message) const;
    // A channel as conversations.list shows it to the bot.
    QJsonObject toJson(const Channel &channel) const;

    QJsonObject save() const;
    static Workspace load(const QJsonObject &state);
    // The CHS workspace with the release channel's history from the catalogue.
    static Workspace seed(const Catalogue &catalogue);

private:
    QHash<QString, QList<Message>> m_messages; // by channel id, oldest first
    qint64 m_lastTs = 0;
};

} // namespace Slack
} // namespace ReleaseDesk::Sandbox
