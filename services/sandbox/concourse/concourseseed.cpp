#include "services/sandbox/concourse/concourseseed.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ReleaseDesk::Sandbox::Concourse {
namespace {

const QString succeeded = QStringLiteral("succeeded");

// A build of the history before it has an id and a name.
struct Planned
{
    qsizetype pipeline = 0; // index into Data::pipelines
    QString job;
    QString version;
    QString status;
    QDateTime start;
    QDateTime end;
};

// A stable number from the catalogue's content (its seed is not part of it),
// so that the same history always gets the same failed builds.
quint32 fingerprint(const Catalogue &catalogue)
{
    quint32 hash = 2166136261u; // FNV-1a
    const auto add = [&](const QString &text) {
        for (const char byte : text.toUtf8()) {
            hash ^= quint8(byte);
            hash *= 16777619u;
        }
    };
    for (const CatalogueTask &task : catalogue.tasks)
        add(task.key + task.summary);
    for (const CatalogueRelease &release : catalogue.releases)
        add(release.name);
    return hash;
}

Pipeline servicePipeline(qint64 id, const QString &name, const QString &team,
                         const Conventions &conventions, qint64 &lastJobId)
{
    Pipeline pipeline;
    pipeline.id = id;
    pipeline.name = name;
    pipeline.team = team;
    const QString source = QStringLiteral("source");
    const QString &version = conventions.versionResource;
    const QString image = QStringLiteral("image");
    const QString &dockerBuild = conventions.buildJob;
    const QString &plan = conventions.planJob;
    pipeline.resourceTypes = {{source, QStringLiteral("git")},
                              {version, QStringLiteral("semver")},
                              {image, QStringLiteral("registry-image")}};
    // The version to build comes from a semver resource, so that even a
    // failed build shows which version it was building.
    pipeline.jobs = {
        {++lastJobId,
         dockerBuild,
         {{source, source, true, {}}, {version, version, false, {}}},
         {{image, image}}},
        {++lastJobId,
         plan,
         {{image, image, true, {dockerBuild}}, {source, source, false, {dockerBuild}}},
         {}},
        {++lastJobId,
         conventions.applyJob,
         {{image, image, true, {plan}}, {source, source, false, {plan}}},
         {}},
    };
    return pipeline;
}

// One version through the three jobs. Now and then a job fails first and is
// re-run after a fix, as a team's real history has it.
void planChain(QList<Planned> &planned, qsizetype pipeline, const QString &version, QDateTime start,
               const QStringList &jobs, QRandomGenerator &random)
{
    // Seconds, least and spread, of the build, plan and apply jobs.
    static const std::pair<int, int> durations[] = {{300, 240}, {90, 90}, {180, 180}};
    QDateTime at = start;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QString &job = jobs.at(i);
        const auto [least, spread] = durations[i];
        if (random.bounded(100) < 12) {
            const QDateTime end = at.addSecs(least / 2 + random.bounded(spread));
            planned.append({pipeline, job, version, QStringLiteral("failed"), at, end});
            at = end.addSecs(900 + random.bounded(1500));
        }
        const QDateTime end = at.addSecs(least + random.bounded(spread));
        planned.append({pipeline, job, version, succeeded, at, end});
        at = end.addSecs(20 + random.bounded(40));
    }
}

// Each version a service had: what ran in Live before the history began (if
// no release of the history replaced it), then each release's, oldest first.
QList<std::pair<QString, QDateTime>> serviceVersions(const Catalogue &catalogue,
                                                     const CatalogueService &service,
                                                     const QDateTime &historyStart)
{
    QList<std::pair<QString, QDateTime>> versions;
    for (const CatalogueRelease &release : catalogue.releases) {
        for (qsizetype i = 0; i < release.services.size(); ++i) {
            // Merged and built the day before the release was drafted.
            if (release.services.at(i).first == service.name)
                versions.append({release.services.at(i).second,
                                 release.started.addSecs(-20 * 3600 + i * 3000)});
        }
    }
    const bool liveShipped = std::any_of(versions.cbegin(), versions.cend(), [&](const auto &v) {
        return v.first == service.liveVersion;
    });
    if (!liveShipped)
        versions.prepend({service.liveVersion, historyStart.addSecs(10 * 3600)});
    return versions;
}

// The platform team's weekly base image, in team "main": a pipeline the
// sandbox user may not see.
void planBaseImages(Data &data, QList<Planned> &planned, qint64 &lastJobId,
                    const QDateTime &historyStart, const QDateTime &now)
{
    Pipeline pipeline;
    pipeline.id = data.pipelines.size() + 1;
    pipeline.name = QStringLiteral("base-images");
    pipeline.team = QStringLiteral("main");
    pipeline.lastUpdated = historyStart.addDays(-1);
    const QString source = QStringLiteral("base-image-source");
    const QString image = QStringLiteral("base-image");
    pipeline.resourceTypes = {{source, QStringLiteral("git")},
                              {image, QStringLiteral("registry-image")}};
    pipeline.jobs = {{++lastJobId,
                      QStringLiteral("build-base-image"),
                      {{source, source, true, {}}},
                      {{image, image}}}};
    data.pipelines.append(pipeline);
    for (QDateTime at = QDateTime(historyStart.date(), QTime(2, 0), Qt::UTC); at < now;
         at = at.addDays(7)) {
        planned.append({data.pipelines.size() - 1, pipeline.jobs.first().name,
                        at.toString(QStringLiteral("yyyy.MM.dd")), succeeded, at, at.addSecs(720)});
    }
}

} // namespace

Conventions Conventions::fromJson(const QJsonObject &object)
{
    Conventions conventions;
    const auto text = [&](QLatin1String key, QString &into) {
        if (object.value(key).isString())
            into = object.value(key).toString();
    };
    text(QLatin1String("buildJob"), conventions.buildJob);
    text(QLatin1String("planJob"), conventions.planJob);
    text(QLatin1String("applyJob"), conventions.applyJob);
    text(QLatin1String("versionResource"), conventions.versionResource);
    const QJsonObject services = object.value(QLatin1String("pipelineServices")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it)
        conventions.pipelineServices.insert(it.key(), it.value().toString());
    return conventions;
}

QString Conventions::pipelineOf(const QString &service) const
{
    return pipelineServices.key(service, service);
}

QStringList Conventions::serviceJobNames() const
{
    return {buildJob, planJob, applyJob};
}

Data seedData(const Catalogue &catalogue, const Conventions &conventions)
{
    Data data;
    data.teams = {QStringLiteral("main"), catalogue.team};
    data.userTeam = catalogue.team;
    const QDateTime historyStart = catalogue.releases.isEmpty()
                                       ? catalogue.now.addDays(-30)
                                       : catalogue.releases.first().started.addDays(-3);
    qint64 lastJobId = 0;
    for (const CatalogueService &service : catalogue.services) {
        Pipeline pipeline =
            servicePipeline(data.pipelines.size() + 1, conventions.pipelineOf(service.name),
                            catalogue.team, conventions, lastJobId);
        pipeline.lastUpdated = historyStart.addDays(-1);
        data.pipelines.append(pipeline);
    }

    QList<Planned> planned;
    QRandomGenerator random(fingerprint(catalogue));
    for (qsizetype i = 0; i < catalogue.services.size(); ++i) {
        const auto versions = serviceVersions(catalogue, catalogue.services.at(i), historyStart);
        for (const auto &[version, start] : versions)
            planChain(planned, i, version, start, conventions.serviceJobNames(), random);
    }
    planBaseImages(data, planned, lastJobId, historyStart, catalogue.now);

    // Build ids grow with time across the whole server; names count per job.
    std::stable_sort(planned.begin(), planned.end(),
                     [](const Planned &a, const Planned &b) { return a.start < b.start; });
    QHash<QString, int> perJob;
    for (const Planned &plannedBuild : std::as_const(planned)) {
        const Pipeline &pipeline = data.pipelines.at(plannedBuild.pipeline);
        Build build;
        build.id = ++data.lastBuildId;
        build.team = pipeline.team;
        build.pipelineId = pipeline.id;
        build.pipelineName = pipeline.name;
        build.jobName = plannedBuild.job;
        build.name = QString::number(++perJob[build.pipelineName + u'/' + build.jobName]);
        build.status = plannedBuild.status;
        build.startTime = plannedBuild.start;
        build.endTime = plannedBuild.end;
        build.version = plannedBuild.version;
        data.builds.insert(build.id, build);
    }
    return data;
}

} // namespace ReleaseDesk::Sandbox::Concourse
