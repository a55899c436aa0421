#pragma once

#include "services/sandbox/core/exchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox Concourse's state, its wire forms and its build paging, apart
// from the HTTP handlers in concoursesystem.cpp.

namespace ReleaseDesk::Sandbox::Concourse {

struct JobInput
{
    QString name;
    QString resource;
    bool trigger = false;
    QStringList passed; // jobs a version must have passed first
};

struct JobOutput
{
    QString name;
    QString resource;
};

struct Job
{
    qint64 id = 0;
    QString name;
    QList<JobInput> inputs;
    QList<JobOutput> outputs;
};

struct Pipeline
{
    qint64 id = 0;
    QString name;
    QString team;
    QList<Job> jobs;
    QHash<QString, QString> resourceTypes; // resource name -> "git", "registry-image"
    QDateTime lastUpdated;

    const Job *job(const QString &name) const;
};

struct Build
{
    qint64 id = 0;
    QString team;
    QString name;   // counts per job: "1", "2", ...
    QString status; // pending started succeeded failed errored aborted
    qint64 pipelineId = 0;
    QString pipelineName;
    QString jobName;
    QDateTime startTime; // invalid until started
    QDateTime endTime;   // invalid until finished
    // The image tag the build builds or deploys. Real Concourse keeps it in
    // the build's resource versions, which is where the API shows it.
    QString version;

    bool isRunning() const;
};

// An access token issued at /sky/issuer/token.
struct Token
{
    QString user;
    QDateTime expires;
};

struct Data
{
    QStringList teams; // every team on the server
    QString userTeam;  // the one team the sandbox user belongs to
    QList<Pipeline> pipelines;
    QMap<qint64, Build> builds; // by id, so oldest first
    QHash<QString, Token> tokens;
    qint64 lastBuildId = 0;

    const Pipeline *pipeline(const QString &team, const QString &name) const;
    const Pipeline *pipeline(qint64 id) const;
    // A job's builds, oldest first.
    QList<const Build *> jobBuilds(qint64 pipelineId, const QString &job) const;
};

// One page of a job's builds, with the ids that Concourse's Link headers
// carry. Mirrors atc/db getBuildsWithPagination: `to` and `from` are
// inclusive; with neither or only `to` the newest come first; with only
// `from` the page is the `limit` builds from `from` upwards, newest first;
// with both the range comes oldest first (as the real server returns it).
struct Page
{
    std::optional<qint64> from;
    std::optional<qint64> to;
    qint64 limit = 100; // negative: no limit, as the real server's SQL cast gives
};

struct PageResult
{
    QList<const Build *> builds;
    std::optional<qint64> olderTo;   // rel="next": ?to=<id>
    std::optional<qint64> newerFrom; // rel="previous": ?from=<id>
    bool invalidRange = false;       // from > to; the server answers 404
};

PageResult pageBuilds(const QList<const Build *> &oldestFirst, const Page &page);

// The JSON Concourse's API presents (atc.Build, atc.Job, atc.Pipeline,
// atc.BuildInputsOutputs).
QJsonObject buildJson(const Build &build);
QJsonObject jobJson(const Pipeline &pipeline, const Job &job, const Data &data);
QJsonObject pipelineJson(const Pipeline &pipeline);
QJsonObject buildResourcesJson(const Build &build, const Data &data);

// A JSON answer as Concourse's Go handlers send it: Content-Type exactly
// "application/json".
Response apiJson(const QJsonDocument &document, int status = 200);

// The state, for save() and load().
QJsonObject toJson(const Data &data);
Data dataFromJson(const QJsonObject &object);

} // namespace ReleaseDesk::Sandbox::Concourse
