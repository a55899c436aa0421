#include "models/usecases/fixversionfollow.h"

#include "models/usecases/releaseadoption.h"
#include "models/usecases/releaseworkflow.h"

namespace ReleaseDesk {

namespace {

AuditEvent taskEvent(const Release &release, AuditAction action, const QString &why,
                     const QDateTime &now)
{
    AuditEvent event;
    event.releaseId = release.id;
    event.actor = ReleaseAdoption::actor();
    event.at = now;
    event.action = action;
    event.why = why;
    return event;
}

} // namespace

FixVersionFollowing FixVersionFollow::follow(const Release &stored, const FixVersionState &jira,
                                             bool ownWritesWaiting, const QDateTime &now)
{
    FixVersionFollowing following;
    if (isTerminal(stored.stage))
        return following;
    Release release = stored;
    if (!ownWritesWaiting && !jira.taskKeys.isEmpty()) {
        for (const QString &key : stored.taskKeys) {
            if (jira.taskKeys.contains(key))
                continue;
            release.taskKeys.removeAll(key);
            following.events << taskEvent(
                release, AuditAction::TaskLeft,
                tr("%1 no longer has fix version %2 in Jira").arg(key, release.name), now);
        }
        for (const QString &key : jira.taskKeys) {
            if (release.taskKeys.contains(key))
                continue;
            release.taskKeys << key;
            following.events << taskEvent(
                release, AuditAction::TaskJoined,
                tr("%1 has fix version %2 in Jira").arg(key, release.name), now);
        }
    }
    if (jira.released) {
        const QString day = jira.releaseDate.isValid() ? jira.releaseDate.toString(Qt::ISODate)
                                                       : tr("no release date");
        following.events << ReleaseWorkflow::moveRelease(
            release, Stage::Live, ReleaseAdoption::actor(),
            tr("from Jira: fix version %1 is released (%2)").arg(release.name, day), now);
    } else if (jira.archived) {
        following.events << ReleaseWorkflow::moveRelease(
            release, Stage::Cancelled, ReleaseAdoption::actor(),
            tr("from Jira: fix version %1 is archived").arg(release.name), now);
    }
    if (following.events.isEmpty())
        return following;
    release.updated = now;
    following.release = release;
    return following;
}

} // namespace ReleaseDesk
