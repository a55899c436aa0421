#pragma once

// What ServiceNowClient's source files share: the session and the tables'
// paths. Not part of the client's interface.

#include "clientsupport.h"
#include "servicenowclient.h"
#include "servicenowsignin.h"

#include <memory>
#include <optional>

namespace ReleaseDesk {

namespace ServiceNowTables {

inline const QString changeTable = QStringLiteral("change_request");
inline const QString taskTable = QStringLiteral("change_task");
inline const QString groupTable = QStringLiteral("sys_user_group");
inline const QString dictionaryTable = QStringLiteral("sys_dictionary");

inline QString tablePath(const QString &table, const QString &sysId = {})
{
    QString path = QLatin1String("/api/now/table/") + table;
    if (!sysId.isEmpty())
        path += u'/' + ClientSupport::encoded(sysId);
    return path;
}

} // namespace ServiceNowTables

// The connection and what was learnt through it.
struct ServiceNowClient::Session
{
    Session(HttpClient &http, ServiceNowConnection connection)
        : http(http), connection(std::move(connection))
    {
        const ServiceNowConnection &c = this->connection;
        if (c.auth == ServiceNowConnection::Auth::OAuthSignIn) {
            signIn = std::make_unique<ServiceNowSignIn>(
                http, ServiceNowSignIn::Account{c.baseUrl, c.clientId, c.clientSecret, c.username,
                                                c.secret, c.timeout});
        }
    }

    HttpClient &http;
    ServiceNowConnection connection;
    std::unique_ptr<ServiceNowSignIn> signIn; // OAuthSignIn only
    QString groupSysId;                       // the assignment group's, once looked up
    // The dictionary's mandatory columns of a change, once looked up.
    std::optional<QList<MandatoryField>> mandatory;
};

} // namespace ReleaseDesk
