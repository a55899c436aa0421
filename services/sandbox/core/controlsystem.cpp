#include "services/sandbox/core/controlsystem.h"

#include "services/sandbox/jira/jirasystem.h"
#include "services/sandbox/sandbox.h"

#include <QJsonArray>

namespace ReleaseDesk::Sandbox {

Response ControlSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("error"), message}}, status);
}

QJsonObject ControlSystem::connection(const QString &baseUrl) const
{
    return {{QLatin1String("url"), baseUrl}};
}

void ControlSystem::addRoutes(Router &router)
{
    // The bot's connection document, or with ?as=alice.khan that person's own.
    router.add("GET", QStringLiteral("/info"), [this](const Request &request) {
        const QString person = request.queryValue(QStringLiteral("as"));
        if (person.isEmpty())
            return Response::json(m_sandbox.connectionInfo());
        const QJsonObject info = m_sandbox.connectionsFor(person);
        return info.isEmpty()
                   ? error(404,
                           QStringLiteral("No person named \"%1\" in the sandbox.").arg(person))
                   : Response::json(info);
    });

    router.add("GET", QStringLiteral("/faults"), [this](const Request &) {
        QJsonArray rules;
        for (const FaultRule &rule : m_sandbox.faults().rules())
            rules.append(rule.toJson());
        return Response::json(rules);
    });
    // A rule as JSON ({"system":"jira","kind":"status","status":503,...}) or as
    // the command line's text ({"spec":"jira=status,status=503"}).
    router.add("POST", QStringLiteral("/faults"), [this](const Request &request) {
        const auto body = request.json();
        if (!body || !body->isObject())
            return error(400, QStringLiteral("Send a fault rule as a JSON object."));
        const QJsonObject object = body->object();
        const auto rule = object.contains(QLatin1String("spec"))
                              ? FaultRule::parse(object.value(QLatin1String("spec")).toString())
                              : FaultRule::fromJson(object);
        if (!rule)
            return error(400, rule.error());
        const int id = m_sandbox.faults().add(rule.value());
        return Response::json(QJsonObject{{QLatin1String("id"), id}}, 201);
    });
    router.add("DELETE", QStringLiteral("/faults"), [this](const Request &) {
        m_sandbox.faults().clear();
        return Response::empty(204);
    });
    router.add("DELETE", QStringLiteral("/faults/{id}"), [this](const Request &request) {
        if (!m_sandbox.faults().remove(request.param(QStringLiteral("id")).toInt()))
            return error(404, QStringLiteral("No fault with that id."));
        return Response::empty(204);
    });

    router.add("GET", QStringLiteral("/journal"),
               [this](const Request &) { return Response::json(m_sandbox.journal().toJson()); });
    router.add("DELETE", QStringLiteral("/journal"), [this](const Request &) {
        m_sandbox.journal().clear();
        return Response::empty(204);
    });

    router.add("GET", QStringLiteral("/state"),
               [this](const Request &) { return Response::json(m_sandbox.state()); });
    router.add("PUT", QStringLiteral("/state"), [this](const Request &request) {
        const auto body = request.json();
        if (!body || !body->isObject())
            return error(400, QStringLiteral("Send a saved state as a JSON object."));
        if (const Status loaded = m_sandbox.setState(body->object()); !loaded)
            return error(400, loaded.error());
        return Response::empty(204);
    });
    router.add("POST", QStringLiteral("/save"), [this](const Request &request) {
        const auto body = request.json();
        const QString path =
            body ? body->object().value(QLatin1String("path")).toString() : QString();
        if (path.isEmpty())
            return error(400, QStringLiteral("Send {\"path\": FILE}."));
        if (const Status saved = m_sandbox.saveState(path); !saved)
            return error(500, saved.error());
        return Response::empty(204);
    });

    // Sets the zone a person chose in their Jira profile: {"timeZone": "Australia/Brisbane"}.
    router.add(
        "PUT", QStringLiteral("/jira/people/{name}/timezone"), [this](const Request &request) {
            const auto body = request.json();
            const QString zone =
                body ? body->object().value(QLatin1String("timeZone")).toString() : QString();
            auto *jira = static_cast<JiraSystem *>(m_sandbox.system(QStringLiteral("jira")));
            if (const Status set = jira->setTimeZone(request.param(QStringLiteral("name")), zone);
                !set)
                return error(400, set.error());
            return Response::empty(204);
        });

    // Merges a task's branch: Jira moves it to Ready for Test, and the
    // simulated pipeline builds its service.
    router.add("POST", QStringLiteral("/merge"), [this](const Request &request) {
        const auto body = request.json();
        const QString key =
            body ? body->object().value(QLatin1String("key")).toString() : QString();
        auto *jira = static_cast<JiraSystem *>(m_sandbox.system(QStringLiteral("jira")));
        if (const Status merged = jira->merge(key); !merged)
            return error(400, merged.error());
        return Response::empty(204);
    });
}

} // namespace ReleaseDesk::Sandbox
