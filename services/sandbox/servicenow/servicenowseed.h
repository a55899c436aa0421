#pragma once

#include "services/sandbox/servicenow/servicenowrecords.h"

namespace ReleaseDesk::Sandbox {
struct Catalogue;
}

namespace ReleaseDesk::Sandbox::ServiceNow {

// The accounts and the group that the sandbox's ServiceNow knows.
struct Accounts
{
    static QString user() { return QStringLiteral("releasedesk.integration"); }
    static QString password() { return QStringLiteral("sandbox-servicenow"); }
    static QString oauthToken() { return QStringLiteral("sandbox-servicenow-oauth"); }
    // The OAuth client of the instance's Application Registry, unless the
    // conventions register another.
    static QString oauthClientId() { return QStringLiteral("releasedesk-sandbox-client"); }
    static QString oauthClientSecret() { return QStringLiteral("sandbox-oauth-client-secret"); }
    static QString assignmentGroup() { return QStringLiteral("CHS Release Management"); }
    // Fixed, so that clients can be configured with it before they ask.
    static QString assignmentGroupSysId()
    {
        return QStringLiteral("5f0e7a1c1b9d4a10a6c8e2f3b4d5c6e7");
    }
};

// Replaces the store's records with the catalogue's history: the release
// management group, a change request for each release that raised a ticket,
// and a testing change task for each release that reached staging.
void seedStore(Store &store, const Catalogue &catalogue);

} // namespace ReleaseDesk::Sandbox::ServiceNow
