#include "tst_sandbox_concourse.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using namespace ReleaseDesk::Testing;

// The sandbox's Concourse, over HTTP as fly and ReleaseDesk's client use it:
// info, fly's login and its failures, who may see what, saved state, errors
// and faults. Pipelines, jobs, builds and their paging are in
// tst_sandbox_concoursebuilds.
class TestSandboxConcourse : public ClientSuite<ConcourseClient>
{
    Q_OBJECT

private slots:
    void infoIsPublicAndNamesTheServer()
    {
        const auto reply = client().getAnonymously(QStringLiteral("/api/v1/info"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject info = reply.object();
        QCOMPARE(info[QLatin1String("version")].toString(), QStringLiteral("7.11.2"));
        QCOMPARE(info[QLatin1String("worker_version")].toString(), QStringLiteral("2.5"));
        QCOMPARE(info[QLatin1String("external_url")].toString(),
                 client()
                     .fixture()
                     .connection(QStringLiteral("concourse"))[QLatin1String("url")]
                     .toString());
        QVERIFY(!info[QLatin1String("cluster_name")].toString().isEmpty());
        // A token is checked when one is sent, even here.
        const auto bad = client().get(QStringLiteral("/api/v1/info"), QStringLiteral("nonsense"));
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.body, QByteArray("not authorized"));
    }

    void connectionNamesTheCredentials()
    {
        const QJsonObject connection = client().fixture().connection(QStringLiteral("concourse"));
        QVERIFY(connection[QLatin1String("url")].toString().endsWith(QLatin1String("/concourse")));
        QCOMPARE(connection[QLatin1String("username")].toString(), QStringLiteral("releasedesk"));
        QCOMPARE(connection[QLatin1String("password")].toString(),
                 QStringLiteral("sandbox-concourse"));
        QCOMPARE(connection[QLatin1String("team")].toString(), ConcourseClient::catalogue().team);
    }

    void loginAsFlyIssuesABearerToken()
    {
        const auto reply = client().postToken(flyForm);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject token = reply.object();
        QCOMPARE(token[QLatin1String("token_type")].toString(), QStringLiteral("bearer"));
        QCOMPARE(token[QLatin1String("expires_in")].toInteger(), 86400);
        QCOMPARE(token[QLatin1String("id_token")].toString().count(u'.'), 2);
        const QString accessToken = token[QLatin1String("access_token")].toString();
        QVERIFY(accessToken.size() >= 32);
        QVERIFY(accessToken != client().login()); // every login its own token
        QCOMPARE(client().get(jobsPath, accessToken).status, 200);
    }

    void loginFailuresAnswerAsDex_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("authorization");
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
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(QString, description);
        const auto reply = client().postToken(body, authorization);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.object()[QLatin1String("error")].toString(), error);
        QCOMPARE(reply.object()[QLatin1String("error_description")].toString(), description);
        QVERIFY(!reply.object().contains(QLatin1String("access_token")));
    }

    void tokenEndpointRefusesGet()
    {
        const auto reply = client().getAnonymously(QStringLiteral("/sky/issuer/token"));
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
        const QJsonArray builds = client().concourse().save()[QLatin1String("builds")].toArray();
        const auto chs = std::find_if(builds.begin(), builds.end(), [](const QJsonValue &build) {
            return build[QLatin1String("team")].toString() == QLatin1String("chs");
        });
        QVERIFY(chs != builds.end());
        path.replace(QLatin1String("{chs}"),
                     QString::number((*chs)[QLatin1String("id")].toInteger()));
        const auto none = client().getAnonymously(path);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.body, QByteArray("not authorized"));
        QCOMPARE(client().get(path, QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(client().get(path, client().login()).status, 200);
    }

    void expiredTokenIsRefused()
    {
        const QString token = client().login();
        QJsonObject state = client().concourse().save();
        QJsonObject tokens = state[QLatin1String("tokens")].toObject();
        QJsonObject saved = tokens[token].toObject();
        saved[QLatin1String("expires")] = QStringLiteral("2020-01-01T00:00:00.000Z");
        tokens[token] = saved;
        state[QLatin1String("tokens")] = tokens;
        client().concourse().load(state);
        QCOMPARE(client().get(jobsPath, token).status, 401);
        QCOMPARE(client().get(jobsPath, client().login()).status, 200);
    }

    void otherTeamsAreForbiddenUnknownOnesNotFound()
    {
        const QString token = client().login();
        const auto other =
            client().get(QStringLiteral("/api/v1/teams/main/pipelines/base-images/jobs"), token);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.body, QByteArray("forbidden"));
        const QJsonArray mainBuilds =
            client()
                .get(QStringLiteral(
                         "/api/v1/teams/main/pipelines/base-images/jobs/build-base-image/builds"),
                     token)
                .json()
                .array();
        QVERIFY(mainBuilds.isEmpty());
        // Found before access is checked: 404 even without a token.
        QCOMPARE(
            client().getAnonymously(QStringLiteral("/api/v1/teams/nope/pipelines/x/jobs")).status,
            404);
        QCOMPARE(
            client().getAnonymously(QStringLiteral("/api/v1/teams/chs/pipelines/nope/jobs")).status,
            404);
        QCOMPARE(client().get(QStringLiteral("/api/v1/teams/nope/pipelines"), token).status, 404);
        qint64 mainBuild = 0;
        for (const QJsonValue &build :
             client().concourse().save()[QLatin1String("builds")].toArray()) {
            if (build[QLatin1String("team")].toString() == QLatin1String("main"))
                mainBuild = build[QLatin1String("id")].toInteger();
        }
        QVERIFY(mainBuild > 0);
        const auto mainOne =
            client().get(QStringLiteral("/api/v1/builds/%1").arg(mainBuild), token);
        QCOMPARE(mainOne.status, 403);
        QCOMPARE(client()
                     .get(QStringLiteral("/api/v1/builds/%1/resources").arg(mainBuild), token)
                     .status,
                 403);
        QCOMPARE(client().getAnonymously(QStringLiteral("/api/v1/builds/%1").arg(mainBuild)).status,
                 401);
    }

    void saveLoadRoundTrips()
    {
        const QString token = client().login();
        client().concourse().startBuild(QStringLiteral("chs-search-api"),
                                        QStringLiteral("docker-build-ecr"),
                                        QStringLiteral("7.7.7"));
        const QJsonObject saved = client().concourse().save();
        ConcourseSystem other;
        other.load(saved);
        QCOMPARE(other.save(), saved);
        QCOMPARE(other.latestVersion(QStringLiteral("chs-search-api")), QStringLiteral("7.7.7"));
        const QByteArray before = client().get(jobsPath, token).body;
        client().concourse().seed(Catalogue::generate(CatalogueOptions{}));
        client().concourse().load(saved);
        QCOMPARE(client().get(jobsPath, token).body, before); // the token came back too
    }

    void errorsAndFaultsTakeConcoursesForm()
    {
        const auto unknown = client().getAnonymously(QStringLiteral("/api/v1/nothing"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body, QByteArray("404 page not found\n"));
        QCOMPARE(
            client().fixture().send("DELETE", client().api(QStringLiteral("/api/v1/info"))).status,
            405);

        FaultRule unavailable;
        unavailable.system = QStringLiteral("concourse");
        unavailable.status = 503;
        unavailable.times = 1;
        client().fixture().sandbox().faults().add(unavailable);
        const auto faulted = client().getAnonymously(QStringLiteral("/api/v1/info"));
        QCOMPARE(faulted.status, 503);
        QCOMPARE(faulted.body, QByteArray("Injected fault\n"));

        FaultRule limited;
        limited.system = QStringLiteral("concourse");
        limited.kind = FaultKind::RateLimit;
        limited.retryAfterSeconds = 9;
        limited.times = 1;
        client().fixture().sandbox().faults().add(limited);
        const auto throttled = client().getAnonymously(QStringLiteral("/api/v1/info"));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("9"));
        QVERIFY(!throttled.json().isObject());
        QCOMPARE(client().getAnonymously(QStringLiteral("/api/v1/info")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConcourse)
#include "tst_sandbox_concourse.moc"
