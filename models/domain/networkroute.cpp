#include "models/domain/networkroute.h"

#include <QFile>

namespace ReleaseDesk {

namespace {

// What every PEM certificate begins with; a bundle without it trusts nothing.
constexpr QLatin1String pemCertificate("-----BEGIN CERTIFICATE-----");
// Larger than any CA bundle a system ships (Debian's is about 200 KiB).
constexpr qint64 maxBundleBytes = 16 * 1024 * 1024;

} // namespace

bool NetworkRoute::goesStraight() const
{
    return proxy.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
}

QUrl NetworkRoute::proxyUrl() const
{
    const QString text = proxy.trimmed();
    if (text.isEmpty() || goesStraight())
        return {};
    // As curl and http_proxy take it: an address without a scheme is an HTTP proxy.
    return QUrl(text.contains(QLatin1String("://")) ? text : QLatin1String("http://") + text);
}

QStringList NetworkRoute::problems(const QString &title) const
{
    QStringList found;
    if (const QUrl url = proxyUrl(); !proxy.trimmed().isEmpty() && !goesStraight()) {
        const bool knownScheme = url.scheme() == u"http" || url.scheme() == u"socks5";
        if (!url.isValid() || url.host().isEmpty() || !knownScheme || url.port() <= 0)
            found << tr("%1: the proxy %2 is not a proxy address; write it as "
                        "http://host:port (or socks5://host:port), or none.")
                         .arg(title, proxy.trimmed());
        else if (!url.userInfo().isEmpty())
            found << tr("%1: the proxy address holds a user name or password, which the "
                        "connection settings must not keep; give the address alone.")
                         .arg(title);
    }
    if (caBundle.trimmed().isEmpty())
        return found;
    QFile bundle(caBundle.trimmed());
    if (!bundle.open(QIODevice::ReadOnly)) {
        found << tr("%1: the CA bundle %2 cannot be read (%3).")
                     .arg(title, bundle.fileName(), bundle.errorString());
    } else if (!bundle.read(maxBundleBytes).contains(pemCertificate.data())) {
        found << tr("%1: the CA bundle %2 holds no certificate; it must be a PEM file of "
                    "\"-----BEGIN CERTIFICATE-----\" blocks.")
                     .arg(title, bundle.fileName());
    }
    return found;
}

} // namespace ReleaseDesk
