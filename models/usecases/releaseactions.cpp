#include "models/usecases/releaseactions.h"

#include "models/usecases/releaserequests.h"

namespace ReleaseDesk {

namespace {

using Action = ReleaseActions::Action;
using Request = ReleaseRequests::Request;

ReleaseActions::State offered(Action action, const QString &explanation)
{
    return {action, true, explanation};
}

ReleaseActions::State refused(Action action, const QString &why)
{
    return {action, false, why};
}

ReleaseActions::State request(Action action, Request request, const ReleaseFacts &facts,
                              const QList<OutboxEntry> &outbox, const QString &explanation)
{
    if (const auto waiting = ReleaseRequests::waitingEntry(request, facts.release, outbox)) {
        return refused(action, ReleaseActions::tr("Already in the outbox (entry %1, %2).")
                                   .arg(waiting->id)
                                   .arg(toTitle(waiting->state).toLower()));
    }
    if (const Status allowed = ReleaseRequests::check(request, facts.release); !allowed)
        return refused(action, allowed.error());
    return offered(action, explanation);
}

// A move the release team makes by hand; `needed` is the stage it starts from.
ReleaseActions::State handMove(Action action, const ReleaseFacts &facts, Stage needed,
                               const QString &explanation)
{
    const Release &release = facts.release;
    if (release.stage != needed) {
        return refused(action, ReleaseActions::tr("Release %1 is in %2; this is for a release "
                                                  "in %3.")
                                   .arg(release.name, toTitle(release.stage), toTitle(needed)));
    }
    return offered(action, explanation);
}

} // namespace

ReleaseActions::State ReleaseActions::state(Action action, const ReleaseFacts &facts,
                                            const QList<OutboxEntry> &outbox)
{
    const Release &release = facts.release;
    switch (action) {
    case Action::MarkReadyForStaging: {
        if (release.stage != Stage::CiDev)
            return refused(action, tr("Release %1 is past CI-Dev.").arg(release.name));
        const Gate gate = Lifecycle::gate(Stage::ReadyForStaging, facts);
        if (!gate.met())
            return refused(action, gate.blockers.join(u'\n'));
        return offered(action, tr("Every task passed in CI-Dev and the pipelines are green: "
                                  "the release's notes can be written and published."));
    }
    case Action::RaiseChange:
        return request(
            action, Request::RaiseChange, facts, outbox,
            release.changeTicket.isEmpty()
                ? tr("Create the ServiceNow change with the notes' description, "
                     "link and backout plan.")
                : tr("Update change %1 with the notes as they are now.").arg(release.changeTicket));
    case Action::RequestStaging:
        return request(action, Request::RequestStaging, facts, outbox,
                       tr("Ask the release team for staging in the release channel, with the "
                          "notes and the change ticket."));
    case Action::MarkAppliedToStaging:
        return handMove(action, facts, Stage::StagingRequested,
                        tr("The release team applied the release to staging but their reply "
                           "was not recognised: record it, with the ServiceNow test task."));
    case Action::MarkAppliedToLive:
        return handMove(action, facts, Stage::LiveRequested,
                        tr("The release team applied the release to live but their reply was "
                           "not recognised: record it."));
    case Action::BackOut: {
        if (!Lifecycle::allowedTargets(release.stage).contains(Stage::BackedOut)) {
            return refused(action, tr("Only a release requested for staging or later can be "
                                      "backed out."));
        }
        const Gate gate = Lifecycle::gate(Stage::BackedOut, facts);
        if (!gate.met())
            return refused(action, gate.blockers.join(u'\n'));
        return offered(action, tr("Record that the release was backed out, following its "
                                  "backout plan."));
    }
    case Action::Cancel:
        if (!Lifecycle::allowedTargets(release.stage).contains(Stage::Cancelled))
            return refused(action, tr("Release %1 is %2; its record is closed.")
                                       .arg(release.name, toTitle(release.stage).toLower()));
        return offered(action, tr("Stop the release; its record is kept."));
    }
    Q_UNREACHABLE();
}

QString ReleaseActions::title(Action action)
{
    switch (action) {
    case Action::MarkReadyForStaging:
        return tr("Ready for staging");
    case Action::RaiseChange:
        return tr("Raise change");
    case Action::RequestStaging:
        return tr("Request staging");
    case Action::MarkAppliedToStaging:
        return tr("Applied to staging…");
    case Action::MarkAppliedToLive:
        return tr("Applied to live…");
    case Action::BackOut:
        return tr("Back out…");
    case Action::Cancel:
        return tr("Cancel release…");
    }
    Q_UNREACHABLE();
}

} // namespace ReleaseDesk
