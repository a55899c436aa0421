#include "servicenowsync.h"

#include "models/usecases/releaserequests.h"

namespace ReleaseDesk {
namespace {

QDateTime since(const std::optional<SyncCursor> &cursor)
{
    return cursor ? QDateTime::fromString(cursor->value, Qt::ISODate) : QDateTime();
}

// Where a read from the cursor `since` starts: the overlap before it.
QDateTime readFrom(const QDateTime &since)
{
    return since.isValid() ? since.addSecs(-std::chrono::seconds(ServiceNowSync::overlap).count())
                           : since;
}

template <typename Record> QDateTime newest(const QList<Record> &records, QDateTime from)
{
    for (const Record &record : records) {
        if (!from.isValid() || record.updated > from)
            from = record.updated;
    }
    return from;
}

} // namespace

ServiceNowSync::ServiceNowSync(SyncRun &run, ServiceNowClient &client)
    : SyncStep(run, RemoteSystem::ServiceNow), m_client(client)
{}

void ServiceNowSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    const auto changes = cursor(changeCursorSource());
    const auto tasks = cursor(taskCursorSource());
    if (!changes || !tasks)
        return fail(!changes ? changes.error() : tasks.error());
    m_changesSince = since(changes.value());
    m_tasksSince = since(tasks.value());
    m_run.changesComplete = !m_changesSince.isValid();
    progress(tr("changes"), 0);
    m_client.changesUpdatedSince(
        ReleaseRequests::correlationPrefix(), readFrom(m_changesSince),
        [this](int read) { progress(tr("changes"), read); }, context,
        [this, context](const Result<QList<ChangeTicket>> &changes) {
            if (!changes)
                return fail(changes.error());
            m_run.changes = changes.value();
            m_result.read = int(changes->size());
            if (m_run.cancelled)
                return cancelled();
            readTasks(context, readFrom(m_tasksSince));
        });
}

void ServiceNowSync::readTasks(QObject *context, const QDateTime &since)
{
    progress(tr("change tasks"), 0);
    m_client.changeTasksUpdatedSince(
        ReleaseRequests::correlationPrefix(), since,
        [this](int read) { progress(tr("change tasks"), read); }, context,
        [this](const Result<QList<ChangeTask>> &tasks) {
            if (!tasks)
                return fail(tasks.error());
            m_run.changeTasks = tasks.value();
            m_result.read += int(tasks->size());
            record();
        });
}

void ServiceNowSync::record()
{
    const auto releases = m_run.store.releases();
    if (!releases)
        return fail(releases.error());
    for (const Release &release : releases.value()) {
        if (isTerminal(release.stage))
            continue;
        if (const Status recorded = recordOn(release); !recorded)
            return fail(recorded.error());
    }
    if (const Status saved = saveCursors(); !saved)
        return fail(saved.error());
    succeed();
}

Status ServiceNowSync::recordOn(const Release &release)
{
    const QString wanted = ReleaseRequests::correlationId(release.name);
    const ChangeTicket *change = nullptr;
    for (const ChangeTicket &candidate : std::as_const(m_run.changes)) {
        if (candidate.correlationId == wanted)
            change = &candidate;
    }
    if (!change)
        return success();
    if (release.changeTicket.isEmpty()) {
        const QString url = change->url.toString();
        if (Status recorded =
                m_run.workflow.recordChangeTicket(release.id, change->number, url, actor());
            !recorded)
            return recorded;
        m_result.releases << tr("%1: change ticket %2").arg(release.name, change->number);
    }
    if (!release.testTaskNumber.isEmpty())
        return success();
    for (const ChangeTask &task : std::as_const(m_run.changeTasks)) {
        if (task.changeSysId != change->sysId || task.type != m_client.connection().testTaskType)
            continue;
        if (Status recorded = m_run.workflow.recordTestTask(release.id, task.number, actor());
            !recorded)
            return recorded;
        m_result.releases << tr("%1: test task %2").arg(release.name, task.number);
        break;
    }
    return success();
}

Status ServiceNowSync::saveCursors()
{
    const QDateTime changes = newest(m_run.changes, m_changesSince);
    const QDateTime tasks = newest(m_run.changeTasks, m_tasksSince);
    for (const auto &[source, reached] :
         {std::pair{changeCursorSource(), changes}, std::pair{taskCursorSource(), tasks}}) {
        if (!reached.isValid())
            continue;
        if (Status saved = m_run.store.saveSyncCursor(
                nextCursor(source, reached.toUTC().toString(Qt::ISODate)));
            !saved)
            return saved;
    }
    return success();
}

} // namespace ReleaseDesk
