#include "githubsync.h"

#include "models/lifecycle/peerreviewfollow.h"

namespace ReleaseDesk {

GitHubSync::GitHubSync(SyncRun &run, GitHubClient &client, QStringList projectKeys)
    : SyncStep(run, RemoteSystem::GitHub), m_client(client), m_projectKeys(std::move(projectKeys))
{}

void GitHubSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    // Steps answer from the event loop, never from within start().
    const auto failLater = [this, context](const QString &error) {
        QMetaObject::invokeMethod(
            context, [this, error] { fail(error); }, Qt::QueuedConnection);
    };
    if (m_projectKeys.isEmpty()) {
        failLater(tr("GitHub: peer review looks for the Jira project's task keys in the pull "
                     "requests; connect Jira with its project first."));
        return;
    }
    // A full sync reads every pull request's reviews again.
    QList<PeerReview> known;
    if (!m_run.full) {
        const auto stored = m_run.store.peerReviews();
        if (!stored) {
            failLater(stored.error());
            return;
        }
        known = stored.value();
    }
    progress(tr("pull requests"), 0);
    m_client.peerReviews(m_projectKeys, {}, known, context,
                         [this](const Result<QList<PeerReview>> &reviews) {
                             if (!reviews)
                                 return fail(reviews.error());
                             if (m_run.cancelled)
                                 return cancelled();
                             record(reviews.value());
                         });
}

void GitHubSync::record(const QList<PeerReview> &reviews)
{
    m_result.read = int(reviews.size());
    const auto changed = m_run.store.replacePeerReviews(reviews);
    if (!changed)
        return fail(changed.error());
    m_result.changed = changed.value();
    // From now on the release's gate asks for each task's merged change.
    const Status followed = m_run.store.saveSyncCursor(
        nextCursor(PeerReviews::cursorSource(), m_run.clock.now().toUTC().toString(Qt::ISODate)));
    if (!followed)
        return fail(followed.error());
    succeed();
}

Status GitHubSync::forget(ReleaseStore &store, const Clock &clock)
{
    // The gate's own rule, so that a desk forgets exactly what it gated on.
    const auto followed = followsPeerReview(store);
    if (!followed)
        return followed.failure();
    if (!followed.value())
        return success();
    const auto cleared = store.replacePeerReviews({});
    if (!cleared)
        return cleared.failure();
    return store.saveSyncCursor({PeerReviews::cursorSource(), QString(), clock.now()});
}

} // namespace ReleaseDesk
