#include "concoursesystem.h"


// Placeholder until the system is implemented.

namespace ReleaseDesk::Sandbox {

struct ConcourseSystem::State
{
};

ConcourseSystem::ConcourseSystem() : m_state(std::make_unique<State>()) {}
ConcourseSystem::~ConcourseSystem() = default;
void ConcourseSystem::addRoutes(Router &) {}
std::optional<Response> ConcourseSystem::checkAuth(const Request &) const { return std::nullopt; }
Response ConcourseSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject ConcourseSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }
void ConcourseSystem::seed(const Catalogue &) {}
QJsonObject ConcourseSystem::save() const { return {}; }
void ConcourseSystem::load(const QJsonObject &) {}

qint64 ConcourseSystem::startBuild(const QString &, const QString &, const QString &) { return 0; }
void ConcourseSystem::setBuildStatus(qint64, const QString &) {}
QString ConcourseSystem::buildStatus(qint64) const { return {}; }
QString ConcourseSystem::latestVersion(const QString &) const { return {}; }

} // namespace ReleaseDesk::Sandbox
