// ReleaseWorkflow::removeTask, apart from the other use cases: a task taken
// out of a release is also taken out of its Jira fix version, which is how
// the other desks learn of it.

#include "releaseworkflow.h"

#include "releasefixversions.h"

namespace ReleaseDesk {

Status ReleaseWorkflow::removeTask(qint64 releaseId, const QString &key, const QString &actor)
{
    if (auto status = requireActor(actor); !status)
        return status;
    auto stored = m_store.release(releaseId);
    if (!stored)
        return Status::failure(stored.error());
    Release release = std::move(stored).value();
    if (auto open = requireOpen(release); !open)
        return open;
    const QString task = key.trimmed();
    if (!release.taskKeys.contains(task))
        return Status::failure(tr("%1 is not in release %2.").arg(task, release.name));
    if (release.taskKeys.size() == 1) {
        return Status::failure(
            tr("%1 is the last task of release %2; a release keeps at least one. Cancel the "
               "release instead.")
                .arg(task, release.name));
    }
    const auto outbox = m_store.releaseOutbox(releaseId);
    if (!outbox)
        return Status::failure(outbox.error());
    release.taskKeys.removeAll(task);
    release.updated = m_clock.now();
    return m_store.saveRelease(
        release, {event(releaseId, actor, QStringLiteral("task-removed"), task)},
        {ReleaseFixVersions::taskRemoved(release, task, outbox.value(), m_clock.now())});
}

} // namespace ReleaseDesk
