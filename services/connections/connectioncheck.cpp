#include "connectioncheck.h"

#include "integrations.h"

#include "models/ports/answerlater.h"

namespace ReleaseDesk {

namespace {

template <typename T, typename Describe>
auto reportWith(ConnectionCheck::Done done, Describe describe)
{
    return [done = std::move(done), describe](const Result<T> &result) {
        done(result ? Result<QString>(describe(result.value())) : result.failure());
    };
}

void checkConcourse(ConcourseClient &client, QObject *context, ConnectionCheck::Done done)
{
    const QString team = client.connection().team; // perhaps the fly target's
    client.checkCredentials(context, reportWith<QString>(std::move(done), [team](const QString &v) {
                                return ConnectionCheck::tr("Signed in to Concourse %1 as a "
                                                           "member of team %2.")
                                    .arg(v, team);
                            }));
}

// Each of `projects` from `index` on, in turn; the project's versions answer
// 404 for a project that does not exist or that the account cannot see.
void checkJiraProjects(JiraClient &client, const QString &name, const QStringList &projects,
                       qsizetype index, QObject *context, const ConnectionCheck::Done &done)
{
    if (index == projects.size()) {
        const QString found =
            projects.size() == 1
                ? ConnectionCheck::tr("Signed in to Jira as %1; project %2 found.")
                : ConnectionCheck::tr("Signed in to Jira as %1; projects %2 found.");
        return done(found.arg(name, projects.join(QLatin1String(", "))));
    }
    const QString project = projects.at(index);
    client.projectVersions(
        project, context,
        [&client, name, projects, index, context, done,
         project](const Result<QList<JiraVersion>> &versions) {
            if (!versions)
                return done(Result<QString>::failure(
                    ConnectionCheck::tr("Signed in as %1, but project %2 was not found: %3")
                        .arg(name, project, versions.error())));
            checkJiraProjects(client, name, projects, index + 1, context, done);
        });
}

// Every project of the team's: tasks are read from each, and a release's fix
// version is made in each one its tasks are in.
void checkJira(JiraClient &client, const QStringList &projects, QObject *context,
               ConnectionCheck::Done done)
{
    client.checkCredentials(context,
                            [&client, projects, context, done](const Result<QString> &who) {
                                if (!who)
                                    return done(who.failure());
                                checkJiraProjects(client, who.value(), projects, 0, context, done);
                            });
}

// The developers' channel, when the team keeps one, after the release channel.
void checkDevelopersChannel(SlackClient *developers, const QString &found, QObject *context,
                            const ConnectionCheck::Done &done)
{
    if (!developers)
        return done(found);
    developers->resolveChannel(
        context, [done, found, channel = developers->connection().channel](const auto &id) {
            if (!id)
                return done(id.failure());
            done(ConnectionCheck::tr("%1 Developers' channel #%2 found.").arg(found, channel));
        });
}

void checkSlack(SlackClient &client, SlackClient *developers, QObject *context,
                ConnectionCheck::Done done)
{
    client.checkCredentials(context, [&client, developers, context,
                                      done](const Result<SlackIdentity> &who) {
        if (!who)
            return done(who.failure());
        client.resolveChannel(context, [done, developers, context, who = who.value(),
                                        channel = client.connection().channel](const auto &id) {
            if (!id)
                return done(id.failure());
            checkDevelopersChannel(developers,
                                   ConnectionCheck::tr("Signed in to Slack workspace %1 as %2; "
                                                       "channel #%3 found and the app is in it.")
                                       .arg(who.team, who.user, channel),
                                   context, done);
        });
    });
}

// Signed in and the group found, then what the instance requires on a change
// that the settings leave empty, so that it is set before a release needs it.
void checkServiceNow(ServiceNowClient &client, QObject *context, ConnectionCheck::Done done)
{
    client.checkCredentials(context, [&client, context, done](const Result<QString> &group) {
        if (!group)
            return done(group.failure());
        const QString signedIn =
            ConnectionCheck::tr("Signed in to ServiceNow; assignment group \"%1\" found.")
                .arg(client.connection().assignmentGroup);
        client.missingMandatoryFields(
            context, [done, signedIn](const Result<QList<MandatoryField>> &missing) {
                // Unable to read the dictionary, the desk still raises changes.
                if (!missing && missing.failure().kind == ErrorKind::Forbidden)
                    return done(QString(signedIn + u' ' + missing.error()));
                if (!missing)
                    return done(Result<QString>::failure(signedIn + u' ' + missing.error()));
                if (!missing->isEmpty()) {
                    return done(Result<QString>::failure(
                        signedIn + u' ' + ServiceNowParse::unfilledMessage(missing.value())));
                }
                done(signedIn);
            });
    });
}

} // namespace

void ConnectionCheck::run(Integrations &integrations, RemoteSystem system, QObject *context,
                          Done done)
{
    switch (system) {
    case RemoteSystem::Concourse:
        if (auto *client = integrations.concourse())
            return checkConcourse(*client, context, std::move(done));
        break;
    case RemoteSystem::Jira:
        if (auto *client = integrations.jira())
            return checkJira(*client, integrations.settings().jira.projects(), context,
                             std::move(done));
        break;
    case RemoteSystem::Confluence:
        if (auto *client = integrations.confluence()) {
            const QString space = client->connection().spaceKey;
            return client->checkCredentials(
                context, reportWith<QString>(std::move(done), [space](const QString &name) {
                    return tr("Signed in to Confluence as %1; space %2 found.").arg(name, space);
                }));
        }
        break;
    case RemoteSystem::ServiceNow:
        if (auto *client = integrations.serviceNow())
            return checkServiceNow(*client, context, std::move(done));
        break;
    case RemoteSystem::Slack:
        if (auto *client = integrations.slack())
            return checkSlack(*client, integrations.developersSlack(), context, std::move(done));
        break;
    case RemoteSystem::GitHub:
        if (auto *client = integrations.gitHub()) {
            const QString owner = client->connection().owner;
            return client->checkCredentials(
                context, reportWith<QString>(std::move(done), [owner](const QString &login) {
                    return tr("Signed in to GitHub as %1; the repositories of %2 found.")
                        .arg(login, owner);
                }));
        }
        break;
    }
    answerLater<QString>(context, std::move(done),
                         Result<QString>::failure(Integrations::notConnected(system)));
}

} // namespace ReleaseDesk
