#include "servicenowsystem.h"


// Placeholder until the system is implemented.

namespace ReleaseDesk::Sandbox {

struct ServiceNowSystem::State
{
};

ServiceNowSystem::ServiceNowSystem() : m_state(std::make_unique<State>()) {}
ServiceNowSystem::~ServiceNowSystem() = default;
void ServiceNowSystem::addRoutes(Router &) {}
std::optional<Response> ServiceNowSystem::checkAuth(const Request &) const { return std::nullopt; }
Response ServiceNowSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject ServiceNowSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }
void ServiceNowSystem::seed(const Catalogue &) {}
QJsonObject ServiceNowSystem::save() const { return {}; }
void ServiceNowSystem::load(const QJsonObject &) {}

QJsonObject ServiceNowSystem::insert(const QString &, const QJsonObject &fields) { return fields; }
std::optional<QJsonObject> ServiceNowSystem::findByNumber(const QString &, const QString &) const { return std::nullopt; }

} // namespace ReleaseDesk::Sandbox
