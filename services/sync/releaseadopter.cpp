#include "releaseadopter.h"

#include "servicenowsync.h"

#include "models/storageformat.h"

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
    QSet<QString> known;
    for (const Release &release : releases.value())
        known.insert(release.name.toCaseFolded());
    QList<JiraVersion> versions;
    for (const JiraVersion &version : std::as_const(*m_run.versions)) {
        if (!version.archived && !known.contains(version.name.trimmed().toCaseFolded()))
            versions << version;
    }
    // The usual case after the first sync: nothing new, and nothing more to read.
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
    QHash<QString, QList<PipelineBuild>> buildsOf;
    for (const PipelineBuild &build : builds.value())
        buildsOf[build.service].append(build);
    QHash<QString, QString> deploymentTypes;
    for (const Service &service : services.value())
        deploymentTypes.insert(service.name, service.deploymentType);
    QHash<QString, QList<ChannelMessage>> messagesOf;
    for (const ChannelMessage &message : messages.value()) {
        if (!message.releaseName.isEmpty())
            messagesOf[message.releaseName].append(message);
    }
    QHash<QString, const ConfluencePage *> pages;
    if (m_run.notesPages) {
        for (const ConfluencePage &page : std::as_const(*m_run.notesPages))
            pages.insert(page.title, &page);
    }

    for (const JiraVersion &version : std::as_const(versions)) {
        RemoteRelease remote;
        remote.name = version.name.trimmed();
        remote.released = version.released;
        remote.tasks = tasksOf.value(version.name);
        // A version without tasks ships nothing: there is no release to follow.
        if (remote.tasks.isEmpty())
            continue;
        QSet<QString> serviceNames;
        for (const Change &task : std::as_const(remote.tasks))
            serviceNames.insert(task.service);
        for (const QString &service : std::as_const(serviceNames)) {
            remote.builds << buildsOf.value(service);
            remote.deploymentTypes.insert(service, deploymentTypes.value(service));
        }
        remote.messages = messagesOf.value(remote.name);
        if (const ConfluencePage *page = pages.value(StorageFormat::pageTitle(remote.name))) {
            remote.notesPageId = page->id;
            remote.notesPageUrl = page->url.toString();
        }
        const QString correlation = ServiceNowSync::correlationId(remote.name);
        for (const ChangeTicket &change : std::as_const(m_run.changes)) {
            if (change.correlationId != correlation)
                continue;
            remote.changeTicket = change.number;
            remote.changeTicketUrl = change.url.toString();
            for (const ChangeTask &task : std::as_const(m_run.changeTasks)) {
                if (task.changeSysId == change.sysId && task.type == QLatin1String("testing"))
                    remote.testTaskNumber = task.number;
            }
        }
        m_candidates << remote;
    }
    lookUpChanges(context, 0);
}

void ReleaseAdopter::lookUpChanges(QObject *context, qsizetype index)
{
    // Only a sync that read every change knows that a release has none.
    while (index < m_candidates.size() && (m_run.changesComplete || !m_serviceNow ||
                                           !m_candidates.at(index).changeTicket.isEmpty()))
        ++index;
    if (index == m_candidates.size())
        return adoptNext(context, 0);
    RemoteRelease &remote = m_candidates[index];
    m_serviceNow->findChange(
        ServiceNowSync::correlationId(remote.name), context,
        [this, context, index](const Result<std::optional<ChangeTicket>> &found) {
            if (!found)
                return finish(found.error());
            if (found.value()) {
                m_candidates[index].changeTicket = found.value()->number;
                m_candidates[index].changeTicketUrl = found.value()->url.toString();
            }
            lookUpChanges(context, index + 1);
        });
}

void ReleaseAdopter::adoptNext(QObject *context, qsizetype index)
{
    if (index == m_candidates.size() || m_run.cancelled)
        return finish();
    const Adoption adoption = ReleaseAdoption::adopt(m_candidates.at(index), m_run.clock.now());
    const auto created = m_run.store.createRelease(adoption.release, adoption.event);
    if (!created)
        return finish(created.error());
    m_outcome.adopted << tr("%1 (%2)").arg(adoption.release.name, toTitle(adoption.release.stage));
    QTimer::singleShot(0, context, [this, context, index] { adoptNext(context, index + 1); });
}

void ReleaseAdopter::finish(const QString &error)
{
    m_outcome.error = error;
    if (m_done)
        m_done(m_outcome);
}

} // namespace ReleaseDesk
