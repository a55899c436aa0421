// ReleaseWorkflow::removeTask, apart from the other use cases: a task taken
// out of a release is also taken out of its Jira fix version, which is how
// the other desks learn of it.

#include "models/usecases/releaseworkflow.h"

#include "models/usecases/releasefixversions.h"

namespace ReleaseDesk {

Status ReleaseWorkflow::removeTask(qint64 releaseId, const QString &key, const QString &actor)
{
    if (auto status = requireActor(actor); !status)
        return status;
    using Writes = Result<ReleaseWrites>;
    const auto removed = m_store.editRelease(releaseId, [&](Release &release) -> Writes {
        if (auto open = requireOpen(release); !open)
            return open.failure();
        const QString task = key.trimmed();
        if (!release.taskKeys.contains(task))
            return Writes::failure(tr("%1 is not in release %2.").arg(task, release.name));
        if (release.taskKeys.size() == 1) {
            return Writes::failure(
                tr("%1 is the last task of release %2; a release keeps at least one. Cancel the "
                   "release instead.")
                    .arg(task, release.name));
        }
        const auto outbox = m_store.releaseOutbox(releaseId);
        if (!outbox)
            return outbox.failure();
        release.taskKeys.removeAll(task);
        release.updated = m_clock.now();
        return ReleaseWrites{{event(releaseId, actor, AuditAction::TaskRemoved, task)},
                             {ReleaseFixVersions::taskRemoved(release, task, outbox.value(),
                                                              m_clock.now(), m_jiraProject)}};
    });
    return removed ? success() : removed.failure();
}

} // namespace ReleaseDesk
