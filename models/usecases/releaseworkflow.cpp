#include "models/usecases/releaseworkflow.h"

#include "models/lifecycle/peerreviewfollow.h"
#include "models/usecases/releasefixversions.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseteamnotices.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

template <typename T> Result<T> failure(const QString &error)
{
    return Result<T>::failure(error);
}

} // namespace

ReleaseWorkflow::ReleaseWorkflow(ReleaseStore &store, const Clock &clock)
    : m_store(store), m_clock(clock)
{}

Status ReleaseWorkflow::requireActor(const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return Status::failure(tr("Say who is making this change."));
    return success();
}

Status ReleaseWorkflow::requireOpen(const Release &release)
{
    if (isTerminal(release.stage)) {
        return Status::failure(tr("Release %1 is %2; its record is closed.")
                                   .arg(release.name, toTitle(release.stage).toLower()));
    }
    return success();
}

AuditEvent ReleaseWorkflow::event(qint64 releaseId, const QString &actor, AuditAction action,
                                  const QString &why) const
{
    AuditEvent e;
    e.releaseId = releaseId;
    e.actor = actor.trimmed();
    e.at = m_clock.now();
    e.action = action;
    e.why = why;
    return e;
}

Result<qint64> ReleaseWorkflow::createRelease(const QString &name,
                                              const QList<ReleaseService> &services,
                                              const QStringList &taskKeys, const QString &actor)
{
    if (auto status = requireActor(actor); !status)
        return failure<qint64>(status.error());
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        return failure<qint64>(tr("A release needs a name."));

    const auto releases = m_store.releases();
    if (!releases)
        return failure<qint64>(releases.error());
    for (const Release &existing : releases.value()) {
        if (existing.name.compare(trimmedName, Qt::CaseInsensitive) == 0)
            return failure<qint64>(tr("There is already a release named %1.").arg(existing.name));
    }

    QSet<QString> serviceNames;
    for (const ReleaseService &service : services) {
        if (service.service.trimmed().isEmpty())
            return failure<qint64>(tr("Every service in a release needs a name."));
        if (serviceNames.contains(service.service))
            return failure<qint64>(tr("%1 is listed twice.").arg(service.service));
        serviceNames.insert(service.service);
    }

    QStringList keys;
    for (const QString &key : taskKeys) {
        if (!key.trimmed().isEmpty() && !keys.contains(key.trimmed()))
            keys << key.trimmed();
    }
    if (keys.isEmpty())
        return failure<qint64>(tr("A release needs at least one task."));
    const auto changes = m_store.changes();
    if (!changes)
        return failure<qint64>(changes.error());
    QSet<QString> known;
    for (const Change &change : changes.value())
        known.insert(change.key);
    QStringList unknown;
    for (const QString &key : keys) {
        if (!known.contains(key))
            unknown << key;
    }
    if (!unknown.isEmpty()) {
        // The count picks the plural: "Unknown task: CHS-1. ... check the key."
        return failure<qint64>(tr("Unknown tasks: %1. Sync with Jira, or check the keys.", nullptr,
                                  int(unknown.size()))
                                   .arg(unknown.join(QLatin1String(", "))));
    }

    const QDateTime now = m_clock.now();
    Release release;
    release.name = trimmedName;
    release.services = services;
    release.taskKeys = keys;
    release.stage = Stage::CiDev;
    release.created = now;
    release.stageChanged = now;
    release.updated = now;
    AuditEvent created = event(0, actor, AuditAction::Created, keys.join(QLatin1String(", ")));
    created.toStage = toKey(Stage::CiDev);
    return m_store.createRelease(release, created,
                                 ReleaseFixVersions::created(release, now, m_jiraProject));
}

Result<ReleaseFacts> ReleaseWorkflow::facts(qint64 releaseId) const
{
    auto release = m_store.release(releaseId);
    if (!release)
        return failure<ReleaseFacts>(release.error());
    return factsOf(std::move(release).value());
}

Result<ReleaseFacts> ReleaseWorkflow::factsOf(Release release) const
{
    // Only this release's verdicts and its services' builds: reading every one
    // the store holds on each selection and action made them slow at scale.
    auto results = m_store.testResultsOf(release.taskKeys);
    if (!results)
        return failure<ReleaseFacts>(results.error());
    auto builds = m_store.buildsOf(release.services);
    if (!builds)
        return failure<ReleaseFacts>(builds.error());

    // Peer review counts where this desk reads it from GitHub.
    const auto followed = followsPeerReview(m_store);
    if (!followed)
        return failure<ReleaseFacts>(followed.error());
    std::optional<QList<PeerReview>> reviews;
    if (followed.value()) {
        auto read = m_store.peerReviewsOf(release.taskKeys);
        if (!read)
            return failure<ReleaseFacts>(read.error());
        reviews = std::move(read).value();
    }

    ReleaseFacts facts;
    facts.release = std::move(release);
    facts.results = std::move(results).value();
    facts.builds = std::move(builds).value();
    facts.peerReviews = std::move(reviews);
    return facts;
}

Status ReleaseWorkflow::edit(qint64 releaseId, const ReleaseStore::ReleaseChange &change)
{
    const auto edited = m_store.editRelease(releaseId, change);
    return edited ? success() : edited.failure();
}

Status ReleaseWorkflow::transition(qint64 releaseId, Stage to, const QString &actor,
                                   const QString &why)
{
    return transition(releaseId, to, actor, why, {});
}

Status ReleaseWorkflow::transition(qint64 releaseId, Stage to, const QString &actor,
                                   const QString &why, const Notices &notices)
{
    if (auto status = requireActor(actor); !status)
        return status;
    return edit(releaseId, [&](Release &release) -> Result<ReleaseWrites> {
        const auto current = factsOf(release);
        if (!current)
            return current.failure();
        if (auto allowed = Lifecycle::checkTransition(current.value(), to, why); !allowed)
            return allowed.failure();
        const auto entries = queued(notices, release);
        if (!entries)
            return entries.failure();
        const AuditEvent moved = move(release, to, actor, why);
        // The release team's notices, then what its Jira fix version records of the move.
        return ReleaseWrites{
            {moved},
            entries.value() + ReleaseFixVersions::moved(release, to, m_clock.now(), m_jiraProject)};
    });
}

Result<QList<OutboxEntry>> ReleaseWorkflow::queued(const Notices &notices,
                                                   const Release &before) const
{
    if (!notices)
        return QList<OutboxEntry>();
    // Only this release's writes number its notices: read those alone.
    const auto earlier = m_store.releaseOutbox(before.id);
    if (!earlier)
        return earlier.failure();
    return notices(before, earlier.value());
}

Status ReleaseWorkflow::recordStopped(qint64 releaseId, Stage to, const QString &actor,
                                      const QString &why)
{
    if (auto status = requireActor(actor); !status)
        return status;
    if (to != Stage::BackedOut && to != Stage::Cancelled)
        return Status::failure(tr("Only a back out or a cancellation is recorded as said."));
    return edit(releaseId, [&](Release &release) -> Result<ReleaseWrites> {
        if (!Lifecycle::allowedTargets(release.stage).contains(to)) {
            return Result<ReleaseWrites>::failure(tr("A release cannot move from %1 to %2.")
                                                      .arg(toTitle(release.stage), toTitle(to)));
        }
        return ReleaseWrites{{move(release, to, actor, why)}, {}};
    });
}

Status ReleaseWorkflow::markApplied(qint64 releaseId, Environment environment,
                                    const QString &reference, const QString &actor,
                                    const QString &why)
{
    return markApplied(releaseId, environment, reference, actor, why, {});
}

Status ReleaseWorkflow::markApplied(qint64 releaseId, Environment environment,
                                    const QString &reference, const QString &actor,
                                    const QString &why, const Notices &notices)
{
    if (auto status = requireActor(actor); !status)
        return status;
    if (environment == Environment::CiDev)
        return Status::failure(tr("CI-Dev is deployed by the pipelines, not the release team."));
    const bool staging = environment == Environment::Staging;
    if (reference.trimmed().isEmpty()) {
        return Status::failure(staging ? tr("The ServiceNow test task number is missing.")
                                       : tr("Say how the release team confirmed live."));
    }
    return edit(releaseId, [&](Release &release) -> Result<ReleaseWrites> {
        auto current = factsOf(release);
        if (!current)
            return current.failure();
        const auto entries = queued(notices, release);
        if (!entries)
            return entries.failure();
        ReleaseFacts applied = std::move(current).value();
        (staging ? applied.release.testTaskNumber : applied.release.liveConfirmationRef) =
            reference.trimmed();
        const Stage to = staging ? Stage::InStaging : Stage::Live;
        if (auto allowed = Lifecycle::checkTransition(applied, to, why); !allowed)
            return allowed.failure();
        release = applied.release;
        const AuditEvent recorded =
            event(releaseId, actor,
                  staging ? AuditAction::TestTaskRecorded : AuditAction::LiveConfirmationRecorded,
                  reference.trimmed());
        const AuditEvent moved = move(release, to, actor, why);
        return ReleaseWrites{
            {recorded, moved},
            entries.value() + ReleaseFixVersions::moved(release, to, m_clock.now(), m_jiraProject)};
    });
}

Status ReleaseWorkflow::recordAppliedByHand(qint64 releaseId, Environment environment,
                                            const QString &reference, const QString &actor,
                                            const QString &why)
{
    const QString task = reference.trimmed().toUpper();
    return markApplied(
        releaseId, environment, environment == Environment::Staging ? task : reference, actor, why,
        [&](const Release &before, const QList<OutboxEntry> &earlier) {
            return ReleaseTeamNotices::applied(before, environment, task, earlier, m_clock.now());
        });
}

Status ReleaseWorkflow::backOut(qint64 releaseId, const QString &actor, const QString &why)
{
    return transition(releaseId, Stage::BackedOut, actor, why,
                      [&](const Release &before, const QList<OutboxEntry> &earlier) {
                          return ReleaseTeamNotices::backedOut(before, why, earlier, m_clock.now());
                      });
}

Status ReleaseWorkflow::cancel(qint64 releaseId, const QString &actor, const QString &why)
{
    return transition(releaseId, Stage::Cancelled, actor, why,
                      [&](const Release &before, const QList<OutboxEntry> &earlier) {
                          return ReleaseTeamNotices::cancelled(before, why, earlier, m_clock.now());
                      });
}

AuditEvent ReleaseWorkflow::move(Release &release, Stage to, const QString &actor,
                                 const QString &why) const
{
    return moveRelease(release, to, actor, why, m_clock.now());
}

AuditEvent ReleaseWorkflow::moveRelease(Release &release, Stage to, const QString &actor,
                                        const QString &why, const QDateTime &at)
{
    const Stage from = release.stage;
    release.stage = to;
    release.stageChanged = at;
    release.updated = at;
    AuditEvent moved;
    moved.releaseId = release.id;
    moved.actor = actor.trimmed();
    moved.at = at;
    moved.action = AuditAction::Transition;
    moved.why = why.trimmed();
    moved.fromStage = toKey(from);
    moved.toStage = toKey(to);
    return moved;
}

Status ReleaseWorkflow::amend(qint64 releaseId, const QString &actor, AuditAction action,
                              const QString &why, const Edit &change)
{
    if (auto status = requireActor(actor); !status)
        return status;
    // Decided on and applied to the release as stored when the write begins,
    // so that another desk's move meanwhile is neither undone nor missed.
    return edit(releaseId, [&](Release &release) -> Result<ReleaseWrites> {
        if (auto open = requireOpen(release); !open)
            return open.failure();
        if (auto status = change(release); !status)
            return status.failure();
        release.updated = m_clock.now();
        return ReleaseWrites{{event(releaseId, actor, action, why)}, {}};
    });
}

Status ReleaseWorkflow::saveNotes(qint64 releaseId, const ReleaseNotes &notes, const QString &actor)
{
    return saveNotes(releaseId, notes, {}, actor);
}

Status ReleaseWorkflow::saveNotes(qint64 releaseId, const ReleaseNotes &notes,
                                  const QList<ReleaseService> &services, const QString &actor)
{
    Status saved =
        amend(releaseId, actor, AuditAction::NotesSaved, QString(), [&](Release &release) {
            for (const ReleaseService &edited : services) {
                const auto shipped = std::find_if(
                    release.services.begin(), release.services.end(),
                    [&](const ReleaseService &s) { return s.service == edited.service; });
                if (shipped == release.services.end()) {
                    return Status::failure(
                        tr("Release %1 does not ship %2.").arg(release.name, edited.service));
                }
                shipped->version = edited.version.trimmed();
                shipped->deploymentType = edited.deploymentType.trimmed();
            }
            const ReleaseNotes published = release.notes;
            release.notes = notes;
            release.notes.pageId = published.pageId;
            release.notes.pageUrl = published.pageUrl;
            return checkNotes(release);
        });
    if (!saved)
        return saved;
    rememberDeploymentTypes(services);
    return success();
}

void ReleaseWorkflow::rememberDeploymentTypes(const QList<ReleaseService> &shipped)
{
    // The pipelines do not say how a service is deployed; the notes do. The
    // next release of the service starts from what these said. Only a hint
    // for the forms, so a failed write costs nothing but the prefill.
    const auto catalogue = m_store.services();
    if (!catalogue)
        return;
    QList<Service> learnt;
    for (Service service : catalogue.value()) {
        const auto said =
            std::find_if(shipped.cbegin(), shipped.cend(), [&](const ReleaseService &s) {
                return s.service == service.name && !s.deploymentType.trimmed().isEmpty();
            });
        if (said == shipped.cend() || said->deploymentType.trimmed() == service.deploymentType)
            continue;
        service.deploymentType = said->deploymentType.trimmed();
        learnt << service;
    }
    if (!learnt.isEmpty())
        (void)m_store.saveServices(learnt);
}

Status ReleaseWorkflow::checkNotes(const Release &release)
{
    // Published notes are what the ticket and the release team rely on: an
    // edit may improve them but not empty a field.
    if (release.notes.pageId.isEmpty())
        return success();
    const Gate complete = Lifecycle::gate(Stage::NotesPublished, ReleaseFacts{release, {}, {}});
    if (!complete.met())
        return Status::failure(complete.blockers.join(u' '));
    return success();
}

Status ReleaseWorkflow::recordNotesPublished(qint64 releaseId, const QString &pageId,
                                             const QString &pageUrl, const QString &actor)
{
    if (pageId.trimmed().isEmpty() || pageUrl.trimmed().isEmpty())
        return Status::failure(tr("A published page needs its Confluence id and address."));
    return amend(releaseId, actor, AuditAction::NotesPublished, pageUrl.trimmed(),
                 [&](Release &release) {
                     release.notes.pageId = pageId.trimmed();
                     release.notes.pageUrl = pageUrl.trimmed();
                     return success();
                 });
}

Status ReleaseWorkflow::recordChangeTicket(qint64 releaseId, const QString &number,
                                           const QString &url, const QString &actor)
{
    if (number.trimmed().isEmpty())
        return Status::failure(tr("The change ticket number is missing."));
    return amend(releaseId, actor, AuditAction::ChangeTicketRecorded, number.trimmed(),
                 [&](Release &release) {
                     release.changeTicket = number.trimmed();
                     release.changeTicketUrl = url.trimmed();
                     return success();
                 });
}

Status ReleaseWorkflow::recordReference(qint64 releaseId, QString Release::*field,
                                        const QString &value, const QString &what,
                                        AuditAction action, const QString &actor)
{
    if (value.trimmed().isEmpty())
        return Status::failure(tr("The %1 is missing.").arg(what));
    return amend(releaseId, actor, action, value.trimmed(), [&](Release &release) {
        release.*field = value.trimmed();
        return success();
    });
}

Status ReleaseWorkflow::recordStagingRequest(qint64 releaseId, const QString &messageRef,
                                             const QString &actor)
{
    return recordReference(releaseId, &Release::stagingRequestRef, messageRef,
                           tr("staging request message"), AuditAction::StagingRequestRecorded,
                           actor);
}

Status ReleaseWorkflow::recordTestTask(qint64 releaseId, const QString &number,
                                       const QString &actor)
{
    return recordReference(releaseId, &Release::testTaskNumber, number,
                           tr("ServiceNow test task number"), AuditAction::TestTaskRecorded, actor);
}

Status ReleaseWorkflow::recordLiveRequest(qint64 releaseId, const QString &messageRef,
                                          const QString &actor)
{
    return recordReference(releaseId, &Release::liveRequestRef, messageRef,
                           tr("live request message"), AuditAction::LiveRequestRecorded, actor);
}

Status ReleaseWorkflow::recordLiveConfirmation(qint64 releaseId, const QString &messageRef,
                                               const QString &actor)
{
    return recordReference(releaseId, &Release::liveConfirmationRef, messageRef,
                           tr("live confirmation message"), AuditAction::LiveConfirmationRecorded,
                           actor);
}

} // namespace ReleaseDesk
