#include "integrations.h"

namespace ReleaseDesk {

Integrations::Integrations(QNetworkAccessManager &network, const Clock &clock,
                           HttpClient::Jitter jitter, HttpClient::Timer timer)
    : m_clock(clock), m_http(network, clock, std::move(jitter), std::move(timer))
{}

Integrations::~Integrations() = default;

void Integrations::configure(const ConnectionSettings &settings, const Secrets &secrets)
{
    m_settings = settings;
    const auto configured = [&](RemoteSystem system) {
        return settings.isConfigured(system) && secrets.contains(system);
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
    connection.password = secret;
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
    connection.projectKey = s.jira.project;
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
    connection.assignmentGroup = s.serviceNow.assignmentGroup;
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

} // namespace ReleaseDesk
