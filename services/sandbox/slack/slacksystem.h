#pragma once

#include "services/sandbox/core/system.h"

#include <QHash>

#include <memory>

namespace ReleaseDesk::Sandbox {

class Events;
namespace Slack {
struct Message;
struct User;
} // namespace Slack

// Slack's Web API: auth.test, chat.postMessage, conversations.list,
// conversations.history and conversations.replies, users.info,
// usergroups.list and usergroups.users.list, with Slack's ok:false errors and
// cursors. The app's bot token acts as the bot; each person's user token
// (Slack::Workspace::userToken) acts as that person.
class SlackSystem final : public System
{
public:
    explicit SlackSystem(Events &events);
    ~SlackSystem() override;

    QString name() const override { return QStringLiteral("slack"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    // A person's user token, "xoxp-sandbox-alice.khan", instead of the bot's.
    QJsonObject connectionAs(const QString &baseUrl, const QString &person) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;
    Response rateLimited(int retryAfterSeconds) const override;
    bool changedState(const Request &request, const Response &response) const override;

    // For the simulated release team: posts as a person; returns the ts.
    QString postAsUser(const QString &channelId, const QString &userId, const QString &text,
                       const QString &threadTs = {});
    // For the simulated release team: changes a message's text, as its
    // author would in Slack; false if there is no such message.
    bool editMessage(const QString &channelId, const QString &ts, const QString &text);
    QString channelId(const QString &channelName) const;
    QString userId(const QString &userName) const;
    // Who answers requests, and where; and who wrote a message (empty if
    // there is no such message), so that the team never answers itself.
    QString releaseChannelId() const;
    QString releaseManagerId() const;
    QString messageUser(const QString &channelId, const QString &ts) const;

private:
    using Fields = QHash<QString, QString>;
    Response call(const Request &request);
    // Whose token the request presents: the bot, a person, or nullptr.
    const Slack::User *caller(const Request &request) const;
    QJsonObject authTest(const Slack::User &caller) const;
    QJsonObject postMessage(const Fields &args, const Slack::User &author);
    QJsonObject listConversations(const Fields &args) const;
    QJsonObject history(const Fields &args) const;
    QJsonObject replies(const Fields &args) const;
    // Stores a message in a channel and tells the simulated people about it.
    Slack::Message publish(const QString &channelId, Slack::Message message);

    struct State;
    Events &m_events;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
