#pragma once

#include "services/sandbox/core/system.h"

namespace ReleaseDesk::Sandbox {

class Sandbox;

// The sandbox's own API below /_sandbox, for tests and scripts: connection
// info, faults at run time, the journal of writes, state, and a way to merge a
// task as a developer would. Never faulted; loopback only, so no auth.
class ControlSystem final : public System
{
public:
    explicit ControlSystem(Sandbox &sandbox) : m_sandbox(sandbox) {}
    static QString systemName() { return QStringLiteral("_sandbox"); }

    QString name() const override { return systemName(); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &) const override { return std::nullopt; }
    Response error(int status, const QString &message) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    void seed(const Catalogue &) override {}
    QJsonObject save() const override { return {}; }
    void load(const QJsonObject &) override {}

private:
    Sandbox &m_sandbox;
};

} // namespace ReleaseDesk::Sandbox
