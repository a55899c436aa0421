#include "services/clients/concourseparse.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

namespace {

// A Concourse connection with `extra` fields after the required ones.
QByteArray concourseDocument(const QByteArray &extra)
{
    return "{\"concourse\": {\"url\": \"https://ci.example.com\", \"team\": \"payments\", "
           "\"username\": \"releasedesk\", \"password\": \"s3cr3t-pw\"" +
           (extra.isEmpty() ? QByteArray() : ", " + extra) + "}}";
}

// A team that names everything its own way.
ConcourseSettings renamed()
{
    ConcourseSettings settings;
    settings.url = QUrl(QStringLiteral("https://ci.example.com"));
    settings.team = QStringLiteral("payments");
    settings.username = QStringLiteral("releasedesk");
    settings.pipelineServices = {{QStringLiteral("payments-ci"), QStringLiteral("payments")},
                                 {QStringLiteral("ledger-ci"), QStringLiteral("ledger")}};
    settings.buildJob = QStringLiteral("build-image");
    settings.planJob = QStringLiteral("tf-plan");
    settings.applyJob = QStringLiteral("tf-apply");
    settings.versionResource = QStringLiteral("semver");
    return settings;
}

QJsonDocument json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

} // namespace

// The team's Concourse conventions as settings: their defaults, the profile's
// INI file, the connection document, what problems() says of values that
// cannot work, and what the parser makes of builds under them.
class TestConcourseConventions : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTodaysNames()
    {
        const ConcourseSettings settings;
        for (PipelineJob job :
             {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
            QCOMPARE(settings.jobName(job), toKey(job));
            QVERIFY(settings.jobNamed(toKey(job)) == job);
        }
        QCOMPARE(settings.versionResource, QStringLiteral("version"));
        QCOMPARE(settings.serviceOf(QStringLiteral("chs-orders-api")),
                 QStringLiteral("chs-orders-api"));
        QVERIFY(!settings.jobNamed(QStringLiteral("tf-plan")));
    }

    void theTeamsNamesMapToTheJobsAndServices()
    {
        const ConcourseSettings settings = renamed();
        QCOMPARE(settings.jobName(PipelineJob::CidevPlan), QStringLiteral("tf-plan"));
        QVERIFY(settings.jobNamed(QStringLiteral("tf-apply")) == PipelineJob::CidevApply);
        // Today's names mean nothing to a team that renamed its jobs.
        QVERIFY(!settings.jobNamed(QStringLiteral("cidev-apply")));
        QCOMPARE(settings.serviceOf(QStringLiteral("payments-ci")), QStringLiteral("payments"));
        // A pipeline the map does not name is named after its service.
        QCOMPARE(settings.serviceOf(QStringLiteral("search")), QStringLiteral("search"));
    }

    void savedAndLoaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        ConnectionSettings settings;
        settings.concourse = renamed();
        QVERIFY(settings.problems(RemoteSystem::Concourse).isEmpty());
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->concourse, settings.concourse);
        // A person reading the file sees which pipeline builds which service.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("payments-ci=payments"));
    }

    void defaultsSurviveAFileWithoutThem()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[concourse]\nurl=https://ci.example.com\nteam=chs\nusername=releasedesk\n");
        file.close();
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        ConcourseSettings expected;
        expected.url = QUrl(QStringLiteral("https://ci.example.com"));
        expected.team = QStringLiteral("chs");
        expected.username = QStringLiteral("releasedesk");
        QCOMPARE(loaded->concourse, expected);
    }

    void aHandEditedFileWithAnEntryWithoutServiceIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[concourse]\nurl=https://ci.example.com\nteam=chs\nusername=releasedesk\n"
                   "pipelineServices=payments-ci = payments, ledger-ci\nplanJob=tf-plan\n");
        file.close();
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->concourse.serviceOf(QStringLiteral("payments-ci")),
                 QStringLiteral("payments"));
        QCOMPARE(loaded->concourse.planJob, QStringLiteral("tf-plan"));
        QCOMPARE(loaded->concourse.buildJob, QStringLiteral("docker-build-ecr"));
        const QStringList problems = loaded->problems(RemoteSystem::Concourse);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"\"ledger-ci=\" does not say which pipeline builds"),
                 qPrintable(problems.first()));
    }

    void readFromTheDocument()
    {
        const auto document = ConnectionDocument::parse(
            concourseDocument(
                R"("pipelineServices": {"payments-ci": "payments", "ledger-ci": " ledger "},
               "buildJob": "build-image", "planJob": "tf-plan", "applyJob": "tf-apply",
               "versionResource": "semver")"),
            {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.concourse, renamed());
    }

    void aDocumentWithoutThemKeepsTheDefaults()
    {
        const auto document = ConnectionDocument::parse(
            concourseDocument(R"("buildJob": null, "pipelineServices": null)"), {});
        QVERIFY2(document, qPrintable(document.error()));
        const ConcourseSettings &settings = document->settings.concourse;
        QCOMPARE(settings.buildJob, QStringLiteral("docker-build-ecr"));
        QCOMPARE(settings.planJob, QStringLiteral("cidev-plan"));
        QCOMPARE(settings.applyJob, QStringLiteral("cidev-apply"));
        QCOMPARE(settings.versionResource, QStringLiteral("version"));
        QVERIFY(settings.pipelineServices.isEmpty());
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("error");
        QTest::newRow("services as a list")
            << QByteArray(R"("pipelineServices": ["payments-ci=payments"])")
            << QStringLiteral("\"pipelineServices\" must be an object of text, not a list");
        QTest::newRow("a service as a number")
            << QByteArray(R"("pipelineServices": {"payments-ci": 7})")
            << QStringLiteral("must be an object of text, not an object holding a number");
        QTest::newRow("a pipeline without a service")
            << QByteArray(R"("pipelineServices": {"payments-ci": "  "})")
            << QStringLiteral("\"payments-ci=\" does not say which pipeline builds which service");
        QTest::newRow("a service without a pipeline")
            << QByteArray(R"("pipelineServices": {"": "payments"})")
            << QStringLiteral("\"=payments\" does not say which pipeline builds which service");
        QTest::newRow("two pipelines for a service")
            << QByteArray(R"("pipelineServices": {"a-ci": "payments", "b-ci": "payments"})")
            << QStringLiteral("the pipelines a-ci and b-ci both build payments");
        QTest::newRow("a job name as a number")
            << QByteArray(R"("buildJob": 3)")
            << QStringLiteral("\"buildJob\" must be text, not a number");
        QTest::newRow("an empty job name")
            << QByteArray(R"("applyJob": " ")")
            << QStringLiteral("Concourse: the apply job's name is missing.");
        QTest::newRow("one job for two")
            << QByteArray(R"("planJob": "deploy", "applyJob": "deploy")")
            << QStringLiteral("the job deploy is named for more than one of build, plan and apply");
        QTest::newRow("no version resource")
            << QByteArray(R"("versionResource": "")")
            << QStringLiteral("Concourse: the version resource is missing.");
        QTest::newRow("markup in a name is a name, not an error")
            << QByteArray(R"("planJob": "<b>plan</b>", "applyJob": "<b>plan</b>")")
            << QStringLiteral("the job <b>plan</b> is named for more than one");
    }

    void badValues()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, error);
        const auto document = ConnectionDocument::parse(concourseDocument(fields), {});
        QVERIFY(!document);
        QVERIFY2(document.error().contains(error), qPrintable(document.error()));
        QVERIFY(!document.error().contains(u"s3cr3t-pw"));
    }

    void theParserReadsTheTeamsJobNames()
    {
        const QJsonDocument page = json(
            R"([{"id":9,"name":"4","status":"succeeded","job_name":"tf-apply"},
                {"id":8,"name":"4","status":"failed","job_name":"build-image"}])");
        const auto builds = ConcourseParse::builds(page, QStringLiteral("payments"), renamed());
        QVERIFY2(builds, qPrintable(builds.error()));
        QCOMPARE(builds->size(), 2);
        QCOMPARE(builds->at(0).job, PipelineJob::CidevApply);
        QCOMPARE(builds->at(1).job, PipelineJob::DockerBuildEcr);
        // With today's names the team's jobs are not known.
        const auto unknown = ConcourseParse::builds(page, QStringLiteral("payments"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(u"'job_name' is not a known job"),
                 qPrintable(unknown.error()));
    }

    void swappedNamesFollowTheSettingNotTheWords()
    {
        // A team whose build job happens to be called what ReleaseDesk calls the apply job.
        ConcourseSettings swapped;
        swapped.buildJob = QStringLiteral("cidev-apply");
        swapped.applyJob = QStringLiteral("docker-build-ecr");
        const auto build = ConcourseParse::build(
            json(R"({"id":1,"name":"1","status":"succeeded","job_name":"cidev-apply"})").object(),
            QStringLiteral("svc"), swapped);
        QVERIFY2(build, qPrintable(build.error()));
        QCOMPARE(build->job, PipelineJob::DockerBuildEcr);
    }

    void theParserReadsTheTeamsVersionResource()
    {
        // A failed build has no outputs: its version is its version resource's number.
        const QJsonDocument resources = json(
            R"({"inputs":[{"name":"version","version":{"number":"9.9.9"}},
                          {"name":"semver","version":{"number":"1.2.3"}}],"outputs":[]})");
        QCOMPARE(ConcourseParse::buildVersion(resources, QStringLiteral("semver")).value(),
                 QStringLiteral("1.2.3"));
        QCOMPARE(ConcourseParse::buildVersion(resources).value(), QStringLiteral("9.9.9"));
        const QJsonDocument semverOnly =
            json(R"({"inputs":[{"name":"semver","version":{"number":"1.2.3"}}],"outputs":null})");
        QCOMPARE(ConcourseParse::buildVersion(semverOnly).value(), QString());
        // The image's tag still wins over the version resource.
        const QJsonDocument built = json(
            R"({"inputs":[{"name":"semver","version":{"number":"1.2.3"}}],
                "outputs":[{"name":"image","version":{"tag":"1.2.4"}}]})");
        QCOMPARE(ConcourseParse::buildVersion(built, QStringLiteral("semver")).value(),
                 QStringLiteral("1.2.4"));
    }
};

QTEST_GUILESS_MAIN(TestConcourseConventions)
#include "tst_concourseconventions.moc"
