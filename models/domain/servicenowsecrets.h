#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// What signing in to ServiceNow through an OAuth client takes that must stay
// secret: the account's password and the client's secret. They are kept as
// one keychain entry (ConnectionSettings::secretKey()), so that the two are
// read, written and replaced together, as {"password": …, "clientSecret": …};
// the other ways of signing in keep their single secret as it always was.
struct ServiceNowSecrets
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowSecrets)

public:
    QString password;
    QString clientSecret;

    // The keychain entry's text.
    QString toSecret() const;
    // Reads what toSecret() wrote; anything else is an error that says to
    // enter both again, without repeating the text.
    static Result<ServiceNowSecrets> fromSecret(const QString &secret);
};

} // namespace ReleaseDesk
