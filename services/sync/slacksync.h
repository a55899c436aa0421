#pragma once

#include "syncstep.h"

#include "services/clients/slackclient.h"

#include <QHash>
#include <QSet>

namespace ReleaseDesk {

// Slack's part of a sync: the release channel's messages since the last sync
// (on the first, those of SlackSettings::historyDays), and the threads where
// an answer may have come: those of the requests of releases still under way
// (requested, in staging or lately live, which the team may still back out)
// and those of the new messages that have replies.
// Each message is stored with what it is (ReleaseChannel), all in one write
// with the cursor, as Slack pages from the newest down and a page alone would
// move the cursor past older ones not yet stored. The release team's words
// count only from its members (SlackSettings' group and users, asked of Slack
// when a message needs it); from anyone else they are kept as "not from the
// release team" and move nothing. Then each answer to a waiting request, and
// each back out or cancellation naming a release, moves it through
// ReleaseWorkflow, in the name Slack shows for the member who said it; an
// answer that cannot be read is kept as "unrecognised" and reported, never
// guessed at.
class SlackSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(SlackSync)

public:
    SlackSync(SyncRun &run, SlackClient &client, SlackSettings settings);

    void start(QObject *context, Done done) override;

    static QString cursorSource(const QString &channel);
    // How long after going live a release may still be backed out: its
    // requests' threads are read for that long.
    static constexpr int backOutDays = 14;

private:
    void readThreads(QObject *context);
    // Asks Slack who is in the release team when a message read this time
    // uses the team's words, then stores.
    void readTeam(QObject *context);
    void store();
    void apply();
    // The release team's back out or cancellation of `release`, acted on.
    Status stop(const Release &release, const QList<ChannelMessage> &stored);
    QString actorOf(const ChannelMessage &message) const;
    // The release's request answered in its thread, as stored; nullptr when
    // no answer of `kind` is there yet.
    const ChannelMessage *answer(const QList<ChannelMessage> &stored, const QString &threadTs,
                                 const QString &kind) const;
    Status move(const Release &release, const ChannelMessage &reply);
    // A reply in the thread of the release's waiting request that nobody could read.
    void noteUnreadAnswer(const Release &release, const QList<ChannelMessage> &stored);

    SlackClient &m_client;
    SlackSettings m_settings;
    QString m_oldest;               // the cursor: the newest top-level ts stored
    QList<SlackMessage> m_messages; // read this time, top-level and replies
    QStringList m_threads;          // still to read
    QSet<QString> m_threadsSeen;
    QHash<QString, QString> m_team; // the release team's user ids → the names Slack shows
};

} // namespace ReleaseDesk
