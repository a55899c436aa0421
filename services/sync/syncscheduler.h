#pragma once

#include "syncengine.h"

#include "models/ports/clock.h"

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
    // While a request waits for the release team's answer: as often as
    // Slack's history calls allow an app outside the Marketplace.
    static constexpr std::chrono::minutes awaitingReplyInterval{1};

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
    // Whether a staging or live request waits for its answer in the release
    // channel: then everything, Slack included, is read every minute, so that
    // the reply moves the release on without anyone pressing Sync now.
    void setAwaitingReply(bool awaiting);
    bool isAwaitingReply() const { return m_awaitingReply; }

private:
    void tick();
    void onFinished();
    void run(bool withSlack);
    void applyIntervals();

    SyncEngine &m_engine;
    const Clock &m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_interval = defaultInterval;
    std::chrono::milliseconds m_slackInterval = defaultSlackInterval;
    bool m_awaitingReply = false;
    QDateTime m_lastSlack;
    bool m_nowAgain = false;
};

} // namespace ReleaseDesk
