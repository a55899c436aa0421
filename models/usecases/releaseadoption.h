#pragma once

#include "models/domain/domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ReleaseDesk {

// What the remote systems show of a release ReleaseDesk does not know yet: a
// Jira fix version and the evidence the other systems hold about it.
struct RemoteRelease
{
    QString name;                            // the fix version's name, which is the release's
    bool released = false;                   // Jira marks the version released
    QList<Change> tasks;                     // the tasks whose fix version it is
    QList<PipelineBuild> builds;             // the pipeline builds of their services
    QHash<QString, QString> deploymentTypes; // service → deployment type, where known
    QList<ChannelMessage> messages; // the release channel's messages about it, as sync read them
    QString notesPageId;            // its "Release notes – <name>" page in Confluence
    QString notesPageUrl;
    QString changeTicket; // its ServiceNow change (correlation_id "releasedesk:<name>")
    QString changeTicketUrl;
    QString testTaskNumber; // a testing change_task of that change
};

// A release as ReleaseDesk takes it over, with the one audit event that says
// where it came from.
struct Adoption
{
    Release release;
    AuditEvent event;
};

// Takes over a release that is already under way in the remote systems, so
// that a team that starts using ReleaseDesk (and the demo, which starts on an
// empty store) sees its releases where they stand. The stage is the furthest
// one the evidence shows, checked from the end down:
//   the release team's "Backed out of …" → BackedOut, "Cancelled" → Cancelled;
//   Jira version released, or the release team's "Applied to live" → Live;
//   a live request → LiveRequested; "Applied to staging" → InStaging;
//   a staging request → StagingRequested; a change ticket → TicketRaised;
//   a release-notes page → NotesPublished; otherwise CiDev.
// Every reference the evidence holds is filled in, whatever the stage. Each
// service of the tasks ships at the version its latest successful cidev-apply
// build deployed. Pure: the caller reads the evidence and stores the result.
class ReleaseAdoption
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseAdoption)

public:
    static Adoption adopt(const RemoteRelease &remote, const QDateTime &now);
    // A release this desk knows, brought up to what the evidence shows, as
    // another desk's work leaves it in the shared systems: the references it
    // lacks filled in, and moved on when the evidence shows a later stage, as
    // far as Live requested: what finishes a release is followed where it is
    // recorded. Never moves a release back, nor one that is finished. nullopt
    // when the evidence adds nothing.
    static std::optional<Adoption> follow(const Release &known, const RemoteRelease &remote,
                                          const QDateTime &now);
    // Who the audit event names.
    static QString actor();
};

} // namespace ReleaseDesk
