#include "models/usecases/releasecandidates.h"

#include "models/itemmodels/tablevalues.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

constexpr PipelineJob jobs[] = {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan,
                                PipelineJob::CidevApply};

// The latest build of `job` for `service`, and the latest that succeeded.
// Concourse build ids grow with every build, as Lifecycle's CI-Dev gate reads them.
struct Latest
{
    const PipelineBuild *any = nullptr;
    const PipelineBuild *succeeded = nullptr;
};

Latest latestOf(const QString &service, PipelineJob job, const QList<PipelineBuild> &builds)
{
    Latest latest;
    for (const PipelineBuild &build : builds) {
        if (build.service != service || build.job != job)
            continue;
        if (!latest.any || build.id > latest.any->id)
            latest.any = &build;
        if (build.status == BuildStatus::Succeeded &&
            (!latest.succeeded || build.id > latest.succeeded->id))
            latest.succeeded = &build;
    }
    return latest;
}

} // namespace

Result<ReleaseCandidates> ReleaseCandidates::read(const ReleaseStore &store)
{
    const auto changes = store.changes();
    if (!changes)
        return changes.failure();
    const auto builds = store.builds();
    if (!builds)
        return builds.failure();
    const auto services = store.services();
    if (!services)
        return services.failure();
    const auto releases = store.releases();
    if (!releases)
        return releases.failure();
    const auto peerReviews = store.peerReviews();
    if (!peerReviews)
        return peerReviews.failure();
    return ReleaseCandidates(changes.value(), builds.value(), services.value(), releases.value(),
                             peerReviews.value());
}

ReleaseCandidates::ReleaseCandidates(const QList<Change> &changes,
                                     const QList<PipelineBuild> &builds,
                                     const QList<Service> &catalogue,
                                     const QList<Release> &releases,
                                     const QList<PeerReview> &peerReviews)
{
    QHash<QString, QList<PeerReview>> reviewsOf;
    for (const PeerReview &review : peerReviews)
        reviewsOf[review.taskKey] << review;
    for (const Service &service : catalogue)
        m_deploymentTypes.insert(service.name, service.deploymentType);
    QHash<QString, QString> activeReleaseOf;
    for (const Release &release : releases) {
        m_releaseNames << release.name;
        if (isTerminal(release.stage))
            continue;
        for (const QString &key : release.taskKeys)
            activeReleaseOf.insert(key, release.name);
    }

    // What the pipelines say is the same for every task of a service: it is
    // worked out once per service, not once per task of 100,000.
    QHash<QString, CandidateTask> byService;
    const auto pipelinesOf = [&](const QString &service) -> const CandidateTask & {
        if (const auto known = byService.constFind(service); known != byService.cend())
            return *known;
        CandidateTask pipelines;
        for (PipelineJob job : jobs) {
            if (const PipelineBuild *build = latestOf(service, job, builds).any)
                pipelines.builds[int(job)] = *build;
        }
        const auto &apply = pipelines.build(PipelineJob::CidevApply);
        pipelines.reachedCiDev = apply && apply->status == BuildStatus::Succeeded;
        pipelines.version = versionOf(service, builds);
        return *byService.insert(service, pipelines);
    };

    m_tasks.reserve(changes.size());
    for (const Change &change : changes) {
        CandidateTask task = pipelinesOf(change.service);
        task.change = change;
        task.activeRelease = activeReleaseOf.value(change.key);
        task.peerReviews = reviewsOf.value(change.key);
        m_indexByKey.insert(change.key, m_tasks.size());
        m_tasks << task;
    }
}

const CandidateTask *ReleaseCandidates::task(const QString &key) const
{
    const auto found = m_indexByKey.constFind(key);
    return found == m_indexByKey.constEnd() ? nullptr : &m_tasks.at(*found);
}

QStringList ReleaseCandidates::fixVersions() const
{
    QSet<QString> seen;
    QStringList versions;
    for (const CandidateTask &task : m_tasks) {
        const QString &version = task.change.fixVersion;
        if (!version.isEmpty() && !seen.contains(version)) {
            seen.insert(version);
            versions << version;
        }
    }
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return TableValues::naturalCompare(a, b) < 0;
    });
    return versions;
}

QString ReleaseCandidates::versionOf(const QString &service, const QList<PipelineBuild> &builds)
{
    if (service.isEmpty())
        return {};
    if (const PipelineBuild *deployed =
            latestOf(service, PipelineJob::CidevApply, builds).succeeded;
        deployed && !deployed->version.isEmpty())
        return deployed->version;
    if (const PipelineBuild *built =
            latestOf(service, PipelineJob::DockerBuildEcr, builds).succeeded)
        return built->version;
    return {};
}

ReleasePlan ReleaseCandidates::plan(const QStringList &taskKeys) const
{
    ReleasePlan plan;
    QSet<QString> services;
    for (const QString &key : taskKeys) {
        const CandidateTask *candidate = task(key);
        if (!candidate) {
            plan.unknownTasks << key;
            continue;
        }
        const QString &service = candidate->change.service;
        if (service.isEmpty()) {
            plan.tasksWithoutService << key;
            continue;
        }
        if (services.contains(service))
            continue;
        services.insert(service);
        if (candidate->version.isEmpty())
            plan.servicesWithoutVersion << service;
        plan.services << ReleaseService{service, candidate->version,
                                        m_deploymentTypes.value(service)};
    }
    std::sort(plan.services.begin(), plan.services.end(),
              [](const ReleaseService &a, const ReleaseService &b) {
                  return TableValues::naturalCompare(a.service, b.service) < 0;
              });
    plan.servicesWithoutVersion.sort();
    return plan;
}

QString ReleaseCandidates::nameProblem(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A release needs a name.");
    // The workflow refuses a name that differs only in case; say so before Create.
    for (const QString &existing : m_releaseNames) {
        if (existing.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a release named %1.").arg(existing);
    }
    return {};
}

QStringList ReleaseCandidates::problems(const QString &name, const QStringList &taskKeys) const
{
    QStringList problems;
    if (const QString taken = nameProblem(name); !taken.isEmpty())
        problems << taken;
    if (taskKeys.isEmpty())
        problems << tr("Choose at least one task.");
    const ReleasePlan chosen = plan(taskKeys);
    if (!chosen.unknownTasks.isEmpty())
        problems << tr("Not in ReleaseDesk yet, sync first: %1.")
                        .arg(chosen.unknownTasks.join(QStringLiteral(", ")));
    // A task ships in one release at a time; the dialog does not offer it.
    for (const QString &key : taskKeys) {
        if (const CandidateTask *candidate = task(key); candidate && !candidate->selectable())
            problems << tr("%1 is already in release %2.").arg(key, candidate->activeRelease);
    }
    for (const QString &service : chosen.servicesWithoutVersion)
        problems << tr("The version of %1 cannot be told.").arg(service);
    return problems;
}

QString ReleaseCandidates::suggestName(const QStringList &existingNames, const QDate &today)
{
    const QString prefix = QStringLiteral("%1.%2.").arg(today.year()).arg(today.month());
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    int highest = 0;
    for (const QString &name : existingNames) {
        if (!name.startsWith(prefix))
            continue;
        const QString rest = name.mid(prefix.size());
        if (number.match(rest).hasMatch())
            highest = std::max(highest, rest.toInt());
    }
    return prefix + QString::number(highest + 1);
}

} // namespace ReleaseDesk
