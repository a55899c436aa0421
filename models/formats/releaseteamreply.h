#pragma once

#include "models/formats/channelwording.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// What the release team said of a release in the release channel, as far
// as ReleaseDesk can tell without guessing. These are understood, whatever
// their case, punctuation or Slack formatting:
//   "Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007."
//   "Applied to live: 2026.11.3."
//   "Backed out of staging: 2026.11.3. <why>" (or "of live")
//   "Cancelled: 2026.11.3. <why>"
// "Applied to staging: 2026.11.3." without a test task, and "Applied to live."
// without a release, are understood too: the request's thread says the rest.
// When the message is not in these words, the plainer ones of ChannelWording
// are tried ("Deployed 2026.11.3 to staging :white_check_mark:", "backed out").
// Anything else is Unrecognised, to be shown to a person as it was written;
// so is a negation ("Not applied yet", "Cancelled: 2026.11.3? Not yet").
// SlackFormat writes the same words for what a person records by hand.
struct ReleaseTeamReply
{
    enum class Kind {
        Unrecognised,
        AppliedToStaging,
        AppliedToLive,
        BackedOutOfStaging,
        BackedOutOfLive,
        Cancelled
    };

    Kind kind = Kind::Unrecognised;
    QString release;  // the release named in the reply
    QString testTask; // staging only: the ServiceNow test task, "CTASK0010007"
    QString why;      // backed out and cancelled: the words after the release

    // `asked` is the environment of the request whose thread the reply is
    // in, for the wording that does not name one ("backed out").
    static ReleaseTeamReply read(const QString &text,
                                 const ChannelWording &wording = ChannelWording::standard(),
                                 std::optional<Environment> asked = std::nullopt);
    // The ServiceNow test task an applied-to-staging reply names, in any of
    // the wordings; empty when it names none.
    static QString testTaskIn(const QString &text);

    bool recognised() const { return kind != Kind::Unrecognised; }
    friend bool operator==(const ReleaseTeamReply &, const ReleaseTeamReply &) = default;
};

// Slack message text as a person reads it: mrkdwn's *bold*, _italic_,
// ~strike~ and `code` marks dropped, <url|label> links as their label (bare
// <url> as the URL), &amp; &lt; &gt; decoded, invisible word joiners removed
// and runs of white space made one space.
QString plainSlackText(const QString &mrkdwn);

} // namespace ReleaseDesk
