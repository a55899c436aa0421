#include "dashboardbenchstore.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QSet>

namespace ReleaseDesk::Bench {
namespace {

using Sandbox::HistoryStage;

Change changeOf(const Sandbox::CatalogueTask &task)
{
    return Change{task.key,
                  task.summary,
                  task.status,
                  task.assignee,
                  task.service,
                  QStringLiteral("feature/") + task.key,
                  QStringLiteral("%1").arg(qHash(task.key), 8, 16, QChar(u'0')),
                  task.fixVersion,
                  ReviewState::Merged,
                  task.updated};
}

// Builds Concourse numbers in start order; the ids only need to be unique and rising.
struct BuildIds
{
    qint64 next = 1000;
};

void addBuilds(QList<PipelineBuild> &builds, BuildIds &ids, const ReleaseService &shipped,
               const QDateTime &when, bool applyFails)
{
    for (PipelineJob job :
         {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
        const qint64 id = ids.next++;
        const bool failed = applyFails && job == PipelineJob::CidevApply;
        builds << PipelineBuild{id,
                                shipped.service,
                                job,
                                QString::number(id % 1000),
                                failed ? BuildStatus::Failed : BuildStatus::Succeeded,
                                shipped.version,
                                when,
                                when.addSecs(300)};
    }
}

Status verdict(ReleaseStore &store, const QString &key, Environment environment, bool passed,
               const QDateTime &at)
{
    TestResult result;
    result.taskKey = key;
    result.environment = environment;
    result.outcome = passed ? TestOutcome::Passed : TestOutcome::Failed;
    result.tester = QStringLiteral("tess.tester");
    result.note = passed ? QString() : QStringLiteral("Fails on the second page");
    result.at = at;
    return store.recordTestResult(result, {});
}

ChannelMessage message(int &ts, const Release &release, const QString &author,
                       ChannelMessageKind kind, const QString &text, const QDateTime &posted)
{
    return ChannelMessage{QStringLiteral("1700000000.%1").arg(++ts, 6, 10, QChar(u'0')),
                          {},
                          author,
                          text,
                          posted,
                          release.name,
                          kind};
}

} // namespace

Status fillStore(ReleaseStore &store, const StoreSize &size)
{
    const Sandbox::Catalogue catalogue =
        Sandbox::Catalogue::generate({size.tasks, size.releases, 1, size.now});
    QList<Service> services;
    for (const Sandbox::CatalogueService &service : catalogue.services) {
        services << Service{service.name, service.name, service.deploymentType, catalogue.team};
    }
    if (const auto saved = store.saveServices(services); !saved)
        return Status::failure(saved.error());
    QList<Change> changes;
    changes.reserve(catalogue.tasks.size());
    for (const Sandbox::CatalogueTask &task : catalogue.tasks)
        changes << changeOf(task);
    if (const auto saved = store.saveChanges(changes); !saved)
        return Status::failure(saved.error());

    QList<PipelineBuild> builds;
    QList<ChannelMessage> messages;
    BuildIds ids;
    int ts = 0;
    QSet<QString> released;
    for (qsizetype r = 0; r < catalogue.releases.size(); ++r) {
        const Sandbox::CatalogueRelease &history = catalogue.releases.at(r);
        Release release;
        release.name = history.name;
        release.stage = Sandbox::appStage(history.stage);
        release.taskKeys = history.taskKeys;
        for (const auto &[service, version] : history.services) {
            const Sandbox::CatalogueService *known = catalogue.service(service);
            release.services << ReleaseService{service, version,
                                               known ? known->deploymentType : QString()};
        }
        release.created = history.started;
        release.stageChanged = history.started.addSecs(3600 * (1 + r % 40));
        release.updated = release.stageChanged;
        if (release.stage >= Stage::NotesPublished) {
            release.notes =
                ReleaseNotes{QStringLiteral("Ships %1").arg(history.taskKeys.join(u' ')),
                             QStringLiteral("Redeploy the previous versions."),
                             {},
                             true,
                             QString::number(50000 + r),
                             QStringLiteral("https://wiki.example.test/pages/%1").arg(50000 + r)};
        }
        release.changeTicket = history.changeNumber;
        if (!release.changeTicket.isEmpty())
            release.changeTicketUrl =
                QStringLiteral("https://snow.example.test/") + history.changeNumber;
        release.testTaskNumber = history.testTaskNumber;
        AuditEvent created{
            0, 0, QStringLiteral("dev.one"), release.created, AuditAction::Created, {}, {}, {}};
        const auto id = store.createRelease(release, created);
        if (!id)
            return Status::failure(id.error());
        released.unite(QSet<QString>(release.taskKeys.cbegin(), release.taskKeys.cend()));

        const bool underWay = history.stage == HistoryStage::Drafted;
        for (const ReleaseService &shipped : std::as_const(release.services))
            addBuilds(builds, ids, shipped, release.created.addSecs(-86400), underWay && r % 2);
        for (qsizetype t = 0; t < release.taskKeys.size(); ++t) {
            // A release still in CI-Dev has a failure and untested tasks.
            if (underWay && t > release.taskKeys.size() / 2)
                break;
            const bool passed = !(underWay && t == release.taskKeys.size() / 2);
            if (Status saved = verdict(store, release.taskKeys.at(t), Environment::CiDev, passed,
                                       release.created.addSecs(7200 + t));
                !saved)
                return saved;
            if (release.stage >= Stage::InStaging && release.stage != Stage::Cancelled) {
                if (Status saved = verdict(store, release.taskKeys.at(t), Environment::Staging,
                                           true, release.stageChanged.addSecs(600 + t));
                    !saved)
                    return saved;
            }
        }
        if (history.stage >= HistoryStage::StagingRequested) {
            messages << message(ts, release, QStringLiteral("dev.one"),
                                ChannelMessageKind::StagingRequest,
                                QStringLiteral("Please apply %1 to staging").arg(release.name),
                                release.created.addSecs(20000));
            const bool garbled = r % 50 == 7;
            messages << message(
                ts, release, catalogue.releaseManager,
                garbled ? ChannelMessageKind::Unrecognised : ChannelMessageKind::AppliedToStaging,
                garbled ? QStringLiteral("%1 is on hold, ask me later").arg(release.name)
                        : QStringLiteral("%1 applied to staging, test task %2")
                              .arg(release.name, release.testTaskNumber),
                release.created.addSecs(30000));
        }
        if (r + 50 >= catalogue.releases.size()) {
            OutboxEntry entry;
            entry.releaseId = id.value();
            entry.kind = OutboxKind::SlackPost;
            entry.payload = "{}";
            entry.idempotencyKey = QStringLiteral("bench-%1").arg(r);
            entry.created = release.updated;
            release.id = id.value();
            if (Status saved = store.saveRelease(release, {}, {entry}); !saved)
                return saved;
        }
    }
    if (const auto saved = store.saveBuilds(builds); !saved)
        return Status::failure(saved.error());
    if (const auto saved = store.saveChannelMessages(messages); !saved)
        return Status::failure(saved.error());

    // One release of many open tasks, so the sign-off table has a long list to show.
    Release big;
    big.name = QStringLiteral("2099.1.1");
    big.created = catalogue.now.addDays(-3);
    big.stageChanged = big.created;
    big.updated = big.created;
    QSet<QString> bigServices;
    for (const Sandbox::CatalogueTask &task : catalogue.tasks) {
        if (big.taskKeys.size() >= size.bigReleaseTasks)
            break;
        if (released.contains(task.key))
            continue;
        big.taskKeys << task.key;
        if (!bigServices.contains(task.service)) {
            bigServices.insert(task.service);
            big.services << ReleaseService{task.service,
                                           catalogue.service(task.service)->latestVersion,
                                           QStringLiteral("ECS")};
        }
    }
    AuditEvent created{0,  0, QStringLiteral("dev.one"), big.created, AuditAction::Created, {},
                       {}, {}};
    const auto bigId = store.createRelease(big, created);
    if (!bigId)
        return Status::failure(bigId.error());
    for (qsizetype t = 0; t < big.taskKeys.size(); t += 3) {
        if (Status saved = verdict(store, big.taskKeys.at(t), Environment::CiDev, t % 9 != 0,
                                   big.created.addSecs(t));
            !saved)
            return saved;
    }
    return success();
}

} // namespace ReleaseDesk::Bench
