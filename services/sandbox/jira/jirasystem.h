#pragma once

#include "services/sandbox/core/system.h"

#include "models/domain/result.h"

#include <memory>

namespace ReleaseDesk::Sandbox {

class Events;

// Jira, both Data Center (/rest/api/2, Bearer PAT, search with startAt/total)
// and Cloud (/rest/api/3, Basic email:token, search/jql with nextPageToken).
class JiraSystem final : public System
{
public:
    // `conventions`: the team's own Jira (Jira::Conventions); empty: the usual one.
    explicit JiraSystem(Events &events, const QJsonObject &conventions = {});
    ~JiraSystem() override;

    QString name() const override { return QStringLiteral("jira"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    // The bot for its credentials, a person of the catalogue for theirs.
    QString account(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    QJsonObject connectionAs(const QString &baseUrl, const QString &person) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;
    Response rateLimited(int retryAfterSeconds) const override;
    bool changedState(const Request &request, const Response &response) const override;

    // The bot's credentials: Cloud's email and API token, Data Center's PAT.
    static constexpr auto email = "release.bot@example.com";
    static constexpr auto apiToken = "sandbox-jira-token";
    static constexpr auto personalAccessToken = "sandbox-jira-pat";
    // A person's own: "sandbox-jira-token-alice.khan" with the email
    // "alice.khan@example.com", and "sandbox-jira-pat-alice.khan".
    static QString apiTokenOf(const QString &person);
    static QString personalAccessTokenOf(const QString &person);

    // Moves the issue to Ready for Test as the workflow's Merge transition
    // does, and tells the simulated pipeline. Fails for an unknown key or an
    // issue the workflow cannot merge from its status.
    Status merge(const QString &key);
    // `author` comments on the issue as in Jira's own pages, which updates it:
    // a person at work while a desk syncs. Fails for an unknown key.
    Status comment(const QString &key, const QString &author, const QString &text);
    // The zone `person` ("release.bot" for the bot) set in their profile, an
    // IANA id such as "America/New_York": /myself tells it, and their JQL
    // dates are read in it. Fails for a zone that does not exist.
    Status setTimeZone(const QString &person, const QString &zone);
    // The service (component) an issue belongs to; empty for an unknown key.
    QString serviceOf(const QString &key) const;

private:
    struct State;
    Events &m_events;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
