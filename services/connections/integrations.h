#pragma once

#include "connectionsecrets.h"
#include "connectionsettings.h"

#include "models/ports/clock.h"
#include "services/clients/concourseclient.h"
#include "services/clients/confluenceclient.h"
#include "services/clients/githubclient.h"
#include "services/clients/jiraclient.h"
#include "services/clients/servicenowclient.h"
#include "services/clients/slackclient.h"
#include "services/http/httpclient.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;

namespace ReleaseDesk {

// The clients of the connected systems, made from the connection settings and
// their secrets over one network manager and one HttpClient. Sync, the outbox
// and "Test connection" all reach the systems through it. A system that is not
// configured has no client (nullptr).
class Integrations
{
    Q_DECLARE_TR_FUNCTIONS(Integrations)

public:
    // `network` and `clock` must outlive the integrations.
    Integrations(QNetworkAccessManager &network, const Clock &clock, HttpClient::Jitter jitter = {},
                 HttpClient::Timer timer = {});
    ~Integrations();

    // Replaces every client. Calls in flight on the old ones finish on their own.
    void configure(const ConnectionSettings &settings, const Secrets &secrets);
    const ConnectionSettings &settings() const { return m_settings; }

    ConcourseClient *concourse() const { return m_concourse.get(); }
    JiraClient *jira() const { return m_jira.get(); }
    ConfluenceClient *confluence() const { return m_confluence.get(); }
    ServiceNowClient *serviceNow() const { return m_serviceNow.get(); }
    SlackClient *slack() const { return m_slack.get(); }
    // Slack in the developers' channel; nullptr when there is none, and
    // failure notices go to the release channel.
    SlackClient *developersSlack() const { return m_slackDevelopers.get(); }
    GitHubClient *gitHub() const { return m_gitHub.get(); }
    HttpClient &http() { return m_http; }
    const Clock &clock() const { return m_clock; }

    // "Not connected" for a system without a client, to answer a caller with.
    static QString notConnected(RemoteSystem system);

    // Each client's connection from the settings and its secret.
    static ConcourseConnection concourseConnection(const ConnectionSettings &s,
                                                   const QString &secret);
    static JiraConnection jiraConnection(const ConnectionSettings &s, const QString &secret);
    static ConfluenceConnection confluenceConnection(const ConnectionSettings &s,
                                                     const QString &secret);
    static ServiceNowConnection serviceNowConnection(const ConnectionSettings &s,
                                                     const QString &secret);
    static SlackConnection slackConnection(const ConnectionSettings &s, const QString &secret);
    static GitHubConnection gitHubConnection(const ConnectionSettings &s, const QString &secret);

private:
    const Clock &m_clock;
    HttpClient m_http;
    ConnectionSettings m_settings;
    std::unique_ptr<ConcourseClient> m_concourse;
    std::unique_ptr<JiraClient> m_jira;
    std::unique_ptr<ConfluenceClient> m_confluence;
    std::unique_ptr<ServiceNowClient> m_serviceNow;
    std::unique_ptr<SlackClient> m_slack;
    std::unique_ptr<SlackClient> m_slackDevelopers;
    std::unique_ptr<GitHubClient> m_gitHub;
};

} // namespace ReleaseDesk
