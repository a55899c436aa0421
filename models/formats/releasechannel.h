#pragma once

#include "models/domain/domain.h"
#include "models/formats/channelwording.h"

#include <QLatin1String>
#include <QString>

namespace ReleaseDesk {

// What sync makes of the messages of the release channel: the requests
// ReleaseDesk (or a person, in its wording) posted, and the release team's
// answers in their threads. Pure, so that every wording can be tested from a
// table; the kinds are ChannelMessage::kind's values.
class ReleaseChannel
{
public:
    using Kind = ChannelMessageKind;

    struct Reading
    {
        Kind kind = Kind::None; // None: a message that asks and answers nothing
        QString releaseName;
        QString testTask; // an applied-staging reply's ServiceNow test task
        QString why;      // a back out's or a cancellation's reason
        friend bool operator==(const Reading &, const Reading &) = default;
    };

    // A top-level message is a request when it starts as SlackFormat writes
    // them, "Staging request for release 2026.11.3: please deploy to
    // staging."; a back out or a cancellation when it starts with the release
    // team's words for them; other top-level messages are talk. A reply in
    // the thread of a request (`parentKind` is a request's kind) is the
    // release team's answer, recognised or not; replies in other threads are
    // talk. The team's words count only when `byReleaseTeam` says the author
    // is in the release team; from anyone else they are NotFromReleaseTeam.
    // Besides SlackFormat's words, `wording`'s are read: the team's plainer
    // replies, and requests written by hand ("@release-team please deploy
    // 2026.11.3 to staging"). A reply that names no release leaves
    // releaseName empty: it is about its thread's.
    static Reading read(const QString &text, bool isReply, Kind parentKind, bool byReleaseTeam,
                        const ChannelWording &wording = ChannelWording::standard());

    static bool isRequest(Kind kind)
    {
        return kind == Kind::StagingRequest || kind == Kind::LiveRequest;
    }
    // The thread where the release team and the desk talk about `release`
    // now: that of its live request, else of its staging request; empty
    // before it has either.
    static QString newestRequest(const Release &release)
    {
        return !release.liveRequestRef.isEmpty() ? release.liveRequestRef
                                                 : release.stagingRequestRef;
    }
    // Backed out of staging or live, or cancelled: the release stops.
    static bool stopsRelease(Kind kind)
    {
        return kind == Kind::BackedOutOfStaging || kind == Kind::BackedOutOfLive ||
               kind == Kind::Cancelled;
    }
};

} // namespace ReleaseDesk
