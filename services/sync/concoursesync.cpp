#include "concoursesync.h"

#include <QHash>

#include <algorithm>

namespace ReleaseDesk {
namespace {

const QList<PipelineJob> jobs{PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan,
                              PipelineJob::CidevApply};

// Reads at once: after the first sync most are one request, so their round
// trips overlap; each jobBuilds() asks four versions at a time itself.
constexpr int readsAtOnce = 3;

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
        const QString name = m_settings.serviceOf(pipeline);
        Service service = known.value(name);
        service.name = name;
        service.pipeline = pipeline;
        service.team = m_settings.team;
        services << service;
    }
    const auto changed = m_run.store.saveServices(services);
    if (!changed)
        return fail(changed.error());
    m_result.changed << changed.value();
    m_pipelineCount = int(pipelines.size());
    for (const QString &pipeline : pipelines)
        m_queue.append({pipeline, std::nullopt});
    progress(tr("pipelines"), 0, m_pipelineCount);
    readNext(context);
}

void ConcourseSync::readNext(QObject *context)
{
    while (m_running < readsAtOnce && !m_queue.isEmpty() && !m_run.cancelled &&
           m_storeError.isEmpty()) {
        const Work work = m_queue.takeFirst();
        // The pipeline's other reads would most likely fail alike.
        if (m_failedPipelines.contains(work.pipeline))
            continue;
        if (work.job)
            readBuilds(context, work.pipeline, *work.job);
        else
            readJobs(context, work.pipeline);
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

void ConcourseSync::failed(const QString &pipeline, const QString &error)
{
    if (!m_failedPipelines.contains(pipeline))
        m_errors << error;
    m_failedPipelines.insert(pipeline);
}

void ConcourseSync::readJobs(QObject *context, const QString &pipeline)
{
    ++m_running;
    m_client.jobs(
        pipeline, context, [this, context, pipeline](const Result<QList<ConcourseJob>> &list) {
            --m_running;
            progress(tr("pipelines"), ++m_pipelinesListed, m_pipelineCount);
            if (!list) {
                failed(pipeline, list.error());
                return readNext(context);
            }
            // Only the jobs with a build the last sync did not see finish.
            for (qsizetype i = jobs.size() - 1; i >= 0; --i) {
                const PipelineJob job = jobs.at(i);
                const auto found =
                    std::find_if(list->cbegin(), list->cend(), [&](const ConcourseJob &j) {
                        return j.name == m_settings.jobName(job);
                    });
                if (found == list->cend())
                    continue; // a pipeline without this job
                const auto stored = cursor(cursorSource(pipeline, job));
                if (!stored) {
                    m_storeError = stored.error();
                    break;
                }
                const qint64 since = stored.value() ? stored.value()->value.toLongLong() : 0;
                if (found->nextBuildId != 0 || found->finishedBuildId > since)
                    m_queue.prepend({pipeline, job});
            }
            readNext(context);
        });
}

void ConcourseSync::readBuilds(QObject *context, const QString &pipeline, PipelineJob job)
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
        m_settings.serviceOf(pipeline), pipeline, job, since, {}, context,
        [this, context, pipeline, since, source](const Result<QList<PipelineBuild>> &builds) {
            --m_running;
            if (!builds) {
                failed(pipeline, builds.error());
                return readNext(context);
            }
            const qint64 reached = nextSince(since, builds.value());
            const auto changed = m_run.store.saveBuilds(
                builds.value(), nextCursor(source, QString::number(reached)));
            if (!changed) {
                m_storeError = changed.error();
                return readNext(context);
            }
            m_result.read += int(builds->size());
            m_result.changed << changed.value();
            readNext(context);
        });
}

} // namespace ReleaseDesk
