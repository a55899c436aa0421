#pragma once

#include <QString>
#include <QUrl>

// Where an address may take a secret: the one rule for the addresses a person
// types into the connection settings and the ones the HTTP layer sends
// credentials to (services/http/urlrules.h asks it), so that they cannot drift
// apart. QtCore only, so that the core can check settings without a network.

namespace ReleaseDesk::AddressRules {

// Any https:// address; plain http:// only to this computer, where nobody
// else can read it on the way.
bool allowsCredentials(const QUrl &url);

// Whether `host`, as QUrl::host() spells it, is this computer: localhost,
// 127.0.0.0/8, ::1, or 127.0.0.0/8 mapped into IPv6.
bool isThisComputer(const QString &host);

} // namespace ReleaseDesk::AddressRules
