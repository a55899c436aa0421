#include "fixversionsender.h"

#include "services/connections/integrations.h"

#include <algorithm>

namespace ReleaseDesk {

namespace {

using Answer = Result<OutboxAnswer>;

} // namespace

FixVersionSender::FixVersionSender(Integrations &integrations) : m_integrations(integrations) {}

JiraClient *FixVersionSender::jiraOf(Integrations *integrations, const Done &done)
{
    // Asked for at each step: new settings may have replaced the client meanwhile.
    JiraClient *jira = integrations->jira();
    if (!jira)
        done(Answer::failure(Integrations::notConnected(RemoteSystem::Jira)));
    return jira;
}

const JiraVersion *FixVersionSender::named(const QList<JiraVersion> &versions, const QString &name)
{
    // Jira keeps a project's version names unique whatever their case.
    const auto found = std::find_if(versions.cbegin(), versions.cend(), [&](const JiraVersion &v) {
        return v.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return found == versions.cend() ? nullptr : &*found;
}

QString FixVersionSender::projectKey(JiraClient &jira, const QString &project)
{
    // Entries queued before releases spanned projects name none: they were
    // all for the first.
    return project.isEmpty() ? jira.connection().projectKey : project;
}

void FixVersionSender::ensureVersion(const JiraVersionPayload &version, QObject *context,
                                     Done done) const
{
    Integrations *integrations = &m_integrations;
    const QString name = version.name;
    const QString project = version.project;
    lookUp(integrations, project, name, context, done,
           [integrations, project, name, context, done](JiraClient &, const JiraVersion *existing) {
               // Made by an earlier attempt whose answer was lost, or by a person.
               if (existing)
                   return done(OutboxAnswer{existing->name, {}});
               createVersion(integrations, project, name, context, done);
           });
}

void FixVersionSender::lookUp(Integrations *integrations, const QString &project,
                              const QString &name, QObject *context, const Done &done,
                              LookedUp lookedUp)
{
    JiraClient *jira = jiraOf(integrations, done);
    if (!jira)
        return;
    jira->projectVersions(projectKey(*jira, project), context,
                          [integrations, name, done,
                           lookedUp = std::move(lookedUp)](const Result<QList<JiraVersion>> &all) {
                              if (!all)
                                  return done(all.failure().withMessage(
                                      tr("Jira: the fix version %1 could not be looked up: %2")
                                          .arg(name, all.error())));
                              if (JiraClient *jira = jiraOf(integrations, done))
                                  lookedUp(*jira, named(all.value(), name));
                          });
}

void FixVersionSender::createVersion(Integrations *integrations, const QString &project,
                                     const QString &name, QObject *context, const Done &done)
{
    JiraClient *jira = jiraOf(integrations, done);
    if (!jira)
        return;
    jira->createVersion(
        projectKey(*jira, project), name, context,
        [integrations, project, name, context, done](const Result<JiraVersion> &created) {
            if (created)
                return done(OutboxAnswer{created->name, {}});
            // A create whose answer was lost and that was refused when sent
            // again made the version after all: look once more before failing.
            const Error failure = created.failure().withMessage(
                tr("Jira: the fix version %1 could not be created: %2").arg(name, created.error()));
            JiraClient *jira = integrations->jira();
            if (!jira)
                return done(Answer::failure(failure));
            jira->projectVersions(projectKey(*jira, project), context,
                                  [name, failure, done](const Result<QList<JiraVersion>> &all) {
                                      // Not knowing whether it was made, the look's own
                                      // failure says whether to try again.
                                      if (!all)
                                          return done(all.failure().withMessage(failure.message));
                                      if (const JiraVersion *made = named(all.value(), name))
                                          return done(OutboxAnswer{made->name, {}});
                                      done(Answer::failure(failure));
                                  });
        });
}

void FixVersionSender::editTask(const JiraFixVersionPayload &edit, QObject *context,
                                Done done) const
{
    Integrations *integrations = &m_integrations;
    JiraClient *jira = jiraOf(integrations, done);
    if (!jira)
        return;
    const QString failure = edit.add ? tr("Jira: %1 could not be added to release %2: %3")
                                     : tr("Jira: %1 could not be removed from release %2: %3");
    jira->fixVersionsOf(edit.key, context,
                        [integrations, edit, failure, context,
                         done = std::move(done)](const Result<QStringList> &current) {
                            if (!current)
                                return done(current.failure().withMessage(
                                    failure.arg(edit.key, edit.version, current.error())));
                            // Already as asked: an earlier attempt whose answer was lost, or a
                            // person.
                            if (current->contains(edit.version, Qt::CaseInsensitive) == edit.add)
                                return done(OutboxAnswer{edit.key, {}});
                            JiraClient *jira = jiraOf(integrations, done);
                            if (!jira)
                                return;
                            const auto edited = [edit, failure, done](const Status &status) {
                                if (!status)
                                    return done(status.failure().withMessage(
                                        failure.arg(edit.key, edit.version, status.error())));
                                done(OutboxAnswer{edit.key, {}});
                            };
                            if (edit.add)
                                jira->addFixVersion(edit.key, edit.version, context, edited);
                            else
                                jira->removeFixVersion(edit.key, edit.version, context, edited);
                        });
}

void FixVersionSender::withVersion(Integrations *integrations, const QString &project,
                                   const QString &name, const QString &why, QObject *context,
                                   const Done &done, Found found)
{
    lookUp(
        integrations, project, name, context, done,
        [name, why, done, found = std::move(found)](JiraClient &jira, const JiraVersion *version) {
            if (!version) {
                return done(Answer::failure(
                    tr("Jira: the fix version %1 is gone, so it cannot be %2. Create it again "
                       "in Jira, or discard this write.")
                        .arg(name, why)));
            }
            found(jira, *version);
        });
}

void FixVersionSender::markReleased(const JiraVersionReleasedPayload &released, QObject *context,
                                    Done done) const
{
    withVersion(&m_integrations, released.project, released.name, tr("marked released"), context,
                done, [released, context, done](JiraClient &jira, const JiraVersion &version) {
                    // Released already: by an earlier attempt, or by another desk
                    // that read the same live reply, perhaps a day later; the
                    // first day stands.
                    if (version.released)
                        return done(OutboxAnswer{version.name, {}});
                    jira.releaseVersion(
                        version.id, released.releaseDate, context,
                        [released, done](const Result<JiraVersion> &updated) {
                            if (!updated) {
                                return done(updated.failure().withMessage(
                                    tr("Jira: the fix version %1 could not be marked released: %2")
                                        .arg(released.name, updated.error())));
                            }
                            done(OutboxAnswer{updated->name, {}});
                        });
                });
}

void FixVersionSender::archive(const JiraVersionArchivedPayload &archived, QObject *context,
                               Done done) const
{
    withVersion(&m_integrations, archived.project, archived.name, tr("archived"), context, done,
                [archived, context, done](JiraClient &jira, const JiraVersion &version) {
                    if (version.archived)
                        return done(OutboxAnswer{version.name, {}});
                    jira.archiveVersion(
                        version.id, context, [archived, done](const Result<JiraVersion> &updated) {
                            if (!updated) {
                                return done(updated.failure().withMessage(
                                    tr("Jira: the fix version %1 could not be archived: %2")
                                        .arg(archived.name, updated.error())));
                            }
                            done(OutboxAnswer{updated->name, {}});
                        });
                });
}

} // namespace ReleaseDesk
