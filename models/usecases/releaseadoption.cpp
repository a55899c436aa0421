#include "models/usecases/releaseadoption.h"

#include "models/formats/releasechannel.h"
#include "models/formats/releaseteamreply.h"

#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

// "CHS-2" before "CHS-10": by project, then by number.
bool keyBefore(const QString &a, const QString &b)
{
    const qsizetype dashA = a.lastIndexOf(u'-');
    const qsizetype dashB = b.lastIndexOf(u'-');
    const QStringView projectA = QStringView(a).left(dashA);
    const QStringView projectB = QStringView(b).left(dashB);
    if (projectA != projectB)
        return projectA < projectB;
    bool numberA = false;
    bool numberB = false;
    const qint64 na = QStringView(a).mid(dashA + 1).toLongLong(&numberA);
    const qint64 nb = QStringView(b).mid(dashB + 1).toLongLong(&numberB);
    if (numberA && numberB && na != nb)
        return na < nb;
    return a < b;
}

// The release channel's evidence about one release: its newest request of
// each kind, and the release team's answers in the threads of its requests.
// The first and the last thing the remote systems recorded of a release:
// its tasks' updates, its builds and its messages; `now` when they say nothing.
struct EvidenceTimes
{
    QDateTime earliest;
    QDateTime latest;

    EvidenceTimes(const RemoteRelease &remote, const QDateTime &now)
    {
        const auto note = [&](const QDateTime &at) {
            if (!at.isValid() || at > now)
                return;
            if (!earliest.isValid() || at < earliest)
                earliest = at;
            if (!latest.isValid() || at > latest)
                latest = at;
        };
        for (const Change &task : remote.tasks)
            note(task.updated);
        for (const PipelineBuild &build : remote.builds) {
            note(build.started);
            note(build.finished);
        }
        for (const ChannelMessage &message : remote.messages)
            note(message.posted);
        if (!earliest.isValid())
            earliest = latest = now;
    }
};

struct ChannelEvidence
{
    const ChannelMessage *stagingRequest = nullptr;
    const ChannelMessage *liveRequest = nullptr;
    const ChannelMessage *appliedToStaging = nullptr;
    QString testTask;
    const ChannelMessage *appliedToLive = nullptr;
    const ChannelMessage *stopped = nullptr; // the release team's first back out or cancellation

    ChannelEvidence(const QList<ChannelMessage> &messages, const QString &release)
    {
        QHash<QString, ChannelMessageKind> requestKinds; // ts → kind, of this release's requests
        for (const ChannelMessage &message : messages) {
            if (message.releaseName != release || !ReleaseChannel::isRequest(message.kind))
                continue;
            requestKinds.insert(message.ts, message.kind);
            const ChannelMessage *&newest =
                message.kind == ChannelMessageKind::StagingRequest ? stagingRequest : liveRequest;
            if (!newest || newest->posted < message.posted)
                newest = &message;
        }
        for (const ChannelMessage &message : messages) {
            if (message.releaseName != release)
                continue;
            const ChannelMessageKind asked =
                requestKinds.value(message.threadTs, ChannelMessageKind::None);
            if (message.kind == ChannelMessageKind::AppliedToStaging &&
                asked == ChannelMessageKind::StagingRequest) {
                appliedToStaging = &message;
                testTask = ReleaseTeamReply::testTaskIn(message.text);
            } else if (message.kind == ChannelMessageKind::AppliedToLive &&
                       asked == ChannelMessageKind::LiveRequest) {
                appliedToLive = &message;
            } else if (ReleaseChannel::stopsRelease(message.kind) &&
                       (!stopped || message.posted < stopped->posted)) {
                stopped = &message;
            }
        }
    }
};

QList<ReleaseService> shippedServices(const RemoteRelease &remote)
{
    QStringList names;
    for (const Change &task : remote.tasks) {
        if (!task.service.isEmpty() && !names.contains(task.service))
            names << task.service;
    }
    std::sort(names.begin(), names.end());
    QList<ReleaseService> services;
    for (const QString &name : names) {
        const PipelineBuild *deployed = nullptr;
        for (const PipelineBuild &build : remote.builds) {
            if (build.service == name && build.job == PipelineJob::CidevApply &&
                build.status == BuildStatus::Succeeded && (!deployed || build.id > deployed->id))
                deployed = &build;
        }
        services << ReleaseService{name, deployed ? deployed->version : QString(),
                                   remote.deploymentTypes.value(name)};
    }
    return services;
}

} // namespace

QString ReleaseAdoption::actor()
{
    return tr("ReleaseDesk sync");
}

Adoption ReleaseAdoption::adopt(const RemoteRelease &remote, const QDateTime &now)
{
    const ChannelEvidence channel(remote.messages, remote.name);

    Release release;
    release.name = remote.name;
    release.services = shippedServices(remote);
    for (const Change &task : remote.tasks) {
        if (!release.taskKeys.contains(task.key))
            release.taskKeys << task.key;
    }
    std::sort(release.taskKeys.begin(), release.taskKeys.end(), keyBefore);
    release.notes.pageId = remote.notesPageId;
    release.notes.pageUrl = remote.notesPageUrl;
    release.changeTicket = remote.changeTicket;
    release.changeTicketUrl = remote.changeTicketUrl;
    release.testTaskNumber = !channel.testTask.isEmpty() ? channel.testTask : remote.testTaskNumber;
    if (channel.stagingRequest)
        release.stagingRequestRef = channel.stagingRequest->ts;
    if (channel.liveRequest)
        release.liveRequestRef = channel.liveRequest->ts;
    if (channel.appliedToLive)
        release.liveConfirmationRef = channel.appliedToLive->ts;

    // The furthest stage the evidence shows, and the words that name it.
    QString evidence;
    const ChannelMessage *moved = nullptr; // the message that shows the stage, when one does
    if (channel.stopped) {
        // Backed out or cancelled is the end, whatever Jira says of the version.
        release.stage = channel.stopped->kind == ChannelMessageKind::Cancelled ? Stage::Cancelled
                                                                               : Stage::BackedOut;
        moved = channel.stopped;
        evidence = tr("imported from Jira/Slack: the release team's \"%1\"")
                       .arg(plainSlackText(channel.stopped->text));
    } else if (remote.released) {
        release.stage = Stage::Live;
        evidence = tr("imported from Jira: version %1 is released").arg(remote.name);
    } else if (channel.appliedToLive) {
        release.stage = Stage::Live;
        moved = channel.appliedToLive;
        evidence = tr("imported from Jira/Slack: the release team's reply \"%1\"")
                       .arg(plainSlackText(channel.appliedToLive->text));
    } else if (channel.liveRequest) {
        release.stage = Stage::LiveRequested;
        moved = channel.liveRequest;
        evidence = tr("imported from Jira/Slack: the live request of %1")
                       .arg(channel.liveRequest->posted.toString(Qt::ISODate));
    } else if (channel.appliedToStaging) {
        release.stage = Stage::InStaging;
        moved = channel.appliedToStaging;
        evidence = tr("imported from Jira/Slack: the release team's reply \"%1\"")
                       .arg(plainSlackText(channel.appliedToStaging->text));
    } else if (channel.stagingRequest) {
        release.stage = Stage::StagingRequested;
        moved = channel.stagingRequest;
        evidence = tr("imported from Jira/Slack: the staging request of %1")
                       .arg(channel.stagingRequest->posted.toString(Qt::ISODate));
    } else if (!remote.changeTicket.isEmpty()) {
        release.stage = Stage::TicketRaised;
        evidence = tr("imported from Jira/ServiceNow: change %1").arg(remote.changeTicket);
    } else if (!remote.notesPageId.isEmpty()) {
        release.stage = Stage::NotesPublished;
        evidence =
            tr("imported from Jira/Confluence: the release notes page %1").arg(remote.notesPageUrl);
    } else {
        release.stage = Stage::CiDev;
        evidence = tr("imported from Jira: fix version %1, no later evidence").arg(remote.name);
    }
    // The release's own times, from its evidence rather than the import, so
    // that its age in stage and last activity mean what they say.
    const EvidenceTimes times(remote, now);
    release.created = times.earliest;
    release.stageChanged = moved ? qMin(moved->posted, now) : times.latest;
    release.updated = times.latest;

    AuditEvent event;
    event.actor = actor();
    event.at = now;
    event.action = AuditAction::Imported;
    event.toStage = toKey(release.stage);
    event.why = evidence;
    return {release, event};
}

std::optional<Adoption> ReleaseAdoption::follow(const Release &known, const RemoteRelease &remote,
                                                const QDateTime &now)
{
    if (isTerminal(known.stage))
        return std::nullopt;
    const Adoption seen = adopt(remote, now);
    Release followed = known;
    const auto fill = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(followed.notes.pageId, seen.release.notes.pageId);
    fill(followed.notes.pageUrl, seen.release.notes.pageUrl);
    fill(followed.changeTicket, seen.release.changeTicket);
    fill(followed.changeTicketUrl, seen.release.changeTicketUrl);
    fill(followed.stagingRequestRef, seen.release.stagingRequestRef);
    fill(followed.testTaskNumber, seen.release.testTaskNumber);
    fill(followed.liveRequestRef, seen.release.liveRequestRef);
    fill(followed.liveConfirmationRef, seen.release.liveConfirmationRef);
    // A release is finished by the record that finishes it, read on its own:
    // the released or archived fix version (FixVersionFollow) or the release
    // team's reply (SlackSync). Here it goes at most as far as asking for live.
    Stage target = seen.release.stage;
    if (isTerminal(target))
        target = followed.liveRequestRef.isEmpty() ? known.stage : Stage::LiveRequested;
    const bool moves = target > known.stage;
    if (!moves && followed == known)
        return std::nullopt;

    AuditEvent event;
    event.releaseId = known.id;
    event.actor = actor();
    event.at = now;
    // The same words as an adoption's, said of a release that was already here.
    event.why = seen.event.why;
    if (moves) {
        followed.stage = target;
        followed.stageChanged = qMin(seen.release.stageChanged, now);
        event.action = AuditAction::Transition;
        event.fromStage = toKey(known.stage);
        event.toStage = toKey(followed.stage);
    } else {
        event.action = AuditAction::EvidenceRecorded;
    }
    followed.updated = now;
    return Adoption{followed, event};
}

} // namespace ReleaseDesk
