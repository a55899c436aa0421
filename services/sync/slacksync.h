#pragma once

#include "syncstep.h"

#include "services/clients/slackclient.h"

#include <QHash>
#include <QSet>

namespace ReleaseDesk {

// Slack's part of a sync: the release channel's messages since the last sync,
// and the threads where an answer may have come: those of the requests still
// waiting for one (releases in StagingRequested or LiveRequested) and those of
// the new messages that have replies. Each message is stored with what it is
// (ReleaseChannel), all in one write with the cursor, as Slack pages from the
// newest down and a page alone would move the cursor past older ones not yet
// stored. Then each release team answer to a waiting request moves its
// release, through ReleaseWorkflow, as "release team (Slack)"; an answer that
// cannot be read is kept as "unrecognised" and reported, never guessed at.
class SlackSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(SlackSync)

public:
    SlackSync(SyncRun &run, SlackClient &client, SlackSettings settings);

    void start(QObject *context, Done done) override;

    static QString cursorSource(const QString &channel);
    static QString releaseTeam();

private:
    void readThreads(QObject *context);
    void store();
    void apply();
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
};

} // namespace ReleaseDesk
