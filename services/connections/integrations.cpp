#include "integrations.h"

#include "models/domain/servicenowsecrets.h"

namespace ReleaseDesk {

Integrations::Integrations(QNetworkAccessManager &network, const Clock &clock,
                           HttpClient::Jitter jitter, HttpClient::Timer timer)
    : m_clock(clock), m_http(network, clock, std::move(jitter), std::move(timer))
{}

Integrations::~Integrations() = default;

void Integrations::configure(const ConnectionSettings &settings, const Secrets &secrets)
{
    m_settings = settings;
    QList<NetworkRoutes::Target> routes;
    for (RemoteSystem system : allRemoteSystems()) {
        if (settings.isConfigured(system))
            routes.append({toTitle(system), settings.url(system), settings.route(system)});
    }
    m_http.setRoutes(routes);
    const auto configured = [&](RemoteSystem system) {
        return settings.isConfigured(system) &&
               (secrets.contains(system) || !settings.needsSecret(system));
    };
    const auto secret = [&](RemoteSystem system) { return secrets.value(system); };
    m_concourse.reset(
        configured(RemoteSystem::Concourse)
            ? new ConcourseClient(m_http, m_clock,
                                  concourseConnection(settings, secret(RemoteSystem::Concourse)))
            : nullptr);
    m_jira.reset(configured(RemoteSystem::Jira)
                     ? new JiraClient(m_http, jiraConnection(settings, secret(RemoteSystem::Jira)))
                     : nullptr);
    m_confluence.reset(
        configured(RemoteSystem::Confluence)
            ? new ConfluenceClient(m_http,
                                   confluenceConnection(settings, secret(RemoteSystem::Confluence)))
            : nullptr);
    m_serviceNow.reset(
        configured(RemoteSystem::ServiceNow)
            ? new ServiceNowClient(m_http,
                                   serviceNowConnection(settings, secret(RemoteSystem::ServiceNow)))
            : nullptr);
    m_slack.reset(
        configured(RemoteSystem::Slack)
            ? new SlackClient(m_http, slackConnection(settings, secret(RemoteSystem::Slack)))
            : nullptr);
    // The same account in the developers' channel, for the failure notices.
    SlackConnection developers = slackConnection(settings, secret(RemoteSystem::Slack));
    developers.channel = settings.slack.developersChannel;
    m_slackDevelopers.reset(
        m_slack && !developers.channel.isEmpty() ? new SlackClient(m_http, developers) : nullptr);
    m_gitHub.reset(configured(RemoteSystem::GitHub)
                       ? new GitHubClient(m_http, m_clock,
                                          gitHubConnection(settings, secret(RemoteSystem::GitHub)))
                       : nullptr);
}

QString Integrations::notConnected(RemoteSystem system)
{
    return tr("%1 is not connected. Set it up in Settings → Connections (or with "
              "releasedesk-cli connect).")
        .arg(toTitle(system));
}

ConcourseConnection Integrations::concourseConnection(const ConnectionSettings &s,
                                                      const QString &secret)
{
    ConcourseConnection connection;
    connection.baseUrl = s.concourse.url;
    connection.team = s.concourse.team;
    connection.username = s.concourse.username;
    connection.signIn = s.concourse.signInKind().value_or(ConcourseSignIn::Password);
    if (connection.signIn == ConcourseSignIn::Token)
        connection.token = secret;
    else if (connection.signIn == ConcourseSignIn::Password)
        connection.password = secret;
    connection.flyTarget = s.concourse.flyTarget.trimmed();
    connection.conventions = s.concourse;
    return connection;
}

JiraConnection Integrations::jiraConnection(const ConnectionSettings &s, const QString &secret)
{
    JiraConnection connection;
    connection.baseUrl = s.jira.url;
    connection.flavour =
        s.jira.cloud ? JiraConnection::Flavour::Cloud : JiraConnection::Flavour::DataCenter;
    connection.email = s.jira.email;
    connection.secret = secret;
    // Where the connection check looks and new fix versions go first.
    connection.projectKey = s.jira.projects().value(0);
    connection.serviceField = s.jira.serviceField;
    connection.serviceLabelPrefix = s.jira.serviceLabelPrefix;
    return connection;
}

ConfluenceConnection Integrations::confluenceConnection(const ConnectionSettings &s,
                                                        const QString &secret)
{
    ConfluenceConnection connection;
    connection.baseUrl = s.confluence.url;
    connection.flavour = s.confluence.cloud ? ConfluenceConnection::Flavour::Cloud
                                            : ConfluenceConnection::Flavour::DataCenter;
    connection.email = s.confluence.email;
    connection.secret = secret;
    connection.spaceKey = s.confluence.space;
    connection.parentPageId = s.confluence.parentPageId;
    connection.titlePattern = s.confluence.titlePattern;
    connection.sectionHeadings = s.confluence.sectionHeadings;
    return connection;
}

ServiceNowConnection Integrations::serviceNowConnection(const ConnectionSettings &s,
                                                        const QString &secret)
{
    ServiceNowConnection connection;
    connection.baseUrl = s.serviceNow.url;
    connection.auth =
        s.serviceNow.oauth ? ServiceNowConnection::Auth::OAuth : ServiceNowConnection::Auth::Basic;
    connection.username = s.serviceNow.username;
    connection.secret = secret;
    if (s.serviceNow.oauth && !s.serviceNow.clientId.isEmpty()) {
        // Unreadable secrets leave the password and client secret empty,
        // which the sign-in reports with what to do.
        const auto both = ServiceNowSecrets::fromSecret(secret);
        connection.auth = ServiceNowConnection::Auth::OAuthSignIn;
        connection.clientId = s.serviceNow.clientId;
        connection.secret = both ? both->password : QString();
        connection.clientSecret = both ? both->clientSecret : QString();
    }
    connection.assignmentGroup = s.serviceNow.assignmentGroup;
    connection.changeFields = ServiceNowParse::conventionFields(s.serviceNow);
    connection.plannedStartOffsetHours = s.serviceNow.plannedStartOffsetHours;
    connection.plannedDurationHours = s.serviceNow.plannedDurationHours;
    connection.testTaskType = s.serviceNow.testTaskType;
    return connection;
}

SlackConnection Integrations::slackConnection(const ConnectionSettings &s, const QString &secret)
{
    SlackConnection connection;
    connection.baseUrl = s.slack.url;
    connection.token = secret;
    connection.channel = s.slack.channel;
    return connection;
}

GitHubConnection Integrations::gitHubConnection(const ConnectionSettings &s, const QString &secret)
{
    GitHubConnection connection;
    connection.baseUrl = s.gitHub.url;
    connection.token = secret;
    connection.owner = s.gitHub.owner.trimmed();
    connection.repositories = s.gitHub.repositories;
    return connection;
}

} // namespace ReleaseDesk
