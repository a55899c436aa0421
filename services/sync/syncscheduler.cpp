#include "syncscheduler.h"

namespace ReleaseDesk {

SyncScheduler::SyncScheduler(SyncEngine &engine, const Clock &clock, QObject *parent)
    : QObject(parent), m_engine(engine), m_clock(clock)
{
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::tick);
    connect(&m_engine, &SyncEngine::finished, this, &SyncScheduler::onFinished);
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    applyIntervals();
}

void SyncScheduler::setSlackInterval(std::chrono::milliseconds interval)
{
    m_slackInterval = interval;
}

void SyncScheduler::setAwaitingReply(bool awaiting)
{
    m_awaitingReply = awaiting;
    applyIntervals();
}

void SyncScheduler::applyIntervals()
{
    const std::chrono::milliseconds interval =
        m_awaitingReply ? std::min<std::chrono::milliseconds>(m_interval, awaitingReplyInterval)
                        : m_interval;
    if (m_timer.intervalAsDuration() != interval)
        m_timer.setInterval(interval);
}

void SyncScheduler::start()
{
    m_timer.start();
    tick();
}

void SyncScheduler::stop()
{
    m_timer.stop();
    m_nowAgain = false;
}

void SyncScheduler::syncNow()
{
    if (m_engine.isRunning()) {
        m_nowAgain = true;
        return;
    }
    run(true);
}

void SyncScheduler::tick()
{
    if (m_engine.isRunning())
        return;
    const std::chrono::milliseconds slackInterval =
        m_awaitingReply
            ? std::min<std::chrono::milliseconds>(m_slackInterval, awaitingReplyInterval)
            : m_slackInterval;
    const bool slackDue =
        !m_lastSlack.isValid() || m_lastSlack.msecsTo(m_clock.now()) >= slackInterval.count();
    run(slackDue);
}

void SyncScheduler::onFinished()
{
    if (!m_nowAgain)
        return;
    m_nowAgain = false;
    // After the engine's own handlers have seen the result.
    QMetaObject::invokeMethod(
        this, [this] { run(true); }, Qt::QueuedConnection);
}

void SyncScheduler::run(bool withSlack)
{
    SyncOptions options;
    if (!withSlack)
        options.leaveOut << RemoteSystem::Slack;
    if (m_engine.start(options) && withSlack)
        m_lastSlack = m_clock.now();
}

} // namespace ReleaseDesk
