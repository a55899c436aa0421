#include "servicenowsignin.h"

#include "clientsupport.h"

#include "services/http/httpclient.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace ReleaseDesk {

namespace {

using ClientSupport::queryItem;
using Renewed = std::function<void(const Error &)>; // Kind None: signed in

// A token is renewed this long before ServiceNow says it runs out, so that a
// request sent just before does not meet a 401.
constexpr qint64 renewalMarginSeconds = 60;

// OAuth's own error words: {"error":"server_error","error_description":"access_denied"}.
QString oauthError(const HttpResponse &response)
{
    const QJsonObject answer = response.json.object();
    const QString description = answer.value(QLatin1String("error_description")).toString();
    const QString error = answer.value(QLatin1String("error")).toString();
    if (!description.isEmpty())
        return description;
    if (!error.isEmpty())
        return error;
    return response.error.message;
}

} // namespace

struct ServiceNowSignIn::State
{
    State(HttpClient &http, Account account) : http(http), account(std::move(account)) {}

    HttpClient &http;
    Account account;
    // The token requests' own context: a sign-in finishes for every request
    // waiting on it even when the one that began it is gone.
    std::unique_ptr<QObject> tokenContext = std::make_unique<QObject>();
    QString accessToken;
    QString refreshToken;
    QDeadlineTimer expires;
    bool renewing = false;
    QList<Renewed> waiting; // the requests that wait for the token being fetched

    bool hasFreshToken() const { return !accessToken.isEmpty() && !expires.hasExpired(); }
    void finishRenewal(const Error &outcome);
    void renew(Renewed done);
    void requestToken(bool refresh);
};

void ServiceNowSignIn::State::finishRenewal(const Error &outcome)
{
    renewing = false;
    const QList<Renewed> done = std::exchange(waiting, {});
    for (const Renewed &waiter : done)
        waiter(outcome);
}

void ServiceNowSignIn::State::renew(Renewed done)
{
    waiting.append(std::move(done));
    if (renewing)
        return;
    renewing = true;
    if (account.clientId.isEmpty() || account.clientSecret.isEmpty() ||
        account.password.isEmpty()) {
        const Error missing(ErrorKind::Unauthorized,
                            tr("ServiceNow: signing in through an OAuth client takes the client's "
                               "id and secret and the user's password; enter them in Connections "
                               "→ ServiceNow."));
        QMetaObject::invokeMethod(
            tokenContext.get(), [this, missing] { finishRenewal(missing); }, Qt::QueuedConnection);
        return;
    }
    requestToken(!refreshToken.isEmpty());
}

void ServiceNowSignIn::State::requestToken(bool refresh)
{
    QStringList form{queryItem(QStringLiteral("client_id"), account.clientId),
                     queryItem(QStringLiteral("client_secret"), account.clientSecret)};
    if (refresh) {
        form << queryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"))
             << queryItem(QStringLiteral("refresh_token"), refreshToken);
    } else {
        form << queryItem(QStringLiteral("grant_type"), QStringLiteral("password"))
             << queryItem(QStringLiteral("username"), account.username)
             << queryItem(QStringLiteral("password"), account.password);
    }
    HttpRequest request;
    request.system = QStringLiteral("ServiceNow");
    request.endpoint = QStringLiteral("oauth_token.do");
    request.method = "POST";
    request.url = ClientSupport::urlBelow(account.baseUrl, QStringLiteral("/oauth_token.do"));
    request.timeout = account.timeout;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.body = form.join(u'&').toUtf8();
    // Asking again only mints another token.
    request.retry = RetryPolicy::Idempotent;
    // Called back only while tokenContext, and so the state, lives.
    http.send(
        std::move(request), tokenContext.get(), [this, refresh](const HttpResponse &response) {
            const QJsonObject answer = response.json.object();
            const QString token = answer.value(QLatin1String("access_token")).toString();
            // The instance said no (401, or 400 for a malformed grant), or
            // said yes without a token; anything else, such as a network
            // failure, passes on as it is and keeps the tokens.
            const bool refused = response.status == 400 || response.status == 401 || response.ok();
            if (!response.ok() && !refused)
                return finishRenewal(response.error);
            if (!response.ok() || token.isEmpty()) {
                accessToken.clear();
                refreshToken.clear();
                const QString why =
                    response.ok() ? tr("no access token came") : oauthError(response);
                const QString message =
                    refresh ? tr("ServiceNow did not renew the sign-in (%1): sign in "
                                 "again. The next attempt signs in with the stored "
                                 "password; if that fails too, enter the password and the "
                                 "OAuth client's secret again in Connections → ServiceNow.")
                                  .arg(why)
                            : tr("ServiceNow refused the sign-in of %1 through OAuth client "
                                 "%2 (%3): check the user, the password and the client's "
                                 "id and secret in Connections → ServiceNow.")
                                  .arg(account.username, account.clientId, why);
                return finishRenewal(Error(ErrorKind::Unauthorized, message));
            }
            accessToken = token;
            // A refresh may answer without a new refresh token: the old one stays.
            const QString nextRefresh = answer.value(QLatin1String("refresh_token")).toString();
            if (!nextRefresh.isEmpty())
                refreshToken = nextRefresh;
            const qint64 lifetime = qint64(answer.value(QLatin1String("expires_in")).toDouble(0));
            expires = lifetime > 0
                          ? QDeadlineTimer(
                                qMax<qint64>(lifetime / 2, lifetime - renewalMarginSeconds) * 1000)
                          : QDeadlineTimer(QDeadlineTimer::Forever);
            finishRenewal(Error());
        });
}

namespace {

HttpResponse refusedWith(const Error &error)
{
    HttpResponse refused;
    refused.status = 401;
    refused.error = error;
    return refused;
}

} // namespace

ServiceNowSignIn::ServiceNowSignIn(HttpClient &http, Account account)
    : m_state(std::make_shared<State>(http, std::move(account)))
{}

ServiceNowSignIn::~ServiceNowSignIn() = default;

void ServiceNowSignIn::send(HttpRequest request, QObject *context, Done done)
{
    const std::shared_ptr<State> state = m_state;
    const QPointer<QObject> guard(context);
    // Sends with the token in hand; a 401 renews it and sends once more.
    // `renewed`: the token was just fetched, so a 401 is the answer.
    auto attempt = std::make_shared<std::function<void(bool)>>();
    *attempt = [state, request, guard, done,
                weakAttempt = std::weak_ptr<std::function<void(bool)>>(attempt)](bool renewed) {
        if (!guard)
            return;
        HttpRequest withToken = request;
        withToken.headers.append({"Authorization", "Bearer " + state->accessToken.toUtf8()});
        state->http.send(
            std::move(withToken), guard,
            [state, guard, done, renewed, self = weakAttempt.lock()](const HttpResponse &response) {
                if (response.status != 401 || renewed)
                    return done(response);
                // The token ran out early or was revoked.
                state->accessToken.clear();
                state->renew([guard, done, self](const Error &error) {
                    if (!guard)
                        return;
                    if (error.kind != ErrorKind::None)
                        return done(refusedWith(error));
                    (*self)(true);
                });
            });
    };
    if (state->hasFreshToken())
        return (*attempt)(false);
    state->accessToken.clear();
    state->renew([guard, done, attempt](const Error &error) {
        if (!guard)
            return;
        if (error.kind != ErrorKind::None)
            return done(refusedWith(error));
        (*attempt)(true);
    });
}

} // namespace ReleaseDesk
