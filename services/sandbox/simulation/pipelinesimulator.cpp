#include "services/sandbox/simulation/pipelinesimulator.h"

#include "services/sandbox/concourse/concoursesystem.h"
#include "services/sandbox/core/events.h"
#include "services/sandbox/jira/jirasystem.h"
#include "services/sandbox/sandbox.h"

#include <QTimer>

namespace ReleaseDesk::Sandbox {
namespace {

// 1.4.2 -> 1.4.3
QString patchBump(const QString &version)
{
    QStringList parts = version.split(u'.');
    if (parts.size() != 3)
        return version + QStringLiteral(".1");
    parts[2] = QString::number(parts[2].toInt() + 1);
    return parts.join(u'.');
}

} // namespace

PipelineSimulator::PipelineSimulator(Events &events, JiraSystem &jira, ConcourseSystem &concourse,
                                     const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_jira(jira), m_concourse(concourse), m_options(options),
      m_random(options.catalogue.seed)
{
    connect(&events, &Events::jiraIssueTransitioned, this, &PipelineSimulator::onTransitioned);
}

// Ready for Test is where the workflow's Merge transition leads.
void PipelineSimulator::onTransitioned(const QString &key, const QString &, const QString &toStatus)
{
    if (toStatus != QLatin1String("Ready for Test"))
        return;
    const QString service = m_jira.serviceOf(key);
    if (service.isEmpty())
        return;
    const QString pipeline = m_concourse.pipelineOf(service);
    const QString current = m_concourse.latestVersion(pipeline);
    if (current.isEmpty())
        return; // no pipeline builds it
    runJob(pipeline, 0, patchBump(current));
}

void PipelineSimulator::runJob(const QString &pipeline, int jobIndex, const QString &version)
{
    const QStringList jobs = m_concourse.serviceJobNames();
    const qint64 id = m_concourse.startBuild(pipeline, jobs.at(jobIndex), version);
    if (id == 0)
        return;
    // A build that a loaded state replaced is left as that state has it.
    QTimer::singleShot(m_options.buildStepMs, this, [this, id, pipeline, jobIndex, version] {
        if (m_concourse.buildStatus(id) != QLatin1String("pending"))
            return;
        m_concourse.setBuildStatus(id, QStringLiteral("started"));
        QTimer::singleShot(m_options.buildStepMs, this, [this, id, pipeline, jobIndex, version] {
            if (m_concourse.buildStatus(id) != QLatin1String("started"))
                return;
            const bool fails = m_random.generateDouble() < m_options.buildFailureRate;
            m_concourse.setBuildStatus(id, fails ? QStringLiteral("failed")
                                                 : QStringLiteral("succeeded"));
            if (!fails && jobIndex + 1 < m_concourse.serviceJobNames().size())
                runJob(pipeline, jobIndex + 1, version);
        });
    });
}

} // namespace ReleaseDesk::Sandbox
