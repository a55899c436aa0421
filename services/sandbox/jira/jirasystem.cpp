#include "services/sandbox/jira/jirasystem.h"

#include "services/sandbox/core/events.h"
#include "services/sandbox/jira/jiraapi.h"

#include <QTimeZone>
#include <QUrl>

// The system's face: credentials, error shapes, the current user, projects
// and versions. Issues and search live in jiraissues.cpp and jirasearch.cpp.

namespace ReleaseDesk::Sandbox {
namespace {

using namespace Jira;

Response unauthorized(const Request &request, bool credentialsSent)
{
    Response response =
        errorResponse(401, {QStringLiteral("You are not authenticated. Authentication "
                                           "required to perform this operation.")});
    const QString base = QStringLiteral("http://") + QString::fromLatin1(request.header("host")) +
                         QStringLiteral("/jira");
    // Jira's challenge names OAuth, so HTTP clients do not start a Basic login dance.
    response.setHeader("WWW-Authenticate", "OAuth realm=\"" + QUrl::toPercentEncoding(base) + '"');
    if (credentialsSent)
        response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
    return response;
}

Response projectNotFound(const QString &key)
{
    return errorResponse(404,
                         {QStringLiteral("No project could be found with key '%1'.").arg(key)});
}

// The project a request's path names, by key or id; empty: none.
QString projectKeyIn(const Store &store, const Request &request)
{
    return store.projectKeyOf(request.param(QStringLiteral("key")));
}

// A version as Jira shows it, with the id of the project it belongs to.
QJsonObject inProject(const Store &store, const Version &version, const Link &link)
{
    return versionJson(version, store.projectIdOf(store.projectOf(version)), link);
}

// The versions of the project `key` only: in Jira each belongs to one.
QJsonArray versionsJson(const Store &store, const QString &key, const Link &link)
{
    QJsonArray versions;
    for (const Version &version : store.versions) {
        if (store.projectOf(version) == key)
            versions << versionJson(version, store.projectIdOf(key), link);
    }
    return versions;
}

// Reads a version's fields from a create or update body into `version`;
// the errors by field, empty when it is valid.
QJsonObject readVersion(const Store &store, const QJsonObject &body, Version &version,
                        bool creating)
{
    QJsonObject errors;
    if (creating) {
        const QJsonValue projectId = body.value(QLatin1String("projectId"));
        const QString project = projectId.isDouble() ? QString::number(projectId.toInteger())
                                : projectId.isString()
                                    ? projectId.toString()
                                    : body.value(QLatin1String("project")).toString();
        version.project = store.projectKeyOf(project);
        if (version.project.isEmpty())
            errors.insert(QLatin1String("project"),
                          QStringLiteral("You must specify a valid project."));
    }
    if (body.contains(QLatin1String("name")) || creating) {
        const QString name = body.value(QLatin1String("name")).toString().trimmed();
        // Names are unique within a project; another may have the same.
        const Version *same = store.versionNamed(name, store.projectOf(version));
        if (name.isEmpty())
            errors.insert(QLatin1String("name"),
                          QStringLiteral("You must specify a valid version name"));
        else if (same && same->id != version.id)
            errors.insert(
                QLatin1String("name"),
                QStringLiteral("A version with this name already exists in this project."));
        version.name = name;
    }
    if (body.contains(QLatin1String("description")))
        version.description = body.value(QLatin1String("description")).toString();
    if (body.contains(QLatin1String("released")))
        version.released = body.value(QLatin1String("released")).toBool();
    if (body.contains(QLatin1String("archived")))
        version.archived = body.value(QLatin1String("archived")).toBool();
    if (body.contains(QLatin1String("releaseDate"))) {
        const QString date = body.value(QLatin1String("releaseDate")).toString();
        if (!date.isEmpty() && !QDate::fromString(date, QStringLiteral("yyyy-MM-dd")).isValid()) {
            errors.insert(
                QLatin1String("releaseDate"),
                QStringLiteral(
                    "Invalid date format. Please enter the date in the format \"yyyy-MM-dd\"."));
        }
        version.releaseDate = date;
    }
    return errors;
}

void addProjectRoutes(Router &router, Backend &backend)
{
    // Every field the account can see, custom ones among them, as GET /field lists them.
    addApiRoute(router, "GET", QStringLiteral("/field"), [&backend](const Request &, const Link &) {
        return Response::json(backend.store.conventions.fields());
    });
    addApiRoute(router, "GET", QStringLiteral("/project/{key}"),
                [&backend](const Request &request, const Link &link) {
                    const QString key = projectKeyIn(backend.store, request);
                    if (key.isEmpty())
                        return projectNotFound(request.param(QStringLiteral("key")));
                    QJsonObject project = projectJson(backend.store, link, key);
                    QJsonArray components;
                    for (const QString &name : std::as_const(backend.store.componentNames))
                        components << QJsonObject{{QLatin1String("name"), name}};
                    project.insert(QLatin1String("components"), components);
                    project.insert(QLatin1String("versions"),
                                   versionsJson(backend.store, key, link));
                    return Response::json(project);
                });
    addApiRoute(router, "GET", QStringLiteral("/project/{key}/versions"),
                [&backend](const Request &request, const Link &link) {
                    const QString key = projectKeyIn(backend.store, request);
                    if (key.isEmpty())
                        return projectNotFound(request.param(QStringLiteral("key")));
                    return Response::json(versionsJson(backend.store, key, link));
                });
    addApiRoute(router, "POST", QStringLiteral("/version"),
                [&backend](const Request &request, const Link &link) {
                    Response error;
                    const auto body = jsonBody(request, &error);
                    if (!body)
                        return error;
                    Version version;
                    if (const QJsonObject errors = readVersion(backend.store, *body, version, true);
                        !errors.isEmpty())
                        return errorResponse(400, {}, errors);
                    const Version &added = backend.store.addVersion(version);
                    return Response::json(inProject(backend.store, added, link), 201);
                });
    const auto versionNotFound = [](const QString &id) {
        return errorResponse(404, {QStringLiteral("Could not find version for id '%1'").arg(id)});
    };
    addApiRoute(router, "GET", QStringLiteral("/version/{id}"),
                [&backend, versionNotFound](const Request &request, const Link &link) {
                    const QString id = request.param(QStringLiteral("id"));
                    const Version *version = backend.store.version(id.toLongLong());
                    return version ? Response::json(inProject(backend.store, *version, link))
                                   : versionNotFound(id);
                });
    addApiRoute(router, "PUT", QStringLiteral("/version/{id}"),
                [&backend, versionNotFound](const Request &request, const Link &link) {
                    const QString id = request.param(QStringLiteral("id"));
                    const Version *existing = backend.store.version(id.toLongLong());
                    if (!existing)
                        return versionNotFound(id);
                    Response error;
                    const auto body = jsonBody(request, &error);
                    if (!body)
                        return error;
                    Version version = *existing;
                    if (const QJsonObject errors =
                            readVersion(backend.store, *body, version, false);
                        !errors.isEmpty())
                        return errorResponse(400, {}, errors);
                    const Version &updated = backend.store.updateVersion(version);
                    return Response::json(inProject(backend.store, updated, link));
                });
}

} // namespace

struct JiraSystem::State : Jira::Backend
{
    using Backend::Backend;
};

JiraSystem::JiraSystem(Events &events, const QJsonObject &conventions)
    : m_events(events), m_state(std::make_unique<State>(events))
{
    m_state->store.conventions = Jira::Conventions::fromJson(conventions);
}

JiraSystem::~JiraSystem() = default;

void JiraSystem::addRoutes(Router &router)
{
    // Who the request's credentials sign in as.
    addApiRoute(
        router, "GET", QStringLiteral("/myself"), [this](const Request &request, const Link &link) {
            QJsonObject user = userJson(request.account, link);
            user.insert(QLatin1String("timeZone"),
                        m_state->store.timeZones.value(request.account, QStringLiteral("Etc/UTC")));
            user.insert(QLatin1String("locale"), QStringLiteral("en_US"));
            const QJsonObject none{{QLatin1String("size"), 1},
                                   {QLatin1String("items"), QJsonArray()}};
            user.insert(QLatin1String("groups"), none);
            user.insert(QLatin1String("applicationRoles"), none);
            user.insert(QLatin1String("expand"), QStringLiteral("groups,applicationRoles"));
            return Response::json(user);
        });
    addProjectRoutes(router, *m_state);
    addIssueRoutes(router, *m_state);
    addSearchRoutes(router, *m_state);
}

std::optional<Response> JiraSystem::checkAuth(const Request &request) const
{
    if (request.header("authorization").trimmed().isEmpty())
        return unauthorized(request, false);
    if (account(request).isEmpty())
        return unauthorized(request, true);
    return std::nullopt;
}

QString JiraSystem::account(const Request &request) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials =
        space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    const QString bot = QString::fromLatin1(botName);
    const auto accepts = [&](const QString &name) {
        const bool isBot = name == bot;
        if (scheme == "basic") {
            const QString token = isBot ? QString::fromLatin1(apiToken) : apiTokenOf(name);
            return QByteArray::fromBase64(credentials) ==
                   (userNamed(name).email + u':' + token).toUtf8();
        }
        return scheme == "bearer" &&
               credentials ==
                   (isBot ? QString::fromLatin1(personalAccessToken) : personalAccessTokenOf(name))
                       .toUtf8();
    };
    for (const QString &name : QStringList{bot} + m_state->store.accounts) {
        if (accepts(name))
            return name;
    }
    return {};
}

QString JiraSystem::apiTokenOf(const QString &person)
{
    return QString::fromLatin1(apiToken) + u'-' + person;
}

QString JiraSystem::personalAccessTokenOf(const QString &person)
{
    return QString::fromLatin1(personalAccessToken) + u'-' + person;
}

Response JiraSystem::error(int status, const QString &message) const
{
    return errorResponse(status, {message});
}

Response JiraSystem::rateLimited(int retryAfterSeconds) const
{
    Response response = errorResponse(429, {QStringLiteral("Rate limit exceeded.")});
    const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(retryAfterSeconds);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    response.setHeader("X-RateLimit-Limit", "100");
    response.setHeader("X-RateLimit-Remaining", "0");
    // Cloud sends the reset time as ISO 8601 to the minute, "2026-11-20T12:01Z".
    response.setHeader("X-RateLimit-Reset",
                       reset.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'")).toLatin1());
    response.setHeader("RateLimit-Reason", "jira-quota-based");
    return response;
}

QJsonObject JiraSystem::connection(const QString &baseUrl) const
{
    return {{QLatin1String("url"), baseUrl},
            {QLatin1String("email"), QString::fromLatin1(email)},
            {QLatin1String("token"), QString::fromLatin1(apiToken)},
            {QLatin1String("pat"), QString::fromLatin1(personalAccessToken)},
            {QLatin1String("project"), m_state->store.projectKey}};
}

QJsonObject JiraSystem::connectionAs(const QString &baseUrl, const QString &person) const
{
    QJsonObject connection = this->connection(baseUrl);
    connection.insert(QLatin1String("email"), userNamed(person).email);
    connection.insert(QLatin1String("token"), apiTokenOf(person));
    connection.insert(QLatin1String("pat"), personalAccessTokenOf(person));
    return connection;
}

void JiraSystem::seed(const Catalogue &catalogue)
{
    m_state->store.seed(catalogue);
}

QJsonObject JiraSystem::save() const
{
    return m_state->store.toJson();
}

void JiraSystem::load(const QJsonObject &state)
{
    m_state->store.fromJson(state);
}

Status JiraSystem::merge(const QString &key)
{
    Jira::Issue *issue = m_state->store.issue(key);
    if (!issue)
        return Status::failure(QStringLiteral("Issue %1 does not exist.").arg(key));
    const QString inProgress = QStringLiteral("In Progress");
    const QString inReview = QStringLiteral("In Review");
    if (issue->status != inProgress && issue->status != inReview) {
        return Status::failure(QStringLiteral("Issue %1 is %2; only an issue In Progress or In "
                                              "Review can be merged.")
                                   .arg(issue->key, issue->status));
    }
    // Walk the workflow as a person would: Submit for review, then Merge.
    if (issue->status == inProgress)
        m_state->move(*issue, inReview);
    m_state->move(*issue, QStringLiteral("Ready for Test"));
    return success();
}

Status JiraSystem::comment(const QString &key, const QString &author, const QString &text)
{
    Jira::Issue *issue = m_state->store.issue(key);
    if (!issue)
        return Status::failure(QStringLiteral("Issue %1 does not exist.").arg(key));
    Jira::Comment comment;
    comment.author = author;
    comment.text = text;
    comment.created = comment.updated = QDateTime::currentDateTimeUtc();
    m_state->store.addComment(*issue, comment);
    m_state->store.touch(*issue);
    return success();
}

Status JiraSystem::setTimeZone(const QString &person, const QString &zone)
{
    if (zone.isEmpty() || !QTimeZone(zone.toLatin1()).isValid())
        return Status::failure(QStringLiteral("Unknown time zone \"%1\".").arg(zone));
    m_state->store.timeZones.insert(person, zone);
    return success();
}

QString JiraSystem::serviceOf(const QString &key) const
{
    const Jira::Issue *issue = m_state->store.issue(key);
    return issue ? issue->components.value(0) : QString();
}

bool JiraSystem::changedState(const Request &request, const Response &response) const
{
    // Searching by POST only reads.
    return !request.path.contains(QLatin1String("/search")) &&
           System::changedState(request, response);
}

} // namespace ReleaseDesk::Sandbox
