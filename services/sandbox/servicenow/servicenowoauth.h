#pragma once

#include "services/sandbox/core/exchange.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace ReleaseDesk::Sandbox::ServiceNow {

// The instance's OAuth endpoint, /oauth_token.do, for one client registered in
// its Application Registry: the password grant trades the integration user's
// password for an access token and a refresh token; the refresh_token grant
// trades the refresh token for a new access token. Tokens carry expires_in;
// tests end them early (expireAccessTokens, revokeRefreshTokens) to play a
// token that ran out and a refresh token the instance no longer honours.
class OAuthServer
{
public:
    // The client and the access token's lifespan from the conventions
    // ("clientId", "clientSecret", "accessTokenLifespan" in seconds), else
    // the sandbox's own client and ServiceNow's default of 1800 s.
    explicit OAuthServer(const QJsonObject &conventions);

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

    Response token(const Request &request);
    // Whether `token` is an access token issued here that has not run out.
    bool accepts(const QString &token) const;

    void expireAccessTokens() { m_accessTokens.clear(); }
    void revokeRefreshTokens() { m_refreshTokens.clear(); }

private:
    Response issue(bool withRefreshToken);

    QString m_clientId;
    QString m_clientSecret;
    int m_lifespanSeconds = 1800;
    QHash<QString, qint64> m_accessTokens; // token -> when it runs out, ms since the epoch
    QHash<QString, bool> m_refreshTokens;
};

} // namespace ReleaseDesk::Sandbox::ServiceNow
