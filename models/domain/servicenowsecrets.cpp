#include "models/domain/servicenowsecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk {

namespace {
const QLatin1String passwordKey("password");
const QLatin1String clientSecretKey("clientSecret");
} // namespace

QString ServiceNowSecrets::toSecret() const
{
    const QJsonObject secrets{{passwordKey, password}, {clientSecretKey, clientSecret}};
    return QString::fromUtf8(QJsonDocument(secrets).toJson(QJsonDocument::Compact));
}

Result<ServiceNowSecrets> ServiceNowSecrets::fromSecret(const QString &secret)
{
    const QJsonObject stored = QJsonDocument::fromJson(secret.toUtf8()).object();
    const QJsonValue password = stored.value(passwordKey);
    const QJsonValue clientSecret = stored.value(clientSecretKey);
    if (!password.isString() || !clientSecret.isString() || password.toString().isEmpty() ||
        clientSecret.toString().isEmpty()) {
        return Result<ServiceNowSecrets>::failure(
            tr("ServiceNow: the stored sign-in does not hold both the password and the OAuth "
               "client's secret; enter both again in Connections → ServiceNow."));
    }
    return ServiceNowSecrets{password.toString(), clientSecret.toString()};
}

} // namespace ReleaseDesk
