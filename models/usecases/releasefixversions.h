#pragma once

#include "models/domain/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ReleaseDesk {

// The outbox writes that make a release's Jira fix version of the same name
// the team's shared record of it, so that every desk's sync sees the same
// release: the version and its tasks when the release is made, a task taken
// out, the version released on the day the release went live or archived
// when it was cancelled. Pure: the use cases queue what these return in the
// same store write as the change that causes them.
class ReleaseFixVersions
{
public:
    // A new release: its version, then each of its tasks put in it.
    static QList<OutboxEntry> created(const Release &release, const QDateTime &now);
    // `key` taken out of `release`; `releaseOutbox` (the release's entries)
    // numbers the write, as a task may go, come back and go again.
    static OutboxEntry taskRemoved(const Release &release, const QString &key,
                                   const QList<OutboxEntry> &releaseOutbox, const QDateTime &now);
    // What moving `release` to `to` at `now` tells Jira: Live marks the
    // version released on that day (the desk's own), Cancelled archives it;
    // other moves tell it nothing.
    static QList<OutboxEntry> moved(const Release &release, Stage to, const QDateTime &now);
    // Whether the release has fix-version writes that have not arrived yet
    // (Pending, Sending or Failed): its desk's own edits, on their way.
    static bool waiting(const QList<OutboxEntry> &releaseOutbox);
};

} // namespace ReleaseDesk
