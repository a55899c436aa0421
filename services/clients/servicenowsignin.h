#pragma once

#include "services/http/httprequest.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QObject;

namespace ReleaseDesk {

class HttpClient;
struct HttpResponse;

// Signs in to ServiceNow through an OAuth client registered on the instance
// (POST /oauth_token.do, form-encoded, grant_type=password) and keeps the
// access token fresh: renewed with the refresh token shortly before
// expires_in runs out, or once when a request answers 401. The tokens live
// only in memory; the password and the client's secret come from the keychain.
class ServiceNowSignIn
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowSignIn)

public:
    struct Account
    {
        QUrl baseUrl;
        QString clientId;
        QString clientSecret; // never logged
        QString username;
        QString password; // never logged
        std::chrono::milliseconds timeout{30000};
    };
    using Done = std::function<void(const HttpResponse &)>;

    // `http` must outlive the sign-in and every request it sent.
    ServiceNowSignIn(HttpClient &http, Account account);
    ~ServiceNowSignIn();

    // Sends `request` with the access token, signing in first when there is
    // none or it has run out. A failed sign-in answers as a 401 whose message
    // says what to do.
    void send(HttpRequest request, QObject *context, Done done);

private:
    struct State;
    std::shared_ptr<State> m_state; // shared with the calls in flight
};

} // namespace ReleaseDesk
