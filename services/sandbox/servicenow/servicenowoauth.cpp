#include "services/sandbox/servicenow/servicenowoauth.h"

#include "services/sandbox/servicenow/servicenowseed.h"

#include <QDateTime>
#include <QUuid>

namespace ReleaseDesk::Sandbox::ServiceNow {

namespace {

// What the instance answers a refused token request, for any reason: it does
// not say which of the client, the user or the refresh token was wrong.
Response accessDenied()
{
    return Response::json(
        QJsonObject{{QStringLiteral("error_description"), QStringLiteral("access_denied")},
                    {QStringLiteral("error"), QStringLiteral("server_error")}},
        401);
}

QString newToken()
{
    // Long and opaque, as the instance's are.
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

OAuthServer::OAuthServer(const QJsonObject &conventions)
    : m_clientId(conventions.value(u"clientId").toString(Accounts::oauthClientId())),
      m_clientSecret(conventions.value(u"clientSecret").toString(Accounts::oauthClientSecret())),
      m_lifespanSeconds(conventions.value(u"accessTokenLifespan").toInt(1800))
{}

Response OAuthServer::token(const Request &request)
{
    // The endpoint reads a form only; JSON leaves it without parameters.
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return accessDenied();
    const QUrlQuery form = request.formBody();
    const auto field = [&form](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (field("client_id") != m_clientId || field("client_secret") != m_clientSecret)
        return accessDenied();
    const QString grant = field("grant_type");
    if (grant == u"password") {
        if (field("username") != Accounts::user() || field("password") != Accounts::password())
            return accessDenied();
        return issue(true);
    }
    if (grant == u"refresh_token") {
        if (!m_refreshTokens.contains(field("refresh_token")))
            return accessDenied();
        return issue(false);
    }
    return Response::json(
        QJsonObject{{QStringLiteral("error_description"), QStringLiteral("Unsupported grant type")},
                    {QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}},
        400);
}

bool OAuthServer::accepts(const QString &token) const
{
    const auto found = m_accessTokens.constFind(token);
    return found != m_accessTokens.constEnd() && *found > QDateTime::currentMSecsSinceEpoch();
}

Response OAuthServer::issue(bool withRefreshToken)
{
    const QString access = newToken();
    m_accessTokens.insert(access,
                          QDateTime::currentMSecsSinceEpoch() + qint64(m_lifespanSeconds) * 1000);
    // A refresh keeps the refresh token it came with, as the instance does.
    QJsonObject answer{{QStringLiteral("access_token"), access},
                       {QStringLiteral("scope"), QStringLiteral("useraccount")},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), m_lifespanSeconds - 1}};
    if (withRefreshToken) {
        const QString refresh = newToken();
        m_refreshTokens.insert(refresh, true);
        answer.insert(QStringLiteral("refresh_token"), refresh);
    }
    return Response::json(answer);
}

} // namespace ReleaseDesk::Sandbox::ServiceNow
