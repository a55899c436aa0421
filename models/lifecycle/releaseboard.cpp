#include "models/lifecycle/releaseboard.h"

#include "models/lifecycle/peerreviewfollow.h"
#include "models/ports/releasestore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

void keepLatest(QDateTime &latest, const QDateTime &candidate)
{
    if (candidate.isValid() && (!latest.isValid() || candidate > latest))
        latest = candidate;
}

QString versionKey(const QString &service, const QString &version)
{
    return service + u'\n' + version;
}

} // namespace

ReleaseBoard::ReleaseBoard(const ReleaseStore &store) : m_store(store) {}

Result<QList<ReleaseSummary>> ReleaseBoard::load()
{
    auto snapshot = read(m_store);
    if (!snapshot)
        return snapshot.failure();
    adopt(std::move(snapshot).value());
    return m_snapshot.summaries;
}

Result<BoardSnapshot> ReleaseBoard::read(const ReleaseStore &store)
{
    using Failure = Result<BoardSnapshot>;
    auto releases = store.releases();
    if (!releases)
        return Failure::failure(tr("Could not read the releases: %1").arg(releases.error()));
    auto results = store.testResults();
    if (!results)
        return Failure::failure(tr("Could not read the test results: %1").arg(results.error()));
    auto builds = store.builds();
    if (!builds)
        return Failure::failure(tr("Could not read the pipeline builds: %1").arg(builds.error()));

    // Everything is indexed, not only what the loaded releases refer to, so that
    // detail() can join a release created after this load.
    BoardSnapshot snapshot;
    for (const TestResult &result : results.value())
        snapshot.resultsByTask[result.taskKey] << result;
    for (const PipelineBuild &build : builds.value()) {
        snapshot.buildsByService[build.service] << build;
        snapshot.buildsByVersion[versionKey(build.service, build.version)] << build;
    }
    const auto followed = followsPeerReview(store);
    if (!followed)
        return Failure::failure(tr("Could not read the peer review: %1").arg(followed.error()));
    if (followed.value()) {
        const auto reviews = store.peerReviews();
        if (!reviews)
            return Failure::failure(tr("Could not read the peer review: %1").arg(reviews.error()));
        QHash<QString, QList<PeerReview>> byTask;
        for (const PeerReview &review : reviews.value())
            byTask[review.taskKey] << review;
        snapshot.reviewsByTask = std::move(byTask);
    }
    snapshot.summaries.reserve(releases->size());
    for (const Release &release : releases.value()) {
        snapshot.rowById.insert(release.id, snapshot.summaries.size());
        snapshot.summaries << summarize(factsFor(release, snapshot));
    }
    return snapshot;
}

ReleaseFacts ReleaseBoard::factsFor(const Release &release, const BoardSnapshot &snapshot)
{
    ReleaseFacts facts{release, {}, {}};
    // A task listed twice, or two entries of one service, must not double the facts.
    QSet<QString> seen;
    if (snapshot.reviewsByTask)
        facts.peerReviews.emplace();
    for (const QString &key : release.taskKeys) {
        if (!seen.contains(key)) {
            seen.insert(key);
            facts.results << snapshot.resultsByTask.value(key);
            if (facts.peerReviews)
                *facts.peerReviews << snapshot.reviewsByTask->value(key);
        }
    }
    // Only the builds of the version shipped count for the gate and the badges: a
    // service's whole history, joined to each of 2,000 releases, made the load
    // quadratic. A service named without a version still gets all of its builds.
    seen.clear();
    for (const ReleaseService &shipped : release.services) {
        const QString key = shipped.version.isEmpty()
                                ? shipped.service
                                : versionKey(shipped.service, shipped.version);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        facts.builds << (shipped.version.isEmpty() ? snapshot.buildsByService.value(shipped.service)
                                                   : snapshot.buildsByVersion.value(key));
    }
    return facts;
}

ReleaseSummary ReleaseBoard::summarize(const ReleaseFacts &facts)
{
    ReleaseSummary summary;
    summary.release = facts.release;
    summary.blockingGate = Lifecycle::blockingGate(facts);
    summary.ciDev = Lifecycle::tally(facts, Environment::CiDev);
    summary.staging = Lifecycle::tally(facts, Environment::Staging);
    summary.pipelines = pipelineBadges(facts);
    keepLatest(summary.lastActivity, facts.release.updated);
    keepLatest(summary.lastActivity, facts.release.stageChanged);
    const QSet<QString> taskKeys(facts.release.taskKeys.cbegin(), facts.release.taskKeys.cend());
    for (const TestResult &result : facts.results) {
        if (taskKeys.contains(result.taskKey))
            keepLatest(summary.lastActivity, result.at);
    }
    return summary;
}

QList<PipelineBadge> ReleaseBoard::pipelineBadges(const ReleaseFacts &facts)
{
    QList<PipelineBadge> badges;
    for (const ReleaseService &shipped : facts.release.services) {
        const bool seen = std::any_of(badges.cbegin(), badges.cend(), [&](const PipelineBadge &b) {
            return b.service == shipped.service;
        });
        if (seen)
            continue;
        PipelineBadge badge{shipped.service, shipped.version, {}};
        for (const PipelineBuild &build : facts.builds) {
            if (build.service != shipped.service ||
                (!shipped.version.isEmpty() && build.version != shipped.version))
                continue;
            // Concourse numbers builds in the order they start: the highest id is the latest.
            std::optional<PipelineBuild> &latest = badge.latest.at(std::size_t(build.job));
            if (!latest || build.id > latest->id)
                latest = build;
        }
        badges << badge;
    }
    return badges;
}

Result<ReleaseDetail> ReleaseBoard::detail(qint64 id) const
{
    using Failure = Result<ReleaseDetail>;
    Release release;
    if (const auto row = m_snapshot.rowById.constFind(id); row != m_snapshot.rowById.cend()) {
        release = m_snapshot.summaries.at(*row).release;
    } else {
        auto stored = m_store.release(id);
        if (!stored)
            return Failure::failure(
                tr("Could not read release %1: %2").arg(id).arg(stored.error()));
        release = std::move(stored).value();
    }
    auto trail = m_store.auditTrail(id);
    if (!trail) {
        return Failure::failure(
            tr("Could not read the history of release %1: %2").arg(release.name, trail.error()));
    }
    // Channel messages are filed under a release by name: that is all a Slack reply carries.
    const auto messages = m_store.channelMessages(release.name);
    if (!messages) {
        return Failure::failure(tr("Could not read the release channel of release %1: %2")
                                    .arg(release.name, messages.error()));
    }
    const auto outbox = m_store.releaseOutbox(id);
    if (!outbox) {
        return Failure::failure(
            tr("Could not read the outbox of release %1: %2").arg(release.name, outbox.error()));
    }
    const ReleaseFacts facts = factsFor(release, m_snapshot);
    return ReleaseDetail{summarize(facts), Lifecycle::gatesAhead(facts), trail.value(),
                         mergeTimeline(trail.value(), messages.value(), outbox.value())};
}

} // namespace ReleaseDesk
