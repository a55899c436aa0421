#pragma once

#include "models/ports/releasestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// One Jira task a new release could bundle, with where its service's
// pipeline stands. The pipeline is the service's: a task's own commit is not
// traced through the builds.
struct CandidateTask
{
    Change change;
    // The service's latest build of each job (by Concourse build id), in
    // PipelineJob order; nullopt when the job never ran.
    std::optional<PipelineBuild> builds[3];
    // The version a release would ship for the task's service; empty when
    // it cannot be told (see ReleaseCandidates::versionOf).
    QString version;
    // The service's latest cidev-apply succeeded: the code is in CI-Dev.
    bool reachedCiDev = false;
    // The unfinished release that already holds the task; empty when none.
    QString activeRelease;
    // The pull requests that name the task, where GitHub is connected.
    QList<PeerReview> peerReviews;

    bool selectable() const { return activeRelease.isEmpty(); }
    const std::optional<PipelineBuild> &build(PipelineJob job) const { return builds[int(job)]; }
};

// What a release made of some tasks would ship: each service once, with the
// version and deployment type it would be released at, and what could not
// be told.
struct ReleasePlan
{
    QList<ReleaseService> services;
    QStringList servicesWithoutVersion;
    QStringList tasksWithoutService;
    QStringList unknownTasks; // not among the candidates
};

// The tasks known to the store that a new release can bundle, read once from
// the store, and what follows from choosing some: the services and versions
// to ship, and a name for the release. Pure: the dialog and its tests share it.
class ReleaseCandidates
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseCandidates)

public:
    static Result<ReleaseCandidates> read(const ReleaseStore &store);
    ReleaseCandidates() = default;
    ReleaseCandidates(const QList<Change> &changes, const QList<PipelineBuild> &builds,
                      const QList<Service> &catalogue, const QList<Release> &releases,
                      const QList<PeerReview> &peerReviews = {});

    const QList<CandidateTask> &tasks() const { return m_tasks; }
    // nullptr for a key not among the candidates.
    const CandidateTask *task(const QString &key) const;
    // The fix versions the tasks carry, each once, in natural order.
    QStringList fixVersions() const;
    QStringList releaseNames() const { return m_releaseNames; }

    // The version a release ships for `service`: what its latest successful
    // cidev-apply deployed to CI-Dev, else what its latest successful
    // docker-build-ecr built (a failed build made no image to ship); empty
    // when neither ran, so that a version is never guessed.
    static QString versionOf(const QString &service, const QList<PipelineBuild> &builds);
    ReleasePlan plan(const QStringList &taskKeys) const;

    // Why `name` cannot name a new release ("taken", "empty"); empty when it can.
    QString nameProblem(const QString &name) const;
    // What keeps a release named `name` with `taskKeys` from being created, in
    // the order a person fixes them; empty when nothing does. The New release
    // dialog and `releasedesk-cli release create` ask the same question.
    QStringList problems(const QString &name, const QStringList &taskKeys) const;
    // "2026.11.4" when 2026.11.3 is the highest of November 2026: the next
    // free number of `today`'s month in the team's "year.month.n" scheme.
    static QString suggestName(const QStringList &existingNames, const QDate &today);

private:
    QList<CandidateTask> m_tasks;
    QHash<QString, qsizetype> m_indexByKey;
    QHash<QString, QString> m_deploymentTypes; // by service
    QStringList m_releaseNames;
};

} // namespace ReleaseDesk
