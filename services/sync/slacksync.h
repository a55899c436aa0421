#pragma once

#include "syncstep.h"

#include "services/clients/slackclient.h"

#include "models/formats/channelwording.h"

#include <QHash>
#include <QSet>

namespace ReleaseDesk {

// Slack's part of a sync: the release channel's messages since the last sync
// (on the first, those of SlackSettings::historyDays), and the threads where
// an answer may have come: those of the requests of releases still under way
// (requested, in staging or lately live, which the team may still back out)
// and those of the new messages that have replies.
// Slack pages the channel from the newest down, so each page is stored, with
// its messages' threads, together with the window cursor: how far down the
// read has come. The channel's cursor moves to the newest message only with
// the page that reaches the bottom of the window, so a sync that stops on the
// way leaves a window that the next one reads on from, and nothing is read
// twice or skipped. Each message is stored with what it is (ReleaseChannel).
// The release team's words count only from its members (SlackSettings' group
// and users, asked of Slack when a message needs it); from anyone else they
// are kept as "not from the release team" and move nothing. Then each answer
// to a waiting request, and each back out or cancellation naming a release,
// moves it through ReleaseWorkflow, in the name Slack shows for the member
// who said it; an answer that cannot be read is kept as "unrecognised" and
// reported, never guessed at.
class SlackSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(SlackSync)

public:
    SlackSync(SyncRun &run, SlackClient &client, SlackSettings settings);

    void start(QObject *context, Done done) override;

    // The newest message of the channel read whole down to the last sync's.
    static QString cursorSource(const QString &channel);
    // The window a sync is reading: "<top> <below> <bound>", see Window.
    static QString windowSource(const QString &channel);
    // How long after going live a release may still be backed out: its
    // requests' threads are read for that long.
    static constexpr int backOutDays = 14;

private:
    // The part of the channel being read: the messages newer than `bound`
    // (empty: any) and older than `below` (empty: up to now), whose newest is
    // `top` once its first page is stored. Pages are read from the newest
    // down, each moving `below` to its oldest message.
    struct Window
    {
        QString bound;
        QString below;
        QString top;
    };
    using Next = void (SlackSync::*)(QObject *context);

    // `ts` is later than `than`; anything is later than an empty one.
    static bool newer(const QString &ts, const QString &than);

    // The window stored by a sync that stopped on the way, unless the
    // channel's cursor, `read`, has passed it since.
    Result<std::optional<Window>> storedWindow(const QString &read) const;
    void readPage(QObject *context);
    // Reads m_threads into m_pending, then goes on to `next`.
    void readThreads(QObject *context, Next next);
    // Asks Slack who is in the release team when a message to be stored
    // uses the team's words, once a sync, then goes on to `next`.
    void readTeam(QObject *context, Next next);
    void storePage(QObject *context);
    void readRequestThreads(QObject *context);
    void storeRequestThreads(QObject *context);
    // Stores m_pending with `cursor` in one write, and notes what came new.
    Status store(const std::optional<SyncCursor> &cursor);
    void apply();
    // The release team's back out or cancellation of `release`, acted on.
    Status stop(const Release &release, const QList<ChannelMessage> &stored);
    QString actorOf(const ChannelMessage &message) const;
    // The release's request answered in its thread, as stored; nullptr when
    // no answer of `kind` is there yet.
    const ChannelMessage *answer(const QList<ChannelMessage> &stored, const QString &threadTs,
                                 ChannelMessageKind kind) const;
    Status move(const Release &release, const ChannelMessage &reply);
    // A reply in the thread of the release's waiting request that nobody could read.
    void noteUnreadAnswer(const Release &release, const QList<ChannelMessage> &stored);

    SlackClient &m_client;
    SlackSettings m_settings;
    Window m_window;
    bool m_resumed = false; // m_window is one an earlier sync stopped in
    bool m_pageIsLast = false;
    QStringList m_requests;        // the threads of the requests of releases under way
    QList<SlackMessage> m_pending; // read, to be stored with the next write
    QStringList m_threads;         // still to read before that write
    QSet<QString> m_threadsSeen;
    // ts → kind of each top-level message stored
    std::optional<QHash<QString, ChannelMessageKind>> m_kinds;
    // ts → the release of each request stored: what a reply that names none is about
    QHash<QString, QString> m_requestReleases;
    ChannelWording m_wording; // the team's words and the built-in ones
    int m_historyRead = 0;
    bool m_teamRead = false;
    QHash<QString, QString> m_team; // the release team's user ids → the names Slack shows
};

} // namespace ReleaseDesk
