#include "slacksystem.h"

#include "events.h"

// Placeholder until the system is implemented.

namespace ReleaseDesk::Sandbox {

struct SlackSystem::State
{
};

SlackSystem::SlackSystem(Events &events) : m_events(events), m_state(std::make_unique<State>()) {}
SlackSystem::~SlackSystem() = default;
void SlackSystem::addRoutes(Router &) {}
std::optional<Response> SlackSystem::checkAuth(const Request &) const { return std::nullopt; }
Response SlackSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject SlackSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }
void SlackSystem::seed(const Catalogue &) {}
QJsonObject SlackSystem::save() const { return {}; }
void SlackSystem::load(const QJsonObject &) {}

Response SlackSystem::rateLimited(int retryAfterSeconds) const { return System::rateLimited(retryAfterSeconds); }
QString SlackSystem::postAsUser(const QString &, const QString &, const QString &, const QString &) { return {}; }
QString SlackSystem::channelId(const QString &) const { return {}; }
QString SlackSystem::userId(const QString &) const { return {}; }

} // namespace ReleaseDesk::Sandbox
