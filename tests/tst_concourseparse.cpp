#include "services/clients/concourseparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)
Q_DECLARE_METATYPE(QList<ReleaseDesk::ConcourseJob>)

namespace {

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

} // namespace

class TestConcourseParse : public QObject
{
    Q_OBJECT

private slots:
    void build_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // a part of the message; empty: parses

        QTest::newRow("finished")
            << QByteArray(R"({"id":42,"name":"7","status":"succeeded","job_name":"cidev-plan",)"
                          R"("start_time":1700000000,"end_time":1700000600,"team_name":"chs"})")
            << QString();
        QTest::newRow("pending, no times")
            << QByteArray(
                   R"({"id":43,"name":"8","status":"pending","job_name":"docker-build-ecr"})")
            << QString();
        QTest::newRow("null end time")
            << QByteArray(R"({"id":43,"name":"8","status":"started","job_name":"cidev-apply",)"
                          R"("start_time":1700000000,"end_time":null})")
            << QString();
        QTest::newRow("no id") << QByteArray(
                                      R"({"name":"8","status":"pending","job_name":"cidev-plan"})")
                               << QStringLiteral("'id'");
        QTest::newRow("id as text")
            << QByteArray(R"({"id":"43","name":"8","status":"pending","job_name":"cidev-plan"})")
            << QStringLiteral("'id'");
        QTest::newRow("name as number")
            << QByteArray(R"({"id":43,"name":8,"status":"pending","job_name":"cidev-plan"})")
            << QStringLiteral("'name'");
        QTest::newRow("unknown status")
            << QByteArray(R"({"id":43,"name":"8","status":"exploded","job_name":"cidev-plan"})")
            << QStringLiteral("'status'");
        QTest::newRow("unknown job")
            << QByteArray(R"({"id":43,"name":"8","status":"failed","job_name":"deploy-live"})")
            << QStringLiteral("'job_name'");
        QTest::newRow("start time as text")
            << QByteArray(R"({"id":43,"name":"8","status":"failed","job_name":"cidev-plan",)"
                          R"("start_time":"yesterday"})")
            << QStringLiteral("'start_time'");
        QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    }

    void build()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QJsonValue value = document.isObject() ? QJsonValue(document.object())
                                                     : QJsonValue(document.array().first());
        const auto build = ConcourseParse::build(value, QStringLiteral("chs-orders-api"));
        if (!error.isEmpty()) {
            QVERIFY(!build);
            QVERIFY2(build.error().contains(error), qPrintable(build.error()));
            QVERIFY(build.error().startsWith(QLatin1String("Concourse build")));
            return;
        }
        QVERIFY2(build.ok(), qPrintable(build.error()));
        QCOMPARE(build->service, QStringLiteral("chs-orders-api"));
        QVERIFY(build->version.isEmpty());
    }

    void buildFields()
    {
        const auto build = ConcourseParse::build(
            json(R"({"id":42,"name":"7","status":"succeeded","job_name":"cidev-plan",)"
                 R"("start_time":1700000000})")
                .object(),
            QStringLiteral("svc"));
        QVERIFY(build);
        QCOMPARE(build->id, 42);
        QCOMPARE(build->name, QStringLiteral("7"));
        QCOMPARE(build->job, PipelineJob::CidevPlan);
        QCOMPARE(build->status, BuildStatus::Succeeded);
        QCOMPARE(build->started, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(!build->finished.isValid());
    }

    void buildsListFailsWhole()
    {
        const auto builds = ConcourseParse::builds(
            json(R"([{"id":2,"name":"2","status":"failed","job_name":"cidev-plan"},{"id":1}])"),
            QStringLiteral("svc"));
        QVERIFY(!builds);
        QVERIFY2(builds.error().contains(QLatin1String("'name'")), qPrintable(builds.error()));
        QVERIFY(!ConcourseParse::builds(json(R"({"id":1})"), QStringLiteral("svc")));
        const auto empty = ConcourseParse::builds(json("[]"), QStringLiteral("svc"));
        QVERIFY(empty && empty->isEmpty());
    }

    void buildVersion_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("version"); // on failure, a part of the message

        QTest::newRow("image output wins")
            << QByteArray(
                   R"({"inputs":[{"name":"version","version":{"number":"1.2.3"}}],)"
                   R"("outputs":[{"name":"image","version":{"tag":"1.2.4","digest":"sha256:x"}}]})")
            << true << QStringLiteral("1.2.4");
        QTest::newRow("failed build: the version input")
            << QByteArray(R"({"inputs":[{"name":"source","version":{"ref":"abc"}},)"
                          R"({"name":"version","version":{"number":"1.2.3"}}],"outputs":[]})")
            << true << QStringLiteral("1.2.3");
        QTest::newRow("deploy job: the image input")
            << QByteArray(
                   R"({"inputs":[{"name":"image","version":{"tag":"2.0.1"}}],"outputs":null})")
            << true << QStringLiteral("2.0.1");
        QTest::newRow("no inputs yet")
            << QByteArray(R"({"inputs":null,"outputs":null})") << true << QString();
        QTest::newRow("inputs not a list")
            << QByteArray(R"({"inputs":"x","outputs":[]})") << false << QStringLiteral("'inputs'");
        QTest::newRow("not an object")
            << QByteArray("[]") << false << QStringLiteral("not a JSON object");
    }

    void buildVersion()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, version);
        const auto result = ConcourseParse::buildVersion(QJsonDocument::fromJson(body));
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(result.value(), version);
        else
            QVERIFY2(result.error().contains(version), qPrintable(result.error()));
    }

    void token()
    {
        const auto token = ConcourseParse::token(json(
            R"({"access_token":"abc","token_type":"bearer","expires_in":86400,"id_token":"x"})"));
        QVERIFY(token);
        QCOMPARE(token->accessToken, QStringLiteral("abc"));
        QCOMPARE(token->expiresInSeconds, 86400);
        const auto noExpiry = ConcourseParse::token(json(R"({"access_token":"abc"})"));
        QVERIFY(!noExpiry);
        QVERIFY(noExpiry.error().contains(QLatin1String("'expires_in'")));
        const auto noToken = ConcourseParse::token(json(R"({"expires_in":5})"));
        QVERIFY(!noToken);
        QVERIFY(noToken.error().contains(QLatin1String("'access_token'")));
    }

    void serverVersion()
    {
        QCOMPARE(ConcourseParse::serverVersion(json(R"({"version":"7.11.2"})")).value(),
                 QStringLiteral("7.11.2"));
        QVERIFY(!ConcourseParse::serverVersion(json(R"({"version":7})")));
    }

    void pipelineNames_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("problem");
        QTest::newRow("team's pipelines")
            << QByteArray(R"([{"id":1,"name":"chs-orders-api","paused":false,"archived":false},
                              {"id":2,"name":"chs-search-api","paused":true}])")
            << QStringList{QStringLiteral("chs-orders-api"), QStringLiteral("chs-search-api")}
            << QString();
        QTest::newRow("archived left out")
            << QByteArray(
                   R"([{"id":1,"name":"old-api","archived":true},{"id":2,"name":"new-api"}])")
            << QStringList{QStringLiteral("new-api")} << QString();
        QTest::newRow("none") << QByteArray("[]") << QStringList() << QString();
        QTest::newRow("not a list")
            << QByteArray(R"({"name":"x"})") << QStringList() << QStringLiteral("not a JSON list");
        QTest::newRow("name missing") << QByteArray(R"([{"id":1}])") << QStringList()
                                      << QStringLiteral("'[0].name' is missing");
        QTest::newRow("archived not a flag")
            << QByteArray(R"([{"id":1,"name":"x","archived":"yes"}])") << QStringList()
            << QStringLiteral("'[0].archived'");
    }
    void pipelineNames()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QStringList, names);
        QFETCH(QString, problem);
        const auto read = ConcourseParse::pipelineNames(QJsonDocument::fromJson(answer));
        QCOMPARE(read.ok(), problem.isEmpty());
        if (!problem.isEmpty()) {
            QVERIFY2(read.error().startsWith(QLatin1String("Concourse pipelines:")) &&
                         read.error().contains(problem),
                     qPrintable(read.error()));
            return;
        }
        QCOMPARE(read.value(), names);
    }

    void jobs_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QList<ConcourseJob>>("jobs");
        QTest::addColumn<QString>("problem");
        QTest::newRow("finished and running")
            << QByteArray(R"([{"id":1,"name":"docker-build-ecr","next_build":{"id":42},
                              "finished_build":{"id":41,"name":"7"}},
                             {"id":2,"name":"cidev-plan","next_build":null,
                              "finished_build":{"id":40}}])")
            << QList<ConcourseJob>{{QStringLiteral("docker-build-ecr"), 41, 42},
                                   {QStringLiteral("cidev-plan"), 40, 0}}
            << QString();
        QTest::newRow("never built, fields left out")
            << QByteArray(R"([{"id":3,"name":"cidev-apply"}])")
            << QList<ConcourseJob>{{QStringLiteral("cidev-apply"), 0, 0}} << QString();
        QTest::newRow("not a list")
            << QByteArray("{}") << QList<ConcourseJob>() << QStringLiteral("not a JSON list");
        QTest::newRow("build without id")
            << QByteArray(R"([{"name":"cidev-plan","finished_build":{"name":"3"}}])")
            << QList<ConcourseJob>() << QStringLiteral("'[0].finished_build.id' is missing");
        QTest::newRow("build not an object")
            << QByteArray(R"([{"name":"cidev-plan","next_build":7}])") << QList<ConcourseJob>()
            << QStringLiteral("'[0].next_build' is not an object");
    }
    void jobs()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QList<ConcourseJob>, jobs);
        QFETCH(QString, problem);
        const auto read = ConcourseParse::jobs(QJsonDocument::fromJson(answer));
        QCOMPARE(read.ok(), problem.isEmpty());
        if (!problem.isEmpty()) {
            QVERIFY2(read.error().startsWith(QLatin1String("Concourse jobs:")) &&
                         read.error().contains(problem),
                     qPrintable(read.error()));
            return;
        }
        QCOMPARE(read.value(), jobs);
    }

    void nextPage_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("next");

        const QByteArray next =
            R"(<http://h/api/v1/teams/t/pipelines/p/jobs/j/builds?to=5&limit=2>; rel="next")";
        const QByteArray previous = R"(<http://h/x?from=9&limit=2>; rel="previous")";
        const QString nextUrl =
            QStringLiteral("http://h/api/v1/teams/t/pipelines/p/jobs/j/builds?to=5&limit=2");
        QTest::newRow("two headers") << Headers{{"Link", previous}, {"link", next}} << nextUrl;
        QTest::newRow("one joined header") << Headers{{"Link", next + ", " + previous}} << nextUrl;
        QTest::newRow("previous only") << Headers{{"Link", previous}} << QString();
        QTest::newRow("none") << Headers{{"Content-Type", "application/json"}} << QString();
        QTest::newRow("relative") << Headers{{"Link", "</api/v1/builds?to=3>; rel=next"}}
                                  << QStringLiteral("http://h/api/v1/builds?to=3");
    }

    void nextPage()
    {
        QFETCH(Headers, headers);
        QFETCH(QString, next);
        QCOMPARE(
            ConcourseParse::nextPage(headers, QUrl(QStringLiteral("http://h/api/v1/x"))).toString(),
            next);
    }

    void serverErrorText()
    {
        QCOMPARE(
            ConcourseParse::serverErrorText(
                R"({"error":"access_denied","error_description":"Invalid username or password"})"),
            QStringLiteral("Invalid username or password (access_denied)"));
        QCOMPARE(ConcourseParse::serverErrorText("not authorized\n"),
                 QStringLiteral("not authorized"));
        QCOMPARE(ConcourseParse::serverErrorText("<html><body>Sign in</body></html>"), QString());
        QCOMPARE(ConcourseParse::serverErrorText(""), QString());
    }
};

QTEST_GUILESS_MAIN(TestConcourseParse)
#include "tst_concourseparse.moc"
