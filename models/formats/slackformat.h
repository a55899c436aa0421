#pragma once

#include "models/domain/domain.h"

#include <QString>
#include <QUrl>

// Message text for Slack (mrkdwn), and the two requests the app posts to the
// release channel. User text is escaped so that it can never form a link, a
// mention (<!channel>, <@U123>) or a command; Slack's *bold* _italic_ ~strike~
// `code` have no escape in mrkdwn and may still style it.

namespace ReleaseDesk::SlackFormat {

// & < > as &amp; &lt; &gt;: the only escaping Slack defines for message text.
QString escape(const QString &text);

// "<url|label>". The URL fully percent-encoded (so it holds no '|', '<', '>' or
// space) with '&' escaped; the label on one line, escaped, and its '|' shown
// as '¦' (Slack would read the first '|' as the separator). An empty or
// invalid URL gives the label alone.
QString link(const QUrl &url, const QString &label);

// The requests the release team acts on. Their wording is a contract with the
// team (and the sandbox's simulated team): a request, the word "staging" or
// "live", the release version, and for staging the change number, like
//   Staging request for release 2026.11.3: please deploy to staging.
//   Change: CHG0030001
//   Notes: <url|Release notes – 2026.11.3>
//   Services: chs-orders-api 1.4.2 (ECS)
// The team reads "staging" anywhere in a message as a staging request, and the
// first CHG number as its change. So in the user's text (release name, service
// names, versions and deployment types, the notes URL's path) the words
// "staging" and "live" and a "CHG" prefix are broken up: a U+2060 WORD JOINER,
// invisible, after their first letter, or in the URL that letter
// percent-encoded, which addresses the same page. A live request for a release
// named "2026.11.3-staging" stays a live request. The URL's host is
// configuration, not user text, and is left as it is.
QString stagingRequest(const Release &release, const QUrl &notesUrl, const QString &changeNumber);
QString liveRequest(const Release &release, const QUrl &notesUrl, const QString &changeNumber);

// The developers' notice of a failed verdict, naming the task, where it
// failed, the tester and the note:
//   CHS-1234 failed testing in Staging (Priya Shah): 500 on the filing page
//   It goes back to In Progress for a fix.
// where the task goes is the team's rework status ("It needs a fix." when
// the failure moves it nowhere). Everything but the fixed wording is user
// text, escaped and broken up as in the requests, so that no note can read
// as a request to the release team.
QString testFailure(const TestResult &failed, const QString &reworkStatus);
// A notice addressed to a person: "<@U0CHS00004> <notice>" for a Slack user
// id, "Alice Khan: <notice>" for a person Slack does not know by their
// email (the name is user text), the notice alone for neither.
QString addressedTo(const QString &slackUserId, const QString &name, const QString &notice);

// What the release team did, in the words ReleaseTeamReply reads, for the
// desk to post when a person records it by hand:
//   Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007.
//   Applied to live: 2026.11.3.
//   Backed out of live: 2026.11.3. <why>
//   Cancelled: 2026.11.3. <why>
// The release, the task and the reason are user text, escaped and broken up
// as in the requests.
QString appliedToStaging(const QString &release, const QString &testTask);
QString appliedToLive(const QString &release);
QString backedOut(const QString &release, Environment environment, const QString &why);
QString cancelled(const QString &release, const QString &why);

} // namespace ReleaseDesk::SlackFormat
