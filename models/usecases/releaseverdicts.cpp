// ReleaseWorkflow's verdicts: the ones testers give here, and the ones a
// sync reads back from Jira, given here or at another desk.

#include "models/formats/verdictcomment.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"

#include <QHash>

namespace ReleaseDesk {

Status ReleaseWorkflow::recordTestResult(const QString &taskKey, Environment environment,
                                         TestOutcome outcome, const QString &tester,
                                         const QString &note)
{
    if (auto status = requireActor(tester); !status)
        return status;
    if (environment == Environment::Live)
        return Status::failure(tr("Tasks are tested in CI-Dev and Staging, not in Live."));
    if (outcome == TestOutcome::Failed && note.trimmed().isEmpty())
        return Status::failure(tr("A failed test needs a note that tells the developers what "
                                  "went wrong."));
    // Only this task and its releases: a tester passing fifty tasks on a desk
    // of 100,000 must not wait for fifty reads of everything.
    const auto task = m_store.changesOf({taskKey});
    if (!task)
        return task.failure();
    if (task->isEmpty())
        return Status::failure(
            tr("Unknown task %1. Sync with Jira, or check the key.").arg(taskKey));

    TestResult result;
    result.taskKey = taskKey;
    result.environment = environment;
    result.outcome = outcome;
    result.tester = tester.trimmed();
    result.note = note.trimmed();
    result.at = m_clock.now();
    result.ref = VerdictComment::newRef();

    auto consequences = consequencesOf(result);
    if (!consequences)
        return consequences.failure();
    const qint64 releaseId =
        consequences->events.isEmpty() ? 0 : consequences->events.constFirst().releaseId;
    const QList<OutboxEntry> writes = ReleaseRequests::verdictWrites(
        result, releaseId, m_verdictStatuses.statusFor(environment, outcome),
        m_verdictStatuses.transitionFor(outcome));
    return m_store.recordTestResult(result, consequences->events, writes, consequences->sentBack);
}

Status ReleaseWorkflow::followVerdicts(const QList<TestResult> &verdicts)
{
    if (verdicts.isEmpty())
        return success();
    QStringList keys;
    for (const TestResult &verdict : verdicts)
        keys << verdict.taskKey;
    const auto stored = m_store.testResultsOf(keys);
    if (!stored)
        return stored.failure();
    QHash<QString, TestResult> known; // by ref
    for (const TestResult &verdict : stored.value()) {
        if (!verdict.ref.isEmpty())
            known.insert(verdict.ref, verdict);
    }
    // A verdict this desk holds already comes back as Jira keeps it: signed
    // by the account that wrote it, at Jira's time.
    QList<TestResult> changed;
    for (const TestResult &verdict : verdicts) {
        const auto held = known.constFind(verdict.ref);
        if (held == known.cend())
            continue;
        TestResult remote = verdict;
        remote.id = held->id;
        if (remote != *held)
            changed << remote;
    }
    if (auto updated = m_store.updateVerdicts(changed); !updated)
        return updated;
    // The new ones in one write; a verdict that moves a release is written
    // with those before it at once, so that the next one sees the move.
    QList<TestResult> fresh;
    VerdictConsequences pending;
    const auto flush = [&] {
        Status saved = m_store.recordTestResults(fresh, pending.events, pending.sentBack);
        fresh.clear();
        pending = {};
        return saved;
    };
    for (const TestResult &verdict : verdicts) {
        if (known.contains(verdict.ref))
            continue;
        known.insert(verdict.ref, verdict); // a comment read twice counts once
        auto consequences = consequencesOf(verdict);
        if (!consequences)
            return consequences.failure();
        fresh << verdict;
        pending.events << consequences->events;
        pending.sentBack << consequences->sentBack;
        if (!consequences->sentBack.isEmpty()) {
            if (Status saved = flush(); !saved)
                return saved;
        }
    }
    return flush();
}

Result<ReleaseWorkflow::VerdictConsequences>
ReleaseWorkflow::consequencesOf(const TestResult &verdict) const
{
    const auto releases = m_store.releasesWithTask(verdict.taskKey);
    if (!releases)
        return releases.failure();

    // "CHS-1234 failed in CI-Dev: 500 on the filing history page"
    const QString summary =
        (verdict.outcome == TestOutcome::Passed   ? tr("%1 passed in %2")
         : verdict.outcome == TestOutcome::Failed ? tr("%1 failed in %2")
                                                  : tr("%1 back to untested in %2"))
            .arg(verdict.taskKey, toTitle(verdict.environment)) +
        (verdict.note.isEmpty() ? QString() : QStringLiteral(": ") + verdict.note);
    const AuditAction action = verdict.outcome == TestOutcome::Passed ? AuditAction::TestPassed
                               : verdict.outcome == TestOutcome::Failed
                                   ? AuditAction::TestFailed
                                   : AuditAction::TestWithdrawn;

    // Finished releases keep the history they finished with. The moves'
    // events follow the verdict's, so each trail reads "failed", then "back".
    VerdictConsequences consequences;
    QList<AuditEvent> moves;
    for (const Release &release : releases.value()) {
        if (isTerminal(release.stage))
            continue;
        AuditEvent given = event(release.id, verdict.tester, action, summary);
        given.at = verdict.at;
        consequences.events << given;
        if (verdict.outcome != TestOutcome::Failed || verdict.environment != Environment::CiDev ||
            release.stage != Stage::ReadyForStaging)
            continue;
        const auto current = facts(release.id);
        if (!current)
            return current.failure();
        if (auto allowed = Lifecycle::checkTransition(current.value(), Stage::CiDev, summary);
            !allowed) {
            return Result<VerdictConsequences>::failure(
                tr("Release %1 cannot go back to CI-Dev, so the verdict is not recorded: %2")
                    .arg(release.name, allowed.error()));
        }
        Release back = current->release;
        moves << moveRelease(back, Stage::CiDev, verdict.tester, summary, verdict.at);
        consequences.sentBack << back;
    }
    consequences.events << moves;
    return consequences;
}

} // namespace ReleaseDesk
