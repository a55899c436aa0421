#include "models/usecases/releaseactionrunner.h"

#include "models/itemmodels/signoffmodel.h"

#include <QRegularExpression>

namespace ReleaseDesk {

ReleaseActionRunner::ReleaseActionRunner(ReleaseStore &store, const Clock &clock)
    : m_store(store), m_workflow(store, clock), m_requests(store, clock)
{}

bool ReleaseActionRunner::needsReference(Action action)
{
    return action == Action::MarkAppliedToStaging || action == Action::MarkAppliedToLive;
}

bool ReleaseActionRunner::needsReason(Action action)
{
    return action == Action::BackOut || action == Action::Cancel;
}

QString ReleaseActionRunner::reference(Action action, const QString &typed)
{
    const QString trimmed = typed.trimmed();
    return action == Action::MarkAppliedToStaging ? trimmed.toUpper() : trimmed;
}

QString ReleaseActionRunner::decisionProblem(Action action, const Decision &decision)
{
    // A test task is a whole ServiceNow number: the sync never corrects one set by hand.
    static const QRegularExpression taskNumber(QStringLiteral("^[A-Z]{2,6}[0-9]{4,12}$"));
    if (action == Action::MarkAppliedToStaging &&
        !taskNumber.match(reference(action, decision.reference)).hasMatch())
        return tr("Give the ServiceNow test task's number, e.g. CTASK0010002.");
    if (action == Action::MarkAppliedToLive && decision.reference.trimmed().isEmpty())
        return tr("Say how live was confirmed: the reply's reference or who said so, and when.");
    if (needsReason(action) && decision.reason.trimmed().isEmpty())
        return tr("Say why; it goes in the release's history.");
    return {};
}

Result<QString> ReleaseActionRunner::run(Action action, qint64 releaseId, const Decision &decision,
                                         const QString &actor)
{
    const auto facts = m_workflow.facts(releaseId);
    if (!facts)
        return facts.failure();
    // Only this release's writes: the outbox keeps every write ever made.
    const auto outbox = m_store.releaseOutbox(releaseId);
    if (!outbox)
        return outbox.failure();
    const ReleaseActions::State state =
        ReleaseActions::state(action, facts.value(), outbox.value());
    if (!state.enabled)
        return Result<QString>::failure(state.explanation);
    if (const QString lacking = decisionProblem(action, decision); !lacking.isEmpty())
        return Result<QString>::failure(lacking);
    if (const Status done = carryOut(action, facts->release, decision, actor); !done)
        return done.failure();
    return doneMessage(action, facts->release, decision);
}

Result<QString> ReleaseActionRunner::requestLive(qint64 releaseId, const QString &actor)
{
    const auto facts = m_workflow.facts(releaseId);
    if (!facts)
        return facts.failure();
    if (const QStringList blockers = SignOffModel::liveRequestBlockers(facts.value());
        !blockers.isEmpty())
        return Result<QString>::failure(blockers.join(u' '));
    // Every task has passed in staging: the release says so first, which is
    // what the request for live follows. The move rechecks the store's verdicts.
    if (facts->release.stage == Stage::InStaging) {
        if (const Status passed = m_workflow.transition(releaseId, Stage::StagingPassed, actor, {});
            !passed)
            return passed.failure();
    }
    if (const Status requested = m_requests.requestLive(releaseId, actor); !requested)
        return requested.failure();
    return tr("Live requested for release %1: the request is queued for the release channel.")
        .arg(facts->release.name);
}

Status ReleaseActionRunner::carryOut(Action action, const Release &release,
                                     const Decision &decision, const QString &actor)
{
    const QString reason = decision.reason.trimmed();
    const QString reference = ReleaseActionRunner::reference(action, decision.reference);
    switch (action) {
    case Action::MarkReadyForStaging:
        return m_workflow.transition(release.id, Stage::ReadyForStaging, actor,
                                     tr("Every task passed in CI-Dev"));
    case Action::RaiseChange:
        return m_requests.raiseChange(release.id, actor);
    case Action::RequestStaging:
        return m_requests.requestStaging(release.id, actor);
    // The release team's moves by hand are told in the release channel, so
    // that every desk follows them.
    case Action::MarkAppliedToStaging:
        return m_workflow.recordAppliedByHand(
            release.id, Environment::Staging, reference, actor,
            reason.isEmpty() ? tr("Applied to staging, recorded by hand") : reason);
    case Action::MarkAppliedToLive:
        return m_workflow.recordAppliedByHand(
            release.id, Environment::Live, reference, actor,
            reason.isEmpty() ? tr("Applied to live, recorded by hand") : reason);
    case Action::BackOut:
        return m_workflow.backOut(release.id, actor, reason);
    case Action::Cancel:
        return m_workflow.cancel(release.id, actor, reason);
    }
    Q_UNREACHABLE();
}

QString ReleaseActionRunner::doneMessage(Action action, const Release &release,
                                         const Decision &decision)
{
    switch (action) {
    case Action::MarkReadyForStaging:
        return tr("Release %1 is ready for staging: write and publish its notes.")
            .arg(release.name);
    case Action::RaiseChange:
        return tr("The change for %1 is queued for ServiceNow.").arg(release.name);
    case Action::RequestStaging:
        return tr("The staging request for %1 is queued for the release channel.")
            .arg(release.name);
    case Action::MarkAppliedToStaging:
        return tr("Recorded as in staging with test task %1.")
            .arg(reference(action, decision.reference));
    case Action::MarkAppliedToLive:
        return tr("Recorded as live.");
    case Action::BackOut:
        return tr("Recorded as backed out; the release channel and the change are told.");
    case Action::Cancel:
        return tr("The release is cancelled; the release channel is told.");
    }
    Q_UNREACHABLE();
}

} // namespace ReleaseDesk
