#pragma once

#include "services/sandbox/core/exchange.h"
#include "services/sandbox/core/router.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ReleaseDesk::Sandbox {

struct Catalogue;

// One emulated external system (Jira, Slack, ...). It serves the real API's
// paths below its prefix, "/" + name(), with the real auth checks, fields,
// status codes and error bodies, and keeps its state while the sandbox runs.
class System
{
public:
    virtual ~System() = default;

    // Lower case, and the path prefix: "jira" serves /jira/rest/api/2/...
    virtual QString name() const = 0;
    virtual void addRoutes(Router &router) = 0;

    // nullopt when the request's credentials are accepted (or the route needs
    // none); otherwise the answer the real system gives, usually a 401.
    virtual std::optional<Response> checkAuth(const Request &request) const = 0;
    // The account accepted credentials sign in as, which the request then
    // carries to the handlers (Request::account); empty by default, for
    // systems where everyone shares one identity.
    virtual QString account(const Request &request) const;
    // An error in the system's own shape; also used for injected faults.
    virtual Response error(int status, const QString &message) const = 0;
    // A rate-limit answer in the system's own shape, with Retry-After.
    virtual Response rateLimited(int retryAfterSeconds) const;

    // Whether the exchange changed the system's state, for the journal of
    // writes. By default: a 2xx answer to anything but GET. Systems whose
    // reads use POST, or whose failures answer 200, say otherwise.
    virtual bool changedState(const Request &request, const Response &response) const;

    // What a client needs to connect: {"url": base URL, credentials...}.
    virtual QJsonObject connection(const QString &baseUrl) const = 0;
    // The same for one person of the catalogue, signed in as themselves; by
    // default the shared credentials above.
    virtual QJsonObject connectionAs(const QString &baseUrl, const QString &person) const;

    // Fills the system with the catalogue's data (replacing what it had).
    virtual void seed(const Catalogue &catalogue) = 0;
    // The whole state as JSON, and back; load() replaces the state.
    virtual QJsonObject save() const = 0;
    virtual void load(const QJsonObject &state) = 0;
};

} // namespace ReleaseDesk::Sandbox
