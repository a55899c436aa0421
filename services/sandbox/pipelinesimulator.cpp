#include "pipelinesimulator.h"

#include "concoursesystem.h"
#include "events.h"
#include "jirasystem.h"
#include "sandbox.h"

namespace ReleaseDesk::Sandbox {

PipelineSimulator::PipelineSimulator(Events &events, JiraSystem &jira, ConcourseSystem &concourse,
                                     const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_jira(jira), m_concourse(concourse), m_options(options)
{
    connect(&events, &Events::jiraIssueTransitioned, this, &PipelineSimulator::onTransitioned);
}

void PipelineSimulator::onTransitioned(const QString &, const QString &, const QString &) {}

} // namespace ReleaseDesk::Sandbox
