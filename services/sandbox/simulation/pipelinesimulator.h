#pragma once

#include <QObject>
#include <QRandomGenerator>

namespace ReleaseDesk::Sandbox {

class ConcourseSystem;
class Events;
class JiraSystem;
struct SandboxOptions;

// The CI robot: when a task is merged, its service's pipeline builds a new
// version, job after job, each pending then running then succeeded (or failed,
// at the configured rate). Each merge runs a chain of its own with its own
// version, so merges in quick succession build side by side.
class PipelineSimulator : public QObject
{
    Q_OBJECT

public:
    PipelineSimulator(Events &events, JiraSystem &jira, ConcourseSystem &concourse,
                      const SandboxOptions &options, QObject *parent = nullptr);

private:
    void onTransitioned(const QString &key, const QString &fromStatus, const QString &toStatus);
    // Runs the pipeline's job at `jobIndex` for `version`, then the next on success.
    void runJob(const QString &pipeline, int jobIndex, const QString &version);

    JiraSystem &m_jira;
    ConcourseSystem &m_concourse;
    const SandboxOptions &m_options;
    QRandomGenerator m_random; // which builds fail, repeatably
};

} // namespace ReleaseDesk::Sandbox
