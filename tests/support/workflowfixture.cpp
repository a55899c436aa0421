#include "workflowfixture.h"

namespace ReleaseDesk::Testing {

WorkflowFixture::WorkflowFixture() = default;
WorkflowFixture::~WorkflowFixture() = default;

Status WorkflowFixture::setUpWorkflow()
{
    m_store = std::make_unique<MemoryReleaseStore>();
    m_clock = std::make_unique<TestClock>();
    m_workflow = std::make_unique<ReleaseWorkflow>(*m_store, *m_clock);
    QList<Change> changes;
    for (int n = 1201; n <= 1205; ++n)
        changes << Change{QStringLiteral("CHS-%1").arg(n),
                          s("A change"),
                          s("Ready for Test"),
                          dev,
                          s("chs-orders-api"),
                          {},
                          {},
                          {},
                          ReviewState::Merged,
                          {}};
    if (auto saved = m_store->saveChanges(changes); !saved)
        return Status::failure(saved.error());
    QList<PipelineBuild> builds;
    qint64 id = 10;
    for (PipelineJob job :
         {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
        builds << PipelineBuild{++id,
                                s("chs-orders-api"),
                                job,
                                QString::number(id),
                                BuildStatus::Succeeded,
                                s("1.2.0"),
                                {},
                                {}};
    }
    builds << PipelineBuild{++id,
                            s("chs-search-api"),
                            PipelineJob::DockerBuildEcr,
                            s("3"),
                            BuildStatus::Failed,
                            s("4.0.0"),
                            {},
                            {}};
    if (auto saved = m_store->saveBuilds(builds); !saved)
        return Status::failure(saved.error());
    return success();
}

void WorkflowFixture::tearDownWorkflow()
{
    m_workflow.reset();
    m_clock.reset();
    m_store.reset();
}

qint64 WorkflowFixture::create(const QString &name, const QStringList &keys)
{
    m_clock->advance(60);
    const auto id =
        m_workflow->createRelease(name, {{s("chs-orders-api"), s("1.2.0"), s("ECS")}}, keys, dev);
    return id ? id.value() : 0;
}

Status WorkflowFixture::driveTo(qint64 id, Stage target)
{
    while (stored(id).stage != target) {
        const Release release = stored(id);
        const auto next = Lifecycle::nextStage(release.stage);
        if (!next)
            return Status::failure(s("no way forward"));
        m_clock->advance(3600);
        Status met = success();
        switch (*next) {
        case Stage::ReadyForStaging:
        case Stage::StagingPassed: {
            const Environment env =
                *next == Stage::StagingPassed ? Environment::Staging : Environment::CiDev;
            for (const QString &key : release.taskKeys) {
                if (met)
                    met = m_workflow->recordTestResult(key, env, TestOutcome::Passed, tester, {});
            }
            break;
        }
        case Stage::NotesPublished:
            met = m_workflow->saveNotes(
                id, {s("Paginate filing history."), s("Redeploy 1.1.0."), {}, true, {}, {}}, dev);
            if (met)
                met = m_workflow->recordNotesPublished(
                    id, s("2293761"), s("https://confluence.example/2293761"), dev);
            break;
        case Stage::TicketRaised:
            met = m_workflow->recordChangeTicket(id, s("CHG0030001"),
                                                 s("https://snow.example/CHG0030001"), dev);
            break;
        case Stage::StagingRequested:
            met = m_workflow->recordStagingRequest(id, s("release_chs:1.1"), dev);
            break;
        case Stage::InStaging:
            met = m_workflow->recordTestTask(id, s("CTASK0010002"), dev);
            break;
        case Stage::LiveRequested:
            met = m_workflow->recordLiveRequest(id, s("release_chs:2.1"), dev);
            break;
        case Stage::Live:
            met = m_workflow->recordLiveConfirmation(id, s("release_chs:2.2"), dev);
            break;
        default:
            break;
        }
        if (!met)
            return met;
        if (auto moved = m_workflow->transition(id, *next, dev, {}); !moved)
            return moved;
    }
    return success();
}

} // namespace ReleaseDesk::Testing
