#include "releaseadopter.h"

#include "servicenowsync.h"

#include "models/usecases/releaserequests.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace ReleaseDesk {

ReleaseAdopter::ReleaseAdopter(SyncRun &run, ServiceNowClient *serviceNow)
    : m_run(run), m_serviceNow(serviceNow)
{}

void ReleaseAdopter::start(QObject *context, Done done)
{
    m_done = std::move(done);
    if (!m_run.versions)
        return finish();
    const auto releases = m_run.store.releases();
    if (!releases)
        return finish(releases.error());
    QHash<QString, const Release *> known; // by case-folded name
    for (const Release &release : releases.value())
        known.insert(release.name.toCaseFolded(), &release);
    // New fix versions become releases; the releases under way here follow
    // what the other desks did to them since.
    QList<std::pair<JiraVersion, std::optional<Release>>> versions;
    for (const JiraVersion &version : std::as_const(*m_run.versions)) {
        const Release *release = known.value(version.name.trimmed().toCaseFolded());
        if (!release && !version.archived)
            versions.append({version, std::nullopt});
        else if (release && !isTerminal(release->stage))
            versions.append({version, *release});
    }
    if (versions.isEmpty())
        return finish();

    const auto builds = m_run.store.builds();
    const auto services = m_run.store.services();
    const auto messages = m_run.store.channelMessages();
    for (const QString &error : {builds.error(), services.error(), messages.error()}) {
        if (!error.isEmpty())
            return finish(error);
    }
    // The tasks by fix version: as this sync read them when it read them
    // all, else as the store keeps them.
    QHash<QString, QList<Change>> tasksOf = m_run.versionTasks;
    if (!m_run.versionTasksComplete) {
        const auto changes = m_run.store.changes();
        if (!changes)
            return finish(changes.error());
        tasksOf.clear();
        for (const Change &change : changes.value())
            tasksOf[change.fixVersion].append(change);
    }
    Evidence evidence;
    for (const PipelineBuild &build : builds.value())
        evidence.buildsOf[build.service].append(build);
    for (const Service &service : services.value())
        evidence.deploymentTypes.insert(service.name, service.deploymentType);
    for (const ChannelMessage &message : messages.value()) {
        if (!message.releaseName.isEmpty())
            evidence.messagesOf[message.releaseName].append(message);
    }
    if (m_run.notesPages) {
        for (auto page = m_run.notesPages->cbegin(); page != m_run.notesPages->cend(); ++page)
            evidence.pages.insert(page.key(), &page.value());
    }

    for (const auto &[version, release] : std::as_const(versions)) {
        RemoteRelease remote = remoteRelease(version, tasksOf.value(version.name), evidence);
        // A version without tasks ships nothing: there is no release to follow.
        if (remote.tasks.isEmpty() && !release)
            continue;
        m_candidates.append({std::move(remote), release});
    }
    lookUpChanges(context, 0);
}

RemoteRelease ReleaseAdopter::remoteRelease(const JiraVersion &version, const QList<Change> &tasks,
                                            const Evidence &evidence) const
{
    RemoteRelease remote;
    remote.name = version.name.trimmed();
    remote.released = version.released;
    remote.tasks = tasks;
    QSet<QString> serviceNames;
    for (const Change &task : std::as_const(remote.tasks))
        serviceNames.insert(task.service);
    for (const QString &service : std::as_const(serviceNames)) {
        remote.builds << evidence.buildsOf.value(service);
        remote.deploymentTypes.insert(service, evidence.deploymentTypes.value(service));
    }
    remote.messages = evidence.messagesOf.value(remote.name);
    if (const ConfluencePage *page = evidence.pages.value(remote.name.toCaseFolded())) {
        remote.notesPageId = page->id;
        remote.notesPageUrl = page->url.toString();
    }
    const QString correlation = ReleaseRequests::correlationId(remote.name);
    for (const ChangeTicket &change : std::as_const(m_run.changes)) {
        if (change.correlationId != correlation)
            continue;
        remote.changeTicket = change.number;
        remote.changeTicketUrl = change.url.toString();
        // Tasks were read only if ServiceNow is connected.
        const QString testType =
            m_serviceNow ? m_serviceNow->connection().testTaskType : QStringLiteral("testing");
        for (const ChangeTask &task : std::as_const(m_run.changeTasks)) {
            if (task.changeSysId == change.sysId && task.type == testType)
                remote.testTaskNumber = task.number;
        }
    }
    return remote;
}

bool ReleaseAdopter::needsChangeLookUp(const Candidate &candidate) const
{
    // Only a sync that read every change knows that a release has none.
    if (m_run.changesComplete || !m_serviceNow || !candidate.remote.changeTicket.isEmpty())
        return false;
    if (!candidate.known)
        return true;
    // A release here asks only once its ticket may have been raised elsewhere:
    // its notes are published, or it was asked for in the channel.
    return candidate.known->changeTicket.isEmpty() &&
           (!candidate.remote.notesPageId.isEmpty() || !candidate.remote.messages.isEmpty());
}

void ReleaseAdopter::lookUpChanges(QObject *context, qsizetype index)
{
    while (index < m_candidates.size() && !needsChangeLookUp(m_candidates.at(index)))
        ++index;
    if (index == m_candidates.size())
        return adoptNext(context, 0);
    RemoteRelease &remote = m_candidates[index].remote;
    m_serviceNow->findChange(
        ReleaseRequests::correlationId(remote.name), context,
        [this, context, index](const Result<std::optional<ChangeTicket>> &found) {
            if (!found)
                return finish(found.error());
            if (found.value()) {
                m_candidates[index].remote.changeTicket = found.value()->number;
                m_candidates[index].remote.changeTicketUrl = found.value()->url.toString();
            }
            lookUpChanges(context, index + 1);
        });
}

void ReleaseAdopter::adoptNext(QObject *context, qsizetype index)
{
    if (index == m_candidates.size() || m_run.cancelled)
        return finish();
    const Candidate &candidate = m_candidates.at(index);
    if (candidate.known) {
        if (ReleaseAdoption::follow(*candidate.known, candidate.remote, m_run.clock.now())) {
            // Followed again from the release as stored: a person may have
            // moved it while the systems answered.
            const auto saved = m_run.store.editRelease(
                candidate.known->id, [&](Release &release) -> Result<ReleaseWrites> {
                    const auto followed =
                        ReleaseAdoption::follow(release, candidate.remote, m_run.clock.now());
                    if (!followed)
                        return ReleaseWrites{};
                    release = followed->release;
                    return ReleaseWrites{{followed->event}, {}};
                });
            if (!saved)
                return finish(saved.error());
            if (saved->stage != candidate.known->stage)
                m_outcome.followed << tr("%1 (%2)").arg(saved->name, toTitle(saved->stage));
        }
    } else {
        const Adoption adoption = ReleaseAdoption::adopt(candidate.remote, m_run.clock.now());
        const auto created = m_run.store.createRelease(adoption.release, adoption.event);
        if (!created)
            return finish(created.error());
        m_outcome.adopted << tr("%1 (%2)").arg(adoption.release.name,
                                               toTitle(adoption.release.stage));
    }
    QTimer::singleShot(0, context, [this, context, index] { adoptNext(context, index + 1); });
}

void ReleaseAdopter::finish(const QString &error)
{
    m_outcome.error = error;
    if (m_done)
        m_done(m_outcome);
}

} // namespace ReleaseDesk
