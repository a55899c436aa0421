#include "concourseclient.h"

#include "concoursesignin.h"

#include "services/http/urlrules.h"

#include <QUrlQuery>

#include <algorithm>

namespace ReleaseDesk {
namespace {

const QString systemName = QStringLiteral("Concourse");
// fly's public OAuth client, fly:Zmx5.
constexpr const char *flyClientAuthorization = "Basic Zmx5OlpteDU=";
// A token this close to its end is renewed first rather than sent to fail.
constexpr qint64 tokenMarginSeconds = 60;

void sortNewestFirst(QList<PipelineBuild> &builds)
{
    std::stable_sort(builds.begin(), builds.end(),
                     [](const PipelineBuild &a, const PipelineBuild &b) { return a.id > b.id; });
}

} // namespace

// One jobBuilds() call in progress, shared by its requests' callbacks.
struct ConcourseClient::JobFetch
{
    QString service;
    QString pipeline;
    PipelineJob job = PipelineJob::DockerBuildEcr;
    qint64 since = 0;
    Progress progress;
    QPointer<QObject> context;
    Done<QList<PipelineBuild>> done;

    QList<PipelineBuild> builds;
    int pages = 0;
    qsizetype nextVersion = 0; // the next build whose version to ask for
    int inFlight = 0;
    bool finished = false;

    void finish(const Result<QList<PipelineBuild>> &result)
    {
        if (finished)
            return;
        finished = true;
        done(result);
    }
};

ConcourseClient::ConcourseClient(HttpClient &http, const Clock &clock,
                                 ConcourseConnection connection)
    : m_http(http), m_clock(clock), m_connection(std::move(connection)),
      m_alive(std::make_unique<QObject>())
{
    if (m_connection.signIn != ConcourseSignIn::Fly ||
        (!m_connection.baseUrl.isEmpty() && !m_connection.team.isEmpty()))
        return;
    // A target that cannot be read now is reported at each sign-in.
    if (const auto target = ConcourseSignInToken::flyTarget(m_connection)) {
        if (m_connection.baseUrl.isEmpty())
            m_connection.baseUrl = QUrl(target->api);
        if (m_connection.team.isEmpty())
            m_connection.team = target->team;
    }
}

ConcourseClient::~ConcourseClient() = default;

QUrl ConcourseClient::apiUrl(const QString &path) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

HttpRequest ConcourseClient::request(const QString &endpoint, const QUrl &url) const
{
    HttpRequest request;
    request.system = systemName;
    request.endpoint = endpoint;
    request.url = url;
    return request;
}

Error ConcourseClient::failure(const HttpResponse &response) const
{
    const QString said = ConcourseParse::serverErrorText(response.body);
    if (said.isEmpty() || response.error.kind == ErrorKind::Malformed)
        return response.error;
    return response.error.withMessage(
        tr("%1 Concourse said: %2").arg(response.error.message, said));
}

void ConcourseClient::takeToken(QObject *context, std::function<void(const Token &)> done)
{
    const auto bearer = ConcourseSignInToken::read(m_connection, m_clock.now());
    if (!bearer) {
        QPointer<QObject> alive = m_alive.get();
        // Answered later, as a login would be.
        QMetaObject::invokeMethod(
            context,
            [alive, done, failure = bearer.failure()] {
                if (alive)
                    done(failure);
            },
            Qt::QueuedConnection);
        return;
    }
    m_token = bearer->token;
    // An opaque token tells no end: used until refused.
    m_tokenExpires = bearer->expires.isValid() ? bearer->expires : QDateTime();
    done(m_token);
}

void ConcourseClient::login(QObject *context, std::function<void(const Token &)> done)
{
    if (m_connection.signIn != ConcourseSignIn::Password)
        return takeToken(context, std::move(done));
    HttpRequest login = request(tr("login"), apiUrl(QStringLiteral("/sky/issuer/token")));
    login.method = "POST";
    login.headers = {{"Authorization", flyClientAuthorization},
                     {"Content-Type", "application/x-www-form-urlencoded"}};
    // Percent-encoded in full, so that a password's '&', '+' or '=' cannot split the form.
    login.body = "grant_type=password&username=" + QUrl::toPercentEncoding(m_connection.username) +
                 "&password=" + QUrl::toPercentEncoding(m_connection.password) +
                 "&scope=openid+profile+email+federated%3Aid+groups";
    login.retry = RetryPolicy::Idempotent; // a second token does no harm
    QPointer<QObject> alive = m_alive.get();
    m_http.send(std::move(login), context, [this, alive, done](const HttpResponse &response) {
        if (!alive)
            return;
        if (!response.ok())
            return done(Token::failure(failure(response)));
        const auto token = ConcourseParse::token(response.json);
        if (!token)
            return done(token.failure());
        m_token = token->accessToken;
        m_tokenExpires = m_clock.now().addSecs(token->expiresInSeconds);
        done(m_token);
    });
}

void ConcourseClient::withToken(QObject *context, std::function<void(const Token &)> done)
{
    if (!m_token.isEmpty() && m_clock.now().addSecs(tokenMarginSeconds) < m_tokenExpires)
        return done(m_token);
    // A token that tells no end is used until refused.
    if (!m_token.isEmpty() && !m_tokenExpires.isValid())
        return done(m_token);
    m_token.clear();
    login(context, std::move(done));
}

void ConcourseClient::sendAuthorized(HttpRequest request, QObject *context, HttpClient::Done done,
                                     bool retried)
{
    withToken(context, [this, request, context, done, retried](const Token &token) mutable {
        if (!token) {
            HttpResponse refused;
            refused.error = token.failure();
            return done(refused);
        }
        HttpRequest authorized = request;
        authorized.headers.append({"Authorization", "Bearer " + token.value().toUtf8()});
        QPointer<QObject> alive = m_alive.get();
        m_http.send(std::move(authorized), context,
                    [this, alive, request, context, done, retried,
                     sent = token.value()](const HttpResponse &response) {
                        if (!alive)
                            return;
                        if (response.status == 401 && !retried) {
                            // The server forgot the token (a restart, a shorter
                            // --auth-duration): log in once more; fly's token
                            // is read again, renewed perhaps meanwhile.
                            if (m_token == sent)
                                m_token.clear();
                            return sendAuthorized(request, context, done, true);
                        }
                        if (response.status == 401 &&
                            m_connection.signIn != ConcourseSignIn::Password) {
                            HttpResponse refused = response;
                            // Its "not authorized" adds nothing to the advice.
                            refused.body.clear();
                            refused.error = response.error.withMessage(
                                ConcourseSignInToken::expired(m_connection).message);
                            return done(refused);
                        }
                        done(response);
                    });
    });
}

void ConcourseClient::checkCredentials(QObject *context, Done<QString> done)
{
    QPointer<QObject> alive = m_alive.get();
    // Always a fresh login: the point is to check the password as typed.
    m_token.clear();
    const auto answer = [this, done](const HttpResponse &response) {
        if (!response.ok())
            return done(Result<QString>::failure(failure(response)));
        done(ConcourseParse::serverVersion(response.json));
    };
    // A token is checked by sending it; a password by the login itself.
    if (m_connection.signIn != ConcourseSignIn::Password)
        return sendAuthorized(request(tr("info"), apiUrl(QStringLiteral("/api/v1/info"))), context,
                              answer);
    login(context, [this, alive, context, answer, done](const Token &token) {
        if (!token)
            return done(token.failure());
        m_http.send(request(tr("info"), apiUrl(QStringLiteral("/api/v1/info"))), context,
                    [alive, answer](const HttpResponse &response) {
                        if (alive)
                            answer(response);
                    });
    });
}

void ConcourseClient::pipelines(QObject *context, Done<QStringList> done)
{
    const QUrl url =
        apiUrl(QStringLiteral("/api/v1/teams/%1/pipelines")
                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_connection.team))));
    // Concourse answers a request without a token with the public pipelines
    // only, so it is always sent with one. sendAuthorized() calls back only
    // while the client lives.
    sendAuthorized(request(tr("pipelines"), url), context,
                   [this, done](const HttpResponse &response) {
                       if (!response.ok())
                           return done(Result<QStringList>::failure(failure(response)));
                       done(ConcourseParse::pipelineNames(response.json));
                   });
}

void ConcourseClient::jobs(const QString &pipeline, QObject *context,
                           Done<QList<ConcourseJob>> done)
{
    const QUrl url = apiUrl(QStringLiteral("/api/v1/teams/%1/pipelines/%2/jobs")
                                .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_connection.team)),
                                     QString::fromUtf8(QUrl::toPercentEncoding(pipeline))));
    sendAuthorized(request(tr("jobs"), url), context, [this, done](const HttpResponse &response) {
        if (!response.ok())
            return done(Result<QList<ConcourseJob>>::failure(failure(response)));
        done(ConcourseParse::jobs(response.json));
    });
}

void ConcourseClient::jobBuilds(const QString &service, const QString &pipeline, PipelineJob job,
                                qint64 sinceBuildId, Progress progress, QObject *context,
                                Done<QList<PipelineBuild>> done)
{
    auto fetch = std::make_shared<JobFetch>();
    fetch->service = service;
    fetch->pipeline = pipeline;
    fetch->job = job;
    fetch->since = sinceBuildId;
    fetch->progress = std::move(progress);
    fetch->context = context;
    fetch->done = std::move(done);
    QUrl first = apiUrl(QStringLiteral("/api/v1/teams/%1/pipelines/%2/jobs/%3/builds")
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_connection.team)),
                                 QString::fromUtf8(QUrl::toPercentEncoding(pipeline)),
                                 QString::fromUtf8(QUrl::toPercentEncoding(
                                     m_connection.conventions.jobName(job)))));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_connection.pageLimit));
    first.setQuery(query);
    fetchPage(fetch, first);
}

void ConcourseClient::fetchPage(std::shared_ptr<JobFetch> fetch, const QUrl &url)
{
    ++fetch->pages;
    HttpRequest page = request(tr("builds"), url);
    sendAuthorized(
        std::move(page), fetch->context, [this, fetch, url](const HttpResponse &response) {
            if (!response.ok())
                return fetch->finish(Result<QList<PipelineBuild>>::failure(failure(response)));
            const auto builds =
                ConcourseParse::builds(response.json, fetch->service, m_connection.conventions);
            if (!builds)
                return fetch->finish(builds.failure());
            bool reachedKnown = false;
            for (const PipelineBuild &build : builds.value()) {
                if (build.id <= fetch->since) {
                    reachedKnown = true;
                    continue;
                }
                fetch->builds.append(build);
            }
            if (fetch->progress)
                fetch->progress(int(fetch->builds.size()));
            const QUrl next = ConcourseParse::nextPage(response.headers, url);
            if (reachedKnown || next.isEmpty() || builds->isEmpty())
                return fetchVersions(fetch);
            // The token goes with every page, so a page elsewhere is not asked for.
            if (!UrlRules::sameOrigin(next, m_connection.baseUrl)) {
                return fetch->finish(Result<QList<PipelineBuild>>::failure(
                    tr("Concourse builds: the server gave the next page at %1, not at %2 where the "
                       "connection points; stopped rather than send the credentials there.")
                        .arg(UrlRules::origin(next), UrlRules::origin(m_connection.baseUrl))));
            }
            if (fetch->pages >= maxPages) {
                return fetch->finish(Result<QList<PipelineBuild>>::failure(
                    tr("Concourse builds: %1 has more than %n pages of builds; stopped reading.",
                       nullptr, maxPages)
                        .arg(fetch->pipeline + u'/' +
                             m_connection.conventions.jobName(fetch->job))));
            }
            fetchPage(fetch, next);
        });
}

void ConcourseClient::fetchVersions(std::shared_ptr<JobFetch> fetch)
{
    if (fetch->finished)
        return;
    if (fetch->nextVersion >= fetch->builds.size() && fetch->inFlight == 0) {
        sortNewestFirst(fetch->builds);
        return fetch->finish(fetch->builds);
    }
    while (fetch->inFlight < versionConcurrency && fetch->nextVersion < fetch->builds.size()) {
        const qsizetype index = fetch->nextVersion++;
        ++fetch->inFlight;
        const QUrl url =
            apiUrl(QStringLiteral("/api/v1/builds/%1/resources").arg(fetch->builds.at(index).id));
        sendAuthorized(request(tr("build resources"), url), fetch->context,
                       [this, fetch, index](const HttpResponse &response) {
                           --fetch->inFlight;
                           if (!response.ok()) {
                               return fetch->finish(
                                   Result<QList<PipelineBuild>>::failure(failure(response)));
                           }
                           const auto version = ConcourseParse::buildVersion(
                               response.json, m_connection.conventions.versionResource);
                           if (!version) {
                               return fetch->finish(version.failure());
                           }
                           fetch->builds[index].version = version.value();
                           fetchVersions(fetch);
                       });
    }
}

void ConcourseClient::pipelineBuilds(const QString &service, const QString &pipeline,
                                     qint64 sinceBuildId, QObject *context,
                                     Done<QList<PipelineBuild>> done)
{
    // The jobs one after another: each already runs four requests at a time.
    static const QList<PipelineJob> jobs{PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan,
                                         PipelineJob::CidevApply};
    auto all = std::make_shared<QList<PipelineBuild>>();
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    QPointer<QObject> alive = m_alive.get();
    *step = [this, alive, service, pipeline, sinceBuildId, context, done, all,
             weakStep = std::weak_ptr(step)](qsizetype index) {
        if (index == jobs.size()) {
            sortNewestFirst(*all);
            return done(*all);
        }
        jobBuilds(service, pipeline, jobs.at(index), sinceBuildId, {}, context,
                  [alive, done, all, next = weakStep.lock(),
                   index](const Result<QList<PipelineBuild>> &builds) {
                      if (!alive)
                          return;
                      if (!builds)
                          return done(builds);
                      all->append(builds.value());
                      (*next)(index + 1);
                  });
    };
    // Each job's callback holds the chain, which holds itself only weakly: no cycle.
    (*step)(0);
}

} // namespace ReleaseDesk
