#pragma once

#include <QObject>

namespace ReleaseDesk::Sandbox {

class ConcourseSystem;
class Events;
class JiraSystem;
struct SandboxOptions;

// The CI robot: when a task is merged, its service's pipeline builds a new
// version, job after job, each pending then running then succeeded (or failed,
// at the configured rate).
class PipelineSimulator : public QObject
{
    Q_OBJECT

public:
    PipelineSimulator(Events &events, JiraSystem &jira, ConcourseSystem &concourse,
                      const SandboxOptions &options, QObject *parent = nullptr);

private:
    void onTransitioned(const QString &key, const QString &fromStatus, const QString &toStatus);

    JiraSystem &m_jira;
    ConcourseSystem &m_concourse;
    const SandboxOptions &m_options;
};

} // namespace ReleaseDesk::Sandbox
