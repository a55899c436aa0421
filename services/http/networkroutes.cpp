#include "networkroutes.h"

#include <QCoreApplication>
#include <QFile>

namespace ReleaseDesk {

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           portOf(a) == portOf(b);
}

// The path as a prefix to compare: "/wiki/" for "/wiki" and "/wiki/".
QString directory(const QUrl &url)
{
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}

std::optional<QNetworkProxy> proxyOf(const NetworkRoute &route)
{
    if (route.goesStraight())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl url = route.proxyUrl();
    if (url.isEmpty())
        return std::nullopt;
    const auto type =
        url.scheme() == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port()));
}

NetworkRoutes::Way makeWay(const NetworkRoutes::Target &target)
{
    const NetworkRoute &route = target.route;
    const QString &title = target.system;
    NetworkRoutes::Way way{target, proxyOf(route), {}, std::nullopt};
    // The settings said so before anything was saved; a proxy written into
    // connections.ini by hand, or a bundle that changed since, is named now,
    // before a request goes another way than the person asked.
    if (const QStringList wrong = NetworkRoute{route.proxy, {}}.problems(title); !wrong.isEmpty()) {
        way.proxy.reset();
        way.problem = Error{ErrorKind::Proxy, wrong.constFirst()};
        return way;
    }
    const QString path = route.caBundle.trimmed();
    if (path.isEmpty())
        return way;
    if (const QStringList wrong = NetworkRoute{{}, path}.problems(title); !wrong.isEmpty()) {
        way.problem = Error{ErrorKind::Tls, wrong.constFirst()};
        return way;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        way.certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (way.certificates.isEmpty())
        way.problem = Error{ErrorKind::Tls,
                            QCoreApplication::translate(
                                "HttpClient", "%1: the CA bundle %2 holds no certificate that "
                                              "can be read.")
                                .arg(title, path)};
    return way;
}

} // namespace

void NetworkRoutes::set(const QList<Target> &targets)
{
    m_ways.clear();
    for (const Target &target : targets) {
        m_ways.removeIf([&](const Way &way) { return way.target.server == target.server; });
        m_ways.append(makeWay(target));
    }
}

const NetworkRoutes::Way *NetworkRoutes::find(const QUrl &url) const
{
    const Way *best = nullptr;
    const QString path = directory(url);
    for (const Way &way : m_ways) {
        const QString below = directory(way.target.server);
        if (!sameServer(way.target.server, url) || !path.startsWith(below))
            continue;
        if (!best || below.size() > directory(best->target.server).size())
            best = &way;
    }
    return best;
}

QNetworkProxy NetworkRoutes::proxyFor(const QUrl &url) const
{
    if (const Way *way = find(url); way && way->proxy)
        return *way->proxy;
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url)).value(0);
}

RoutedProxyFactory::RoutedProxyFactory(std::shared_ptr<const NetworkRoutes> routes)
    : m_routes(std::move(routes))
{}

QList<QNetworkProxy> RoutedProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (const NetworkRoutes::Way *way = m_routes->find(query.url()); way && way->proxy)
        return {*way->proxy};
    return QNetworkProxyFactory::proxyForQuery(query);
}

} // namespace ReleaseDesk
