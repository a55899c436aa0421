// Peer review through a sync: GitHub's pull requests stored by task and
// refreshed as reviews land, the release's gate that asks for each task's
// merged change, and a desk without GitHub that does not ask.
#include "models/lifecycle/lifecycle.h"
#include "models/lifecycle/peerreviewfollow.h"
#include "models/usecases/releaseworkflow.h"
#include "services/sandbox/github/githubsystem.h"
#include "services/sync/githubsync.h"
#include "support/synctestbench.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A day after the bench's clock, to tell a cursor written again from one left alone.
class DayLaterClock final : public Clock
{
public:
    explicit DayLaterClock(const Clock &base) : m_base(base) {}
    QDateTime now() const override { return m_base.now().addDays(1); }

private:
    const Clock &m_base;
};

} // namespace

class TestGitHubSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

    Sandbox::GitHubSystem &gitHub()
    {
        return *static_cast<Sandbox::GitHubSystem *>(
            m_bench->fixture().sandbox().system(s("github")));
    }

    QList<PeerReview> storedOf(const QString &key)
    {
        const auto stored = m_bench->store().peerReviewsOf({key});
        return stored ? stored.value() : QList<PeerReview>();
    }

    // An open task of the catalogue in `status`, not in any release.
    static const Sandbox::CatalogueTask *openTask(const char *status)
    {
        for (const auto &task : SyncTestBench::catalogue().tasks) {
            if (task.status == QLatin1String(status) && task.fixVersion.isEmpty())
                return &task;
        }
        return nullptr;
    }

    // The blockers of `key`'s release on its way to staging, as the desk sees them.
    QStringList gateOf(const QString &key)
    {
        ReleaseWorkflow workflow(m_bench->store(), m_bench->clients().clock());
        const auto created = workflow.createRelease(s("2099.1.%1").arg(++m_releases),
                                                    {{s("chs-orders-api"), s("9.9.9"), s("ECS")}},
                                                    {key}, s("alice.khan"));
        if (!created)
            return {created.error()};
        const auto facts = workflow.facts(created.value());
        return facts ? Lifecycle::unmergedChanges(facts.value()) : QStringList{facts.error()};
    }
    int m_releases = 0;

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void syncStoresEachTasksPullRequests()
    {
        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        const SystemSync &gitHubSync = result.system(RemoteSystem::GitHub);
        QVERIFY(gitHubSync.read > 0);
        for (const auto &task : SyncTestBench::catalogue().tasks) {
            const QList<PeerReview> reviews = storedOf(task.key);
            QCOMPARE(reviews.isEmpty(), task.status == u"To Do");
            if (!task.fixVersion.isEmpty())
                QCOMPARE(reviews.constFirst().state, ReviewState::Merged);
        }
        // Mixed states in the open work.
        const Sandbox::CatalogueTask *inReview = openTask("In Review");
        QVERIFY(inReview);
        const ReviewState state = storedOf(inReview->key).constFirst().state;
        QVERIFY(state == ReviewState::Approved || state == ReviewState::ChangesRequested);
    }

    void aLaterSyncRefreshesTheStates()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const Sandbox::CatalogueTask *task = openTask("In Progress");
        QVERIFY(task);
        PeerReview before = storedOf(task->key).constFirst();
        QCOMPARE(before.state, ReviewState::Open);

        QVERIFY(gitHub().review(before.repository, before.number, s("carla-smith"),
                                s("CHANGES_REQUESTED")));
        const SyncResult second = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(second));
        QCOMPARE(second.system(RemoteSystem::GitHub).changed, QStringList{task->key});
        QCOMPARE(storedOf(task->key).constFirst().state, ReviewState::ChangesRequested);
        QCOMPARE(storedOf(task->key).constFirst().changesRequestedBy,
                 QStringList{s("carla-smith")});

        QVERIFY(gitHub().merge(before.repository, before.number));
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(storedOf(task->key).constFirst().state, ReviewState::Merged);
        // Nothing changed: nothing reported.
        const SyncResult quiet = m_bench->syncAll();
        QVERIFY(quiet.system(RemoteSystem::GitHub).changed.isEmpty());
    }

    void theGateWaitsForTheMerge()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const Sandbox::CatalogueTask *task = openTask("In Progress");
        QVERIFY(task);
        const PeerReview review = storedOf(task->key).constFirst();
        QVERIFY(gitHub().review(review.repository, review.number, s("carla-smith"),
                                s("CHANGES_REQUESTED")));
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(gateOf(task->key),
                 QStringList{s("%1: its pull request %2 is not merged (changes requested by "
                               "carla-smith).")
                                 .arg(task->key, review.reference())});

        QVERIFY(gitHub().review(review.repository, review.number, s("carla-smith"), s("APPROVED")));
        QVERIFY(gitHub().merge(review.repository, review.number));
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(gateOf(task->key), QStringList());

        // A task nobody opened a pull request for waits too.
        const Sandbox::CatalogueTask *notStarted = openTask("To Do");
        QVERIFY(notStarted);
        QVERIFY(gateOf(notStarted->key).constFirst().contains(s("no pull request names it")));
    }

    void aDeskWithoutGitHubAsksForNoPullRequest()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const Sandbox::CatalogueTask *notStarted = openTask("To Do");
        QVERIFY(!gateOf(notStarted->key).isEmpty());

        ConnectionSettings withoutGitHub = m_bench->settings();
        withoutGitHub.gitHub = GitHubSettings();
        m_bench->reconnect(withoutGitHub);
        const SyncResult result = m_bench->syncAll();
        QCOMPARE(result.system(RemoteSystem::GitHub).outcome, SystemSync::Outcome::Skipped);
        QVERIFY(m_bench->store().peerReviews()->isEmpty());
        QCOMPARE(gateOf(notStarted->key), QStringList());
    }

    // forget() goes by the gate's rule: what the gate followed is forgotten
    // once, and a desk the gate never followed GitHub on has nothing to forget.
    void forgettingGitHubEndsWhatTheGateFollowed()
    {
        SqliteStore &store = m_bench->store();
        const Clock &clock = m_bench->clients().clock();
        const auto cursor = [&store] {
            return store.syncCursor(PeerReviews::cursorSource()).value();
        };
        QVERIFY(GitHubSync::forget(store, clock));
        QVERIFY(!cursor());

        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(followsPeerReview(store).value(), true);
        QVERIFY(!store.peerReviews()->isEmpty());
        QVERIFY(GitHubSync::forget(store, clock));
        QCOMPARE(followsPeerReview(store).value(), false);
        QVERIFY(store.peerReviews()->isEmpty());

        const std::optional<SyncCursor> forgotten = cursor();
        QVERIFY(forgotten);
        QVERIFY(GitHubSync::forget(store, DayLaterClock(clock)));
        QCOMPARE(cursor(), forgotten);
    }

    void aGitHubFailureFailsGitHubAlone()
    {
        m_bench->inject("github:/repos=status,status=500,times=20");
        const SyncResult result = m_bench->syncAll();
        const SystemSync &failed = result.system(RemoteSystem::GitHub);
        QCOMPARE(failed.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(failed.error.startsWith(s("GitHub ")), qPrintable(failed.error));
        QCOMPARE(result.system(RemoteSystem::Jira).outcome, SystemSync::Outcome::Synced);
    }
};

QTEST_GUILESS_MAIN(TestGitHubSync)
#include "tst_githubsync.moc"
