#include "sandbox.h"

#include "services/sandbox/concourse/concoursesystem.h"
#include "services/sandbox/confluence/confluencesystem.h"
#include "services/sandbox/core/controlsystem.h"
#include "services/sandbox/core/delivery.h"
#include "services/sandbox/core/httpfrontend.h"
#include "services/sandbox/github/githubsystem.h"
#include "services/sandbox/jira/jirastore.h"
#include "services/sandbox/jira/jirasystem.h"
#include "services/sandbox/servicenow/servicenowsystem.h"
#include "services/sandbox/simulation/pipelinesimulator.h"
#include "services/sandbox/simulation/releaseteamsimulator.h"
#include "services/sandbox/slack/slacksystem.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpServer>

namespace ReleaseDesk::Sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    auto concourse = std::make_unique<ConcourseSystem>(
        m_options.conventions.value(QLatin1String("concourse")).toObject());
    auto jira = std::make_unique<JiraSystem>(
        m_events, m_options.conventions.value(QLatin1String("jira")).toObject());
    auto serviceNow = std::make_unique<ServiceNowSystem>(
        m_options.conventions.value(QLatin1String("servicenow")).toObject());
    auto slack = std::make_unique<SlackSystem>(m_events);
    new PipelineSimulator(m_events, *jira, *concourse, m_options, this);
    new ReleaseTeamSimulator(m_events, *slack, *serviceNow, m_options, this);
    addSystem(std::move(concourse));
    addSystem(std::move(jira));
    addSystem(std::make_unique<ConfluenceSystem>(
        m_options.conventions.value(QLatin1String("confluence")).toObject()));
    addSystem(std::move(serviceNow));
    addSystem(std::move(slack));
    const QJsonValue gitHubConventions = m_options.conventions.value(QLatin1String("github"));
    addSystem(std::make_unique<GitHubSystem>(
        gitHubConventions.toObject(), m_options.peerReview || !gitHubConventions.isUndefined()));
    addSystem(std::make_unique<ControlSystem>(*this));

    const Catalogue catalogue = Catalogue::generate(m_options.catalogue);
    for (auto &[name, system] : m_systems)
        system->seed(catalogue);
    for (const QString &person : catalogue.everyone()) {
        m_people << QJsonObject{{QLatin1String("name"), person},
                                {QLatin1String("displayName"), Jira::userNamed(person).displayName},
                                {QLatin1String("role"), catalogue.roleOf(person)}};
    }
    for (const FaultRule &rule : std::as_const(m_options.faults))
        m_faults.add(rule);

    m_frontend = new HttpFrontend(
        [this](Request request, QTcpSocket *socket) { handle(std::move(request), socket); }, this);
}

Sandbox::~Sandbox() = default;

void Sandbox::addSystem(std::unique_ptr<System> system)
{
    const QString name = system->name();
    system->addRoutes(m_routers[name]);
    m_systems[name] = std::move(system);
}

System *Sandbox::system(const QString &name) const
{
    const auto found = m_systems.find(name);
    return found == m_systems.end() ? nullptr : found->second.get();
}

Result<quint16> Sandbox::listen(quint16 port)
{
    const quint16 bound = m_frontend->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        return Result<quint16>::failure(
            QStringLiteral("Could not listen on 127.0.0.1:%1 (is the port in use?)").arg(port));
    }
    m_port = bound;
    return bound;
}

QString Sandbox::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonObject Sandbox::connectionInfo() const
{
    return connectionDocument({});
}

QJsonObject Sandbox::connectionsFor(const QString &person) const
{
    const bool known = std::any_of(m_people.cbegin(), m_people.cend(), [&](const QJsonValue &p) {
        return p[QLatin1String("name")].toString() == person;
    });
    return known && !person.isEmpty() ? connectionDocument(person) : QJsonObject();
}

QJsonObject Sandbox::connectionDocument(const QString &person) const
{
    QJsonObject info;
    for (const auto &[name, system] : m_systems) {
        const QString url = baseUrl() + u'/' + name;
        QJsonObject connection =
            person.isEmpty() ? system->connection(url) : system->connectionAs(url, person);
        if (connection.isEmpty())
            continue; // a system the desks are not to connect
        const QJsonObject conventions = m_options.conventions.value(name).toObject();
        for (auto it = conventions.begin(); it != conventions.end(); ++it)
            connection.insert(it.key(), it.value());
        info.insert(name, connection);
    }
    info.insert(QLatin1String("people"), m_people);
    return info;
}

void Sandbox::handle(Request request, QTcpSocket *socket)
{
    // "/jira/rest/api/2/search" -> system "jira", path "/rest/api/2/search".
    const QString systemName = request.path.section(u'/', 1, 1);
    const auto found = m_systems.find(systemName);
    if (found == m_systems.end()) {
        deliver(socket, Response::text("No such system. Known: concourse, confluence, "
                                       "github, jira, servicenow, slack, _sandbox\n",
                                       404));
        return;
    }
    const System &system = *found->second;
    request.path = request.path.mid(systemName.size() + 1);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");

    const bool controllable = systemName != ControlSystem::systemName();
    const auto fault =
        controllable ? m_faults.take(systemName, request.method, request.path) : std::nullopt;
    if (fault && fault->kind == FaultKind::Status) {
        deliver(socket, system.error(fault->status, QStringLiteral("Injected fault")), fault);
        return;
    }
    if (fault && fault->kind == FaultKind::Drop) {
        deliver(socket, {}, fault);
        return;
    }
    if (fault && fault->kind == FaultKind::RateLimit) {
        deliver(socket, system.rateLimited(fault->retryAfterSeconds), fault);
        return;
    }
    if (fault && fault->kind == FaultKind::Unavailable) {
        // An overloaded server that says when to come back.
        Response unavailable = system.error(fault->status, QStringLiteral("Injected fault"));
        unavailable.setHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
        deliver(socket, unavailable, fault);
        return;
    }
    Response response = dispatch(system, m_routers[systemName], request);
    if (controllable && system.changedState(request, response)) {
        m_journal.record({QDateTime::currentDateTimeUtc(), systemName, request.method, request.path,
                          response.status, request.body});
    }
    deliver(socket, response, fault);
}

Response Sandbox::dispatch(const System &system, const Router &router, Request &request)
{
    if (auto refused = system.checkAuth(request))
        return *refused;
    request.account = system.account(request);
    const Router::Match match = router.match(request.method, request.path);
    switch (match.outcome) {
    case Router::Outcome::UnknownPath:
        return system.error(404, QStringLiteral("No resource at %1").arg(request.path));
    case Router::Outcome::WrongMethod:
        return system.error(405, QStringLiteral("Method %1 is not allowed on %2")
                                     .arg(QString::fromLatin1(request.method), request.path));
    case Router::Outcome::Found:
        break;
    }
    request.params = match.params;
    return (*match.handler)(request);
}

QJsonObject Sandbox::state() const
{
    QJsonObject state;
    for (const auto &[name, system] : m_systems)
        state.insert(name, system->save());
    return state;
}

Status Sandbox::setState(const QJsonObject &state)
{
    for (const auto &[name, system] : m_systems) {
        if (!state.contains(name))
            return Status::failure(QStringLiteral("The saved state has no \"%1\" part.").arg(name));
    }
    for (const auto &[name, system] : m_systems)
        system->load(state.value(name).toObject());
    return success();
}

Status Sandbox::saveState(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(state()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(
            QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return success();
}

Status Sandbox::loadState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
            QStringLiteral("Could not read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Status::failure(
            QStringLiteral("%1 is not a saved sandbox state: %2").arg(path, error.errorString()));
    }
    return setState(document.object());
}

} // namespace ReleaseDesk::Sandbox
