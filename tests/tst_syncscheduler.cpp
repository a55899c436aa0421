#include "services/sync/syncscheduler.h"
#include "support/synctestbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

// The desktop app's background sync: at once and then every interval, Slack
// only every slackInterval, "sync now" on demand, never two at once.
class TestSyncScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

    int historyReads() const
    {
        return int(m_bench->network().requests(QStringLiteral("conversations.history")).size());
    }
    int versionReads() const
    {
        return int(m_bench->network().requests(QStringLiteral("/project/CHS/versions")).size());
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void defaults()
    {
        SyncScheduler scheduler(m_bench->engine(), m_bench->clients().clock());
        QCOMPARE(scheduler.interval(), std::chrono::milliseconds(5min));
        QVERIFY(!scheduler.isActive());
        QVERIFY(SyncScheduler::defaultSlackInterval > SyncScheduler::defaultInterval);
    }

    void syncsAtOnceThenEveryIntervalSlackSparingly()
    {
        // The test clock stands still, so Slack's interval never passes again.
        SyncScheduler scheduler(m_bench->engine(), m_bench->clients().clock());
        scheduler.setInterval(100ms);
        scheduler.setSlackInterval(1h);
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(scheduler.isActive());
        QVERIFY(m_bench->engine().isRunning()); // the first one at once
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20000);
        scheduler.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bench->engine().isRunning(), 20000);
        QCOMPARE(historyReads(), 1);
        QCOMPARE(versionReads(), int(finished.size()));
        const auto first = finished.first().first().value<SyncResult>();
        const auto later = finished.last().first().value<SyncResult>();
        QCOMPARE(first.system(RemoteSystem::Slack).outcome, SystemSync::Outcome::Synced);
        QCOMPARE(later.system(RemoteSystem::Slack).outcome, SystemSync::Outcome::Skipped);
        // The release channel was read once, so releases are still taken over.
        QVERIFY2(later.adoptionSkipped.isEmpty(), qPrintable(later.adoptionSkipped));
        QVERIFY(later.ok());
    }

    void awaitingAReplyReadsEveryMinute()
    {
        struct MovingClock final : Clock
        {
            QDateTime at{QDate(2026, 11, 20), QTime(12, 0), Qt::UTC};
            QDateTime now() const override { return at; }
        } clock;
        SyncScheduler scheduler(m_bench->engine(), clock);
        scheduler.setAwaitingReply(true);
        QCOMPARE(scheduler.interval(), std::chrono::milliseconds(1min));
        scheduler.setAwaitingReply(false);
        QCOMPARE(scheduler.interval(), std::chrono::milliseconds(5min));

        // Never slower than asked; Slack is due again a minute after it was read.
        scheduler.setInterval(100ms);
        scheduler.setSlackInterval(1h);
        scheduler.setAwaitingReply(true);
        QCOMPARE(scheduler.interval(), std::chrono::milliseconds(100ms));
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 20000);
        QCOMPARE(historyReads(), 1);
        clock.at = clock.at.addSecs(61);
        const qsizetype before = finished.size();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= before + 2, 20000);
        scheduler.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bench->engine().isRunning(), 20000);
        QCOMPARE(historyReads(), 2);
    }

    void slackAgainOnceItsIntervalPassed()
    {
        SyncScheduler scheduler(m_bench->engine(), m_bench->clients().clock());
        scheduler.setInterval(100ms);
        scheduler.setSlackInterval(0ms);
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 20000);
        scheduler.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_bench->engine().isRunning(), 20000);
        QCOMPARE(historyReads(), int(finished.size()));
    }

    void syncNowWhileRunningRunsRightAfter()
    {
        SyncScheduler scheduler(m_bench->engine(), m_bench->clients().clock());
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        SyncOptions withoutSlack;
        withoutSlack.leaveOut = {RemoteSystem::Slack};
        QVERIFY(m_bench->engine().start(withoutSlack));
        scheduler.syncNow();
        scheduler.syncNow(); // asked twice meanwhile: one more sync, not two
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 20000);
        QVERIFY(!finished.wait(300));
        QCOMPARE(finished.size(), 2);
        // "Sync now" reads Slack too.
        QCOMPARE(historyReads(), 1);
        QCOMPARE(finished.last().first().value<SyncResult>().system(RemoteSystem::Slack).outcome,
                 SystemSync::Outcome::Synced);
    }

    void stopEndsTheTicks()
    {
        SyncScheduler scheduler(m_bench->engine(), m_bench->clients().clock());
        scheduler.setInterval(50ms);
        QSignalSpy finished(&m_bench->engine(), &SyncEngine::finished);
        scheduler.start();
        QVERIFY(finished.wait(20000));
        scheduler.stop();
        QVERIFY(!scheduler.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!m_bench->engine().isRunning(), 20000);
        const qsizetype syncs = finished.size();
        QTest::qWait(200);
        QCOMPARE(finished.size(), syncs);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
