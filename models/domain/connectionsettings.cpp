#include "models/domain/connectionsettings.h"

#include "models/domain/addressrules.h"
#include "models/formats/channelwording.h"

#include <QRegularExpression>

namespace ReleaseDesk {

namespace {

QString required(RemoteSystem system, const QString &what)
{
    return ConnectionSettings::tr("%1: %2 is missing.").arg(toTitle(system), what);
}

// The team's Concourse conventions that cannot work: a job or resource
// without a name, one job named for two, a pipeline without a service, or a
// service two pipelines claim (a service is stored with one pipeline).
QStringList concourseConventionProblems(const ConcourseSettings &concourse)
{
    QStringList found;
    const auto need = [&](const QString &value, const QString &what) {
        if (value.trimmed().isEmpty())
            found << required(RemoteSystem::Concourse, what);
    };
    need(concourse.buildJob, ConnectionSettings::tr("the build job's name"));
    need(concourse.planJob, ConnectionSettings::tr("the plan job's name"));
    need(concourse.applyJob, ConnectionSettings::tr("the apply job's name"));
    need(concourse.versionResource, ConnectionSettings::tr("the version resource"));
    const QStringList jobs{concourse.buildJob, concourse.planJob, concourse.applyJob};
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (!jobs.at(i).trimmed().isEmpty() && jobs.indexOf(jobs.at(i)) < i)
            found << ConnectionSettings::tr("Concourse: the job %1 is named for more than one of "
                                            "build, plan and apply; each needs a job of its own.")
                         .arg(jobs.at(i));
    }
    QHash<QString, QString> pipelineOf;
    for (auto it = concourse.pipelineServices.cbegin(); it != concourse.pipelineServices.cend();
         ++it) {
        if (it.key().trimmed().isEmpty() || it.value().trimmed().isEmpty()) {
            found << ConnectionSettings::tr("Concourse: \"%1=%2\" does not say which pipeline "
                                            "builds which service; write pipeline=service.")
                         .arg(it.key(), it.value());
        } else if (pipelineOf.contains(it.value())) {
            found << ConnectionSettings::tr("Concourse: the pipelines %1 and %2 both build %3; "
                                            "a service is read from one pipeline.")
                         .arg(pipelineOf.value(it.value()), it.key(), it.value());
        } else {
            pipelineOf.insert(it.value(), it.key());
        }
    }
    return found;
}

// What is wrong in the team's conventions for ServiceNow's change requests.
QStringList serviceNowConventionProblems(const ServiceNowSettings &s)
{
    QStringList found;
    static const QRegularExpression choiceValue(QStringLiteral("^[0-9]+$"));
    const auto choice = [&](const QString &value, const QString &field) {
        if (!value.isEmpty() && !choiceValue.match(value).hasMatch())
            found << ConnectionSettings::tr("ServiceNow: %1 \"%2\" is not a choice value; give "
                                            "its number, such as 3.")
                         .arg(field, value);
    };
    choice(s.risk, QStringLiteral("risk"));
    choice(s.impact, QStringLiteral("impact"));
    if (s.plannedStartOffsetHours < 0 || s.plannedDurationHours < 0)
        found << ConnectionSettings::tr(
            "ServiceNow: the planned start and duration are hours from now and cannot be "
            "negative.");
    // A column name, as the Table API knows it: "u_business_service".
    static const QRegularExpression column(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (auto it = s.extraFields.cbegin(); it != s.extraFields.cend(); ++it) {
        if (!column.match(it.key()).hasMatch())
            found << ConnectionSettings::tr("ServiceNow: the extra field \"%1\" is not a column "
                                            "name such as u_business_service.")
                         .arg(it.key());
    }
    return found;
}

} // namespace

QString ConcourseSettings::serviceOf(const QString &pipeline) const
{
    return pipelineServices.value(pipeline, pipeline);
}

QString ConcourseSettings::jobName(PipelineJob job) const
{
    switch (job) {
    case PipelineJob::DockerBuildEcr:
        return buildJob;
    case PipelineJob::CidevPlan:
        return planJob;
    case PipelineJob::CidevApply:
        return applyJob;
    }
    return {};
}

std::optional<PipelineJob> ConcourseSettings::jobNamed(const QString &name) const
{
    for (PipelineJob job :
         {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
        if (jobName(job) == name)
            return job;
    }
    return std::nullopt;
}

QStringList ConcourseSettings::pipelineServiceEntries() const
{
    QStringList entries;
    for (auto it = pipelineServices.cbegin(); it != pipelineServices.cend(); ++it)
        entries << it.key() + u'=' + it.value();
    return entries;
}

void ConcourseSettings::setPipelineServiceEntries(const QStringList &entries)
{
    pipelineServices.clear();
    for (const QString &entry : entries) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0)
            pipelineServices.insert(entry.trimmed(), QString());
        else
            pipelineServices.insert(entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed());
    }
}

QStringList JiraSettings::projects() const
{
    QStringList keys;
    for (const QString &key : project.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = key.trimmed(); !trimmed.isEmpty())
            keys << trimmed;
    }
    return keys;
}

QList<RemoteSystem> allRemoteSystems()
{
    return {RemoteSystem::Concourse,  RemoteSystem::Jira,  RemoteSystem::Confluence,
            RemoteSystem::ServiceNow, RemoteSystem::Slack, RemoteSystem::GitHub};
}

QString toKey(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Concourse:
        return QStringLiteral("concourse");
    case RemoteSystem::Jira:
        return QStringLiteral("jira");
    case RemoteSystem::Confluence:
        return QStringLiteral("confluence");
    case RemoteSystem::ServiceNow:
        return QStringLiteral("servicenow");
    case RemoteSystem::Slack:
        return QStringLiteral("slack");
    case RemoteSystem::GitHub:
        return QStringLiteral("github");
    }
    return {};
}

QString toTitle(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Concourse:
        return QStringLiteral("Concourse");
    case RemoteSystem::Jira:
        return QStringLiteral("Jira");
    case RemoteSystem::Confluence:
        return QStringLiteral("Confluence");
    case RemoteSystem::ServiceNow:
        return QStringLiteral("ServiceNow");
    case RemoteSystem::Slack:
        return QStringLiteral("Slack");
    case RemoteSystem::GitHub:
        return QStringLiteral("GitHub");
    }
    return {};
}

QUrl ConnectionSettings::url(RemoteSystem system) const
{
    switch (system) {
    case RemoteSystem::Concourse:
        return concourse.url;
    case RemoteSystem::Jira:
        return jira.url;
    case RemoteSystem::Confluence:
        return confluence.url;
    case RemoteSystem::ServiceNow:
        return serviceNow.url;
    case RemoteSystem::Slack:
        return slack.url;
    case RemoteSystem::GitHub:
        return gitHub.url;
    }
    return {};
}

std::optional<ConcourseSignIn> ConcourseSettings::signInKind() const
{
    const QString kind = signIn.trimmed().toLower();
    if (kind == u"password")
        return ConcourseSignIn::Password;
    if (kind == u"token")
        return ConcourseSignIn::Token;
    if (kind == u"fly")
        return ConcourseSignIn::Fly;
    return std::nullopt;
}

const NetworkRoute &ConnectionSettings::route(RemoteSystem system) const
{
    return const_cast<ConnectionSettings *>(this)->route(system);
}

NetworkRoute &ConnectionSettings::route(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Concourse:
        return concourse.route;
    case RemoteSystem::Jira:
        return jira.route;
    case RemoteSystem::Confluence:
        return confluence.route;
    case RemoteSystem::ServiceNow:
        return serviceNow.route;
    case RemoteSystem::GitHub:
        return gitHub.route;
    case RemoteSystem::Slack:
        break;
    }
    return slack.route;
}

bool ConnectionSettings::isConfigured(RemoteSystem system) const
{
    // A fly target knows its own address.
    if (system == RemoteSystem::Concourse && concourse.signInKind() == ConcourseSignIn::Fly)
        return !concourse.url.isEmpty() || !concourse.flyTarget.trimmed().isEmpty();
    return !url(system).isEmpty();
}

bool ConnectionSettings::needsSecret(RemoteSystem system) const
{
    return system != RemoteSystem::Concourse || concourse.signInKind() != ConcourseSignIn::Fly;
}

void ConnectionSettings::adopt(RemoteSystem system, const ConnectionSettings &other)
{
    switch (system) {
    case RemoteSystem::Concourse:
        concourse = other.concourse;
        break;
    case RemoteSystem::Jira:
        jira = other.jira;
        break;
    case RemoteSystem::Confluence:
        confluence = other.confluence;
        break;
    case RemoteSystem::ServiceNow:
        serviceNow = other.serviceNow;
        break;
    case RemoteSystem::Slack:
        slack = other.slack;
        break;
    case RemoteSystem::GitHub:
        gitHub = other.gitHub;
        break;
    }
}

QString ConnectionSettings::secretKey(RemoteSystem system) const
{
    QString account;
    switch (system) {
    case RemoteSystem::Concourse:
        account = concourse.signInKind() == ConcourseSignIn::Token ? QStringLiteral("token")
                                                                   : concourse.username;
        break;
    case RemoteSystem::Jira:
        account = jira.cloud ? jira.email : QStringLiteral("pat");
        break;
    case RemoteSystem::Confluence:
        account = confluence.cloud ? confluence.email : QStringLiteral("pat");
        break;
    case RemoteSystem::ServiceNow:
        // An OAuth client's sign-in keeps the password and the client's
        // secret together, apart from a pasted token or a password alone.
        if (serviceNow.oauth && !serviceNow.clientId.isEmpty())
            account = serviceNow.username + QStringLiteral(" oauth-client ") + serviceNow.clientId;
        else
            account = serviceNow.oauth ? QStringLiteral("oauth") : serviceNow.username;
        break;
    case RemoteSystem::Slack:
        account = QStringLiteral("bot");
        break;
    case RemoteSystem::GitHub:
        account = QStringLiteral("token");
        break;
    }
    return toKey(system) + u' ' + account + u'@' + url(system).toString(QUrl::StripTrailingSlash);
}

QStringList ConnectionSettings::problems(RemoteSystem system) const
{
    QStringList found;
    if (!isConfigured(system))
        return found;
    const QUrl address = url(system);
    if (system == RemoteSystem::Concourse && concourse.signInKind() == ConcourseSignIn::Fly) {
        if (concourse.flyTarget.trimmed().isEmpty())
            found << required(system, tr("the fly target"));
        if (address.isEmpty())
            return found; // the target's api, checked when it is read
    }
    // Shown without its user name and password, which a message must not
    // repeat; an address Qt cannot read at all is not shown.
    const QString shown = address.toDisplayString(QUrl::RemoveUserInfo);
    if (!address.isValid() || address.host().isEmpty() ||
        (address.scheme() != u"https" && address.scheme() != u"http"))
        found << (shown.isEmpty()
                      ? tr("%1: the address is not a web address.").arg(toTitle(system))
                      : tr("%1: the address %2 is not a web address.").arg(toTitle(system), shown));
    else if (!address.userInfo().isEmpty())
        found << tr("%1: the address %2 holds a user name or password; give the account and its "
                    "secret in their own fields instead.")
                     .arg(toTitle(system), shown);
    else if (!AddressRules::allowsCredentials(address))
        found << tr("%1: the address %2 is plain http://, which is allowed only to this computer; "
                    "use https://.")
                     .arg(toTitle(system), shown);
    const auto need = [&](bool missing, const QString &what) {
        if (missing)
            found << required(system, what);
    };
    switch (system) {
    case RemoteSystem::Concourse: {
        const std::optional<ConcourseSignIn> signIn = concourse.signInKind();
        if (!signIn)
            found << tr("Concourse: the sign-in \"%1\" is none of password, token and fly.")
                         .arg(concourse.signIn);
        need(signIn != ConcourseSignIn::Fly && concourse.team.isEmpty(), tr("the team"));
        need(signIn == ConcourseSignIn::Password && concourse.username.isEmpty(),
             tr("the user name"));
        found << concourseConventionProblems(concourse);
        break;
    }
    case RemoteSystem::Jira:
        need(jira.cloud && jira.email.isEmpty(), tr("the account's email"));
        need(jira.projects().isEmpty(), tr("the project"));
        for (const QString &key : jira.projects()) {
            static const QRegularExpression projectKey(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
            if (!projectKey.match(key).hasMatch())
                found << tr("Jira: %1 is not a project key (such as CHS); several are apart by "
                            "commas.")
                             .arg(key);
        }
        if (const QString field = jira.serviceField.trimmed(); field.isEmpty())
            found << required(system, tr("the field that names a task's service"));
        break;
    case RemoteSystem::Confluence:
        need(confluence.cloud && confluence.email.isEmpty(), tr("the account's email"));
        need(confluence.space.isEmpty(), tr("the space"));
        for (const QString &problem : {NotesTitle::problem(confluence.titlePattern),
                                       NotesSections::problem(confluence.sectionHeadings)}) {
            if (!problem.isEmpty())
                found << tr("Confluence: %1").arg(problem);
        }
        break;
    case RemoteSystem::ServiceNow:
        need(!serviceNow.oauth && serviceNow.username.isEmpty(), tr("the user name"));
        need(serviceNow.assignmentGroup.isEmpty(), tr("the assignment group"));
        need(serviceNow.oauth && !serviceNow.clientId.isEmpty() && serviceNow.username.isEmpty(),
             tr("the user name that signs in through the OAuth client"));
        need(serviceNow.testTaskType.trimmed().isEmpty(), tr("the test task's type"));
        found << serviceNowConventionProblems(serviceNow);
        break;
    case RemoteSystem::Slack:
        need(slack.channel.isEmpty(), tr("the channel"));
        need(slack.releaseTeamGroup.trimmed().isEmpty() && slack.releaseTeamUsers.isEmpty(),
             tr("the release team (a user group or user ids)"));
        for (const QString &user : slack.releaseTeamUsers) {
            static const QRegularExpression userId(QStringLiteral("^[UW][A-Z0-9]{2,}$"));
            if (!userId.match(user).hasMatch())
                found << tr("Slack: %1 is not a Slack user id (U…); find it in the person's "
                            "profile, under Copy member ID.")
                             .arg(user);
        }
        found << ChannelWording::problems(slack);
        break;
    case RemoteSystem::GitHub:
        need(gitHub.owner.trimmed().isEmpty(), tr("the owner (organisation)"));
        for (const QString &repository : gitHub.repositories) {
            // "payments", or "acme/payments" of the owner itself.
            static const QRegularExpression name(
                QStringLiteral("^([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$"));
            if (!name.match(repository.trimmed()).hasMatch())
                found << tr("GitHub: %1 is not a repository name (\"payments\" or "
                            "\"acme/payments\").")
                             .arg(repository);
        }
        break;
    }
    found << route(system).problems(toTitle(system));
    return found;
}

} // namespace ReleaseDesk
