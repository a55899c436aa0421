#include "syncengine.h"

#include "concoursesync.h"
#include "confluencesync.h"
#include "githubsync.h"
#include "jirasync.h"
#include "releaseadopter.h"
#include "releasefollower.h"
#include "servicenowsync.h"
#include "slacksync.h"

#include "services/connections/integrations.h"

#include <vector>

namespace ReleaseDesk {

// One sync in progress. The context carries every request's callbacks, so
// dropping it abandons whatever is still in flight.
struct SyncEngine::Run
{
    Run(ReleaseStore &store, const Clock &clock, bool full, SyncRun::Progress progress)
        : sync(store, clock, full, std::move(progress))
    {}

    SyncRun sync;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    std::vector<std::unique_ptr<SyncStep>> steps;
    std::unique_ptr<ReleaseFollower> follower;
    std::unique_ptr<ReleaseAdopter> adopter;
    SyncResult result;
    int running = 0;
};

SyncEngine::SyncEngine(Integrations &integrations, ReleaseStore &store, QObject *parent)
    : QObject(parent), m_integrations(integrations), m_store(store)
{}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::start(const SyncOptions &options)
{
    if (m_run)
        return false;
    m_run = std::make_unique<Run>(m_store, m_integrations.clock(), options.full,
                                  [this](RemoteSystem system, const QString &phase, int done,
                                         int total) { emit progress(system, phase, done, total); });
    const ConnectionSettings &settings = m_integrations.settings();
    SyncRun &run = m_run->sync;
    for (RemoteSystem system : allRemoteSystems()) {
        SystemSync sync;
        sync.system = system;
        m_run->result.systems << sync;
        const bool asked = (options.systems.isEmpty() || options.systems.contains(system)) &&
                           !options.leaveOut.contains(system);
        if (!asked)
            continue;
        std::unique_ptr<SyncStep> step;
        switch (system) {
        case RemoteSystem::Concourse:
            if (auto *client = m_integrations.concourse())
                step = std::make_unique<ConcourseSync>(run, *client, settings.concourse);
            break;
        case RemoteSystem::Jira:
            if (auto *client = m_integrations.jira())
                step = std::make_unique<JiraSync>(run, m_integrations.http(), client->connection(),
                                                  settings.jira);
            break;
        case RemoteSystem::Confluence:
            if (auto *client = m_integrations.confluence())
                step = std::make_unique<ConfluenceSync>(run, *client);
            break;
        case RemoteSystem::ServiceNow:
            if (auto *client = m_integrations.serviceNow())
                step = std::make_unique<ServiceNowSync>(run, *client);
            break;
        case RemoteSystem::Slack:
            if (auto *client = m_integrations.slack())
                step = std::make_unique<SlackSync>(run, *client, settings.slack);
            break;
        case RemoteSystem::GitHub:
            if (auto *client = m_integrations.gitHub())
                step = std::make_unique<GitHubSync>(run, *client, settings.jira.projects());
            break;
        }
        if (!step && system == RemoteSystem::GitHub && !m_integrations.gitHub()) {
            // A desk that stopped following peer review stops gating on it.
            if (const Status forgotten = GitHubSync::forget(m_store, m_integrations.clock());
                !forgotten) {
                SystemSync &failed = m_run->result.system(system);
                failed.outcome = SystemSync::Outcome::Failed;
                failed.error = forgotten.error();
                continue;
            }
        }
        if (!step) {
            if (!options.systems.isEmpty()) {
                SystemSync &missing = m_run->result.system(system);
                missing.outcome = SystemSync::Outcome::Failed;
                missing.error = Integrations::notConnected(system);
            }
            continue;
        }
        m_run->steps.push_back(std::move(step));
    }
    m_run->running = int(m_run->steps.size());
    // Started from the event loop, so that no step answers inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_run->steps.empty())
                return adopt();
            for (const auto &step : m_run->steps) {
                step->start(m_run->context.get(),
                            [this](const SystemSync &sync) { stepDone(sync); });
            }
        },
        Qt::QueuedConnection);
    return true;
}

void SyncEngine::cancel()
{
    if (m_run)
        m_run->sync.cancelled = true;
}

void SyncEngine::stepDone(const SystemSync &sync)
{
    m_run->result.system(sync.system) = sync;
    if (--m_run->running == 0)
        QMetaObject::invokeMethod(this, &SyncEngine::adopt, Qt::QueuedConnection);
}

QString SyncEngine::adoptionBlocker() const
{
    const SyncResult &result = m_run->result;
    if (m_run->sync.cancelled)
        return tr("the sync was cancelled");
    const auto outcome = [&](RemoteSystem system) { return result.system(system).outcome; };
    if (outcome(RemoteSystem::Jira) != SystemSync::Outcome::Synced)
        return tr("Jira's fix versions were not read");
    // What this sync alone brings: the pages and the changes.
    const auto connected = [&](RemoteSystem system) {
        return system == RemoteSystem::Confluence ? m_integrations.confluence() != nullptr
                                                  : m_integrations.serviceNow() != nullptr;
    };
    for (RemoteSystem system : {RemoteSystem::Confluence, RemoteSystem::ServiceNow}) {
        if (connected(system) && outcome(system) != SystemSync::Outcome::Synced)
            return tr("%1 was not read in this sync").arg(toTitle(system));
    }
    // What the store keeps: the release channel and the builds.
    for (RemoteSystem system : {RemoteSystem::Slack, RemoteSystem::Concourse}) {
        if (outcome(system) == SystemSync::Outcome::Failed)
            return tr("%1 failed").arg(toTitle(system));
    }
    if (m_integrations.slack() && outcome(RemoteSystem::Slack) == SystemSync::Outcome::Skipped) {
        const auto read =
            m_store.syncCursor(SlackSync::cursorSource(m_integrations.settings().slack.channel));
        if (!read)
            return read.error();
        if (!read.value())
            return tr("the release channel has not been read yet");
    }
    return {};
}

void SyncEngine::adopt()
{
    m_run->result.adoptionSkipped = adoptionBlocker();
    if (!m_run->result.adoptionSkipped.isEmpty())
        return follow();
    emit progress(RemoteSystem::Jira, tr("releases under way"), 0, -1);
    m_run->adopter = std::make_unique<ReleaseAdopter>(m_run->sync, m_integrations.serviceNow());
    m_run->adopter->start(m_run->context.get(), [this](const ReleaseAdopter::Outcome &outcome) {
        m_run->result.adopted = outcome.adopted;
        m_run->result.followed = outcome.followed;
        m_run->result.adoptionError = outcome.error;
        QMetaObject::invokeMethod(this, &SyncEngine::follow, Qt::QueuedConnection);
    });
}

void SyncEngine::follow()
{
    // Whenever Jira's versions were read, adopted or not: a known release
    // needs nothing else, and one adopted just now gets the tasks that carry
    // its version besides their first one.
    JiraClient *jira = m_integrations.jira();
    if (!jira || !m_run->sync.versions || m_run->sync.cancelled)
        return finish();
    emit progress(RemoteSystem::Jira, tr("releases this desk knows"), 0, -1);
    m_run->follower =
        std::make_unique<ReleaseFollower>(m_run->sync, *jira, m_integrations.settings().jira);
    m_run->follower->start(m_run->context.get(), [this](const ReleaseFollower::Outcome &outcome) {
        m_run->result.system(RemoteSystem::Jira).releases << outcome.changes;
        if (m_run->result.adoptionError.isEmpty())
            m_run->result.adoptionError = outcome.error;
        QMetaObject::invokeMethod(this, &SyncEngine::finish, Qt::QueuedConnection);
    });
}

void SyncEngine::finish()
{
    SyncResult result = std::move(m_run->result);
    result.cancelled = m_run->sync.cancelled;
    m_run.reset();
    emit finished(result);
}

} // namespace ReleaseDesk
