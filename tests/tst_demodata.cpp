#include "models/demodata.h"
#include "models/lifecycle.h"
#include "support/memoryreleasestore.h"

#include <QRegularExpression>
#include <QTest>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

// Result::value() on a temporary hands out a reference into it, which a
// range-for would outlive; this copies the value out first.
template <typename T> T all(Result<T> result)
{
    if (!result)
        qFatal("store read failed: %s", qPrintable(result.error()));
    return std::move(result).value();
}

const QDateTime afternoon(QDate(2026, 11, 26), QTime(15, 42, 7), Qt::UTC);

ReleaseFacts factsOf(const MemoryReleaseStore &store, const Release &release)
{
    ReleaseFacts facts{release, {}, {}};
    for (const TestResult &r : all(store.testResults())) {
        if (release.taskKeys.contains(r.taskKey))
            facts.results << r;
    }
    for (const PipelineBuild &b : all(store.builds())) {
        for (const ReleaseService &s : release.services) {
            if (s.service == b.service)
                facts.builds << b;
        }
    }
    return facts;
}

QStringList allBlockers(const MemoryReleaseStore &store)
{
    QStringList blockers;
    for (const Release &release : all(store.releases())) {
        if (const auto gate = Lifecycle::blockingGate(factsOf(store, release)))
            blockers << gate->blockers;
    }
    return blockers;
}

} // namespace

// The demo is what people first see of the app: it must be complete, coherent
// and the same every time.
class TestDemoData : public QObject
{
    Q_OBJECT

    MemoryReleaseStore m_store;

private slots:
    void initTestCase()
    {
        const Status status = DemoData::seed(m_store, FixedClock(afternoon));
        QVERIFY2(status.ok(), qPrintable(status.error()));
    }

    void everyStageHasARelease()
    {
        QSet<Stage> stages;
        for (const Release &release : all(m_store.releases()))
            stages.insert(release.stage);
        for (Stage stage :
             {Stage::CiDev, Stage::ReadyForStaging, Stage::NotesPublished, Stage::TicketRaised,
              Stage::StagingRequested, Stage::InStaging, Stage::StagingPassed, Stage::LiveRequested,
              Stage::Live, Stage::BackedOut, Stage::Cancelled})
            QVERIFY2(stages.contains(stage), qPrintable(toKey(stage)));
    }

    // Each trail starts with the creation in CI-Dev, moves only along legal
    // transitions, in time order, and ends where the release stands.
    void auditTrailsAreLegalChains()
    {
        for (const Release &release : all(m_store.releases())) {
            const auto trail = m_store.auditTrail(release.id).value();
            QVERIFY(!trail.isEmpty());
            QCOMPARE(trail.first().action, AuditAction::Created);
            Stage current = Stage::CiDev;
            QDateTime last = trail.first().at;
            QDateTime lastMove = release.created;
            for (const AuditEvent &event : trail) {
                QVERIFY2(event.at >= last, qPrintable(release.name));
                QVERIFY(!event.actor.isEmpty());
                last = event.at;
                if (event.action != AuditAction::Transition)
                    continue;
                QCOMPARE(event.fromStage, toKey(current));
                const auto to = fromKey<Stage>(event.toStage);
                QVERIFY(to);
                QVERIFY2(Lifecycle::allowedTargets(current).contains(*to),
                         qPrintable(release.name + u' ' + event.fromStage + u'>' + event.toStage));
                current = *to;
                lastMove = event.at;
            }
            QCOMPARE(current, release.stage);
            QCOMPARE(release.stageChanged, lastMove);
        }
    }

    // What the trail says happened is what the facts show: the gate of the
    // stage each release is in is still met.
    void factsMeetEachReleasesOwnGate()
    {
        for (const Release &release : all(m_store.releases())) {
            const Gate gate = Lifecycle::gate(release.stage, factsOf(m_store, release));
            QVERIFY2(gate.met(), qPrintable(release.name + u' ' + gate.blockers.join(u' ')));
        }
    }

    void someReleasesAreBlockedInteresting()
    {
        const QString blockers = allBlockers(m_store).join(u'\n');
        QVERIFY2(blockers.contains(QLatin1String("Failed in CI-Dev")), qPrintable(blockers));
        QVERIFY2(blockers.contains(QLatin1String("Failed in Staging")), qPrintable(blockers));
        QVERIFY2(blockers.contains(QLatin1String("cidev-apply has not succeeded")),
                 qPrintable(blockers));
        QVERIFY2(blockers.contains(QLatin1String("the backout plan is missing")),
                 qPrintable(blockers));

        const auto builds = m_store.builds().value();
        QVERIFY(std::any_of(builds.cbegin(), builds.cend(),
                            [](const auto &b) { return b.status == BuildStatus::Failed; }));
        QVERIFY(std::any_of(builds.cbegin(), builds.cend(),
                            [](const auto &b) { return isRunning(b.status); }));
    }

    void cacheLooksLikeTheTeam()
    {
        const auto services = m_store.services().value();
        QCOMPARE(services.size(), 5);
        QSet<QString> types;
        for (const Service &service : services) {
            QVERIFY(service.name.startsWith(QLatin1String("chs-")));
            QCOMPARE(service.pipeline, service.name);
            QCOMPARE(service.team, QStringLiteral("chs"));
            types.insert(service.deploymentType);
        }
        QCOMPARE(types, QSet<QString>({QStringLiteral("ECS"), QStringLiteral("Mesos")}));

        const auto changes = m_store.changes().value();
        QVERIFY2(changes.size() >= 35 && changes.size() <= 45,
                 qPrintable(QString::number(changes.size())));
        const QRegularExpression branch(QStringLiteral("^(feature|bugfix)/CHS-\\d+-[a-z0-9-]+$"));
        const QRegularExpression commit(QStringLiteral("^[0-9a-f]{40}$"));
        QSet<QString> keys;
        for (const Change &change : changes) {
            keys.insert(change.key);
            QVERIFY(!change.summary.isEmpty());
            QVERIFY(!change.status.isEmpty());
            QVERIFY(!change.assignee.isEmpty());
            QVERIFY(change.updated.isValid() && change.updated <= afternoon);
            if (!change.branch.isEmpty()) {
                QVERIFY2(branch.match(change.branch).hasMatch(), qPrintable(change.branch));
                QVERIFY(change.branch.contains(change.key));
                QVERIFY2(commit.match(change.commit).hasMatch(), qPrintable(change.commit));
            }
        }
        QCOMPARE(keys.size(), changes.size());
        for (const Release &release : all(m_store.releases())) {
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}\\.\\d{1,2}\\.\\d+$"))
                        .match(release.name)
                        .hasMatch());
            for (const QString &key : release.taskKeys)
                QVERIFY2(keys.contains(key), qPrintable(key));
        }
        QVERIFY(m_store.releases()->size() >= 11);
    }

    void nothingHappensInTheFuture_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::newRow("afternoon") << afternoon;
        QTest::newRow("just after midnight") << QDateTime(QDate(2027, 1, 1), QTime(0, 3), Qt::UTC);
        QTest::newRow("local time") << QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::LocalTime);
    }
    void nothingHappensInTheFuture()
    {
        QFETCH(QDateTime, now);
        MemoryReleaseStore store;
        QVERIFY(DemoData::seed(store, FixedClock(now)));
        QList<QDateTime> times;
        for (const Release &release : all(store.releases())) {
            times << release.created << release.updated << release.stageChanged;
            for (const AuditEvent &event : all(store.auditTrail(release.id)))
                times << event.at;
        }
        for (const TestResult &result : all(store.testResults()))
            times << result.at;
        for (const PipelineBuild &build : all(store.builds()))
            times << build.started;
        for (const QDateTime &time : times) {
            QVERIFY(time.isValid());
            QVERIFY2(time <= now, qPrintable(time.toString(Qt::ISODate)));
            QVERIFY2(time > now.addDays(-60), qPrintable(time.toString(Qt::ISODate)));
        }
    }

    // The story unfolds over weeks, and the store recorded it in the order it
    // happened, so ids and times agree across releases.
    void historyIsSpreadAndInOrder()
    {
        QList<AuditEvent> events;
        for (const Release &release : all(m_store.releases()))
            events << all(m_store.auditTrail(release.id));
        std::sort(events.begin(), events.end(),
                  [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
        QSet<QDate> days;
        for (int i = 0; i < events.size(); ++i) {
            days.insert(events[i].at.date());
            if (i > 0)
                QVERIFY2(events[i - 1].at <= events[i].at, qPrintable(events[i].at.toString()));
        }
        QVERIFY(events.first().at < afternoon.addDays(-28));
        QVERIFY2(days.size() >= 20, qPrintable(QString::number(days.size())));

        const auto results = all(m_store.testResults());
        for (int i = 1; i < results.size(); ++i)
            QVERIFY(results[i - 1].at <= results[i].at);
    }

    void deterministic()
    {
        MemoryReleaseStore other;
        QVERIFY(DemoData::seed(other, FixedClock(afternoon)));
        QCOMPARE(other.services().value(), m_store.services().value());
        QCOMPARE(other.changes().value(), m_store.changes().value());
        QCOMPARE(other.builds().value(), m_store.builds().value());
        QCOMPARE(other.releases().value(), m_store.releases().value());
        // The same verdicts; each has a ref of its own, new on every seed.
        const auto withoutRefs = [](QList<TestResult> verdicts) {
            for (TestResult &verdict : verdicts)
                verdict.ref.clear();
            return verdicts;
        };
        QCOMPARE(withoutRefs(other.testResults().value()),
                 withoutRefs(m_store.testResults().value()));
        for (const Release &release : all(m_store.releases()))
            QCOMPARE(other.auditTrail(release.id).value(), m_store.auditTrail(release.id).value());
        QCOMPARE(other.writeCount(), m_store.writeCount());
    }

    void refusesAStoreWithReleases()
    {
        const int writes = m_store.writeCount();
        const Status again = DemoData::seed(m_store, FixedClock(afternoon));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QLatin1String("empty store")));
        QCOMPARE(m_store.writeCount(), writes);
    }

    void reportsAStoreFailure()
    {
        MemoryReleaseStore store;
        store.failNextWrite(QStringLiteral("disk full"));
        QCOMPARE(DemoData::seed(store, FixedClock(afternoon)).error(), QStringLiteral("disk full"));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
