#pragma once

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

    static ReleaseTeamReply read(const QString &text);

    bool recognised() const { return kind != Kind::Unrecognised; }
    friend bool operator==(const ReleaseTeamReply &, const ReleaseTeamReply &) = default;
};

// Slack message text as a person reads it: mrkdwn's *bold*, _italic_,
// ~strike~ and `code` marks dropped, <url|label> links as their label (bare
// <url> as the URL), &amp; &lt; &gt; decoded, invisible word joiners removed
// and runs of white space made one space.
QString plainSlackText(const QString &mrkdwn);

} // namespace ReleaseDesk
