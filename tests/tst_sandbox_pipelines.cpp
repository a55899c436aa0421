#include "tst_sandbox_concourse.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using namespace ReleaseDesk::Testing;

namespace {

const QStringList jobNames{QStringLiteral("docker-build-ecr"), QStringLiteral("cidev-plan"),
                           QStringLiteral("cidev-apply")};

QString patchBump(const QString &version)
{
    QStringList parts = version.split(u'.');
    parts[2] = QString::number(parts[2].toInt() + 1);
    return parts.join(u'.');
}

} // namespace

// The CI history and the simulated CI: a merged task's service pipeline builds a new version,
// job after job, as a client polling Concourse's API sees it.
class TestSandboxPipelines : public QObject
{
    Q_OBJECT

    // Each test starts its own sandbox, with the build timing it needs.
    std::unique_ptr<ConcourseClient> m_client;
    const Catalogue &m_catalogue = ConcourseClient::catalogue();
    QString m_token;

    void start(int buildStepMs, double failureRate, const QJsonObject &conventions = {})
    {
        SandboxOptions options = SandboxFixture::smallOptions();
        options.buildStepMs = buildStepMs;
        options.buildFailureRate = failureRate;
        options.conventions.insert(QLatin1String("concourse"), conventions);
        m_client = std::make_unique<ConcourseClient>(options);
        m_token = m_client->login();
    }
    SandboxFixture &fixture() { return m_client->fixture(); }
    ConcourseSystem &concourse() const { return m_client->concourse(); }
    QJsonValue get(const QString &path)
    {
        const auto reply = m_client->get(path, m_token);
        return reply.status == 200
                   ? QJsonValue(reply.json().isArray() ? QJsonValue(reply.json().array())
                                                       : QJsonValue(reply.object()))
                   : QJsonValue();
    }
    // A job's newest builds, newest first.
    QJsonArray builds(const QString &pipeline, const QString &job, int limit = 1)
    {
        return get(QStringLiteral("/api/v1/teams/chs/pipelines/%1/jobs/%2/builds?limit=%3")
                       .arg(pipeline, job)
                       .arg(limit))
            .toArray();
    }
    // "<status> <version>" of a build, the version as its resources show it:
    // the image it built or deploys, or the semver it was building.
    QString describe(const QJsonValue &build)
    {
        const QJsonObject resources = get(QStringLiteral("/api/v1/builds/%1/resources")
                                              .arg(build[QLatin1String("id")].toInteger()))
                                          .toObject();
        QString version;
        for (const QJsonValue &input : resources[QLatin1String("inputs")].toArray()) {
            const QJsonObject value = input[QLatin1String("version")].toObject();
            if (value.contains(QLatin1String("tag")) || value.contains(QLatin1String("number")))
                version = value
                              .value(QLatin1String(value.contains(QLatin1String("tag")) ? "tag"
                                                                                        : "number"))
                              .toString();
        }
        return build[QLatin1String("status")].toString() + u' ' + version;
    }
    QString newest(const QString &pipeline, const QString &job)
    {
        const QJsonArray found = builds(pipeline, job);
        return found.isEmpty() ? QString() : describe(found.first());
    }
    qint64 newestId(const QString &pipeline, const QString &job)
    {
        return builds(pipeline, job).first()[QLatin1String("id")].toInteger();
    }
    qsizetype buildCount() const
    {
        return concourse().save()[QLatin1String("builds")].toArray().size();
    }
    const CatalogueTask &taskWithStatus(const QString &status) const
    {
        for (const CatalogueTask &task : m_catalogue.tasks) {
            if (task.status == status)
                return task;
        }
        return m_catalogue.tasks.first();
    }
    void merge(const QString &key)
    {
        emit fixture().sandbox().events().jiraIssueTransitioned(key, QStringLiteral("In Review"),
                                                                QStringLiteral("Ready for Test"));
    }

private slots:
    void cleanup() { m_client.reset(); }

    void seededHistoryEndsAtEachServicesLatestVersion()
    {
        start(20, 0.0);
        for (const CatalogueService &service : m_catalogue.services) {
            for (const QString &job : jobNames) {
                QCOMPARE(newest(service.name, job),
                         QStringLiteral("succeeded ") + service.latestVersion);
            }
            QCOMPARE(concourse().latestVersion(service.name), service.latestVersion);
        }
    }

    void seededHistoryHasReRunFailures()
    {
        start(20, 0.0);
        // A failed build is followed by a succeeded one of the same version.
        const QJsonArray builds = concourse().save()[QLatin1String("builds")].toArray();
        int failures = 0;
        qint64 previousId = 0;
        for (qsizetype i = 0; i < builds.size(); ++i) {
            const QJsonObject build = builds[i].toObject();
            QVERIFY(build[QLatin1String("id")].toInteger() > previousId);
            previousId = build[QLatin1String("id")].toInteger();
            QVERIFY(build[QLatin1String("status")].toString() != QLatin1String("pending"));
            if (build[QLatin1String("status")].toString() != QLatin1String("failed"))
                continue;
            ++failures;
            bool reRun = false;
            for (qsizetype j = i + 1; j < builds.size() && !reRun; ++j) {
                const QJsonObject later = builds[j].toObject();
                reRun = later[QLatin1String("pipelineId")] == build[QLatin1String("pipelineId")] &&
                        later[QLatin1String("jobName")] == build[QLatin1String("jobName")] &&
                        later[QLatin1String("version")] == build[QLatin1String("version")] &&
                        later[QLatin1String("status")].toString() == QLatin1String("succeeded");
            }
            QVERIFY(reRun);
        }
        QVERIFY(failures > 0);
    }

    void aTeamsConventionsNameWhatItBuildsAndRuns()
    {
        const CatalogueTask &task = m_catalogue.tasks.first();
        const QString latest = m_catalogue.service(task.service)->latestVersion;
        const QString pipeline = task.service + QStringLiteral("-ci");
        const QStringList teamJobs{QStringLiteral("build-image"), QStringLiteral("tf-plan"),
                                   QStringLiteral("tf-apply")};
        start(20, 0.0,
              {{QLatin1String("pipelineServices"), QJsonObject{{pipeline, task.service}}},
               {QLatin1String("buildJob"), teamJobs[0]},
               {QLatin1String("planJob"), teamJobs[1]},
               {QLatin1String("applyJob"), teamJobs[2]},
               {QLatin1String("versionResource"), QLatin1String("semver")}});
        // The same history, under the team's names only.
        for (const QString &job : teamJobs)
            QCOMPARE(newest(pipeline, job), QStringLiteral("succeeded ") + latest);
        QVERIFY(builds(task.service, jobNames[0]).isEmpty());
        QVERIFY(builds(pipeline, jobNames[0]).isEmpty());
        const QJsonObject resources =
            get(QStringLiteral("/api/v1/builds/%1/resources").arg(newestId(pipeline, teamJobs[0])))
                .toObject();
        QStringList inputs;
        for (const QJsonValue &input : resources[QLatin1String("inputs")].toArray())
            inputs << input[QLatin1String("name")].toString();
        QCOMPARE(inputs, (QStringList{QStringLiteral("source"), QStringLiteral("semver")}));

        merge(task.key);
        QTRY_COMPARE_WITH_TIMEOUT(newest(pipeline, teamJobs[2]),
                                  QStringLiteral("succeeded ") + patchBump(latest), 5000);
        QCOMPARE(concourse().latestVersion(pipeline), patchBump(latest));
    }

    void simulatorApiMovesABuildThroughItsStates()
    {
        start(20, 0.0);
        const QString jobsPath = QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api/jobs");
        const qint64 id =
            concourse().startBuild(QStringLiteral("chs-orders-api"), QStringLiteral("cidev-plan"),
                                   QStringLiteral("9.9.9"));
        QVERIFY(id > 0);
        QCOMPARE(concourse().startBuild(QStringLiteral("nope"), QStringLiteral("cidev-plan"),
                                        QStringLiteral("1.0.0")),
                 0);
        QJsonObject build = get(QStringLiteral("/api/v1/builds/%1").arg(id)).toObject();
        QCOMPARE(build[QLatin1String("status")].toString(), QStringLiteral("pending"));
        QVERIFY(!build.contains(QLatin1String("start_time")));
        const QJsonObject job = get(jobsPath + QStringLiteral("/cidev-plan")).toObject();
        QCOMPARE(job[QLatin1String("next_build")][QLatin1String("id")].toInteger(), id);
        concourse().setBuildStatus(id, QStringLiteral("started"));
        build = get(QStringLiteral("/api/v1/builds/%1").arg(id)).toObject();
        QVERIFY(build.contains(QLatin1String("start_time")));
        QVERIFY(!build.contains(QLatin1String("end_time")));
        concourse().setBuildStatus(id, QStringLiteral("failed"));
        QCOMPARE(concourse().buildStatus(id), QStringLiteral("failed"));
        build = get(QStringLiteral("/api/v1/builds/%1").arg(id)).toObject();
        QVERIFY(build.contains(QLatin1String("end_time")));
        const QJsonObject failedJob = get(jobsPath + QStringLiteral("/cidev-plan")).toObject();
        QCOMPARE(failedJob[QLatin1String("transition_build")][QLatin1String("id")].toInteger(), id);
    }

    void mergeRunsTheThreeJobsInTurn()
    {
        start(500, 0.0);
        const CatalogueTask &task = m_catalogue.tasks.first();
        const QString expected = patchBump(m_catalogue.service(task.service)->latestVersion);
        QList<qint64> seeded;
        for (const QString &job : jobNames)
            seeded << newestId(task.service, job);

        merge(task.key);
        QCOMPARE(newest(task.service, jobNames[0]), QStringLiteral("pending ") + expected);
        QVERIFY(!builds(task.service, jobNames[0])
                     .first()
                     .toObject()
                     .contains(QLatin1String("start_time")));
        QTRY_COMPARE_WITH_TIMEOUT(newest(task.service, jobNames[0]),
                                  QStringLiteral("started ") + expected, 3000);
        QCOMPARE(concourse().latestVersion(task.service), expected);
        QTRY_COMPARE_WITH_TIMEOUT(newest(task.service, jobNames[2]),
                                  QStringLiteral("succeeded ") + expected, 10000);

        qint64 previous = 0;
        for (int i = 0; i < jobNames.size(); ++i) {
            QCOMPARE(newest(task.service, jobNames[i]), QStringLiteral("succeeded ") + expected);
            const qint64 id = newestId(task.service, jobNames[i]);
            QVERIFY(id > seeded[i] && id > previous);
            previous = id;
            const QJsonObject job = get(QStringLiteral("/api/v1/teams/chs/pipelines/%1/jobs/%2")
                                            .arg(task.service, jobNames[i]))
                                        .toObject();
            QVERIFY(job[QLatin1String("next_build")].isNull());
            QCOMPARE(job[QLatin1String("finished_build")][QLatin1String("id")].toInteger(), id);
        }
    }

    void failureStopsTheChain()
    {
        start(50, 1.0);
        const CatalogueTask &task = m_catalogue.tasks.first();
        const QString expected = patchBump(m_catalogue.service(task.service)->latestVersion);
        const qint64 seededPlan = newestId(task.service, jobNames[1]);

        merge(task.key);
        QTRY_COMPARE_WITH_TIMEOUT(newest(task.service, jobNames[0]),
                                  QStringLiteral("failed ") + expected, 3000);
        QTest::qWait(300);
        QCOMPARE(newestId(task.service, jobNames[1]), seededPlan);
        // A failed build made no version; the next merge builds the same one again.
        QCOMPARE(concourse().latestVersion(task.service),
                 m_catalogue.service(task.service)->latestVersion);
        merge(task.key);
        QCOMPARE(newest(task.service, jobNames[0]), QStringLiteral("pending ") + expected);
    }

    void onlyAMergeStartsABuild_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("to");
        const QString key = m_catalogue.tasks.first().key;
        QTest::newRow("to In Progress") << key << QStringLiteral("In Progress");
        QTest::newRow("to Testing") << key << QStringLiteral("Testing");
        QTest::newRow("to Done") << key << QStringLiteral("Done");
        QTest::newRow("unknown issue")
            << QStringLiteral("CHS-99999") << QStringLiteral("Ready for Test");
    }

    void onlyAMergeStartsABuild()
    {
        QFETCH(QString, key);
        QFETCH(QString, to);
        start(20, 0.0);
        const qsizetype before = buildCount();
        emit fixture().sandbox().events().jiraIssueTransitioned(key, QStringLiteral("In Review"),
                                                                to);
        QTest::qWait(150);
        QCOMPARE(buildCount(), before);
    }

    void quickMergesBuildSideBySide()
    {
        start(100, 0.0);
        const QString service = m_catalogue.tasks.first().service;
        QStringList keys;
        for (const CatalogueTask &task : m_catalogue.tasks) {
            if (task.service == service && keys.size() < 2)
                keys << task.key;
        }
        QCOMPARE(keys.size(), 2);
        const QString first = patchBump(m_catalogue.service(service)->latestVersion);
        const QString second = patchBump(first);
        merge(keys[0]);
        merge(keys[1]);
        QTRY_VERIFY_WITH_TIMEOUT(builds(service, jobNames[2], 2).size() == 2 &&
                                     describe(builds(service, jobNames[2], 2)[0]) ==
                                         QStringLiteral("succeeded ") + second &&
                                     describe(builds(service, jobNames[2], 2)[1]) ==
                                         QStringLiteral("succeeded ") + first,
                                 10000);
        const QJsonArray built = builds(service, jobNames[0], 2);
        QCOMPARE(built[0][QLatin1String("name")].toString().toInt(),
                 built[1][QLatin1String("name")].toString().toInt() + 1);
    }

    void mergeThroughTheControlApi()
    {
        start(30, 0.0);
        const CatalogueTask &task = taskWithStatus(QStringLiteral("In Review"));
        if (task.status != QLatin1String("In Review"))
            QSKIP("The small catalogue has no task in review.");
        const QString expected = patchBump(m_catalogue.service(task.service)->latestVersion);
        const auto reply = fixture().sendJson(
            "POST", fixture().url(QStringLiteral("_sandbox"), QStringLiteral("/merge")),
            QJsonDocument(QJsonObject{{QLatin1String("key"), task.key}}));
        QCOMPARE(reply.status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(newest(task.service, jobNames[2]),
                                  QStringLiteral("succeeded ") + expected, 5000);
    }

    void failuresAreRepeatable()
    {
        // The same seed and merges give the same failures.
        QList<QStringList> runs;
        for (int run = 0; run < 2; ++run) {
            start(10, 0.5);
            const qsizetype seeded = buildCount();
            for (const CatalogueService &service : m_catalogue.services) {
                for (const CatalogueTask &task : m_catalogue.tasks) {
                    if (task.service == service.name) {
                        merge(task.key);
                        break;
                    }
                }
            }
            const auto running = [this] {
                for (const QJsonValue &build :
                     concourse().save()[QLatin1String("builds")].toArray()) {
                    const QString status = build[QLatin1String("status")].toString();
                    if (status == QLatin1String("pending") || status == QLatin1String("started"))
                        return true;
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(!running(), 5000);
            QStringList outcomes;
            const QJsonArray all = concourse().save()[QLatin1String("builds")].toArray();
            for (qsizetype i = seeded; i < all.size(); ++i) {
                outcomes << all[i][QLatin1String("pipelineName")].toString() + u'/' +
                                all[i][QLatin1String("jobName")].toString() + u' ' +
                                all[i][QLatin1String("status")].toString();
            }
            runs << outcomes;
        }
        QCOMPARE(runs[0], runs[1]);
        QVERIFY(runs[0].join(u',').contains(QLatin1String("failed")));
        QVERIFY(runs[0].join(u',').contains(QLatin1String("succeeded")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPipelines)
#include "tst_sandbox_pipelines.moc"
