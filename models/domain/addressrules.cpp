#include "models/domain/addressrules.h"

#include <QStringList>

namespace ReleaseDesk::AddressRules {

namespace {

// QUrl spells an IPv4 host as four decimal numbers, whatever form was typed
// ("127.1", "0x7f.0.0.1"), so only that form needs reading here.
bool isIPv4Loopback(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return parts.first() == QLatin1String("127");
}

} // namespace

bool allowsCredentials(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme != QLatin1String("http"))
        return false;
    return isThisComputer(url.host());
}

bool isThisComputer(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QUrl spells an IPv6 host compressed and in lower case.
    static const QLatin1String mapped("::ffff:");
    if (host.startsWith(mapped))
        return isIPv4Loopback(host.mid(mapped.size()));
    return host == QLatin1String("::1") || isIPv4Loopback(host);
}

} // namespace ReleaseDesk::AddressRules
