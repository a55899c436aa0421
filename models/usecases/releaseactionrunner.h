#pragma once

#include "models/usecases/releaseactions.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// Carries out the dashboard's release actions, for the window's buttons and
// for the command line alike: an action is refused, in the words its button
// shows, unless ReleaseActions::state offers it now, and is then done by the
// one use case behind it (ReleaseWorkflow, ReleaseRequests). What a person
// must give with a move by hand is checked here too, so both ask the same.
class ReleaseActionRunner
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseActionRunner)

public:
    using Action = ReleaseActions::Action;

    // What a person gives with a move by hand: the ServiceNow test task or
    // how live was confirmed, and why.
    struct Decision
    {
        QString reference;
        QString reason;
    };

    ReleaseActionRunner(ReleaseStore &store, const Clock &clock);

    // Applied to staging and to live are recorded with a reference; backing
    // out and cancelling with a reason.
    static bool needsReference(Action action);
    static bool needsReason(Action action);
    // The reference as it is kept: trimmed, and a test task in capitals.
    static QString reference(Action action, const QString &typed);
    // What `decision` lacks for `action`; empty when it is complete.
    static QString decisionProblem(Action action, const Decision &decision);

    // Does `action` to the release as `actor`; the sentence says what was
    // done. Refused with the action's own explanation when it is shut, and
    // with the use case's words when the use case refuses.
    Result<QString> run(Action action, qint64 releaseId, const Decision &decision,
                        const QString &actor);

    // The tester's request for live, from the sign-off page or the command
    // line: a release in staging whose every task passed there is marked
    // Staging passed first, then the request is queued. Refused with
    // SignOffModel::liveRequestBlockers' words. The release may have moved
    // even when the request then fails; the error says which.
    Result<QString> requestLive(qint64 releaseId, const QString &actor);

private:
    Status carryOut(Action action, const Release &release, const Decision &decision,
                    const QString &actor);
    static QString doneMessage(Action action, const Release &release, const Decision &decision);

    ReleaseStore &m_store;
    ReleaseWorkflow m_workflow;
    ReleaseRequests m_requests;
};

} // namespace ReleaseDesk
