#include "services/clients/concourseclient.h"
#include "support/cannedserver.h"
#include "support/clienttestbench.h"

#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString service = QStringLiteral("chs-orders-api");

} // namespace

class TestConcourseClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClientTestBench> m_bench;

    ConcourseConnection connection(const QString &password = QStringLiteral("sandbox-concourse"),
                                   int pageLimit = 100) const
    {
        ConcourseConnection connection;
        const QJsonObject sandbox = m_bench->fixture().connection(QStringLiteral("concourse"));
        connection.baseUrl = QUrl(sandbox[QLatin1String("url")].toString());
        connection.team = QStringLiteral("chs");
        connection.username = QStringLiteral("releasedesk");
        connection.password = password;
        connection.pageLimit = pageLimit;
        return connection;
    }

    std::optional<Result<QList<PipelineBuild>>> jobBuilds(ConcourseClient &client, PipelineJob job,
                                                          qint64 since = 0,
                                                          QList<int> *progress = nullptr)
    {
        return await<Result<QList<PipelineBuild>>>([&](QObject *context, auto done) {
            client.jobBuilds(
                service, service, job, since,
                [progress](int fetched) {
                    if (progress)
                        progress->append(fetched);
                },
                context, done);
        });
    }

    // Every build of the job, straight from the sandbox's own API.
    int sandboxBuildCount(PipelineJob job)
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(),
                               connection(QStringLiteral("sandbox-concourse"), 1000));
        const auto builds = jobBuilds(client, job);
        return builds && *builds ? int(builds->value().size()) : -1;
    }

    void forgetTokens()
    {
        QJsonObject state = m_bench->fixture().sandbox().state();
        QJsonObject concourse = state[QLatin1String("concourse")].toObject();
        concourse[QLatin1String("tokens")] = QJsonObject();
        state[QLatin1String("concourse")] = concourse;
        const Status loaded = m_bench->fixture().sandbox().setState(state);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    }

    static void checkNewestFirstWithVersions(const QList<PipelineBuild> &builds,
                                             const QString &expectedService = service)
    {
        for (qsizetype i = 0; i < builds.size(); ++i) {
            QVERIFY2(!builds[i].version.isEmpty(), qPrintable(builds[i].name));
            QCOMPARE(builds[i].service, expectedService);
            if (i > 0)
                QVERIFY(builds[i - 1].id > builds[i].id);
        }
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void checkCredentialsAnswersTheServerVersion()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        const auto version = await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
        QVERIFY(version);
        QVERIFY2(version->ok(), qPrintable(version->error()));
        QCOMPARE(version->value(), QStringLiteral("7.11.2"));
    }

    void wrongPasswordIsAReadableLoginError()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(),
                               connection(QStringLiteral("wrong & +=")));
        const auto version = await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
        QVERIFY(version);
        QVERIFY(!version->ok());
        const QString error = version->error();
        QVERIFY2(error.startsWith(QLatin1String("Concourse login")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("access_denied")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("wrong")), qPrintable(error));
    }

    void buildsAcrossSeveralPagesEachWithAVersion()
    {
        const int total = sandboxBuildCount(PipelineJob::DockerBuildEcr);
        QVERIFY(total > 6);
        ConcourseClient client(m_bench->http(), m_bench->clock(),
                               connection(QStringLiteral("sandbox-concourse"), 3));
        QList<int> progress;
        const auto builds = jobBuilds(client, PipelineJob::DockerBuildEcr, 0, &progress);
        QVERIFY(builds);
        QVERIFY2(builds->ok(), qPrintable(builds->error()));
        QCOMPARE(builds->value().size(), total);
        QCOMPARE(progress.size(), (total + 2) / 3);
        QCOMPARE(progress.last(), total);
        checkNewestFirstWithVersions(builds->value());
        for (const PipelineBuild &build : builds->value()) {
            QCOMPARE(build.job, PipelineJob::DockerBuildEcr);
            QVERIFY(build.started.isValid());
            QVERIFY(build.finished.isValid());
        }
    }

    void incrementalFetchReturnsOnlyNewerBuilds()
    {
        // A task that can be merged, and its service's pipeline.
        QString key;
        QString pipeline;
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (task.status == QLatin1String("In Progress") ||
                task.status == QLatin1String("In Review")) {
                key = task.key;
                pipeline = task.service;
                break;
            }
        }
        QVERIFY(!key.isEmpty());
        ConcourseClient client(m_bench->http(), m_bench->clock(),
                               connection(QStringLiteral("sandbox-concourse"), 3));
        const auto before = await<Result<QList<PipelineBuild>>>([&](QObject *context, auto done) {
            client.pipelineBuilds(pipeline, pipeline, 0, context, done);
        });
        QVERIFY(before && before->ok());
        const qint64 newest = before->value().first().id;
        const QString newestVersion = before->value().first().version;

        const QUrl merge =
            m_bench->fixture().url(QStringLiteral("_sandbox"), QStringLiteral("/merge"));
        const auto merged = m_bench->fixture().sendJson(
            "POST", merge, QJsonDocument(QJsonObject{{QLatin1String("key"), key}}));
        QVERIFY2(merged.status == 204, merged.body.constData());

        // The three jobs run one after another, 2 × 100 ms each.
        std::optional<Result<QList<PipelineBuild>>> after;
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = await<Result<QList<PipelineBuild>>>([&](QObject *context, auto done) {
                 client.pipelineBuilds(pipeline, pipeline, newest, context, done);
             }),
             after && after->ok() && after->value().size() == 3 &&
                 after->value().first().status == BuildStatus::Succeeded),
            10000);
        const QList<PipelineBuild> builds = after->value();
        checkNewestFirstWithVersions(builds, pipeline);
        QCOMPARE(builds[0].job, PipelineJob::CidevApply);
        QCOMPARE(builds[2].job, PipelineJob::DockerBuildEcr);
        for (const PipelineBuild &build : builds) {
            QVERIFY(build.id > newest);
            QCOMPARE(build.version, builds[0].version);
        }
        QVERIFY(builds[0].version != newestVersion);
    }

    void forgottenTokenMeansOneLoginAgain()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        QVERIFY(jobBuilds(client, PipelineJob::CidevPlan).value().ok());
        forgetTokens();
        const auto builds = jobBuilds(client, PipelineJob::CidevPlan);
        QVERIFY(builds);
        QVERIFY2(builds->ok(), qPrintable(builds->error()));
        QVERIFY(!builds->value().isEmpty());
    }

    void unauthorizedTwiceIsAnError()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        m_bench->inject("concourse:/builds=status,status=401,times=2");
        const auto builds = jobBuilds(client, PipelineJob::CidevPlan);
        QVERIFY(builds);
        QVERIFY(!builds->ok());
        QVERIFY2(builds->error().startsWith(QLatin1String("Concourse builds")),
                 qPrintable(builds->error()));
        QVERIFY2(builds->error().contains(QLatin1String("not authorized")),
                 qPrintable(builds->error()));
    }

    void unavailableOnceThenSuccess()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        m_bench->inject("concourse:/jobs/cidev-apply/builds=status,status=503,times=1");
        const auto builds = jobBuilds(client, PipelineJob::CidevApply);
        QVERIFY(builds);
        QVERIFY2(builds->ok(), qPrintable(builds->error()));
        checkNewestFirstWithVersions(builds->value());
    }

    void malformedJsonIsAnError()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        m_bench->inject("concourse:/resources=malformed-json,times=1");
        const auto builds = jobBuilds(client, PipelineJob::CidevApply);
        QVERIFY(builds);
        QVERIFY(!builds->ok());
        QVERIFY2(builds->error().startsWith(QLatin1String("Concourse")),
                 qPrintable(builds->error()));
    }

    // A server whose next page lies on another server does not get the token
    // sent there: paging stays with the connection's origin.
    void nextPageOnAnotherOriginIsRefused()
    {
        CannedServer concourse;
        CannedServer elsewhere;
        QVERIFY(concourse.isListening() && elsewhere.isListening());
        const QString builds =
            QStringLiteral("/api/v1/teams/chs/pipelines/%1/jobs/cidev-plan/builds").arg(service);
        concourse.answer(
            QStringLiteral("/sky/issuer/token"),
            CannedServer::json(R"({"access_token":"stolen-token","expires_in":3600})"));
        concourse.answer(
            builds,
            CannedServer::json(
                R"([{"id":42,"name":"7","status":"pending","job_name":"cidev-plan"}])",
                {"Link: <" + elsewhere.url(builds).toEncoded() + "?to=41&limit=1>; rel=\"next\""}));
        ConcourseConnection settings = connection();
        settings.baseUrl = concourse.url({});
        ConcourseClient client(m_bench->http(), m_bench->clock(), settings);
        const auto result = jobBuilds(client, PipelineJob::CidevPlan);
        QVERIFY(result);
        QVERIFY(!result->ok());
        const QString &error = result->error();
        QVERIFY2(error.startsWith(QLatin1String("Concourse builds: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
                 qPrintable(error));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void pipelinesOfTheTeam()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        const auto pipelines = await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.pipelines(context, done); });
        QVERIFY(pipelines);
        QVERIFY2(pipelines->ok(), qPrintable(pipelines->error()));
        QStringList expected;
        for (const auto &service : SandboxFixture::smallCatalogue().services)
            expected << service.name;
        QStringList names = pipelines->value();
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
    }

    void pipelinesWithAWrongPasswordFail()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(),
                               connection(QStringLiteral("not-the-password")));
        const auto pipelines = await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.pipelines(context, done); });
        QVERIFY(pipelines);
        QVERIFY(!pipelines->ok());
        QVERIFY2(pipelines->error().startsWith(QLatin1String("Concourse login:")),
                 qPrintable(pipelines->error()));
        QVERIFY(!pipelines->error().contains(QLatin1String("not-the-password")));
    }

    void pipelinesUnreadableIsAnError()
    {
        m_bench->inject("concourse:/pipelines=malformed-json");
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        const auto pipelines = await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.pipelines(context, done); });
        QVERIFY(pipelines);
        QVERIFY(!pipelines->ok());
        QVERIFY2(pipelines->error().startsWith(QLatin1String("Concourse pipelines:")),
                 qPrintable(pipelines->error()));
    }

    void jobsWithTheirNewestBuilds()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        const auto jobs = await<Result<QList<ConcourseJob>>>(
            [&](QObject *context, auto done) { client.jobs(service, context, done); });
        QVERIFY(jobs);
        QVERIFY2(jobs->ok(), qPrintable(jobs->error()));
        QCOMPARE(jobs->value().size(), 3);
        for (const ConcourseJob &job : jobs->value()) {
            const auto kind = fromKey<PipelineJob>(job.name);
            QVERIFY2(kind, qPrintable(job.name));
            const auto builds = jobBuilds(client, *kind);
            QVERIFY(builds && builds->ok());
            // The newest finished build, and the oldest still running, if any.
            qint64 finished = 0;
            qint64 running = 0;
            for (const PipelineBuild &build : builds->value()) {
                if (!isRunning(build.status))
                    finished = qMax(finished, build.id);
                else if (running == 0 || build.id < running)
                    running = build.id;
            }
            QCOMPARE(job.finishedBuildId, finished);
            QCOMPARE(job.nextBuildId, running);
            QVERIFY(finished > 0);
        }
    }

    void jobsOfAnUnknownPipeline()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection());
        const auto jobs = await<Result<QList<ConcourseJob>>>([&](QObject *context, auto done) {
            client.jobs(QStringLiteral("no-such-pipeline"), context, done);
        });
        QVERIFY(jobs);
        QVERIFY(!jobs->ok());
        QVERIFY2(jobs->error().startsWith(QLatin1String("Concourse jobs:")) &&
                     jobs->error().contains(QLatin1String("404")),
                 qPrintable(jobs->error()));
    }
};

QTEST_GUILESS_MAIN(TestConcourseClient)
#include "tst_concourseclient.moc"
