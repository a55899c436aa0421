#include "services/sandbox/confluence/confluencesystem.h"

#include "services/sandbox/confluence/confluenceapi.h"
#include "services/sandbox/confluence/confluenceseed.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QDateTime>

// Confluence as both deployments answer: the same content below the Cloud
// root (/wiki/rest/api) and the Data Center root (/rest/api), with each one's
// links, user fields and authentication failures.

namespace ReleaseDesk::Sandbox {
namespace {

using namespace Confluence;

const QString email = QStringLiteral("release.bot@example.com");
const QString apiToken = QStringLiteral("sandbox-confluence-token");
const QString personalAccessToken = QStringLiteral("sandbox-confluence-pat");

Flavour flavourOf(const QString &path)
{
    return path == QLatin1String("/wiki") || path.startsWith(QLatin1String("/wiki/"))
               ? Flavour::Cloud
               : Flavour::DataCenter;
}

Site siteOf(const Request &request, Flavour flavour)
{
    const QByteArray host = request.header("host");
    return {flavour, QStringLiteral("http://") + (host.isEmpty() ? QStringLiteral("127.0.0.1")
                                                                 : QString::fromLatin1(host))};
}

// What "Authorization: Basic ..." carries, split at the first colon.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray &authorization)
{
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const QString decoded =
        QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6).trimmed()));
    const qsizetype colon = decoded.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    return std::pair{decoded.left(colon), decoded.mid(colon + 1)};
}

// Atlassian's Cloud edge answers in plain text before Confluence sees the request.
Response cloudRefusal(bool triedBasic)
{
    return Response::text(
        triedBasic
            ? QByteArrayLiteral(
                  "Basic authentication with passwords is deprecated.  For more information, see: "
                  "https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/"
                  "\n")
            : QByteArrayLiteral("Client must be authenticated to access this resource."),
        401);
}

// Data Center's login filter (Seraph) says why in a header, the REST layer in the body.
Response dataCenterRefusal(bool triedCredentials)
{
    QJsonObject body = errorBody(401, QStringLiteral("This request requires authentication: "
                                                     "send a personal access token as Bearer or "
                                                     "Basic username:password."));
    body.insert(QLatin1String("reason"), QStringLiteral("Unauthorized"));
    Response response = Response::json(body, 401);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
    if (triedCredentials)
        response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
    return response;
}

} // namespace

struct ConfluenceSystem::State
{
    Store store;
    PageConventions conventions;
};

ConfluenceSystem::ConfluenceSystem(const QJsonObject &conventions)
    : m_state(std::make_unique<State>())
{
    m_state->conventions = PageConventions::from(conventions);
}
ConfluenceSystem::~ConfluenceSystem() = default;

void ConfluenceSystem::addRoutes(Router &router)
{
    Store &store = m_state->store;
    using Handler = std::function<Response(const Request &, const Site &)>;
    // Every endpoint answers below both roots; the root decides the links.
    const auto both = [&router](const QByteArray &method, const QString &path, Handler handler) {
        for (const Flavour flavour : {Flavour::Cloud, Flavour::DataCenter}) {
            const QString root = flavour == Flavour::Cloud ? QStringLiteral("/wiki") : QString();
            router.add(method, root + path, [flavour, handler](const Request &request) {
                return handler(request, siteOf(request, flavour));
            });
        }
    };
    both("GET", QStringLiteral("/rest/api/content"),
         [&store](const Request &r, const Site &s) { return searchContent(store, r, s); });
    both("GET", QStringLiteral("/rest/api/content/search"),
         [&store](const Request &r, const Site &s) { return searchByCql(store, r, s); });
    both("POST", QStringLiteral("/rest/api/content"),
         [&store](const Request &r, const Site &s) { return createContent(store, r, s); });
    both("GET", QStringLiteral("/rest/api/content/{id}"),
         [&store](const Request &r, const Site &s) { return getContent(store, r, s); });
    both("PUT", QStringLiteral("/rest/api/content/{id}"),
         [&store](const Request &r, const Site &s) { return updateContent(store, r, s); });
    both("GET", QStringLiteral("/rest/api/space/{key}"),
         [&store](const Request &r, const Site &s) { return getSpace(store, r, s); });
    both("GET", QStringLiteral("/rest/api/user/current"), currentUser);
}

std::optional<Response> ConfluenceSystem::checkAuth(const Request &request) const
{
    const QByteArray authorization = request.header("authorization");
    const auto basic = basicCredentials(authorization);
    const bool basicAccepted = basic && basic->first == email && basic->second == apiToken;
    if (flavourOf(request.path) == Flavour::Cloud) {
        // Cloud takes an Atlassian account's email and API token; a PAT means nothing there.
        if (basicAccepted)
            return std::nullopt;
        return cloudRefusal(authorization.startsWith("Basic "));
    }
    // Data Center takes a personal access token, or Basic with the username or email.
    const bool bearerAccepted = authorization == "Bearer " + personalAccessToken.toUtf8();
    const bool basicUserAccepted =
        basic && basic->first == botUsername && basic->second == apiToken;
    if (bearerAccepted || basicAccepted || basicUserAccepted)
        return std::nullopt;
    return dataCenterRefusal(!authorization.isEmpty());
}

Response ConfluenceSystem::error(int status, const QString &message) const
{
    return Response::json(errorBody(status, message), status);
}

Response ConfluenceSystem::rateLimited(int retryAfterSeconds) const
{
    Response response = error(429, QStringLiteral("Rate limit exceeded"));
    const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(retryAfterSeconds);
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    response.setHeader("X-RateLimit-Limit", "100");
    response.setHeader("X-RateLimit-Remaining", "0");
    response.setHeader("X-RateLimit-Reset", timestamp(reset).toLatin1());
    return response;
}

QJsonObject ConfluenceSystem::connection(const QString &baseUrl) const
{
    const Store &store = m_state->store;
    const QString spaceKey =
        store.spaces.isEmpty() ? QStringLiteral("REL") : store.spaces.constFirst().key;
    const Page *parent = store.pageTitled(spaceKey, notesParentTitle);
    return {{QLatin1String("url"), baseUrl},
            {QLatin1String("cloudUrl"), QString(baseUrl + QStringLiteral("/wiki"))},
            {QLatin1String("email"), email},
            {QLatin1String("token"), apiToken},
            {QLatin1String("username"), botUsername},
            {QLatin1String("pat"), personalAccessToken},
            {QLatin1String("space"), spaceKey},
            {QLatin1String("parentPageId"), parent ? parent->id : QString()}};
}

void ConfluenceSystem::seed(const Catalogue &catalogue)
{
    m_state->store = seededStore(catalogue, m_state->conventions);
}

QJsonObject ConfluenceSystem::save() const
{
    return m_state->store.toJson();
}

void ConfluenceSystem::load(const QJsonObject &state)
{
    m_state->store = Store::fromJson(state);
}

} // namespace ReleaseDesk::Sandbox
