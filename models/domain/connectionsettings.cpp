#include "models/domain/connectionsettings.h"

#include "models/domain/addressrules.h"

#include <QRegularExpression>

namespace ReleaseDesk {

namespace {

QString required(RemoteSystem system, const QString &what)
{
    return ConnectionSettings::tr("%1: %2 is missing.").arg(toTitle(system), what);
}

} // namespace

QList<RemoteSystem> allRemoteSystems()
{
    return {RemoteSystem::Concourse, RemoteSystem::Jira, RemoteSystem::Confluence,
            RemoteSystem::ServiceNow, RemoteSystem::Slack};
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
    }
    return {};
}

bool ConnectionSettings::isConfigured(RemoteSystem system) const
{
    return !url(system).isEmpty();
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
    }
}

QString ConnectionSettings::secretKey(RemoteSystem system) const
{
    QString account;
    switch (system) {
    case RemoteSystem::Concourse:
        account = concourse.username;
        break;
    case RemoteSystem::Jira:
        account = jira.cloud ? jira.email : QStringLiteral("pat");
        break;
    case RemoteSystem::Confluence:
        account = confluence.cloud ? confluence.email : QStringLiteral("pat");
        break;
    case RemoteSystem::ServiceNow:
        account = serviceNow.oauth ? QStringLiteral("oauth") : serviceNow.username;
        break;
    case RemoteSystem::Slack:
        account = QStringLiteral("bot");
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
    case RemoteSystem::Concourse:
        need(concourse.team.isEmpty(), tr("the team"));
        need(concourse.username.isEmpty(), tr("the user name"));
        break;
    case RemoteSystem::Jira:
        need(jira.cloud && jira.email.isEmpty(), tr("the account's email"));
        need(jira.project.isEmpty(), tr("the project"));
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
        break;
    }
    return found;
}

} // namespace ReleaseDesk
