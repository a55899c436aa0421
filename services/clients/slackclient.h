#pragma once

#include "slackparse.h"
#include "slackwebapi.h"

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace ReleaseDesk {

class HttpClient;

// Slack's side of the release process: posts the staging and live requests to
// the release channel, at most once each, and reads the channel and the
// requests' threads for the release team's answers. Text is sent as given:
// build it with SlackFormat, which escapes what the user typed.
//
// "Test connection" is checkCredentials() and then resolveChannel().
class SlackClient
{
    Q_DECLARE_TR_FUNCTIONS(SlackClient)

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using Progress = std::function<void(int fetched)>;

    // `http` must outlive the client and every request it sent. A call in
    // flight finishes, and calls back, also when the client is destroyed first.
    SlackClient(HttpClient &http, SlackConnection connection);

    const SlackConnection &connection() const { return m_state->api.connection(); }

    // auth.test: who the token belongs to. Remembered for postOnce().
    void checkCredentials(QObject *context, Callback<SlackIdentity> done);
    // The release channel's id, found by name in conversations.list and
    // remembered after the first call. A channel that is missing (or private
    // without the app), archived, or without the app as a member fails, each
    // with its own message.
    void resolveChannel(QObject *context, Callback<QString> done);
    // The channel's messages newer than `oldestTs` (empty: all), oldest first,
    // across pages; `progress` (optional) hears the running count. Top-level
    // messages, and replies also sent to the channel (subtype thread_broadcast).
    void history(const QString &oldestTs, Progress progress, QObject *context,
                 Callback<QList<SlackMessage>> done);
    // One page of the channel's messages newer than `oldestTs` and older
    // than `latestTs` (either empty: no bound), newest first as Slack gives
    // them, and no cursor when no older one is left in the range. Asking
    // again with the page's oldest ts as `latestTs` reads on, also in a later
    // sync, so a caller may store each page before it asks for the next.
    void historyPage(const QString &oldestTs, const QString &latestTs, QObject *context,
                     Callback<SlackParse::MessagePage> done);
    // The replies in the thread of `threadTs` newer than `oldestTs` (empty:
    // all), oldest first, across pages; without the thread's first message.
    void replies(const QString &threadTs, const QString &oldestTs, QObject *context,
                 Callback<QList<SlackMessage>> done);
    // chat.postMessage in the channel, or in the thread of `threadTs` when it
    // is set. Not resent after a lost answer: use postOnce() to post safely again.
    void postMessage(const QString &text, const QString &threadTs, QObject *context,
                     Callback<SlackMessage> done);
    // The outbox's post: the message this app already posted in the channel
    // (or the thread) for `ref`, else a new post that carries `ref` in its
    // metadata. So a post whose answer was lost is found by the next call and
    // never sent twice, whatever Slack made of the text (it rewrites links
    // and & < >) and however wrong this computer's clock is; and two posts
    // of the same text with their own refs are two messages. Without a ref
    // (an entry queued before refs) the message is the one posted since
    // `notBefore` with exactly this text.
    void postOnce(const QString &text, const QString &threadTs, const QString &ref,
                  const QDateTime &notBefore, QObject *context, Callback<SlackMessage> done);

    // Who is in the release team: the users `userIds` and the members of the
    // user group `group` (its id, "S0…", or its handle, "release-team" or
    // "@release-team"; empty: no group), each once, as users.info shows them.
    // A group or a user Slack does not know fails naming it, as does a token
    // without users:read or usergroups:read (Slack's missing_scope).
    void releaseTeam(const QStringList &userIds, const QString &group, QObject *context,
                     Callback<QList<SlackUser>> done);

    // The Slack user with this email (users.lookupByEmail, which needs the
    // users:read.email scope); an empty id when Slack knows nobody by it.
    void userIdByEmail(const QString &email, QObject *context, Callback<QString> done);

    // How far before `notBefore` postOnce() looks: Slack stamps messages with
    // its own clock, which may be behind this computer's.
    static constexpr qint64 clockAllowanceSeconds = 60;
    // How far before `notBefore` postOnce() looks for a post with a ref. The
    // ref alone tells the entry's message, so the window only has to cover
    // this computer's clock being fast: a day covers any error a person would
    // not notice, and a day of the release channel is a page or two.
    static constexpr qint64 refAllowanceSeconds = 24 * 60 * 60;
    // The metadata event_type that carries postOnce()'s ref.
    static QString refEventType() { return QStringLiteral("releasedesk_outbox"); }

private:
    // What the calls in flight share with the client, and outlive it with.
    struct State
    {
        SlackWebApi api;
        std::optional<SlackIdentity> identity;
        QString channelId;
    };
    using StatePtr = std::shared_ptr<State>;

    static void identify(const StatePtr &state, QObject *context, Callback<SlackIdentity> done);
    static void resolve(const StatePtr &state, QObject *context, Callback<QString> done);
    static void readHistory(const StatePtr &state, const QString &oldestTs, Progress progress,
                            QObject *context, Callback<QList<SlackMessage>> done);
    static void readHistoryPage(const StatePtr &state, const QString &oldestTs,
                                const QString &latestTs, QObject *context,
                                Callback<SlackParse::MessagePage> done);
    static void readReplies(const StatePtr &state, const QString &threadTs, const QString &oldestTs,
                            QObject *context, Callback<QList<SlackMessage>> done);
    // slackteam.cpp: the group's id from its handle, its members, and who they are.
    static void findGroup(const StatePtr &state, const QString &group, QObject *context,
                          Callback<QString> done);
    static void groupMembers(const StatePtr &state, const QString &groupId, QObject *context,
                             Callback<QStringList> done);
    static void describeUsers(const StatePtr &state, QStringList ids, QList<SlackUser> found,
                              QObject *context, Callback<QList<SlackUser>> done);
    // `metadata` empty: none.
    static void post(const StatePtr &state, const QString &text, const QString &threadTs,
                     const QJsonObject &metadata, QObject *context, Callback<SlackMessage> done);

    StatePtr m_state;
};

} // namespace ReleaseDesk
