#include "jirasystem.h"

#include "events.h"

// Placeholder until the system is implemented.

namespace ReleaseDesk::Sandbox {

struct JiraSystem::State
{
};

JiraSystem::JiraSystem(Events &events) : m_events(events), m_state(std::make_unique<State>()) {}
JiraSystem::~JiraSystem() = default;
void JiraSystem::addRoutes(Router &) {}
std::optional<Response> JiraSystem::checkAuth(const Request &) const { return std::nullopt; }
Response JiraSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject JiraSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }
void JiraSystem::seed(const Catalogue &) {}
QJsonObject JiraSystem::save() const { return {}; }
void JiraSystem::load(const QJsonObject &) {}

Status JiraSystem::merge(const QString &key) { return Status::failure(QStringLiteral("Unknown issue ") + key); }
QString JiraSystem::serviceOf(const QString &) const { return {}; }

} // namespace ReleaseDesk::Sandbox
