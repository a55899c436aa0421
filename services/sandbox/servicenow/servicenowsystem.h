#pragma once

#include "services/sandbox/core/system.h"

#include <memory>
#include <optional>

namespace ReleaseDesk::Sandbox {

// ServiceNow's Table API for change_request and change_task (and a read-only
// sys_user_group, where clients look up the assignment group, and
// sys_dictionary), and its OAuth endpoint. `conventions` is the
// "servicenow" part of SandboxOptions::conventions (see README.md).
class ServiceNowSystem final : public System
{
public:
    explicit ServiceNowSystem(const QJsonObject &conventions = {});
    ~ServiceNowSystem() override;

    QString name() const override { return QStringLiteral("servicenow"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    Response rateLimited(int retryAfterSeconds) const override;
    // A token request writes no record.
    bool changedState(const Request &request, const Response &response) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;

    // For the simulated release team: inserts a record as a POST would
    // (number, sys_id and timestamps filled in) and returns it.
    QJsonObject insert(const QString &table, const QJsonObject &fields);
    std::optional<QJsonObject> findByNumber(const QString &table, const QString &number) const;

    // For tests: every access token issued so far runs out now, and every
    // refresh token is no longer honoured.
    void expireAccessTokens();
    void revokeRefreshTokens();

private:
    Response list(const Request &request) const;
    Response read(const Request &request) const;
    Response create(const Request &request);
    Response modify(const Request &request);
    Response remove(const Request &request);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
