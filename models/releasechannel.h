#pragma once

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
    static constexpr QLatin1String stagingRequest{"staging-request"};
    static constexpr QLatin1String liveRequest{"live-request"};
    static constexpr QLatin1String appliedToStaging{"applied-staging"};
    static constexpr QLatin1String appliedToLive{"applied-live"};
    static constexpr QLatin1String unrecognised{"unrecognised"};

    struct Reading
    {
        QString kind; // one of the above, or empty: a message that asks and answers nothing
        QString releaseName;
        QString testTask; // an applied-staging reply's ServiceNow test task
        friend bool operator==(const Reading &, const Reading &) = default;
    };

    // A top-level message is a request when it starts as SlackFormat writes
    // them, "Staging request for release 2026.11.3: please deploy to
    // staging."; other top-level messages are talk. A reply in the thread of a
    // request (`parentKind` is a request's kind) is the release team's answer,
    // recognised or not; replies in other threads are talk.
    static Reading read(const QString &text, bool isReply, const QString &parentKind = {});

    static bool isRequest(const QString &kind)
    {
        return kind == stagingRequest || kind == liveRequest;
    }
};

} // namespace ReleaseDesk
