#pragma once

#include <QString>
#include <QUrl>

// Where ReleaseDesk may send a request that carries credentials. One rule for
// the first URL of a request, every redirect it meets, every page link a
// server hands back and every address a person types in, so that they cannot
// drift apart.

namespace ReleaseDesk::UrlRules {

// Any https:// address; plain http:// only to this computer (localhost,
// 127.0.0.0/8, ::1), where nobody else can read it on the way. The core's
// AddressRules::allowsCredentials, which the connection settings check too.
bool allowsCredentials(const QUrl &url);

// Whether `a` and `b` are the same origin (RFC 6454): the same scheme, host
// and port, a scheme's default port counting as given.
bool sameOrigin(const QUrl &a, const QUrl &b);

// "https://ci.example.com:8443", for messages: no user name, password, path or query.
QString origin(const QUrl &url);

} // namespace ReleaseDesk::UrlRules
