#pragma once

#include "models/domain/domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// What Jira shows of a release this desk already knows: its fix version and
// the tasks that carry it.
struct FixVersionState
{
    bool released = false;
    QDate releaseDate; // invalid when Jira has none
    bool archived = false;
    QStringList taskKeys; // the issues whose fix versions include it
};

// What following Jira changes: the release (nullopt: nothing) and the events
// that say so, for one store write.
struct FixVersionFollowing
{
    std::optional<Release> release;
    QList<AuditEvent> events;
};

// A release follows its Jira fix version, the team's shared record of it, so
// that a task put in or taken out at one desk (or in Jira) is in or out at
// every desk after its sync: the tasks that carry the version join, the ones
// that lost it leave, each with an event. Not while the release's own
// fix-version writes are still in this desk's outbox: Jira does not show
// them yet, and following it then would undo them. A version that has no
// task left changes no tasks, as a release keeps at least one. A released
// version takes the release Live; an archived one that was never released
// (Jira archives old released versions too) takes it to Cancelled; each
// move's event says it came from Jira. A finished release is left as it
// finished. Pure, so that it can be tested from a table.
class FixVersionFollow
{
    Q_DECLARE_TR_FUNCTIONS(FixVersionFollow)

public:
    static FixVersionFollowing follow(const Release &release, const FixVersionState &jira,
                                      bool ownWritesWaiting, const QDateTime &now);
};

} // namespace ReleaseDesk
