#pragma once

#include "models/domain/error.h"
#include "models/domain/networkroute.h"

#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace ReleaseDesk {

// The ways through the company's network to each connected server, looked up
// by a request's address: which proxy it goes through and which CA
// certificates are trusted for it besides the system's. Requests to an
// address no route names go as the computer would send them.
class NetworkRoutes
{
public:
    // A connection's way to its server, as the settings give it.
    struct Target
    {
        QString system; // "Jira", for messages
        QUrl server;    // the connection's address: its origin and the path below it
        NetworkRoute route;
    };
    // One route, ready for requests: its proxy read and its bundle loaded.
    struct Way
    {
        Target target;
        std::optional<QNetworkProxy> proxy; // none: the system's proxy
        QList<QSslCertificate> certificates;
        // Why the route cannot be used (its bundle holds no certificate);
        // the request is refused before it is sent.
        std::optional<Error> problem;
    };

    // Replaces every route; a later target for the same address wins.
    void set(const QList<Target> &targets);
    // The route of the connection whose address `url` is at or below; the
    // longest such address wins (Confluence Cloud's /wiki beside Jira's
    // root on the same site). Nothing when no connection holds `url`.
    const Way *find(const QUrl &url) const;
    // The proxy a request to `url` goes through: its route's, else the
    // system's (QNetworkProxyFactory::proxyForQuery()).
    QNetworkProxy proxyFor(const QUrl &url) const;

private:
    QList<Way> m_ways;
};

// Answers a network manager's proxy queries from the routes, so that one
// manager serves every system, each through its own proxy.
class RoutedProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit RoutedProxyFactory(std::shared_ptr<const NetworkRoutes> routes);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    std::shared_ptr<const NetworkRoutes> m_routes;
};

} // namespace ReleaseDesk
