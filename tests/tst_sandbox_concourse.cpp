#include "support/sandboxfixture.h"

#include "services/sandbox/catalogue.h"
#include "services/sandbox/concoursesystem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using ReleaseDesk::Testing::SandboxFixture;

namespace {

const QByteArray flyClient = "Basic Zmx5OlpteDU=";
const QByteArray formType = "application/x-www-form-urlencoded";
const QByteArray flyForm = "grant_type=password&username=releasedesk&password=sandbox-concourse"
                           "&scope=openid+profile+email+federated%3Aid+groups";
const QString jobsPath = QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api/jobs");

QList<qint64> idsOf(const QJsonArray &builds)
{
    QList<qint64> ids;
    for (const QJsonValue &build : builds)
        ids << build[QLatin1String("id")].toInteger();
    return ids;
}

// The URL of a Link relation; Link may come as one header or several.
QString linkOf(const SandboxFixture::Reply &reply, const QString &rel)
{
    static const QRegularExpression link(QStringLiteral("<([^>]*)>;\\s*rel=\"([a-z]+)\""));
    for (const auto &[name, value] : reply.headers) {
        if (name.compare("Link", Qt::CaseInsensitive) != 0)
            continue;
        for (auto it = link.globalMatch(QString::fromUtf8(value)); it.hasNext();) {
            const auto found = it.next();
            if (found.captured(2) == rel)
                return found.captured(1);
        }
    }
    return {};
}

} // namespace

// The sandbox's Concourse, over HTTP as fly and ReleaseDesk's client use it.
class TestSandboxConcourse : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    Catalogue m_catalogue = Catalogue::generate(SandboxFixture::smallOptions().catalogue);

    QUrl api(const QString &path) const
    {
        return m_fixture->url(QStringLiteral("concourse"), path);
    }
    ConcourseSystem &concourse() const
    {
        return *static_cast<ConcourseSystem *>(
            m_fixture->sandbox().system(QStringLiteral("concourse")));
    }

    SandboxFixture::Reply postToken(const QByteArray &body, const QByteArray &client = flyClient)
    {
        SandboxFixture::Headers headers{{"Content-Type", formType}};
        if (!client.isEmpty())
            headers.append({"Authorization", client});
        return m_fixture->send("POST", api(QStringLiteral("/sky/issuer/token")), body, headers);
    }
    QString login()
    {
        return postToken(flyForm).object().value(QLatin1String("access_token")).toString();
    }
    SandboxFixture::Reply get(const QString &pathOrUrl, const QString &token)
    {
        const QUrl url =
            pathOrUrl.startsWith(QLatin1String("http")) ? QUrl(pathOrUrl) : api(pathOrUrl);
        return m_fixture->get(url, {SandboxFixture::bearer(token)});
    }
    QJsonArray allBuilds(const QString &job, const QString &token)
    {
        return get(jobsPath + u'/' + job + QStringLiteral("/builds"), token).json().array();
    }

private slots:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void infoIsPublicAndNamesTheServer()
    {
        const auto reply = m_fixture->get(api(QStringLiteral("/api/v1/info")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject info = reply.object();
        QCOMPARE(info[QLatin1String("version")].toString(), QStringLiteral("7.11.2"));
        QCOMPARE(info[QLatin1String("worker_version")].toString(), QStringLiteral("2.5"));
        QCOMPARE(
            info[QLatin1String("external_url")].toString(),
            m_fixture->connection(QStringLiteral("concourse"))[QLatin1String("url")].toString());
        QVERIFY(!info[QLatin1String("cluster_name")].toString().isEmpty());
        // A token is checked when one is sent, even here.
        const auto bad = get(QStringLiteral("/api/v1/info"), QStringLiteral("nonsense"));
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.body, QByteArray("not authorized"));
    }

    void connectionNamesTheCredentials()
    {
        const QJsonObject connection = m_fixture->connection(QStringLiteral("concourse"));
        QVERIFY(connection[QLatin1String("url")].toString().endsWith(QLatin1String("/concourse")));
        QCOMPARE(connection[QLatin1String("username")].toString(), QStringLiteral("releasedesk"));
        QCOMPARE(connection[QLatin1String("password")].toString(),
                 QStringLiteral("sandbox-concourse"));
        QCOMPARE(connection[QLatin1String("team")].toString(), m_catalogue.team);
    }

    void loginAsFlyIssuesABearerToken()
    {
        const auto reply = postToken(flyForm);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject token = reply.object();
        QCOMPARE(token[QLatin1String("token_type")].toString(), QStringLiteral("bearer"));
        QCOMPARE(token[QLatin1String("expires_in")].toInteger(), 86400);
        QCOMPARE(token[QLatin1String("id_token")].toString().count(u'.'), 2);
        const QString accessToken = token[QLatin1String("access_token")].toString();
        QVERIFY(accessToken.size() >= 32);
        QVERIFY(accessToken != login()); // every login its own token
        QCOMPARE(get(jobsPath, accessToken).status, 200);
    }

    void loginFailuresAnswerAsDex_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("client");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        const QByteArray scope = "&scope=openid+profile+email+federated%3Aid+groups";
        QTest::newRow("wrong password")
            << QByteArray("grant_type=password&username=releasedesk&password=guess" + scope)
            << flyClient << 401 << "access_denied"
            << "Invalid username or password";
        QTest::newRow("unknown user")
            << QByteArray("grant_type=password&username=mallory&password=sandbox-concourse" + scope)
            << flyClient << 401 << "access_denied"
            << "Invalid username or password";
        QTest::newRow("wrong client secret")
            << flyForm << QByteArray("Basic Zmx5Ondyb25n") << 401 << "invalid_client"
            << "Invalid client credentials.";
        QTest::newRow("no client") << flyForm << QByteArray() << 401 << "invalid_client"
                                   << "Invalid client credentials.";
        QTest::newRow("other grant") << QByteArray("grant_type=client_credentials" + scope)
                                     << flyClient << 400 << "unsupported_grant_type"
                                     << "";
        QTest::newRow("no openid scope")
            << QByteArray("grant_type=password&username=releasedesk&password=sandbox-concourse"
                          "&scope=profile")
            << flyClient << 400 << "invalid_request"
            << "Missing required scope(s) [\"openid\"].";
        QTest::newRow("unknown scope")
            << QByteArray("grant_type=password&username=releasedesk&password=sandbox-concourse"
                          "&scope=openid+admin")
            << flyClient << 400 << "invalid_request"
            << "Unrecognized scope(s) [\"admin\"]";
    }

    void loginFailuresAnswerAsDex()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, client);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const auto reply = postToken(body, client);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.object()[QLatin1String("error")].toString(), error);
        QCOMPARE(reply.object()[QLatin1String("error_description")].toString(), description);
        QVERIFY(!reply.object().contains(QLatin1String("access_token")));
    }

    void tokenEndpointRefusesGet()
    {
        const auto reply = m_fixture->get(api(QStringLiteral("/sky/issuer/token")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object()[QLatin1String("error_description")].toString(),
                 QStringLiteral("method not allowed"));
    }

    void protectedEndpointsNeedAToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("pipeline") << QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api");
        QTest::newRow("jobs") << jobsPath;
        QTest::newRow("job") << jobsPath + QStringLiteral("/cidev-plan");
        QTest::newRow("builds") << jobsPath + QStringLiteral("/cidev-plan/builds");
        QTest::newRow("job build") << jobsPath + QStringLiteral("/cidev-plan/builds/1");
        QTest::newRow("build") << QStringLiteral("/api/v1/builds/{chs}");
        QTest::newRow("resources") << QStringLiteral("/api/v1/builds/{chs}/resources");
    }

    void protectedEndpointsNeedAToken()
    {
        QFETCH(QString, path);
        // The oldest builds are team main's; take one of the team's own.
        const QJsonArray builds = concourse().save()[QLatin1String("builds")].toArray();
        const auto chs = std::find_if(builds.begin(), builds.end(), [](const QJsonValue &build) {
            return build[QLatin1String("team")].toString() == QLatin1String("chs");
        });
        QVERIFY(chs != builds.end());
        path.replace(QLatin1String("{chs}"),
                     QString::number((*chs)[QLatin1String("id")].toInteger()));
        const auto none = m_fixture->get(api(path));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.body, QByteArray("not authorized"));
        QCOMPARE(get(path, QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(get(path, login()).status, 200);
    }

    void expiredTokenIsRefused()
    {
        const QString token = login();
        QJsonObject state = concourse().save();
        QJsonObject tokens = state[QLatin1String("tokens")].toObject();
        QJsonObject saved = tokens[token].toObject();
        saved[QLatin1String("expires")] = QStringLiteral("2020-01-01T00:00:00.000Z");
        tokens[token] = saved;
        state[QLatin1String("tokens")] = tokens;
        concourse().load(state);
        QCOMPARE(get(jobsPath, token).status, 401);
        QCOMPARE(get(jobsPath, login()).status, 200);
    }

    void otherTeamsAreForbiddenUnknownOnesNotFound()
    {
        const QString token = login();
        const auto other =
            get(QStringLiteral("/api/v1/teams/main/pipelines/base-images/jobs"), token);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.body, QByteArray("forbidden"));
        const QJsonArray mainBuilds =
            get(QStringLiteral(
                    "/api/v1/teams/main/pipelines/base-images/jobs/build-base-image/builds"),
                token)
                .json()
                .array();
        QVERIFY(mainBuilds.isEmpty());
        // Found before access is checked: 404 even without a token.
        QCOMPARE(m_fixture->get(api(QStringLiteral("/api/v1/teams/nope/pipelines/x/jobs"))).status,
                 404);
        QCOMPARE(
            m_fixture->get(api(QStringLiteral("/api/v1/teams/chs/pipelines/nope/jobs"))).status,
            404);
        QCOMPARE(get(QStringLiteral("/api/v1/teams/nope/pipelines"), token).status, 404);
        qint64 mainBuild = 0;
        for (const QJsonValue &build : concourse().save()[QLatin1String("builds")].toArray()) {
            if (build[QLatin1String("team")].toString() == QLatin1String("main"))
                mainBuild = build[QLatin1String("id")].toInteger();
        }
        QVERIFY(mainBuild > 0);
        const auto mainOne = get(QStringLiteral("/api/v1/builds/%1").arg(mainBuild), token);
        QCOMPARE(mainOne.status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/builds/%1/resources").arg(mainBuild), token).status,
                 403);
        QCOMPARE(m_fixture->get(api(QStringLiteral("/api/v1/builds/%1").arg(mainBuild))).status,
                 401);
    }

    void pipelinesListTheTeamsServices()
    {
        const QString token = login();
        const auto reply = get(QStringLiteral("/api/v1/teams/chs/pipelines"), token);
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &pipeline : reply.json().array()) {
            names << pipeline[QLatin1String("name")].toString();
            QCOMPARE(pipeline[QLatin1String("team_name")].toString(), QStringLiteral("chs"));
            QCOMPARE(pipeline[QLatin1String("public")].toBool(true), false);
            QVERIFY(pipeline[QLatin1String("id")].toInteger() > 0);
        }
        QStringList services;
        for (const CatalogueService &service : m_catalogue.services)
            services << service.name;
        QCOMPARE(names, services);
        // Others see public pipelines only, and there are none.
        const auto anonymous = m_fixture->get(api(QStringLiteral("/api/v1/teams/chs/pipelines")));
        QCOMPARE(anonymous.status, 200);
        QCOMPARE(anonymous.json().array().size(), 0);
        QCOMPARE(get(QStringLiteral("/api/v1/teams/main/pipelines"), token).json().array().size(),
                 0);
        const auto one = get(QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api"), token);
        QCOMPARE(one.object()[QLatin1String("name")].toString(), QStringLiteral("chs-orders-api"));
    }

    void jobsChainTheirInputs()
    {
        const auto reply = get(jobsPath, login());
        QCOMPARE(reply.status, 200);
        const QJsonArray jobs = reply.json().array();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0][QLatin1String("name")].toString(), QStringLiteral("docker-build-ecr"));
        QCOMPARE(jobs[1][QLatin1String("name")].toString(), QStringLiteral("cidev-plan"));
        QCOMPARE(jobs[2][QLatin1String("name")].toString(), QStringLiteral("cidev-apply"));
        QCOMPARE(jobs[0][QLatin1String("outputs")][0][QLatin1String("resource")].toString(),
                 QStringLiteral("image"));
        QVERIFY(!jobs[1].toObject().contains(QLatin1String("outputs")));
        QVERIFY(!jobs[0][QLatin1String("inputs")][0].toObject().contains(QLatin1String("passed")));
        QCOMPARE(jobs[1][QLatin1String("inputs")][0][QLatin1String("passed")][0].toString(),
                 QStringLiteral("docker-build-ecr"));
        QCOMPARE(jobs[2][QLatin1String("inputs")][0][QLatin1String("passed")][0].toString(),
                 QStringLiteral("cidev-plan"));
        for (const QJsonValue &job : jobs) {
            QCOMPARE(job[QLatin1String("team_name")].toString(), QStringLiteral("chs"));
            QCOMPARE(job[QLatin1String("pipeline_name")].toString(),
                     QStringLiteral("chs-orders-api"));
            QVERIFY(job[QLatin1String("next_build")].isNull());
            QCOMPARE(job[QLatin1String("finished_build")][QLatin1String("status")].toString(),
                     QStringLiteral("succeeded"));
            QVERIFY(job[QLatin1String("transition_build")].isObject());
        }
    }

    void jobShowsItsBuildsAndIsNotFoundWhenMissing()
    {
        const QString token = login();
        const auto reply = get(jobsPath + QStringLiteral("/cidev-apply"), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject job = reply.object();
        QCOMPARE(job[QLatin1String("name")].toString(), QStringLiteral("cidev-apply"));
        const QJsonObject finished = job[QLatin1String("finished_build")].toObject();
        QCOMPARE(
            finished[QLatin1String("id")].toInteger(),
            allBuilds(QStringLiteral("cidev-apply"), token)[0][QLatin1String("id")].toInteger());
        QVERIFY(finished[QLatin1String("name")].isString());
        const auto missing = get(jobsPath + QStringLiteral("/deploy-live"), token);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.isEmpty());
        QCOMPARE(get(jobsPath + QStringLiteral("/deploy-live/builds"), token).status, 404);
    }

    void buildsComeNewestFirstWithTheirFields()
    {
        const QString token = login();
        const auto reply = get(jobsPath + QStringLiteral("/docker-build-ecr/builds"), token);
        QCOMPARE(reply.status, 200);
        QVERIFY(linkOf(reply, QStringLiteral("next")).isEmpty()); // all fit in 100
        const QJsonArray builds = reply.json().array();
        QVERIFY(builds.size() >= 3);
        for (qsizetype i = 0; i < builds.size(); ++i) {
            const QJsonObject build = builds[i].toObject();
            QCOMPARE(build[QLatin1String("name")].toString(), QString::number(builds.size() - i));
            QCOMPARE(build[QLatin1String("job_name")].toString(),
                     QStringLiteral("docker-build-ecr"));
            QCOMPARE(
                build[QLatin1String("api_url")].toString(),
                QStringLiteral("/api/v1/builds/%1").arg(build[QLatin1String("id")].toInteger()));
            QVERIFY(build[QLatin1String("start_time")].toInteger() <
                    build[QLatin1String("end_time")].toInteger());
            if (i > 0)
                QVERIFY(build[QLatin1String("id")].toInteger() <
                        builds[i - 1][QLatin1String("id")].toInteger());
        }
        const auto byName = get(jobsPath + QStringLiteral("/docker-build-ecr/builds/1"), token);
        QCOMPARE(byName.object(), builds.last().toObject());
        QCOMPARE(get(jobsPath + QStringLiteral("/docker-build-ecr/builds/999"), token).status, 404);
    }

    void pagingFollowsTheLinks_data()
    {
        QTest::addColumn<int>("extra"); // limit = count + extra; 0 or less: fixed below
        QTest::addColumn<int>("fixedLimit");
        QTest::newRow("limit 1") << 0 << 1;
        QTest::newRow("limit 2, last page short") << 0 << 2;
        QTest::newRow("exactly the count") << 0 << -1;
        QTest::newRow("larger than the count") << 5 << -1;
    }

    void pagingFollowsTheLinks()
    {
        QFETCH(int, extra);
        QFETCH(int, fixedLimit);
        const QString token = login();
        const QList<qint64> expected = idsOf(allBuilds(QStringLiteral("cidev-plan"), token));
        const int limit = fixedLimit > 0 ? fixedLimit : int(expected.size()) + extra;
        QString next = jobsPath + QStringLiteral("/cidev-plan/builds?limit=%1").arg(limit);
        QList<qint64> seen;
        int pages = 0;
        while (!next.isEmpty()) {
            const auto reply = get(next, token);
            QCOMPARE(reply.status, 200);
            const QJsonArray page = reply.json().array();
            QVERIFY(page.size() <= limit && !page.isEmpty());
            QCOMPARE(linkOf(reply, QStringLiteral("previous")).isEmpty(), pages == 0);
            seen += idsOf(page);
            next = linkOf(reply, QStringLiteral("next"));
            if (!next.isEmpty())
                QVERIFY(next.contains(QStringLiteral("limit=%1").arg(limit)));
            ++pages;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), seen.size());
        QCOMPARE(pages, (int(expected.size()) + limit - 1) / limit);
    }

    void previousLinkLeadsBack()
    {
        const QString token = login();
        const auto first = get(jobsPath + QStringLiteral("/cidev-plan/builds?limit=2"), token);
        const auto second = get(linkOf(first, QStringLiteral("next")), token);
        const auto back = get(linkOf(second, QStringLiteral("previous")), token);
        QCOMPARE(back.status, 200);
        QCOMPARE(idsOf(back.json().array()), idsOf(first.json().array()));
    }

    void pagingEdges()
    {
        const QString token = login();
        const QString builds = jobsPath + QStringLiteral("/cidev-plan/builds");
        const auto empty = get(builds + QStringLiteral("?to=0"), token);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().array().size(), 0);
        QVERIFY(linkOf(empty, QStringLiteral("next")).isEmpty());
        QCOMPARE(get(builds + QStringLiteral("?from=9&to=3"), token).status, 404);
        const int count = int(allBuilds(QStringLiteral("cidev-plan"), token).size());
        QCOMPARE(get(builds + QStringLiteral("?limit=abc"), token).json().array().size(), count);
    }

    void buildAndItsResourcesTellTheVersion()
    {
        const QString token = login();
        const qint64 newest =
            allBuilds(QStringLiteral("docker-build-ecr"), token)[0][QLatin1String("id")]
                .toInteger();
        const auto build = get(QStringLiteral("/api/v1/builds/%1").arg(newest), token);
        QCOMPARE(build.status, 200);
        QCOMPARE(build.object()[QLatin1String("pipeline_name")].toString(),
                 QStringLiteral("chs-orders-api"));
        const auto resources =
            get(QStringLiteral("/api/v1/builds/%1/resources").arg(newest), token);
        QCOMPARE(resources.status, 200);
        const QJsonObject output = resources.object()[QLatin1String("outputs")][0].toObject();
        QCOMPARE(output[QLatin1String("name")].toString(), QStringLiteral("image"));
        QCOMPARE(output[QLatin1String("version")][QLatin1String("tag")].toString(),
                 m_catalogue.service(QStringLiteral("chs-orders-api"))->latestVersion);
        QVERIFY(output[QLatin1String("version")][QLatin1String("digest")].toString().startsWith(
            QLatin1String("sha256:")));
        const QJsonObject input = resources.object()[QLatin1String("inputs")][0].toObject();
        QCOMPARE(input[QLatin1String("name")].toString(), QStringLiteral("source"));
        QCOMPARE(input[QLatin1String("version")][QLatin1String("ref")].toString().size(), 40);
        QCOMPARE(get(QStringLiteral("/api/v1/builds/999999"), token).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1/builds/abc"), token).status, 400);
    }

    void saveLoadRoundTrips()
    {
        const QString token = login();
        concourse().startBuild(QStringLiteral("chs-search-api"), QStringLiteral("docker-build-ecr"),
                               QStringLiteral("7.7.7"));
        const QJsonObject saved = concourse().save();
        ConcourseSystem other;
        other.load(saved);
        QCOMPARE(other.save(), saved);
        QCOMPARE(other.latestVersion(QStringLiteral("chs-search-api")), QStringLiteral("7.7.7"));
        const QByteArray before = get(jobsPath, token).body;
        concourse().seed(Catalogue::generate(CatalogueOptions{}));
        concourse().load(saved);
        QCOMPARE(get(jobsPath, token).body, before); // the token came back too
    }

    void errorsAndFaultsTakeConcoursesForm()
    {
        const auto unknown = m_fixture->get(api(QStringLiteral("/api/v1/nothing")));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, QByteArray("404 page not found\n"));
        QCOMPARE(m_fixture->send("DELETE", api(QStringLiteral("/api/v1/info"))).status, 405);

        FaultRule unavailable;
        unavailable.system = QStringLiteral("concourse");
        unavailable.status = 503;
        unavailable.times = 1;
        m_fixture->sandbox().faults().add(unavailable);
        const auto faulted = m_fixture->get(api(QStringLiteral("/api/v1/info")));
        QCOMPARE(faulted.status, 503);
        QCOMPARE(faulted.body, QByteArray("Injected fault\n"));

        FaultRule limited;
        limited.system = QStringLiteral("concourse");
        limited.kind = FaultKind::RateLimit;
        limited.retryAfterSeconds = 9;
        limited.times = 1;
        m_fixture->sandbox().faults().add(limited);
        const auto throttled = m_fixture->get(api(QStringLiteral("/api/v1/info")));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("9"));
        QVERIFY(!throttled.json().isObject());
        QCOMPARE(m_fixture->get(api(QStringLiteral("/api/v1/info"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConcourse)
#include "tst_sandbox_concourse.moc"
