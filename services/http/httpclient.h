#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "networkroutes.h"

#include "models/ports/clock.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ReleaseDesk {

// The one way the clients of the external systems talk HTTP: plain HTTP only to
// this computer, redirects followed only within the origin a request was sent
// to (so its credentials go nowhere else), per-attempt timeouts, retries with
// backoff that respect the request's RetryPolicy and the server's Retry-After,
// and answers checked for being whole, JSON and not too large before a client
// parses them.
class HttpClient
{
public:
    // A number in 0..1 that scales each backoff wait.
    using Jitter = std::function<double()>;
    // Runs `callback` after `delay`, unless `context` is destroyed first.
    using Timer = std::function<void(std::chrono::milliseconds delay, QObject *context,
                                     std::function<void()> callback)>;
    using Done = std::function<void(const HttpResponse &)>;

    // `network` and `clock` must outlive every request sent. Without a jitter
    // or timer, a random one and QTimer are used. The client answers the
    // network manager's proxy queries from its routes (setRoutes()), so one
    // client per network manager.
    HttpClient(QNetworkAccessManager &network, const Clock &clock, Jitter jitter = {},
               Timer timer = {});
    ~HttpClient();

    // Sends `request` and, when its last attempt ends, calls `done` once, on
    // this thread, from the event loop, never from within send(). If `context`
    // is destroyed first, the request is abandoned and `done` is not called.
    // A failed response's error names the request's system and endpoint and
    // carries the server's Retry-After, for whoever decides about trying later.
    void send(HttpRequest request, QObject *context, Done done);
    // Hears how every request ends, whoever sent it: what tells the app it
    // is offline. Requests abandoned with their context are not heard.
    using Listener = std::function<void(const HttpRequest &, const HttpResponse &)>;
    void setListener(Listener listener);
    // The proxy and extra CA certificates of each connection, for the
    // requests sent from now on; other addresses go through the system's proxy.
    void setRoutes(const QList<NetworkRoutes::Target> &targets);

    struct Dependencies;

private:
    std::shared_ptr<const Dependencies> m_dependencies;
};

} // namespace ReleaseDesk
