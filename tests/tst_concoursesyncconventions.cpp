#include "services/sync/concoursesync.h"
#include "support/synctestbench.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// Every service's pipeline is "<service>-ci" but the last one's, which keeps
// its service's name: a map need not name every pipeline.
QJsonObject teamPipelines()
{
    QJsonObject services;
    const auto &catalogued = SyncTestBench::catalogue().services;
    for (qsizetype i = 0; i + 1 < catalogued.size(); ++i)
        services.insert(catalogued.at(i).name + QStringLiteral("-ci"), catalogued.at(i).name);
    return services;
}

// The sandbox playing a team that names its pipelines, jobs and version
// resource its own way; its connection document repeats the names.
Sandbox::SandboxOptions teamSandbox()
{
    Sandbox::SandboxOptions options = SyncTestBench::options();
    options.conventions.insert(
        QLatin1String("concourse"),
        QJsonObject{{QLatin1String("pipelineServices"), teamPipelines()},
                    {QLatin1String("buildJob"), QLatin1String("build-image")},
                    {QLatin1String("planJob"), QLatin1String("tf-plan")},
                    {QLatin1String("applyJob"), QLatin1String("tf-apply")},
                    {QLatin1String("versionResource"), QLatin1String("semver")}});
    return options;
}

// Syncs Concourse alone: how many records it read; nothing when it failed.
std::optional<int> syncConcourse(SyncTestBench &bench)
{
    SyncOptions options;
    options.systems = {RemoteSystem::Concourse};
    const auto result = bench.sync(options);
    if (!result || !result->ok())
        return std::nullopt;
    const SystemSync &concourse = result->system(RemoteSystem::Concourse);
    if (concourse.outcome != SystemSync::Outcome::Synced) {
        qWarning("%s", qPrintable(SyncSummary::line(concourse)));
        return std::nullopt;
    }
    return concourse.read;
}

QList<PipelineBuild> storedBuilds(SyncTestBench &bench)
{
    QList<PipelineBuild> builds = bench.store().builds().value();
    std::sort(builds.begin(), builds.end(),
              [](const PipelineBuild &a, const PipelineBuild &b) { return a.id < b.id; });
    return builds;
}

QStringList storedServiceNames(SyncTestBench &bench)
{
    QStringList names;
    for (const Service &service : bench.store().services().value())
        names << service.name;
    names.sort();
    return names;
}

// Failed builds of the build job: no image was pushed, so only the version
// resource says which version they were building.
QList<PipelineBuild> failedImageBuilds(const QList<PipelineBuild> &builds)
{
    QList<PipelineBuild> failed;
    std::copy_if(
        builds.cbegin(), builds.cend(), std::back_inserter(failed), [](const PipelineBuild &build) {
            return build.job == PipelineJob::DockerBuildEcr && build.status == BuildStatus::Failed;
        });
    return failed;
}

} // namespace

// A team's Concourse conventions against a sandbox that plays them: the desk
// set up for them reads what a desk with today's names reads from today's
// Concourse, and today's names find none of it.
class TestConcourseSyncConventions : public QObject
{
    Q_OBJECT

private slots:
    void theTeamsNamesReadWhatTodaysNamesRead()
    {
        SyncTestBench today;
        QVERIFY(today.isReady());
        QVERIFY(syncConcourse(today));
        const QList<PipelineBuild> expected = storedBuilds(today);
        QVERIFY(!expected.isEmpty());
        QVERIFY(!failedImageBuilds(expected).isEmpty());
        for (const PipelineBuild &build : failedImageBuilds(expected))
            QVERIFY2(!build.version.isEmpty(), qPrintable(build.service + u' ' + build.name));

        SyncTestBench team(teamSandbox());
        QVERIFY(team.isReady());
        // Set up by the connection document the sandbox printed.
        QCOMPARE(team.settings().concourse.planJob, QStringLiteral("tf-plan"));
        QCOMPARE(team.settings().concourse.versionResource, QStringLiteral("semver"));
        QVERIFY(syncConcourse(team));
        QCOMPARE(storedBuilds(team), expected);
        QCOMPARE(storedServiceNames(team), storedServiceNames(today));
        const QString first = SyncTestBench::catalogue().services.first().name;
        for (const Service &service : team.store().services().value()) {
            if (service.name == first)
                QCOMPARE(service.pipeline, first + QStringLiteral("-ci"));
        }

        // The cursors hold under the team's names: nothing new, nothing read again.
        QCOMPARE(syncConcourse(team), std::optional<int>(0));
    }

    void todaysNamesFindNoneOfTheTeamsBuilds()
    {
        SyncTestBench team(teamSandbox());
        QVERIFY(team.isReady());
        ConnectionSettings settings = team.settings();
        ConcourseSettings todays;
        todays.url = settings.concourse.url;
        todays.team = settings.concourse.team;
        todays.username = settings.concourse.username;
        settings.concourse = todays;
        team.reconnect(settings);
        QVERIFY(team.isReady());
        QVERIFY(syncConcourse(team));
        QVERIFY(storedBuilds(team).isEmpty());
        // Each pipeline is taken for a service of its own name.
        const QString first = SyncTestBench::catalogue().services.first().name;
        QVERIFY(storedServiceNames(team).contains(first + QStringLiteral("-ci")));
        QVERIFY(!storedServiceNames(team).contains(first));
    }

    void theVersionResourceDatesTheFailedImageBuilds()
    {
        SyncTestBench team(teamSandbox());
        QVERIFY(team.isReady());
        ConnectionSettings settings = team.settings();
        settings.concourse.versionResource = QStringLiteral("version");
        team.reconnect(settings);
        QVERIFY(team.isReady());
        QVERIFY(syncConcourse(team));
        const QList<PipelineBuild> builds = storedBuilds(team);
        QVERIFY(!failedImageBuilds(builds).isEmpty());
        // Without it a failed build cannot say what it was building...
        for (const PipelineBuild &build : failedImageBuilds(builds))
            QVERIFY2(build.version.isEmpty(), qPrintable(build.version));
        // ...while a succeeded one still has its image's tag.
        for (const PipelineBuild &build : builds) {
            if (build.status == BuildStatus::Succeeded)
                QVERIFY(!build.version.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConcourseSyncConventions)
#include "tst_concoursesyncconventions.moc"
