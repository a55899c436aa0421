#include "tst_sandbox_concourse.h"

#include <QRegularExpression>
#include <QSet>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using namespace ReleaseDesk::Testing;

namespace {

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

// The sandbox's Concourse pipelines as ReleaseDesk's client reads them: the
// team's pipelines, their jobs, builds newest first, Link paging and the
// resources that tell a build's version.
class TestSandboxConcourseBuilds : public ClientSuite<ConcourseClient>
{
    Q_OBJECT

private slots:
    void pipelinesListTheTeamsServices()
    {
        const QString token = client().login();
        const auto reply = client().get(QStringLiteral("/api/v1/teams/chs/pipelines"), token);
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &pipeline : reply.json().array()) {
            names << pipeline[QLatin1String("name")].toString();
            QCOMPARE(pipeline[QLatin1String("team_name")].toString(), QStringLiteral("chs"));
            QCOMPARE(pipeline[QLatin1String("public")].toBool(true), false);
            QVERIFY(pipeline[QLatin1String("id")].toInteger() > 0);
        }
        QStringList services;
        for (const CatalogueService &service : ConcourseClient::catalogue().services)
            services << service.name;
        QCOMPARE(names, services);
        // Others see public pipelines only, and there are none.
        const auto anonymous =
            client().getAnonymously(QStringLiteral("/api/v1/teams/chs/pipelines"));
        QCOMPARE(anonymous.status, 200);
        QCOMPARE(anonymous.json().array().size(), 0);
        QCOMPARE(client()
                     .get(QStringLiteral("/api/v1/teams/main/pipelines"), token)
                     .json()
                     .array()
                     .size(),
                 0);
        const auto one =
            client().get(QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api"), token);
        QCOMPARE(one.object()[QLatin1String("name")].toString(), QStringLiteral("chs-orders-api"));
    }

    void jobsChainTheirInputs()
    {
        const auto reply = client().get(jobsPath, client().login());
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
        const QString token = client().login();
        const auto reply = client().get(jobsPath + QStringLiteral("/cidev-apply"), token);
        QCOMPARE(reply.status, 200);
        const QJsonObject job = reply.object();
        QCOMPARE(job[QLatin1String("name")].toString(), QStringLiteral("cidev-apply"));
        const QJsonObject finished = job[QLatin1String("finished_build")].toObject();
        QCOMPARE(finished[QLatin1String("id")].toInteger(),
                 client()
                     .allBuilds(QStringLiteral("cidev-apply"), token)[0][QLatin1String("id")]
                     .toInteger());
        QVERIFY(finished[QLatin1String("name")].isString());
        const auto missing = client().get(jobsPath + QStringLiteral("/deploy-live"), token);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.isEmpty());
        QCOMPARE(client().get(jobsPath + QStringLiteral("/deploy-live/builds"), token).status, 404);
    }

    void buildsComeNewestFirstWithTheirFields()
    {
        const QString token = client().login();
        const auto reply =
            client().get(jobsPath + QStringLiteral("/docker-build-ecr/builds"), token);
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
        const auto byName =
            client().get(jobsPath + QStringLiteral("/docker-build-ecr/builds/1"), token);
        QCOMPARE(byName.object(), builds.last().toObject());
        QCOMPARE(
            client().get(jobsPath + QStringLiteral("/docker-build-ecr/builds/999"), token).status,
            404);
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
        const QString token = client().login();
        const QList<qint64> expected =
            idsOf(client().allBuilds(QStringLiteral("cidev-plan"), token));
        const int limit = fixedLimit > 0 ? fixedLimit : int(expected.size()) + extra;
        QString next = jobsPath + QStringLiteral("/cidev-plan/builds?limit=%1").arg(limit);
        QList<qint64> seen;
        int pages = 0;
        while (!next.isEmpty()) {
            const auto reply = client().get(next, token);
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
        const QString token = client().login();
        const auto first =
            client().get(jobsPath + QStringLiteral("/cidev-plan/builds?limit=2"), token);
        const auto second = client().get(linkOf(first, QStringLiteral("next")), token);
        const auto back = client().get(linkOf(second, QStringLiteral("previous")), token);
        QCOMPARE(back.status, 200);
        QCOMPARE(idsOf(back.json().array()), idsOf(first.json().array()));
    }

    void pagingEdges()
    {
        const QString token = client().login();
        const QString builds = jobsPath + QStringLiteral("/cidev-plan/builds");
        const auto empty = client().get(builds + QStringLiteral("?to=0"), token);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().array().size(), 0);
        QVERIFY(linkOf(empty, QStringLiteral("next")).isEmpty());
        QCOMPARE(client().get(builds + QStringLiteral("?from=9&to=3"), token).status, 404);
        const int count = int(client().allBuilds(QStringLiteral("cidev-plan"), token).size());
        QCOMPARE(client().get(builds + QStringLiteral("?limit=abc"), token).json().array().size(),
                 count);
    }

    void buildAndItsResourcesTellTheVersion()
    {
        const QString token = client().login();
        const qint64 newest =
            client()
                .allBuilds(QStringLiteral("docker-build-ecr"), token)[0][QLatin1String("id")]
                .toInteger();
        const auto build = client().get(QStringLiteral("/api/v1/builds/%1").arg(newest), token);
        QCOMPARE(build.status, 200);
        QCOMPARE(build.object()[QLatin1String("pipeline_name")].toString(),
                 QStringLiteral("chs-orders-api"));
        const auto resources =
            client().get(QStringLiteral("/api/v1/builds/%1/resources").arg(newest), token);
        QCOMPARE(resources.status, 200);
        const QJsonObject output = resources.object()[QLatin1String("outputs")][0].toObject();
        QCOMPARE(output[QLatin1String("name")].toString(), QStringLiteral("image"));
        QCOMPARE(
            output[QLatin1String("version")][QLatin1String("tag")].toString(),
            ConcourseClient::catalogue().service(QStringLiteral("chs-orders-api"))->latestVersion);
        QVERIFY(output[QLatin1String("version")][QLatin1String("digest")].toString().startsWith(
            QLatin1String("sha256:")));
        const QJsonObject input = resources.object()[QLatin1String("inputs")][0].toObject();
        QCOMPARE(input[QLatin1String("name")].toString(), QStringLiteral("source"));
        QCOMPARE(input[QLatin1String("version")][QLatin1String("ref")].toString().size(), 40);
        QCOMPARE(client().get(QStringLiteral("/api/v1/builds/999999"), token).status, 404);
        QCOMPARE(client().get(QStringLiteral("/api/v1/builds/abc"), token).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConcourseBuilds)
#include "tst_sandbox_concoursebuilds.moc"
