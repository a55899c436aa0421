#include "releasefollower.h"

#include "jirasync.h"

#include "models/fixversionfollow.h"
#include "models/releasefixversions.h"

#include <QHash>

namespace ReleaseDesk {

ReleaseFollower::ReleaseFollower(SyncRun &run, JiraClient &jira, JiraSettings settings)
    : m_run(run), m_jira(jira), m_settings(std::move(settings))
{}

void ReleaseFollower::start(QObject *context, Done done)
{
    m_done = std::move(done);
    if (!m_run.versions)
        return finish();
    const auto releases = m_run.store.releases();
    if (!releases)
        return finish(releases.error());
    QHash<QString, JiraVersion> versions;
    for (const JiraVersion &version : std::as_const(*m_run.versions))
        versions.insert(version.name.trimmed().toCaseFolded(), version);
    for (const Release &release : releases.value()) {
        const auto version = versions.constFind(release.name.toCaseFolded());
        if (!isTerminal(release.stage) && version != versions.cend())
            m_followed << Followed{release, *version};
    }
    followNext(context, 0);
}

void ReleaseFollower::followNext(QObject *context, qsizetype index)
{
    if (index == m_followed.size() || m_run.cancelled)
        return finish();
    const auto tasks = JiraSync::query(m_settings, {});
    if (!tasks)
        return finish(tasks.error());
    JqlQuery query = tasks.value();
    query.whereEquals(Jql::Field::FixVersion, m_followed.at(index).version.name);
    m_jira.searchChanges(
        query, {}, context, [this, context, index](const Result<QList<Change>> &tasks) {
            if (!tasks)
                return finish(tasks.error());
            QStringList keys;
            for (const Change &task : tasks.value())
                keys << task.key;
            if (const Status followed = follow(m_followed.at(index), keys); !followed)
                return finish(followed.error());
            followNext(context, index + 1);
        });
}

Status ReleaseFollower::follow(const Followed &followed, const QStringList &taskKeys)
{
    const Release &release = followed.release;
    const auto outbox = m_run.store.releaseOutbox(release.id);
    if (!outbox)
        return Status::failure(outbox.error());
    const FixVersionState jira{followed.version.released, followed.version.releaseDate,
                               followed.version.archived, taskKeys};
    const FixVersionFollowing following = FixVersionFollow::follow(
        release, jira, ReleaseFixVersions::waiting(outbox.value()), m_run.clock.now());
    if (!following.release)
        return success();
    if (const Status saved = m_run.store.saveRelease(*following.release, following.events); !saved)
        return saved;
    for (const AuditEvent &event : following.events)
        m_outcome.changes << tr("%1: %2").arg(release.name, event.why);
    return success();
}

void ReleaseFollower::finish(const QString &error)
{
    m_outcome.error = error;
    if (m_done)
        m_done(m_outcome);
}

} // namespace ReleaseDesk
