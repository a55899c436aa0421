#include "system.h"

namespace ReleaseDesk::Sandbox {

Response System::rateLimited(int retryAfterSeconds) const
{
    Response response = error(429, QStringLiteral("Rate limit exceeded"));
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace ReleaseDesk::Sandbox
