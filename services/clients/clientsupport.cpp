#include "clientsupport.h"

namespace ReleaseDesk::ClientSupport {

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString queryItem(const QString &name, const QString &value)
{
    return name + u'=' + encoded(value);
}

QUrl urlBelow(const QUrl &root, const QString &path, const QString &query)
{
    QUrl url = root;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    // Tolerant mode keeps the percent-encoding as given.
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : query, QUrl::TolerantMode);
    return url;
}

QByteArray atlassianAuthorization(bool cloud, const QString &email, const QString &secret)
{
    if (cloud)
        return "Basic " + (email + u':' + secret).toUtf8().toBase64();
    return "Bearer " + secret.toUtf8();
}

} // namespace ReleaseDesk::ClientSupport
