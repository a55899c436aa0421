#include "syncstep.h"

namespace ReleaseDesk {

SyncStep::SyncStep(SyncRun &run, RemoteSystem system) : m_run(run)
{
    m_result.system = system;
}

SyncStep::~SyncStep() = default;

QString SyncStep::actor()
{
    return tr("ReleaseDesk sync");
}

Result<std::optional<SyncCursor>> SyncStep::cursor(const QString &source) const
{
    if (m_run.full)
        return std::optional<SyncCursor>();
    return m_run.store.syncCursor(source);
}

SyncCursor SyncStep::nextCursor(const QString &source, const QString &value) const
{
    return SyncCursor{source, value, m_run.clock.now()};
}

void SyncStep::progress(const QString &phase, int done, int total) const
{
    if (m_run.progress)
        m_run.progress(m_result.system, phase, done, total);
}

void SyncStep::succeed()
{
    finish(SystemSync::Outcome::Synced);
}

void SyncStep::fail(const QString &error)
{
    m_result.error = error;
    finish(SystemSync::Outcome::Failed);
}

void SyncStep::cancelled()
{
    finish(SystemSync::Outcome::Cancelled);
}

void SyncStep::finish(SystemSync::Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.outcome = outcome;
    if (m_done)
        m_done(m_result);
}

} // namespace ReleaseDesk
