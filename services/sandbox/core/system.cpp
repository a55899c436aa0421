#include "services/sandbox/core/system.h"

namespace ReleaseDesk::Sandbox {

Response System::rateLimited(int retryAfterSeconds) const
{
    Response response = error(429, QStringLiteral("Rate limit exceeded"));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

QString System::account(const Request &) const
{
    return {};
}

QJsonObject System::connectionAs(const QString &baseUrl, const QString &) const
{
    return connection(baseUrl);
}

bool System::changedState(const Request &request, const Response &response) const
{
    return request.method != "GET" && response.status >= 200 && response.status < 300;
}

} // namespace ReleaseDesk::Sandbox
