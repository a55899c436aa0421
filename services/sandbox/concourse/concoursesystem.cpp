#include "services/sandbox/concourse/concoursesystem.h"

#include "services/sandbox/concourse/concourseauth.h"
#include "services/sandbox/concourse/concoursedata.h"
#include "services/sandbox/concourse/concourseseed.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace ReleaseDesk::Sandbox {

using namespace Concourse;

namespace {

QString externalUrl(const Request &request)
{
    const QByteArray host = request.header("host");
    return QStringLiteral("http://%1/concourse")
        .arg(host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host));
}

// Go's strconv.Atoi as the handlers use it: anything unparsable is 0.
qint64 atoi(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : 0;
}

// Concourse finds the team and the pipeline (404, empty) before it checks
// access (fetchPipelineByNameHandler wraps checkPipelineAccessHandler).
Response inPipeline(const Request &request, const Data &data,
                    const std::function<Response(const Pipeline &)> &handler)
{
    const QString team = request.param(QStringLiteral("team"));
    const Pipeline *pipeline = data.pipeline(team, request.param(QStringLiteral("pipeline")));
    if (!data.teams.contains(team) || !pipeline)
        return Response::empty(404);
    if (auto refused = refuseUnlessMember(request, data, team))
        return *refused;
    return handler(*pipeline);
}

// GET /api/v1/builds/{build}...: 400 for a bad id, 404 for an unknown one,
// then the access check on the build's team.
Response withBuild(const Request &request, const Data &data,
                   const std::function<Response(const Build &)> &handler)
{
    bool ok = false;
    const qint64 id = request.param(QStringLiteral("build")).toLongLong(&ok);
    if (!ok)
        return Response::empty(400);
    const auto found = data.builds.constFind(id);
    if (found == data.builds.cend())
        return Response::empty(404);
    if (auto refused = refuseUnlessMember(request, data, found->team))
        return *refused;
    return handler(*found);
}

Response listJobBuilds(const Request &request, const Data &data, const Pipeline &pipeline)
{
    const QString jobName = request.param(QStringLiteral("job"));
    if (!pipeline.job(jobName))
        return Response::empty(404);
    Page page;
    page.limit = atoi(request.queryValue(QStringLiteral("limit")));
    if (page.limit == 0)
        page.limit = 100;
    if (const QString from = request.queryValue(QStringLiteral("from")); !from.isEmpty())
        page.from = atoi(from);
    if (const QString to = request.queryValue(QStringLiteral("to")); !to.isEmpty())
        page.to = atoi(to);
    const PageResult result = pageBuilds(data.jobBuilds(pipeline.id, jobName), page);
    if (result.invalidRange)
        return Response::empty(404);

    QJsonArray builds;
    for (const Build *build : result.builds)
        builds.append(buildJson(*build));
    Response response = apiJson(QJsonDocument(builds));
    const QString base = QStringLiteral("%1/api/v1/teams/%2/pipelines/%3/jobs/%4/builds")
                             .arg(externalUrl(request), pipeline.team, pipeline.name, jobName);
    // Two Link headers, next first, as the real server adds them.
    if (result.olderTo) {
        response.headers.append({"Link", QStringLiteral("<%1?to=%2&limit=%3>; rel=\"next\"")
                                             .arg(base)
                                             .arg(*result.olderTo)
                                             .arg(page.limit)
                                             .toUtf8()});
    }
    if (result.newerFrom) {
        response.headers.append({"Link", QStringLiteral("<%1?from=%2&limit=%3>; rel=\"previous\"")
                                             .arg(base)
                                             .arg(*result.newerFrom)
                                             .arg(page.limit)
                                             .toUtf8()});
    }
    return response;
}

} // namespace

struct ConcourseSystem::State
{
    Data data;
    Conventions conventions;
    // Behind single sign-on there are no local users: fly logs in through
    // the browser, and the desk takes a token.
    bool singleSignOn = false;
    QString pastedToken; // the one the connection document hands out
};

ConcourseSystem::ConcourseSystem(const QJsonObject &conventions)
    : m_state(std::make_unique<State>())
{
    m_state->conventions = Conventions::fromJson(conventions);
    const QString signIn = conventions.value(QLatin1String("signIn")).toString();
    // fly may still log in with a password, as against LDAP behind dex.
    m_state->singleSignOn = signIn == u"token";
}
ConcourseSystem::~ConcourseSystem() = default;

void ConcourseSystem::addRoutes(Router &router)
{
    // dex serves the token endpoint for every method and refuses all but POST itself.
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET")}) {
        router.add(method, QStringLiteral("/sky/issuer/token"), [this](const Request &request) {
            // dex without a password connector knows no password grant.
            if (m_state->singleSignOn)
                return apiJson(
                    QJsonDocument(QJsonObject{
                        {QLatin1String("error"), QLatin1String("unsupported_grant_type")}}),
                    400);
            return login(request, m_state->data);
        });
    }

    router.add("GET", QStringLiteral("/api/v1/info"), [this](const Request &request) {
        if (auto refused = refuseBadToken(request, m_state->data))
            return *refused;
        return apiJson(QJsonDocument(
            QJsonObject{{QLatin1String("version"), QLatin1String("7.11.2")},
                        {QLatin1String("worker_version"), QLatin1String("2.5")},
                        {QLatin1String("external_url"), externalUrl(request)},
                        {QLatin1String("cluster_name"), QLatin1String("releasedesk-sandbox")}}));
    });

    // A token is checked first, when sent; without a role in the team one sees
    // its public pipelines only, and there are none here.
    router.add("GET", QStringLiteral("/api/v1/teams/{team}/pipelines"),
               [this](const Request &request) {
                   const Data &data = m_state->data;
                   if (auto refused = refuseBadToken(request, data))
                       return *refused;
                   const QString team = request.param(QStringLiteral("team"));
                   if (!data.teams.contains(team))
                       return Response::empty(404);
                   QJsonArray pipelines;
                   if (!refuseUnlessMember(request, data, team)) {
                       for (const Pipeline &pipeline : data.pipelines) {
                           if (pipeline.team == team)
                               pipelines.append(pipelineJson(pipeline));
                       }
                   }
                   return apiJson(QJsonDocument(pipelines));
               });

    const QString pipelinePath = QStringLiteral("/api/v1/teams/{team}/pipelines/{pipeline}");
    router.add("GET", pipelinePath, [this](const Request &request) {
        const Data &data = m_state->data;
        return inPipeline(request, data, [](const Pipeline &pipeline) {
            return apiJson(QJsonDocument(pipelineJson(pipeline)));
        });
    });
    router.add("GET", pipelinePath + QStringLiteral("/jobs"), [this](const Request &request) {
        const Data &data = m_state->data;
        return inPipeline(request, data, [&](const Pipeline &pipeline) {
            QJsonArray jobs;
            for (const Job &job : pipeline.jobs)
                jobs.append(jobJson(pipeline, job, data));
            return apiJson(QJsonDocument(jobs));
        });
    });
    router.add("GET", pipelinePath + QStringLiteral("/jobs/{job}"), [this](const Request &request) {
        const Data &data = m_state->data;
        return inPipeline(request, data, [&](const Pipeline &pipeline) {
            const Job *job = pipeline.job(request.param(QStringLiteral("job")));
            return job ? apiJson(QJsonDocument(jobJson(pipeline, *job, data)))
                       : Response::empty(404);
        });
    });
    router.add("GET", pipelinePath + QStringLiteral("/jobs/{job}/builds"),
               [this](const Request &request) {
                   const Data &data = m_state->data;
                   return inPipeline(request, data, [&](const Pipeline &pipeline) {
                       return listJobBuilds(request, data, pipeline);
                   });
               });
    router.add("GET", pipelinePath + QStringLiteral("/jobs/{job}/builds/{name}"),
               [this](const Request &request) {
                   const Data &data = m_state->data;
                   return inPipeline(request, data, [&](const Pipeline &pipeline) {
                       const QString job = request.param(QStringLiteral("job"));
                       for (const Build *build : data.jobBuilds(pipeline.id, job)) {
                           if (build->name == request.param(QStringLiteral("name")))
                               return apiJson(QJsonDocument(buildJson(*build)));
                       }
                       return Response::empty(404);
                   });
               });

    router.add("GET", QStringLiteral("/api/v1/builds/{build}"), [this](const Request &request) {
        const Data &data = m_state->data;
        return withBuild(request, data, [](const Build &build) {
            return apiJson(QJsonDocument(buildJson(build)));
        });
    });
    router.add("GET", QStringLiteral("/api/v1/builds/{build}/resources"),
               [this](const Request &request) {
                   const Data &data = m_state->data;
                   return withBuild(request, data, [&](const Build &build) {
                       return apiJson(QJsonDocument(buildResourcesJson(build, data)));
                   });
               });
}

// Concourse finds the route and the resource before it checks the token (an
// unknown pipeline is a 404 even without one, an unknown path too), so every
// handler checks access itself.
std::optional<Response> ConcourseSystem::checkAuth(const Request &) const
{
    return std::nullopt;
}

// Concourse's errors are bare statuses with a short text body: Go's own for
// unknown paths and methods, the message otherwise (injected faults).
Response ConcourseSystem::error(int status, const QString &message) const
{
    switch (status) {
    case 401:
        return notAuthorized();
    case 403:
        return forbidden();
    case 404:
        return Response::text("404 page not found\n", 404);
    case 405:
        return Response::text("Method Not Allowed\n", 405);
    default:
        return Response::text(message.toUtf8() + '\n', status);
    }
}

QJsonObject ConcourseSystem::connection(const QString &baseUrl) const
{
    if (m_state->singleSignOn) {
        // A token as `fly login` would have saved it, issued once for the
        // document: what a person would paste in.
        if (!m_state->data.tokens.contains(m_state->pastedToken))
            m_state->pastedToken = Concourse::issueToken(
                m_state->data, QDateTime::currentDateTimeUtc().addDays(1), false);
        return {{QLatin1String("url"), baseUrl},
                {QLatin1String("token"), m_state->pastedToken},
                {QLatin1String("team"), m_state->data.userTeam}};
    }
    return {{QLatin1String("url"), baseUrl},
            {QLatin1String("username"), userName()},
            {QLatin1String("password"), userPassword()},
            {QLatin1String("team"), m_state->data.userTeam}};
}

void ConcourseSystem::seed(const Catalogue &catalogue)
{
    m_state->data = seedData(catalogue, m_state->conventions);
}

QJsonObject ConcourseSystem::save() const
{
    return toJson(m_state->data);
}

void ConcourseSystem::load(const QJsonObject &state)
{
    m_state->data = dataFromJson(state);
}

qint64 ConcourseSystem::startBuild(const QString &pipelineName, const QString &jobName,
                                   const QString &version)
{
    Data &data = m_state->data;
    const Pipeline *pipeline = data.pipeline(data.userTeam, pipelineName);
    if (!pipeline || !pipeline->job(jobName))
        return 0;
    Build build;
    build.id = ++data.lastBuildId;
    build.team = pipeline->team;
    build.name = QString::number(data.jobBuilds(pipeline->id, jobName).size() + 1);
    build.status = QStringLiteral("pending");
    build.pipelineId = pipeline->id;
    build.pipelineName = pipeline->name;
    build.jobName = jobName;
    build.version = version;
    data.builds.insert(build.id, build);
    return build.id;
}

void ConcourseSystem::setBuildStatus(qint64 buildId, const QString &status)
{
    const auto found = m_state->data.builds.find(buildId);
    if (found == m_state->data.builds.end())
        return; // e.g. a state loaded while the build ran
    const QDateTime now = QDateTime::currentDateTimeUtc();
    found->status = status;
    if (status == QLatin1String("pending"))
        return;
    if (!found->startTime.isValid() && status != QLatin1String("aborted"))
        found->startTime = now;
    if (!found->isRunning())
        found->endTime = now;
}

QString ConcourseSystem::buildStatus(qint64 buildId) const
{
    return m_state->data.builds.value(buildId).status;
}

// The newest build-job build that has not failed, running ones included, so
// that merges in quick succession each get their own version.
QString ConcourseSystem::latestVersion(const QString &pipelineName) const
{
    const Data &data = m_state->data;
    const Pipeline *pipeline = data.pipeline(data.userTeam, pipelineName);
    if (!pipeline)
        return {};
    const QList<const Build *> builds = data.jobBuilds(pipeline->id, m_state->conventions.buildJob);
    for (auto it = builds.crbegin(); it != builds.crend(); ++it) {
        const QString &status = (*it)->status;
        if ((*it)->isRunning() || status == QLatin1String("succeeded"))
            return (*it)->version;
    }
    return {};
}

QString ConcourseSystem::pipelineOf(const QString &service) const
{
    return m_state->conventions.pipelineOf(service);
}

QStringList ConcourseSystem::serviceJobNames() const
{
    return m_state->conventions.serviceJobNames();
}

QString ConcourseSystem::issueToken(const QDateTime &expires, bool jwt)
{
    return Concourse::issueToken(m_state->data, expires, jwt);
}

} // namespace ReleaseDesk::Sandbox
