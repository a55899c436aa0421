#include "concoursesync.h"

#include <QHash>

namespace ReleaseDesk {
namespace {

const QList<PipelineJob> jobs{PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan,
                              PipelineJob::CidevApply};

// Jobs read at once. After the first sync a job is one request, so their
// round trips overlap; each jobBuilds() asks four versions at a time itself.
constexpr int jobsAtOnce = 3;

} // namespace

ConcourseSync::ConcourseSync(SyncRun &run, ConcourseClient &client, ConcourseSettings settings)
    : SyncStep(run, RemoteSystem::Concourse), m_client(client), m_settings(std::move(settings))
{}

QString ConcourseSync::cursorSource(const QString &pipeline, PipelineJob job)
{
    return QStringLiteral("concourse:%1/%2").arg(pipeline, toKey(job));
}

qint64 ConcourseSync::nextSince(qint64 since, const QList<PipelineBuild> &builds)
{
    qint64 newest = since;
    qint64 oldestRunning = 0;
    for (const PipelineBuild &build : builds) {
        newest = qMax(newest, build.id);
        if (isRunning(build.status) && (oldestRunning == 0 || build.id < oldestRunning))
            oldestRunning = build.id;
    }
    return oldestRunning != 0 ? qMax(since, oldestRunning - 1) : newest;
}

void ConcourseSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    if (!m_settings.pipelines.isEmpty()) {
        // Answered from the event loop, as every step is.
        QMetaObject::invokeMethod(
            context, [this, context] { savePipelines(context, m_settings.pipelines); },
            Qt::QueuedConnection);
        return;
    }
    progress(tr("pipelines"), 0);
    m_client.pipelines(context, [this, context](const Result<QStringList> &pipelines) {
        if (!pipelines)
            return fail(pipelines.error());
        savePipelines(context, pipelines.value());
    });
}

void ConcourseSync::savePipelines(QObject *context, const QStringList &pipelines)
{
    // The deployment type is not Concourse's to say: whatever was set is kept.
    const auto stored = m_run.store.services();
    if (!stored)
        return fail(stored.error());
    QHash<QString, Service> known;
    for (const Service &service : stored.value())
        known.insert(service.name, service);
    QList<Service> services;
    for (const QString &pipeline : pipelines) {
        Service service = known.value(pipeline);
        service.name = pipeline;
        service.pipeline = pipeline;
        service.team = m_settings.team;
        services << service;
    }
    const auto changed = m_run.store.saveServices(services);
    if (!changed)
        return fail(changed.error());
    m_result.changed << changed.value();
    for (const QString &pipeline : pipelines) {
        for (PipelineJob job : jobs)
            m_queue.append({pipeline, job});
    }
    m_jobCount = int(m_queue.size());
    readJobs(context);
}

void ConcourseSync::readJobs(QObject *context)
{
    while (m_running < jobsAtOnce && !m_queue.isEmpty() && !m_run.cancelled &&
           m_storeError.isEmpty()) {
        const auto [pipeline, job] = m_queue.takeFirst();
        // The pipeline's other jobs would most likely fail alike.
        if (!m_failedPipelines.contains(pipeline))
            readJob(context, pipeline, job);
    }
    if (m_running > 0)
        return;
    if (!m_storeError.isEmpty())
        return fail(m_storeError);
    if (!m_queue.isEmpty())
        return cancelled();
    if (!m_errors.isEmpty())
        return fail(m_errors.join(u' '));
    succeed();
}

void ConcourseSync::readJob(QObject *context, const QString &pipeline, PipelineJob job)
{
    const QString source = cursorSource(pipeline, job);
    const auto stored = cursor(source);
    if (!stored) {
        m_storeError = stored.error();
        return;
    }
    const qint64 since = stored.value() ? stored.value()->value.toLongLong() : 0;
    ++m_running;
    m_client.jobBuilds(
        pipeline, pipeline, job, since, {}, context,
        [this, context, pipeline, since, source](const Result<QList<PipelineBuild>> &builds) {
            --m_running;
            ++m_jobsRead;
            progress(tr("pipeline jobs"), m_jobsRead, m_jobCount);
            if (!builds) {
                if (!m_failedPipelines.contains(pipeline))
                    m_errors << builds.error();
                m_failedPipelines.insert(pipeline);
                return readJobs(context);
            }
            const qint64 reached = nextSince(since, builds.value());
            const auto changed = m_run.store.saveBuilds(
                builds.value(), nextCursor(source, QString::number(reached)));
            if (!changed) {
                m_storeError = changed.error();
                return readJobs(context);
            }
            m_result.read += int(builds->size());
            m_result.changed << changed.value();
            readJobs(context);
        });
}

} // namespace ReleaseDesk
