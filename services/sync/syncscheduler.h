#pragma once

#include "syncengine.h"

#include "models/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ReleaseDesk {

// Runs the sync in the background for the desktop app: every interval, and at
// once on syncNow(). Slack is read only every slackInterval: its history call
// may allow an app outside the Marketplace one request a minute. Never two
// syncs at once: a tick while one runs is skipped, and a syncNow() while one
// runs starts another as soon as it ends.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes defaultInterval{5};
    static constexpr std::chrono::minutes defaultSlackInterval{15};

    // `engine` and `clock` must outlive the scheduler.
    SyncScheduler(SyncEngine &engine, const Clock &clock, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    void setSlackInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    // A first sync now, then one every interval.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // Every connected system, Slack included, now or right after the sync
    // that is running.
    void syncNow();

private:
    void tick();
    void onFinished();
    void run(bool withSlack);

    SyncEngine &m_engine;
    const Clock &m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_slackInterval = defaultSlackInterval;
    QDateTime m_lastSlack;
    bool m_nowAgain = false;
};

} // namespace ReleaseDesk
