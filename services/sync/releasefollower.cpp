#include "releasefollower.h"

#include "jirasync.h"

#include "models/usecases/fixversionfollow.h"
#include "models/usecases/releasefixversions.h"

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
    const FixVersionState jira{followed.version.released, followed.version.releaseDate,
                               followed.version.archived, taskKeys};
    const auto following = [&](const Release &release) -> Result<FixVersionFollowing> {
        const auto outbox = m_run.store.releaseOutbox(release.id);
        if (!outbox)
            return outbox.failure();
        return FixVersionFollow::follow(release, jira, ReleaseFixVersions::waiting(outbox.value()),
                                        m_run.clock.now());
    };
    // The release as read when the sync began tells whether there is anything
    // to follow; what is followed is decided again on the release as stored,
    // since a person may have moved it while Jira answered.
    const auto seen = following(followed.release);
    if (!seen)
        return seen.failure();
    if (!seen->release)
        return success();
    QList<AuditEvent> events;
    const auto saved = m_run.store.editRelease(followed.release.id,
                                               [&](Release &release) -> Result<ReleaseWrites> {
                                                   const auto now = following(release);
                                                   if (!now)
                                                       return now.failure();
                                                   if (now->release)
                                                       release = *now->release;
                                                   events = now->events;
                                                   return ReleaseWrites{events, {}};
                                               });
    if (!saved)
        return saved.failure();
    for (const AuditEvent &event : events)
        m_outcome.changes << tr("%1: %2").arg(followed.release.name, event.why);
    return success();
}

void ReleaseFollower::finish(const QString &error)
{
    m_outcome.error = error;
    if (m_done)
        m_done(m_outcome);
}

} // namespace ReleaseDesk
