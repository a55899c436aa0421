#pragma once

#include "models/domain/verdictstatuses.h"
#include "models/lifecycle/lifecycle.h"
#include "models/ports/clock.h"
#include "models/ports/releasestore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace ReleaseDesk {

// The use cases that change a release: create it, sign off its tasks, fill in
// its notes and the references the release team's systems hand back, and move
// it through the lifecycle. Each is checked first and lands in one store write
// with its audit event, so a refused or failed call leaves nothing behind.
class ReleaseWorkflow
{
    // The context is spelled out so that lupdate and the runtime agree on it.
    Q_DECLARE_TR_FUNCTIONS(ReleaseWorkflow)

public:
    ReleaseWorkflow(ReleaseStore &store, const Clock &clock);

    // A new release in CI-Dev. The name must be new, the tasks known to the
    // store; a task listed twice counts once. Queues its Jira fix version and
    // each task's place in it (ReleaseFixVersions) in the same write.
    Result<qint64> createRelease(const QString &name, const QList<ReleaseService> &services,
                                 const QStringList &taskKeys, const QString &actor);
    // Takes `key` out of the release and queues its removal from the fix
    // version. A release keeps at least one task; a finished one is closed.
    Status removeTask(qint64 releaseId, const QString &key, const QString &actor);

    Result<ReleaseFacts> facts(qint64 releaseId) const;

    // Moves the release if Lifecycle::checkTransition allows it. Live and
    // Cancelled queue the fix version's release or archive, as markApplied's Live does.
    Status transition(qint64 releaseId, Stage to, const QString &actor, const QString &why);

    // A tester's verdict. A failure needs a note for the developers. A failure
    // in CI-Dev sends every release with the task that is ready for staging
    // back to CI-Dev, in the verdict's own write: the verdict and the moves
    // land together or not at all, so no release is left ready for staging
    // with a failed task.
    // The verdict is kept on the Jira task through the outbox, with the move
    // the Jira settings give for it (setVerdictStatuses); see VerdictComment.
    Status recordTestResult(const QString &taskKey, Environment environment, TestOutcome outcome,
                            const QString &tester, const QString &note);
    // Verdicts that sync brought from Jira, given on this desk or another:
    // stored by their ref, and a failure in CI-Dev that is now a task's latest
    // verdict sends its releases that are ready for staging back, as it did
    // on the desk that gave it. The tester's name is on each event.
    Status followVerdicts(const QList<TestResult> &verdicts);
    void setVerdictStatuses(const VerdictStatuses &statuses) { m_verdictStatuses = statuses; }
    // The team's Jira projects (JiraSettings::projects()): the first is where
    // the fix-version writes that name no project go; see ReleaseFixVersions.
    void setJiraProjects(const QStringList &projects) { m_jiraProject = projects.value(0); }

    // The notes' template fields. The Confluence page is kept as it is: only
    // recordNotesPublished() sets it.
    Status saveNotes(qint64 releaseId, const ReleaseNotes &notes, const QString &actor);
    // The same with the services' versions and deployment types, which the
    // notes state too. Each of `services` must be one the release ships; the
    // ones not given keep theirs. The deployment types are kept in the service
    // catalogue too, for the next releases of those services.
    Status saveNotes(qint64 releaseId, const ReleaseNotes &notes,
                     const QList<ReleaseService> &services, const QString &actor);
    // Whether `release` may be saved with the notes it holds: published notes
    // may be improved but not emptied. saveNotes applies it; a form asks first.
    static Status checkNotes(const Release &release);

    // The references that the integrations (or a person) fill in as the
    // release team's systems answer.
    Status recordNotesPublished(qint64 releaseId, const QString &pageId, const QString &pageUrl,
                                const QString &actor);
    Status recordChangeTicket(qint64 releaseId, const QString &number, const QString &url,
                              const QString &actor);
    Status recordStagingRequest(qint64 releaseId, const QString &messageRef, const QString &actor);
    Status recordTestTask(qint64 releaseId, const QString &number, const QString &actor);
    Status recordLiveRequest(qint64 releaseId, const QString &messageRef, const QString &actor);
    Status recordLiveConfirmation(qint64 releaseId, const QString &messageRef,
                                  const QString &actor);
    // The release team applied the release to Staging or Live: records what
    // says so (the ServiceNow test task for staging; for live, the reply's
    // reference or the person's own words) and moves the release there, in
    // one write. From a recognised reply in the channel, or by hand when the
    // reply was not recognised.
    Status markApplied(qint64 releaseId, Environment environment, const QString &reference,
                       const QString &actor, const QString &why);

    // The release team backed the release out or cancelled it, and said so
    // in the release channel: recorded as it happened, without the gate a
    // person's own back out passes first (a backout plan to follow). Only
    // to BackedOut or Cancelled, and only where the lifecycle allows it.
    Status recordStopped(qint64 releaseId, Stage to, const QString &actor, const QString &why);

    // What a person records by hand for the release team, with markApplied's
    // and transition()'s checks: the move, and in the same write the team's
    // words queued for the release channel (ReleaseTeamNotices), so that
    // every desk's sync reads them; a back out also notes it on the change.
    Status recordAppliedByHand(qint64 releaseId, Environment environment, const QString &reference,
                               const QString &actor, const QString &why);
    Status backOut(qint64 releaseId, const QString &actor, const QString &why);
    Status cancel(qint64 releaseId, const QString &actor, const QString &why);

    // Moves `release` to `to` at `at` and returns the event that records it.
    // The caller has checked the move; OutboxEffects shares it.
    static AuditEvent moveRelease(Release &release, Stage to, const QString &actor,
                                  const QString &why, const QDateTime &at);
    // Every audit event says who; an anonymous change would be a hole in the
    // history. ReleaseRequests shares it.
    static Status requireActor(const QString &actor);
    // A finished release keeps the record it finished with.
    static Status requireOpen(const Release &release);

private:
    // The outbox writes a move queues with it, from the release as it stood before.
    using Notices =
        std::function<QList<OutboxEntry>(const Release &before, const QList<OutboxEntry> &earlier)>;
    Status markApplied(qint64 releaseId, Environment environment, const QString &reference,
                       const QString &actor, const QString &why, const Notices &notices);
    Status transition(qint64 releaseId, Stage to, const QString &actor, const QString &why,
                      const Notices &notices);
    // `notices` of `before`, or nothing without them.
    Result<QList<OutboxEntry>> queued(const Notices &notices, const Release &before) const;
    // What facts() reads besides the release.
    Result<ReleaseFacts> factsOf(Release release) const;
    // Every change to one release goes through the store's editRelease, so
    // that it is decided on and applied to the release as stored.
    Status edit(qint64 releaseId, const ReleaseStore::ReleaseChange &change);
    // Refuses a finished release, applies `change`, and saves the result with
    // one audit event, in one edit. A change that refuses returns an error.
    using Edit = std::function<Status(Release &)>;
    Status amend(qint64 releaseId, const QString &actor, AuditAction action, const QString &why,
                 const Edit &change);
    // Sets one text field, refusing an empty value.
    Status recordReference(qint64 releaseId, QString Release::*field, const QString &value,
                           const QString &what, AuditAction action, const QString &actor);
    // Keeps in the service catalogue the deployment types the notes state.
    void rememberDeploymentTypes(const QList<ReleaseService> &shipped);
    AuditEvent event(qint64 releaseId, const QString &actor, AuditAction action,
                     const QString &why) const;
    // Moves `release` to `to` now and returns the event that records it.
    AuditEvent move(Release &release, Stage to, const QString &actor, const QString &why) const;

    // What recording `verdict` does to the releases that hold its task: an
    // event each, and those it sends back to CI-Dev, moved.
    struct VerdictConsequences
    {
        QList<AuditEvent> events;
        QList<Release> sentBack;
    };
    Result<VerdictConsequences> consequencesOf(const TestResult &verdict) const;

    ReleaseStore &m_store;
    const Clock &m_clock;
    VerdictStatuses m_verdictStatuses;
    QString m_jiraProject; // empty: not known, see ReleaseFixVersions
};

} // namespace ReleaseDesk
