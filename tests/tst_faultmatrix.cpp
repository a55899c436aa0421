#include "support/outboxbench.h"
#include "support/synctestbench.h"

#include <QMap>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

namespace {

// The faults of issue 11's matrix, as sandbox fault specs without their target.
const std::pair<const char *, const char *> faults[] = {
    {"500", "status,status=500"},
    {"503 with Retry-After", "unavailable,retry-after=1"},
    {"429", "ratelimit,retry-after=1"},
    {"401", "status,status=401"},
    {"hang", "hang"},
    {"reset", "reset"},
    {"malformed JSON", "malformed-json"},
    {"truncated body", "truncated"},
    {"wrong content type", "wrong-content-type"},
    {"huge body", "oversized,bytes=9437184"}, // just over the clients' 8 MiB
};

// What a person is told to do, one of which every message must say.
const char *const advice[] = {"try again", "check ", "contact ", "ask "};

// The write of each system that the outbox sends; Concourse is only read
// (Unknown).
OutboxKind writtenKind(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Jira:
        return OutboxKind::JiraComment;
    case RemoteSystem::Confluence:
        return OutboxKind::ConfluencePublish;
    case RemoteSystem::ServiceNow:
        return OutboxKind::ServiceNowChange;
    case RemoteSystem::Slack:
        return OutboxKind::SlackPost;
    case RemoteSystem::Concourse:
    case RemoteSystem::GitHub:
        break;
    }
    return OutboxKind::Unknown;
}

// A message a person can act on: it names the system, says what to do, and
// shows no secret.
QString judge(const QString &message, RemoteSystem system, const QStringList &secrets)
{
    if (message.trimmed().isEmpty())
        return QStringLiteral("no message");
    if (message.contains(QLatin1String("Unknown error"), Qt::CaseInsensitive))
        return QStringLiteral("a generic message");
    if (!message.contains(toTitle(system)))
        return QStringLiteral("the system is not named");
    const bool advises = std::any_of(std::begin(advice), std::end(advice), [&](const char *a) {
        return message.contains(QLatin1String(a), Qt::CaseInsensitive);
    });
    if (!advises)
        return QStringLiteral("no advice");
    for (const QString &secret : secrets) {
        if (message.contains(secret))
            return QStringLiteral("a secret shown");
    }
    return {};
}

// The secrets of the sandbox's connections.
QStringList secretsOf(const QJsonObject &connections)
{
    QStringList secrets;
    for (const QJsonValue &system : connections) {
        for (const char *field : {"token", "pat", "password"}) {
            const QString secret = system.toObject().value(QLatin1String(field)).toString();
            if (!secret.isEmpty())
                secrets << secret;
        }
    }
    return secrets;
}

// How many rows the store holds of each kind it caches from the systems.
QMap<QString, qsizetype> cached(const ReleaseStore &store)
{
    return {{QStringLiteral("services"), store.services()->size()},
            {QStringLiteral("changes"), store.changes()->size()},
            {QStringLiteral("builds"), store.builds()->size()},
            {QStringLiteral("messages"), store.channelMessages()->size()},
            {QStringLiteral("releases"), store.releases()->size()},
            {QStringLiteral("test results"), store.testResults()->size()}};
}

struct Cell
{
    QString message;
    bool ok = false;
};

} // namespace

Q_DECLARE_METATYPE(RemoteSystem)

// Issue 11's fault matrix: each fault the sandbox injects, on each system, met
// by a sync and by a write. A sync that meets it fails that system alone with
// a message a person can act on, keeps everything cached, and completes once
// the fault is gone; a write that meets it says so, and once the fault is gone
// is sent, taken exactly once by the system. The table is printed at the end.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_sync;
    QStringList m_secrets;
    // By "system|fault".
    QMap<QString, Cell> m_reads;
    QMap<QString, Cell> m_writes;

    static void addRows(bool writes)
    {
        QTest::addColumn<RemoteSystem>("system");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("spec");
        for (RemoteSystem system : allRemoteSystems()) {
            if (writes && writtenKind(system) == OutboxKind::Unknown)
                continue;
            for (const auto &[name, spec] : faults) {
                QTest::addRow("%s, %s", qPrintable(toTitle(system)), name)
                    << system << QString::fromLatin1(name) << QString::fromLatin1(spec);
            }
        }
    }

    static QString cellKey(RemoteSystem system, const QString &fault)
    {
        return toTitle(system) + u'|' + fault;
    }

private slots:
    void initTestCase()
    {
        m_sync = std::make_unique<SyncTestBench>();
        QVERIFY(m_sync->isReady());
        m_secrets = secretsOf(m_sync->fixture().sandbox().connectionInfo());
        QVERIFY(m_secrets.size() >= allRemoteSystems().size());
        // What every read row starts from: a cache filled by a whole sync.
        const auto first = m_sync->sync();
        QVERIFY(first && SyncTestBench::allSynced(*first));
    }

    void read_data() { addRows(false); }
    void read()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(QString, fault);
        QFETCH(QString, spec);
        Cell &cell = m_reads[cellKey(system, fault)];
        const auto before = cached(m_sync->store());
        // Every request of the system meets it, its first read included.
        m_sync->inject(qPrintable(toKey(system) + u'=' + spec));
        m_sync->network().capTimeout(fault == u"hang" ? 300ms : 0ms);
        const auto result = m_sync->sync();
        m_sync->network().capTimeout(0ms);
        m_sync->fixture().sandbox().faults().clear();
        QVERIFY(result);
        const SystemSync &faulted = result->system(system);
        cell.message = faulted.error;
        QCOMPARE(faulted.outcome, SystemSync::Outcome::Failed);
        const QString flaw = judge(faulted.error, system, m_secrets);
        QVERIFY2(flaw.isEmpty(), qPrintable(flaw + u": " + faulted.error));
        for (const SystemSync &other : result->systems) {
            QVERIFY2(other.system == system || other.outcome == SystemSync::Outcome::Synced,
                     qPrintable(SyncSummary::line(other)));
        }
        const auto after = cached(m_sync->store());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) >= it.value(), qPrintable(it.key() + u" lost"));

        // The fault gone, the next sync completes.
        const auto again = m_sync->sync();
        QVERIFY(again && SyncTestBench::allSynced(*again));
        cell.ok = true;
    }

    void write_data() { addRows(true); }
    void write()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(QString, fault);
        QFETCH(QString, spec);
        Cell &cell = m_writes[cellKey(system, fault)];
        const OutboxKind kind = writtenKind(system);
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const qint64 id = bench.queueSample(kind, QStringLiteral("2027.7.1"));
        QVERIFY(id);
        const auto write = OutboxBench::creatingWrite(kind);
        bench.inject(qPrintable(write.system + u':' + write.path + u'=' + spec +
                                QStringLiteral(",method=POST")));
        // The first attempt meets the fault, which goes as soon as it is told.
        const auto told = [&](const OutboxEntry &entry) {
            if (!cell.message.isEmpty())
                return;
            cell.message = entry.lastError;
            bench.fixture().sandbox().faults().clear();
        };
        QObject::connect(&bench.worker(), &OutboxWorker::deferred, &bench.worker(), told);
        QObject::connect(&bench.worker(), &OutboxWorker::failed, &bench.worker(), told);
        QVERIFY(bench.runUntilSettled(20000));
        bench.fixture().sandbox().faults().clear();
        if (cell.message.isEmpty()) {
            // Nothing to tell: the answer lost, the attempt looked and found what it made.
            QCOMPARE(bench.entry(id).state, OutboxState::Done);
            QCOMPARE(bench.entry(id).attempts, 1);
            cell.message = QStringLiteral("(none: sent, found within the same attempt)");
        } else {
            const QString flaw = judge(cell.message, system, m_secrets);
            QVERIFY2(flaw.isEmpty(), qPrintable(flaw + u": " + cell.message));
        }
        // A write that failed for good waits for a person to try it again.
        if (bench.entry(id).state == OutboxState::Failed) {
            QVERIFY(bench.store().retryOutboxEntry(id));
            QVERIFY(bench.runUntilSettled(20000));
        }
        const OutboxEntry entry = bench.entry(id);
        QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QCOMPARE(bench.creates(kind), 1);
        cell.ok = true;
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        qInfo("%-10s | %-20s | %-4s | %-4s | %s", "system", "fault", "read", "write",
              "read message / write message");
        int reads = 0;
        int writes = 0;
        for (RemoteSystem system : allRemoteSystems()) {
            for (const auto &[name, spec] : faults) {
                const QString key = cellKey(system, QString::fromLatin1(name));
                const Cell read = m_reads.value(key);
                const bool written = writtenKind(system) != OutboxKind::Unknown;
                const Cell write = m_writes.value(key);
                reads += read.ok ? 1 : 0;
                writes += write.ok ? 1 : 0;
                const char *writeCell = write.ok ? "ok" : "FAIL";
                qInfo("%-10s | %-20s | %-4s | %-4s | %s / %s", qPrintable(toTitle(system)), name,
                      read.ok ? "ok" : "FAIL", written ? writeCell : "n/a",
                      qPrintable(read.message),
                      written ? qPrintable(write.message) : "Concourse is only read");
            }
        }
        const int faultCount = int(std::size(faults));
        qInfo("reads %d/%d, writes %d/%d (Concourse n/a: ReleaseDesk never writes to it)", reads,
              faultCount * int(allRemoteSystems().size()), writes,
              faultCount * int(OutboxBench::writtenSystems().size()));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
