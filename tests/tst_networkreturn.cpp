#include "services/http/networkreturnwatcher.h"
#include "services/sync/syncengine.h"
#include "services/sync/syncscheduler.h"
#include "support/outboxbench.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <chrono>

using namespace ReleaseDesk;
using namespace std::chrono_literals;
using ReleaseDesk::Testing::OutboxBench;
using Reachability = QNetworkInformation::Reachability;

Q_DECLARE_METATYPE(QList<QNetworkInformation::Reachability>)

namespace {

constexpr auto settleTime = 50ms;
// Long enough that a resume reported late would still be counted.
constexpr int quietMs = 300;

// Retries an hour away: a write that goes within the test went because the
// network came back, never because its backoff ran out.
OutboxRetry::Policy patientPolicy()
{
    OutboxRetry::Policy policy = OutboxBench::testPolicy();
    policy.firstDelay = std::chrono::hours(1);
    policy.maxDelay = std::chrono::hours(1);
    return policy;
}

} // namespace

class TestNetworkReturn : public QObject
{
    Q_OBJECT

private slots:
    void reportsOnlyAReturn_data()
    {
        QTest::addColumn<QList<Reachability>>("changes");
        QTest::addColumn<int>("returns");
        QTest::newRow("disconnected to online")
            << QList<Reachability>{Reachability::Disconnected, Reachability::Online} << 1;
        QTest::newRow("unknown to site")
            << QList<Reachability>{Reachability::Unknown, Reachability::Site} << 1;
        QTest::newRow("disconnected to local")
            << QList<Reachability>{Reachability::Disconnected, Reachability::Local} << 1;
        QTest::newRow("online to online")
            << QList<Reachability>{Reachability::Online, Reachability::Online} << 0;
        QTest::newRow("site to online")
            << QList<Reachability>{Reachability::Site, Reachability::Online} << 0;
        QTest::newRow("online to disconnected")
            << QList<Reachability>{Reachability::Online, Reachability::Disconnected} << 0;
        QTest::newRow("back and gone again before it settles")
            << QList<Reachability>{Reachability::Disconnected, Reachability::Online,
                                   Reachability::Disconnected}
            << 0;
        QTest::newRow("flapping") << QList<Reachability>{Reachability::Disconnected,
                                                         Reachability::Online,
                                                         Reachability::Disconnected,
                                                         Reachability::Online,
                                                         Reachability::Disconnected,
                                                         Reachability::Online}
                                  << 1;
    }
    void reportsOnlyAReturn()
    {
        QFETCH(QList<Reachability>, changes);
        QFETCH(int, returns);
        NetworkReturnWatcher watcher(changes.takeFirst());
        watcher.setSettleTime(settleTime);
        QSignalSpy returned(&watcher, &NetworkReturnWatcher::networkReturned);
        for (Reachability reachability : changes)
            watcher.reachabilityChanged(reachability);
        QTest::qWait(quietMs);
        QCOMPARE(returned.size(), returns);
    }

    void waitsForTheNetworkToSettle()
    {
        NetworkReturnWatcher watcher(Reachability::Disconnected);
        watcher.setSettleTime(200ms);
        QSignalSpy returned(&watcher, &NetworkReturnWatcher::networkReturned);
        watcher.reachabilityChanged(Reachability::Online);
        QTest::qWait(100);
        QCOMPARE(returned.size(), 0);
        QTRY_COMPARE(returned.size(), 1);
    }

    // A write that found no server waits an hour; the network's return sends
    // it at once.
    void outboxSendsWhatWaitedForTheNetwork()
    {
        OutboxBench bench(patientPolicy());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        NetworkReturnWatcher watcher(Reachability::Online);
        watcher.setSettleTime(settleTime);
        connect(&watcher, &NetworkReturnWatcher::networkReturned, &bench.worker(),
                &OutboxWorker::networkReturned);

        bench.inject("slack:/api/chat.postMessage=drop,method=POST");
        const qint64 id = bench.queueSample(OutboxKind::SlackPost, QStringLiteral("2027.6.1"));
        QVERIFY(id);
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        QSignalSpy sent(&bench.worker(), &OutboxWorker::sent);
        watcher.reachabilityChanged(Reachability::Disconnected);
        bench.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 10000);
        QVERIFY(bench.entry(id).nextAttempt > bench.clock().now().addSecs(30 * 60));

        bench.fixture().sandbox().faults().clear();
        // The systems answer again, but nothing has said so yet: the write waits.
        bench.worker().kick();
        QTest::qWait(quietMs);
        QCOMPARE(bench.entry(id).state, OutboxState::Pending);

        watcher.reachabilityChanged(Reachability::Online);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
        QCOMPARE(bench.writes(QStringLiteral("slack"), "POST", QStringLiteral("/chat.postMessage")),
                 1);
    }

    // Behind a proxy, a lost network shows as the proxy not answering: such
    // a write waits for the network as well, and goes when it returns.
    void outboxSendsWhatAProxyCouldNotPassOn()
    {
        OutboxBench bench(patientPolicy());
        QVERIFY(bench.isReady());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString deadProxy = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QVERIFY(bench.connect(OutboxBench::writtenSystems(), deadProxy));
        const qint64 id = bench.queueSample(OutboxKind::SlackPost, QStringLiteral("2027.6.3"));
        QVERIFY(id);
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        QSignalSpy sent(&bench.worker(), &OutboxWorker::sent);
        bench.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 10000);
        QVERIFY(bench.entry(id).nextAttempt > bench.clock().now().addSecs(30 * 60));

        QVERIFY(bench.connect());
        bench.worker().networkReturned();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
    }

    // A server that asked to be left alone for a while is not asked again
    // because this computer's network came back.
    void outboxKeepsAServersWait()
    {
        OutboxBench bench(patientPolicy());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        bench.inject("slack:/api/chat.postMessage=ratelimit,retry-after=3600,method=POST");
        const qint64 id = bench.queueSample(OutboxKind::SlackPost, QStringLiteral("2027.6.2"));
        QVERIFY(id);
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        bench.worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 10000);
        const QDateTime waitUntil = bench.entry(id).nextAttempt;
        QVERIFY(waitUntil > bench.clock().now().addSecs(30 * 60));
        bench.fixture().sandbox().faults().clear();

        bench.worker().networkReturned();
        QTest::qWait(quietMs);
        QCOMPARE(bench.entry(id).state, OutboxState::Pending);
        QCOMPARE(bench.entry(id).nextAttempt, waitUntil);
    }

    // The scheduler's next tick is an hour away; the return syncs now.
    void syncRunsWhenTheNetworkReturns()
    {
        OutboxBench bench(patientPolicy());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        SyncEngine engine(bench.integrations(), bench.store());
        SyncScheduler scheduler(engine, bench.clock());
        scheduler.setInterval(std::chrono::hours(1));
        NetworkReturnWatcher watcher(Reachability::Disconnected);
        watcher.setSettleTime(settleTime);
        connect(&watcher, &NetworkReturnWatcher::networkReturned, &scheduler,
                &SyncScheduler::syncNow);
        QSignalSpy finished(&engine, &SyncEngine::finished);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        watcher.reachabilityChanged(Reachability::Online);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning() || finished.size() == 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QTest::qWait(quietMs);
        QCOMPARE(finished.size(), 2);
    }
};

QTEST_MAIN(TestNetworkReturn)
#include "tst_networkreturn.moc"
