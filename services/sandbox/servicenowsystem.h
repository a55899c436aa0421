#pragma once

#include "system.h"

#include <optional>
#include <memory>

namespace ReleaseDesk::Sandbox {

// ServiceNow's Table API for change_request and change_task.
class ServiceNowSystem final : public System
{
public:
    ServiceNowSystem();
    ~ServiceNowSystem() override;

    QString name() const override { return QStringLiteral("servicenow"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;

    // For the simulated release team: inserts a record as a POST would
    // (number, sys_id and timestamps filled in) and returns it.
    QJsonObject insert(const QString &table, const QJsonObject &fields);
    std::optional<QJsonObject> findByNumber(const QString &table, const QString &number) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
