#include "models/usecases/releaseworkflow.h"
#include "services/outbox/outboxworker.h"
#include "services/store/sqlitestore.h"
#include "services/sync/syncengine.h"
#include "support/outboxbench.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// One person's computer: a profile's store, its outbox worker and its sync,
// over the integrations every desk shares in the test (the same sandbox).
class Desk
{
public:
    Desk(const QString &path, OutboxBench &bench)
    {
        auto opened = SqliteStore::open(path);
        if (!opened)
            return;
        store = std::move(opened).value();
        workflow = std::make_unique<ReleaseWorkflow>(*store, bench.clock());
        worker = std::make_unique<OutboxWorker>(*store, bench.integrations(), bench.clock(),
                                                OutboxBench::testPolicy(), [] { return 0.5; });
        engine = std::make_unique<SyncEngine>(bench.integrations(), *store);
    }
    ~Desk()
    {
        engine.reset();
        worker.reset();
    }

    std::optional<SyncResult> sync()
    {
        std::optional<SyncResult> result;
        QEventLoop loop;
        QObject::connect(engine.get(), &SyncEngine::finished, &loop, [&](const SyncResult &r) {
            result = r;
            loop.quit();
        });
        if (!engine->start({}))
            return std::nullopt;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return result;
    }

    // Sends the outbox until nothing is Pending or Sending; false on timeout.
    bool send()
    {
        const auto settled = [this] {
            const auto pending = store->outbox(OutboxState::Pending);
            const auto sending = store->outbox(OutboxState::Sending);
            return pending && sending && pending->isEmpty() && sending->isEmpty();
        };
        QEventLoop loop;
        const auto check = [&] {
            if (settled())
                loop.quit();
        };
        QObject::connect(worker.get(), &OutboxWorker::sent, &loop, check);
        QObject::connect(worker.get(), &OutboxWorker::failed, &loop, check);
        QObject::connect(worker.get(), &OutboxWorker::idle, &loop, check);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        worker->start();
        worker->kick();
        loop.exec();
        worker->stop();
        return settled();
    }

    Release release(const QString &name) const
    {
        for (const Release &release : store->releases().value()) {
            if (release.name == name)
                return release;
        }
        return {};
    }

    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<ReleaseWorkflow> workflow;
    std::unique_ptr<OutboxWorker> worker;
    std::unique_ptr<SyncEngine> engine;
};

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

} // namespace

// Two desks over one sandbox: a release made, changed, taken live or
// cancelled at one desk reaches the other through its Jira fix version.
class TestFixVersionSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxBench> m_bench;
    QTemporaryDir m_profiles;
    std::unique_ptr<Desk> m_developer;
    std::unique_ptr<Desk> m_tester;
    QStringList m_tasks; // tasks in no release yet

    QJsonObject jiraVersion(const QString &name)
    {
        const QJsonArray versions =
            m_bench->fixture()
                .get(m_bench->fixture().url(s("jira"), s("/rest/api/2/project/CHS/versions")),
                     SandboxFixture::authorization("Bearer sandbox-jira-pat"))
                .json()
                .array();
        for (const QJsonValue &v : versions) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }

    static bool synced(const std::optional<SyncResult> &result)
    {
        if (!result) {
            qWarning("the sync did not finish");
            return false;
        }
        if (!result->adoptionError.isEmpty() || !result->adoptionSkipped.isEmpty()) {
            qWarning("%s%s", qPrintable(result->adoptionError),
                     qPrintable(result->adoptionSkipped));
            return false;
        }
        return true;
    }

    // A release made at the developer's desk and sent, then synced at the tester's.
    qint64 releaseOnBothDesks(const QString &name, const QStringList &tasks)
    {
        const auto id = m_developer->workflow->createRelease(name, {}, tasks, s("Alice Khan"));
        if (!id || !m_developer->send() || !synced(m_tester->sync()))
            return 0;
        return id.value();
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<OutboxBench>();
        QVERIFY(m_bench->isReady());
        QVERIFY(m_bench->connect());
        QVERIFY(m_profiles.isValid());
        static int profile = 0;
        m_developer = std::make_unique<Desk>(
            m_profiles.filePath(QStringLiteral("developer-%1.sqlite").arg(++profile)), *m_bench);
        m_tester = std::make_unique<Desk>(
            m_profiles.filePath(QStringLiteral("tester-%1.sqlite").arg(++profile)), *m_bench);
        QVERIFY(m_developer->store && m_tester->store);
        QVERIFY(synced(m_developer->sync()));
        QVERIFY(synced(m_tester->sync()));
        m_tasks.clear();
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (task.fixVersion.isEmpty() && m_tasks.size() < 3)
                m_tasks << task.key;
        }
        QCOMPARE(m_tasks.size(), 3);
    }
    void cleanup()
    {
        m_tester.reset();
        m_developer.reset();
        m_bench.reset();
    }

    // New release at one desk: one version in Jira, each task carries it,
    // and the other desk's sync takes the release over with the same tasks,
    // also one that carries an older release's fix version first.
    void newReleaseReachesTheOtherDesk()
    {
        QString inAnother;
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (!task.fixVersion.isEmpty())
                inAnother = task.key;
        }
        const QStringList tasks = m_tasks + QStringList{inAnother};
        QVERIFY(releaseOnBothDesks(s("2027.2.1"), tasks));
        QCOMPARE(m_bench->writes(s("jira"), "POST", s("/version")), 1);
        const Release there = m_tester->release(s("2027.2.1"));
        QVERIFY(there.id);
        QCOMPARE(sorted(there.taskKeys), sorted(tasks));
        QCOMPARE(there.stage, Stage::CiDev);

        // The desk that made it finds nothing to change on its next sync.
        const Release before = m_developer->release(s("2027.2.1"));
        QVERIFY(synced(m_developer->sync()));
        QCOMPARE(m_developer->release(s("2027.2.1")), before);
    }

    // A task taken out at one desk leaves the release at the other, with an event.
    void removedTaskLeavesTheOtherDesk()
    {
        QVERIFY(releaseOnBothDesks(s("2027.2.2"), m_tasks));
        const qint64 here = m_tester->release(s("2027.2.2")).id;
        QVERIFY(m_tester->workflow->removeTask(here, m_tasks.first(), s("Ben Jones")));
        QVERIFY(m_tester->send());
        QVERIFY(synced(m_developer->sync()));
        const Release there = m_developer->release(s("2027.2.2"));
        QCOMPARE(sorted(there.taskKeys), sorted(m_tasks.mid(1)));
        const AuditEvent left = m_developer->store->auditTrail(there.id).value().last();
        QCOMPARE(left.action, AuditAction::TaskLeft);
        QVERIFY2(left.why.contains(m_tasks.first()), qPrintable(left.why));
    }

    // While a desk's own removal waits in its outbox, its sync keeps the
    // release as the desk left it rather than as Jira still shows it.
    void ownEditsOnTheirWayAreKept()
    {
        QVERIFY(releaseOnBothDesks(s("2027.2.3"), m_tasks));
        const qint64 here = m_tester->release(s("2027.2.3")).id;
        QVERIFY(m_tester->workflow->removeTask(here, m_tasks.first(), s("Ben Jones")));
        QVERIFY(synced(m_tester->sync()));
        QCOMPARE(sorted(m_tester->release(s("2027.2.3")).taskKeys), sorted(m_tasks.mid(1)));
    }

    // Live at one desk: the version is released on that day, and the other
    // desk's release goes Live, saying it came from Jira.
    void liveReleasesTheVersionEverywhere()
    {
        const qint64 id = releaseOnBothDesks(s("2027.2.4"), m_tasks);
        QVERIFY(id);
        // As if the release had come as far as its live request.
        Release release = m_developer->release(s("2027.2.4"));
        release.stage = Stage::LiveRequested;
        QVERIFY(m_developer->store->saveRelease(release, {}));
        QVERIFY(m_developer->workflow->markApplied(id, Environment::Live, s("Live at 14:00"),
                                                   s("Rita Release"), {}));
        QVERIFY(m_developer->send());
        const QJsonObject version = jiraVersion(s("2027.2.4"));
        QVERIFY(version.value(QLatin1String("released")).toBool());
        const QString today = m_bench->clock().now().toLocalTime().date().toString(Qt::ISODate);
        QCOMPARE(version.value(QLatin1String("releaseDate")).toString(), today);

        QVERIFY(synced(m_tester->sync()));
        const Release there = m_tester->release(s("2027.2.4"));
        QCOMPARE(there.stage, Stage::Live);
        const AuditEvent moved = m_tester->store->auditTrail(there.id).value().last();
        QCOMPARE(moved.toStage, s("live"));
        QVERIFY2(moved.why.contains(s("Jira")) && moved.why.contains(today), qPrintable(moved.why));
    }

    // Cancelled at one desk: the version is archived, the other desk's release cancelled.
    void cancelArchivesTheVersionEverywhere()
    {
        const qint64 id = releaseOnBothDesks(s("2027.2.5"), m_tasks);
        QVERIFY(id);
        QVERIFY(m_developer->workflow->transition(id, Stage::Cancelled, s("Alice Khan"),
                                                  s("Superseded by 2027.2.6")));
        QVERIFY(m_developer->send());
        QVERIFY(jiraVersion(s("2027.2.5")).value(QLatin1String("archived")).toBool());

        QVERIFY(synced(m_tester->sync()));
        const Release there = m_tester->release(s("2027.2.5"));
        QCOMPARE(there.stage, Stage::Cancelled);
        const AuditEvent moved = m_tester->store->auditTrail(there.id).value().last();
        QCOMPARE(moved.toStage, s("cancelled"));
        QVERIFY2(moved.why.contains(s("archived")), qPrintable(moved.why));
    }
};

QTEST_GUILESS_MAIN(TestFixVersionSync)
#include "tst_fixversionsync.moc"
