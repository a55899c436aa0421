#pragma once

#include "services/sandbox/core/system.h"

#include <QJsonObject>

#include <memory>

namespace ReleaseDesk::Sandbox {

// Confluence's content API in storage format, under both the Cloud path
// (/wiki/rest/api) and the Data Center path (/rest/api): find, read, create and
// update pages, read a space and the current user.
class ConfluenceSystem final : public System
{
public:
    // `conventions`: the "confluence" object of SandboxOptions::conventions.
    explicit ConfluenceSystem(const QJsonObject &conventions = {});
    ~ConfluenceSystem() override;

    QString name() const override { return QStringLiteral("confluence"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    Response rateLimited(int retryAfterSeconds) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
