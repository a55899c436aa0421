#include "models/usecases/releasefixversions.h"

#include "models/formats/outboxpayload.h"

#include <algorithm>

namespace ReleaseDesk {

namespace {

// Each of these writes is asked for once per release and project (a move to
// Live or Cancelled cannot happen twice), so its key is its first.
OutboxEntry once(const OutboxPayload &payload, const Release &release, const QString &purpose,
                 const QDateTime &now)
{
    const OutboxKind kind = OutboxPayloads::kind(payload);
    return OutboxPayloads::entry(
        payload, release.id, OutboxPayloads::idempotencyKey(kind, release.name, purpose, 1), now);
}

// The next of a write that may be asked for again: numbered after the
// release's earlier ones of the same purpose.
OutboxEntry next(const OutboxPayload &payload, const Release &release, const QString &purpose,
                 const QList<OutboxEntry> &releaseOutbox, const QDateTime &now)
{
    const OutboxKind kind = OutboxPayloads::kind(payload);
    const QString prefix = OutboxPayloads::keyPrefix(kind, release.name, purpose);
    const auto earlier =
        std::count_if(releaseOutbox.cbegin(), releaseOutbox.cend(),
                      [&](const OutboxEntry &e) { return e.idempotencyKey.startsWith(prefix); });
    return OutboxPayloads::entry(
        payload, release.id,
        OutboxPayloads::idempotencyKey(kind, release.name, purpose, int(earlier) + 1), now);
}

// How the entries of one project of a release say which project they are for.
class ProjectOf
{
public:
    ProjectOf(const Release &release, const QString &teamProject)
        : m_home(!teamProject.trimmed().isEmpty()
                     ? teamProject.trimmed().toUpper()
                     : ReleaseFixVersions::projectOf(release.taskKeys.value(0)))
    {}

    // What a payload stores: nothing for the team's first project, as before.
    QString stated(const QString &project) const { return isHome(project) ? QString() : project; }
    // "create" for the team's first project, as before; "create-PAY" for another.
    QString purpose(const QString &what, const QString &project) const
    {
        return isHome(project) ? what : what + u'-' + project;
    }

private:
    bool isHome(const QString &project) const { return project == m_home; }

    QString m_home;
};

} // namespace

QString ReleaseFixVersions::projectOf(const QString &taskKey)
{
    return taskKey.trimmed().section(u'-', 0, 0).toUpper();
}

QStringList ReleaseFixVersions::projectsOf(const Release &release)
{
    QStringList projects;
    for (const QString &key : release.taskKeys) {
        if (const QString project = projectOf(key); !projects.contains(project))
            projects << project;
    }
    return projects;
}

QList<OutboxEntry> ReleaseFixVersions::created(const Release &release, const QDateTime &now,
                                               const QString &teamProject)
{
    const ProjectOf of(release, teamProject);
    // Every version before any task is put in one: a task takes only a version
    // that its project already has.
    QList<OutboxEntry> entries;
    for (const QString &project : projectsOf(release)) {
        entries << once(JiraVersionPayload{release.name, of.stated(project)}, release,
                        of.purpose(QStringLiteral("create"), project), now);
    }
    for (const QString &key : release.taskKeys) {
        entries << once(JiraFixVersionPayload{key, release.name, true, of.stated(projectOf(key))},
                        release, QStringLiteral("add-") + key, now);
    }
    return entries;
}

OutboxEntry ReleaseFixVersions::taskRemoved(const Release &release, const QString &key,
                                            const QList<OutboxEntry> &releaseOutbox,
                                            const QDateTime &now, const QString &teamProject)
{
    const ProjectOf of(release, teamProject);
    return next(JiraFixVersionPayload{key, release.name, false, of.stated(projectOf(key))}, release,
                QStringLiteral("remove-") + key, releaseOutbox, now);
}

QList<OutboxEntry> ReleaseFixVersions::moved(const Release &release, Stage to, const QDateTime &now,
                                             const QString &teamProject)
{
    if (to != Stage::Live && to != Stage::Cancelled)
        return {};
    const ProjectOf of(release, teamProject);
    // Jira's release date is a day without a zone: the day where the team is.
    const QDate day = now.toLocalTime().date();
    QList<OutboxEntry> entries;
    for (const QString &project : projectsOf(release)) {
        if (to == Stage::Live) {
            entries << once(JiraVersionReleasedPayload{release.name, day, of.stated(project)},
                            release, of.purpose(QStringLiteral("live"), project), now);
        } else {
            entries << once(JiraVersionArchivedPayload{release.name, of.stated(project)}, release,
                            of.purpose(QStringLiteral("cancelled"), project), now);
        }
    }
    return entries;
}

bool ReleaseFixVersions::waiting(const QList<OutboxEntry> &releaseOutbox)
{
    return std::any_of(releaseOutbox.cbegin(), releaseOutbox.cend(), [](const OutboxEntry &e) {
        return OutboxPayloads::isFixVersionKind(e.kind) &&
               (e.state == OutboxState::Pending || e.state == OutboxState::Sending ||
                e.state == OutboxState::Failed);
    });
}

} // namespace ReleaseDesk
