#include "confluencesystem.h"


// Placeholder until the system is implemented.

namespace ReleaseDesk::Sandbox {

struct ConfluenceSystem::State
{
};

ConfluenceSystem::ConfluenceSystem() : m_state(std::make_unique<State>()) {}
ConfluenceSystem::~ConfluenceSystem() = default;
void ConfluenceSystem::addRoutes(Router &) {}
std::optional<Response> ConfluenceSystem::checkAuth(const Request &) const { return std::nullopt; }
Response ConfluenceSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject ConfluenceSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }
void ConfluenceSystem::seed(const Catalogue &) {}
QJsonObject ConfluenceSystem::save() const { return {}; }
void ConfluenceSystem::load(const QJsonObject &) {}

} // namespace ReleaseDesk::Sandbox
