#pragma once

#include "models/domain/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// The outbox writes that make a release's Jira fix version of the same name
// the team's shared record of it, so that every desk's sync sees the same
// release: the version and its tasks when the release is made, a task taken
// out, the version released on the day the release went live or archived
// when it was cancelled. Pure: the use cases queue what these return in the
// same store write as the change that causes them.
//
// A Jira version belongs to one project and an issue takes only its own
// project's, so a release whose tasks span projects has a version of its name
// in each project that has tasks in it. `teamProject` is the team's first
// project (JiraSettings::projects()): its entries are stored and keyed as
// before releases spanned projects, and the others name their project. Empty
// (a desk that does not know the team's projects): the project of the
// release's first task stands in.
class ReleaseFixVersions
{
public:
    // The project a task is in: its key's prefix ("PAY-12" -> "PAY").
    static QString projectOf(const QString &taskKey);
    // The projects of the release's tasks, in the order of their first task.
    static QStringList projectsOf(const Release &release);

    // A new release: its version in each of its projects, then each of its
    // tasks put in its own project's.
    static QList<OutboxEntry> created(const Release &release, const QDateTime &now,
                                      const QString &teamProject = {});
    // `key` taken out of `release`; `releaseOutbox` (the release's entries)
    // numbers the write, as a task may go, come back and go again. The
    // version of a project whose last task left stays as it is: someone may
    // have put other issues in it, or have used it in a filter or a board.
    static OutboxEntry taskRemoved(const Release &release, const QString &key,
                                   const QList<OutboxEntry> &releaseOutbox, const QDateTime &now,
                                   const QString &teamProject = {});
    // What moving `release` to `to` at `now` tells Jira: Live marks the
    // version released on that day (the desk's own), Cancelled archives it,
    // in every project the release's tasks are in; other moves tell it nothing.
    static QList<OutboxEntry> moved(const Release &release, Stage to, const QDateTime &now,
                                    const QString &teamProject = {});
    // Whether the release has fix-version writes that have not arrived yet
    // (Pending, Sending or Failed): its desk's own edits, on their way.
    static bool waiting(const QList<OutboxEntry> &releaseOutbox);
};

} // namespace ReleaseDesk
