#include "services/sandbox/concourse/concourseauth.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace ReleaseDesk::Sandbox::Concourse {
namespace {

// fly's public OAuth client, sent as Basic Zmx5OlpteDU=.
const QString flyClientId = QStringLiteral("fly");
const QString flyClientSecret = QStringLiteral("Zmx5");
constexpr qint64 tokenLifetimeSeconds = 24 * 3600; // Concourse's default --auth-duration

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

// Dex's OAuth2 error body (tokenErr in dex/server/handlers.go).
Response tokenError(int status, const QString &error, const QString &description = {})
{
    QJsonObject body{{QLatin1String("error"), error}};
    if (!description.isEmpty())
        body.insert(QLatin1String("error_description"), description);
    return apiJson(QJsonDocument(body), status);
}

// Go's %q of a []string: ["a" "b"].
QString goQuoted(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << u'"' + item + u'"';
    return u'[' + quoted.join(u' ') + u']';
}

// Who is asking, as Concourse's accessor sees it.
struct Caller
{
    bool hasToken = false;
    bool authenticated = false;
};

Caller identify(const Request &request, const Data &data)
{
    const QList<QByteArray> parts = request.header("authorization").split(' ');
    Caller caller;
    if (parts.size() != 2 || parts.first().toLower() != "bearer")
        return caller;
    caller.hasToken = true;
    const auto token = data.tokens.constFind(QString::fromLatin1(parts.last()));
    caller.authenticated =
        token != data.tokens.cend() && token->expires > QDateTime::currentDateTimeUtc();
    return caller;
}

QByteArray idToken(const QString &user, const QDateTime &issued, const QDateTime &expires)
{
    const QJsonObject header{{QLatin1String("alg"), QLatin1String("RS256")},
                             {QLatin1String("typ"), QLatin1String("JWT")}};
    const QJsonObject claims{
        {QLatin1String("iss"), QLatin1String("http://127.0.0.1/concourse/sky/issuer")},
        {QLatin1String("sub"), QString::fromLatin1(base64Url(user.toUtf8()))},
        {QLatin1String("aud"), flyClientId},
        {QLatin1String("iat"), issued.toSecsSinceEpoch()},
        {QLatin1String("exp"), expires.toSecsSinceEpoch()},
        {QLatin1String("email"), user},
        {QLatin1String("name"), user},
        {QLatin1String("preferred_username"), user},
        {QLatin1String("federated_claims"),
         QJsonObject{{QLatin1String("connector_id"), QLatin1String("local")},
                     {QLatin1String("user_id"), user}}}};
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(randomBytes(64));
}

} // namespace

QString userName()
{
    return QStringLiteral("releasedesk");
}

QString userPassword()
{
    return QStringLiteral("sandbox-concourse");
}

Response notAuthorized()
{
    return Response::text("not authorized", 401);
}

Response forbidden()
{
    return Response::text("forbidden", 403);
}

std::optional<Response> refuseUnlessMember(const Request &request, const Data &data,
                                           const QString &team)
{
    const Caller caller = identify(request, data);
    if (caller.authenticated && team == data.userTeam)
        return std::nullopt;
    return caller.authenticated ? forbidden() : notAuthorized();
}

std::optional<Response> refuseBadToken(const Request &request, const Data &data)
{
    const Caller caller = identify(request, data);
    if (caller.hasToken && !caller.authenticated)
        return notAuthorized();
    return std::nullopt;
}

QString issueToken(Data &data, const QDateTime &expires, bool jwt)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString token = QString::fromLatin1(
        jwt ? idToken(userName(), std::min(now, expires), expires) : base64Url(randomBytes(32)));
    data.tokens.insert(token, {userName(), expires});
    return token;
}

Response login(const Request &request, Data &data)
{
    if (request.method != "POST")
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("method not allowed"));
    const QHash<QString, QString> form = request.fields();
    if (form.value(QStringLiteral("grant_type")) != QLatin1String("password"))
        return tokenError(400, QStringLiteral("unsupported_grant_type"));

    QString clientId = form.value(QStringLiteral("client_id"));
    QString clientSecret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("authorization");
    if (authorization.toLower().startsWith("basic ")) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(authorization.mid(6)));
        clientId = QUrl::fromPercentEncoding(pair.section(u':', 0, 0).toUtf8());
        clientSecret = QUrl::fromPercentEncoding(pair.section(u':', 1).toUtf8());
    }
    if (clientId != flyClientId || clientSecret != flyClientSecret)
        return tokenError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Invalid client credentials."));

    static const QStringList knownScopes{QStringLiteral("openid"), QStringLiteral("offline_access"),
                                         QStringLiteral("email"),  QStringLiteral("profile"),
                                         QStringLiteral("groups"), QStringLiteral("federated:id")};
    const QStringList scopes = form.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    QStringList unrecognized;
    for (const QString &scope : scopes) {
        if (!knownScopes.contains(scope))
            unrecognized << scope;
    }
    if (!scopes.contains(QLatin1String("openid"))) {
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Missing required scope(s) [\"openid\"]."));
    }
    if (!unrecognized.isEmpty()) {
        return tokenError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("Unrecognized scope(s) %1").arg(goQuoted(unrecognized)));
    }
    if (form.value(QStringLiteral("username")) != userName() ||
        form.value(QStringLiteral("password")) != userPassword()) {
        return tokenError(401, QStringLiteral("access_denied"),
                          QStringLiteral("Invalid username or password"));
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(tokenLifetimeSeconds);
    for (auto it = data.tokens.begin(); it != data.tokens.end();) {
        it = it->expires <= now ? data.tokens.erase(it) : std::next(it);
    }
    const QString accessToken = QString::fromLatin1(base64Url(randomBytes(32)));
    data.tokens.insert(accessToken, {userName(), expires});
    Response response = apiJson(QJsonDocument(QJsonObject{
        {QLatin1String("access_token"), accessToken},
        {QLatin1String("token_type"), QLatin1String("bearer")},
        {QLatin1String("expires_in"), tokenLifetimeSeconds},
        {QLatin1String("id_token"), QString::fromLatin1(idToken(userName(), now, expires))}}));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

} // namespace ReleaseDesk::Sandbox::Concourse
