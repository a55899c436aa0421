#include "services/sandbox/concourse/concoursedata.h"

#include "services/sandbox/core/sandboxsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace ReleaseDesk::Sandbox::Concourse {
namespace {

QString hexHash(const QString &text, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), algorithm).toHex());
}

// A resource version as its resource type reports it. The digest and the
// commit are derived from the version so that they are stable across runs.
QJsonObject resourceVersion(const QString &type, const Build &build)
{
    if (type == QLatin1String("semver"))
        return {{QLatin1String("number"), build.version}};
    if (type == QLatin1String("git")) {
        return {{QLatin1String("ref"),
                 hexHash(build.pipelineName + u'@' + build.version, QCryptographicHash::Sha1)}};
    }
    return {{QLatin1String("tag"), build.version},
            {QLatin1String("digest"),
             QString(QStringLiteral("sha256:") + hexHash(build.pipelineName + u':' + build.version,
                                                         QCryptographicHash::Sha256))}};
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QJsonValue buildOrNull(const Build *build)
{
    return build ? QJsonValue(buildJson(*build)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jobToJson(const Job &job)
{
    QJsonArray inputs;
    for (const JobInput &input : job.inputs) {
        inputs.append(
            QJsonObject{{QLatin1String("name"), input.name},
                        {QLatin1String("resource"), input.resource},
                        {QLatin1String("trigger"), input.trigger},
                        {QLatin1String("passed"), QJsonArray::fromStringList(input.passed)}});
    }
    QJsonArray outputs;
    for (const JobOutput &output : job.outputs) {
        outputs.append(QJsonObject{{QLatin1String("name"), output.name},
                                   {QLatin1String("resource"), output.resource}});
    }
    return {{QLatin1String("id"), job.id},
            {QLatin1String("name"), job.name},
            {QLatin1String("inputs"), inputs},
            {QLatin1String("outputs"), outputs}};
}

Job jobFromJson(const QJsonObject &object)
{
    Job job;
    job.id = object.value(QLatin1String("id")).toInteger();
    job.name = object.value(QLatin1String("name")).toString();
    for (const QJsonValue &value : object.value(QLatin1String("inputs")).toArray()) {
        const QJsonObject input = value.toObject();
        job.inputs.append({input.value(QLatin1String("name")).toString(),
                           input.value(QLatin1String("resource")).toString(),
                           input.value(QLatin1String("trigger")).toBool(),
                           toStringList(input.value(QLatin1String("passed")))});
    }
    for (const QJsonValue &value : object.value(QLatin1String("outputs")).toArray()) {
        const QJsonObject output = value.toObject();
        job.outputs.append({output.value(QLatin1String("name")).toString(),
                            output.value(QLatin1String("resource")).toString()});
    }
    return job;
}

} // namespace

const Job *Pipeline::job(const QString &name) const
{
    const auto found =
        std::find_if(jobs.cbegin(), jobs.cend(), [&](const Job &job) { return job.name == name; });
    return found == jobs.cend() ? nullptr : &*found;
}

bool Build::isRunning() const
{
    return status == QLatin1String("pending") || status == QLatin1String("started");
}

const Pipeline *Data::pipeline(const QString &team, const QString &name) const
{
    for (const Pipeline &candidate : pipelines) {
        if (candidate.team == team && candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const Pipeline *Data::pipeline(qint64 id) const
{
    for (const Pipeline &candidate : pipelines) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<const Build *> Data::jobBuilds(qint64 pipelineId, const QString &job) const
{
    QList<const Build *> found;
    for (const Build &build : builds) {
        if (build.pipelineId == pipelineId && build.jobName == job)
            found.append(&build);
    }
    return found;
}

PageResult pageBuilds(const QList<const Build *> &oldestFirst, const Page &page)
{
    PageResult result;
    if (page.from && page.to && *page.from > *page.to) {
        result.invalidRange = true;
        return result;
    }
    const auto inRange = [&](const Build *build) {
        return (!page.from || build->id >= *page.from) && (!page.to || build->id <= *page.to);
    };
    QList<const Build *> matching;
    for (const Build *build : oldestFirst) {
        if (inRange(build))
            matching.append(build);
    }
    const qsizetype limit = page.limit < 0 ? matching.size() : qsizetype(page.limit);
    // Only `from` (and both) take the oldest matching builds; the rest the newest.
    const bool ascending = page.from.has_value();
    if (ascending) {
        result.builds = matching.first(qMin(limit, matching.size()));
        if (!page.to)
            std::reverse(result.builds.begin(), result.builds.end());
    } else {
        result.builds = matching.last(qMin(limit, matching.size()));
        std::reverse(result.builds.begin(), result.builds.end());
    }
    if (result.builds.isEmpty())
        return result;

    // The real server calls the first build of the page the newest and the
    // last the oldest, whatever the order, and links from them.
    const qint64 newest = result.builds.first()->id;
    const qint64 oldest = result.builds.last()->id;
    for (const Build *build : oldestFirst) {
        if (build->id < oldest)
            result.olderTo = build->id; // the greatest id below the page
        if (build->id > newest && !result.newerFrom)
            result.newerFrom = build->id; // the least id above it
    }
    return result;
}

QJsonObject buildJson(const Build &build)
{
    QJsonObject object{
        {QLatin1String("id"), build.id},
        {QLatin1String("team_name"), build.team},
        {QLatin1String("name"), build.name},
        {QLatin1String("status"), build.status},
        {QLatin1String("api_url"), QStringLiteral("/api/v1/builds/%1").arg(build.id)},
        {QLatin1String("job_name"), build.jobName},
        {QLatin1String("pipeline_id"), build.pipelineId},
        {QLatin1String("pipeline_name"), build.pipelineName}};
    if (build.startTime.isValid())
        object.insert(QLatin1String("start_time"), build.startTime.toSecsSinceEpoch());
    if (build.endTime.isValid())
        object.insert(QLatin1String("end_time"), build.endTime.toSecsSinceEpoch());
    return object;
}

QJsonObject jobJson(const Pipeline &pipeline, const Job &job, const Data &data)
{
    const QList<const Build *> builds = data.jobBuilds(pipeline.id, job.name);
    const Build *next = nullptr;     // the oldest build still running
    const Build *finished = nullptr; // the newest finished build
    for (const Build *build : builds) {
        if (build->isRunning() && !next)
            next = build;
        if (!build->isRunning())
            finished = build;
    }
    // The first build of the newest run of finished builds with one status.
    const Build *transition = nullptr;
    for (auto it = builds.crbegin(); finished && it != builds.crend(); ++it) {
        if ((*it)->isRunning())
            continue;
        if ((*it)->status != finished->status)
            break;
        transition = *it;
    }

    QJsonArray inputs;
    for (const JobInput &input : job.inputs) {
        QJsonObject object{{QLatin1String("name"), input.name},
                           {QLatin1String("resource"), input.resource},
                           {QLatin1String("trigger"), input.trigger}};
        if (!input.passed.isEmpty())
            object.insert(QLatin1String("passed"), QJsonArray::fromStringList(input.passed));
        inputs.append(object);
    }
    QJsonObject object{{QLatin1String("id"), job.id},
                       {QLatin1String("name"), job.name},
                       {QLatin1String("team_name"), pipeline.team},
                       {QLatin1String("pipeline_id"), pipeline.id},
                       {QLatin1String("pipeline_name"), pipeline.name},
                       {QLatin1String("next_build"), buildOrNull(next)},
                       {QLatin1String("finished_build"), buildOrNull(finished)},
                       {QLatin1String("inputs"), inputs}};
    if (transition)
        object.insert(QLatin1String("transition_build"), buildJson(*transition));
    // Go's omitempty drops a job's empty outputs, and false paused/has_new_inputs.
    if (!job.outputs.isEmpty()) {
        QJsonArray outputs;
        for (const JobOutput &output : job.outputs) {
            outputs.append(QJsonObject{{QLatin1String("name"), output.name},
                                       {QLatin1String("resource"), output.resource}});
        }
        object.insert(QLatin1String("outputs"), outputs);
    }
    return object;
}

QJsonObject pipelineJson(const Pipeline &pipeline)
{
    return {{QLatin1String("id"), pipeline.id},
            {QLatin1String("name"), pipeline.name},
            {QLatin1String("paused"), false},
            {QLatin1String("public"), false},
            {QLatin1String("archived"), false},
            {QLatin1String("team_name"), pipeline.team},
            {QLatin1String("last_updated"), pipeline.lastUpdated.toSecsSinceEpoch()}};
}

QJsonObject buildResourcesJson(const Build &build, const Data &data)
{
    QJsonArray inputs;
    QJsonArray outputs;
    const Pipeline *pipeline = data.pipeline(build.pipelineId);
    const Job *job = pipeline ? pipeline->job(build.jobName) : nullptr;
    if (job) {
        const QList<const Build *> earlier = data.jobBuilds(build.pipelineId, build.jobName);
        const bool first = std::none_of(earlier.cbegin(), earlier.cend(), [&](const Build *other) {
            return other->id < build.id && other->version == build.version;
        });
        for (const JobInput &input : job->inputs) {
            const QString type = pipeline->resourceTypes.value(input.resource);
            inputs.append(QJsonObject{{QLatin1String("name"), input.name},
                                      {QLatin1String("version"), resourceVersion(type, build)},
                                      {QLatin1String("pipeline_id"), build.pipelineId},
                                      {QLatin1String("first_occurrence"), first}});
        }
        // Outputs are put at the end of a build, so only a succeeded one has them.
        for (const JobOutput &output : job->outputs) {
            if (build.status != QLatin1String("succeeded"))
                break;
            const QString type = pipeline->resourceTypes.value(output.resource);
            outputs.append(QJsonObject{{QLatin1String("name"), output.name},
                                       {QLatin1String("version"), resourceVersion(type, build)}});
        }
    }
    return {{QLatin1String("inputs"), inputs}, {QLatin1String("outputs"), outputs}};
}

Response apiJson(const QJsonDocument &document, int status)
{
    Response response = Response::json(document, status);
    // Go's handlers set exactly this.
    response.setHeader("Content-Type", "application/json");
    return response;
}

QJsonObject toJson(const Data &data)
{
    QJsonArray pipelines;
    for (const Pipeline &pipeline : data.pipelines) {
        QJsonArray jobs;
        for (const Job &job : pipeline.jobs)
            jobs.append(jobToJson(job));
        QJsonObject resources;
        for (auto it = pipeline.resourceTypes.cbegin(); it != pipeline.resourceTypes.cend(); ++it)
            resources.insert(it.key(), it.value());
        pipelines.append(
            QJsonObject{{QLatin1String("id"), pipeline.id},
                        {QLatin1String("name"), pipeline.name},
                        {QLatin1String("team"), pipeline.team},
                        {QLatin1String("jobs"), jobs},
                        {QLatin1String("resources"), resources},
                        {QLatin1String("lastUpdated"), timeText(pipeline.lastUpdated)}});
    }
    QJsonArray builds;
    for (const Build &build : data.builds) {
        builds.append(QJsonObject{{QLatin1String("id"), build.id},
                                  {QLatin1String("team"), build.team},
                                  {QLatin1String("name"), build.name},
                                  {QLatin1String("status"), build.status},
                                  {QLatin1String("pipelineId"), build.pipelineId},
                                  {QLatin1String("pipelineName"), build.pipelineName},
                                  {QLatin1String("jobName"), build.jobName},
                                  {QLatin1String("startTime"), timeText(build.startTime)},
                                  {QLatin1String("endTime"), timeText(build.endTime)},
                                  {QLatin1String("version"), build.version}});
    }
    QJsonObject tokens;
    for (auto it = data.tokens.cbegin(); it != data.tokens.cend(); ++it) {
        tokens.insert(it.key(), QJsonObject{{QLatin1String("user"), it->user},
                                            {QLatin1String("expires"), timeText(it->expires)}});
    }
    return {{QLatin1String("teams"), QJsonArray::fromStringList(data.teams)},
            {QLatin1String("userTeam"), data.userTeam},
            {QLatin1String("pipelines"), pipelines},
            {QLatin1String("builds"), builds},
            {QLatin1String("tokens"), tokens},
            {QLatin1String("lastBuildId"), data.lastBuildId}};
}

Data dataFromJson(const QJsonObject &object)
{
    Data data;
    data.teams = toStringList(object.value(QLatin1String("teams")));
    data.userTeam = object.value(QLatin1String("userTeam")).toString();
    for (const QJsonValue &value : object.value(QLatin1String("pipelines")).toArray()) {
        const QJsonObject saved = value.toObject();
        Pipeline pipeline;
        pipeline.id = saved.value(QLatin1String("id")).toInteger();
        pipeline.name = saved.value(QLatin1String("name")).toString();
        pipeline.team = saved.value(QLatin1String("team")).toString();
        for (const QJsonValue &job : saved.value(QLatin1String("jobs")).toArray())
            pipeline.jobs.append(jobFromJson(job.toObject()));
        const QJsonObject resources = saved.value(QLatin1String("resources")).toObject();
        for (auto it = resources.begin(); it != resources.end(); ++it)
            pipeline.resourceTypes.insert(it.key(), it.value().toString());
        pipeline.lastUpdated = timeFrom(saved.value(QLatin1String("lastUpdated")));
        data.pipelines.append(pipeline);
    }
    for (const QJsonValue &value : object.value(QLatin1String("builds")).toArray()) {
        const QJsonObject saved = value.toObject();
        Build build;
        build.id = saved.value(QLatin1String("id")).toInteger();
        build.team = saved.value(QLatin1String("team")).toString();
        build.name = saved.value(QLatin1String("name")).toString();
        build.status = saved.value(QLatin1String("status")).toString();
        build.pipelineId = saved.value(QLatin1String("pipelineId")).toInteger();
        build.pipelineName = saved.value(QLatin1String("pipelineName")).toString();
        build.jobName = saved.value(QLatin1String("jobName")).toString();
        build.startTime = timeFrom(saved.value(QLatin1String("startTime")));
        build.endTime = timeFrom(saved.value(QLatin1String("endTime")));
        build.version = saved.value(QLatin1String("version")).toString();
        data.builds.insert(build.id, build);
    }
    const QJsonObject tokens = object.value(QLatin1String("tokens")).toObject();
    for (auto it = tokens.begin(); it != tokens.end(); ++it) {
        const QJsonObject token = it.value().toObject();
        data.tokens.insert(it.key(), {token.value(QLatin1String("user")).toString(),
                                      timeFrom(token.value(QLatin1String("expires")))});
    }
    data.lastBuildId = object.value(QLatin1String("lastBuildId")).toInteger();
    return data;
}

} // namespace ReleaseDesk::Sandbox::Concourse
