#pragma once

#include "services/sandbox/concourse/concoursedata.h"
#include "services/sandbox/core/exchange.h"

#include <optional>

// Who may use the sandbox's Concourse: the fly login at dex's token endpoint
// and the token checks of Concourse's accessor, apart from the API handlers in
// concoursesystem.cpp.

namespace ReleaseDesk::Sandbox::Concourse {

// The one user of the sandbox's Concourse, a member of Data::userTeam.
QString userName();
QString userPassword();

// The fly password grant as Concourse's dex answers it: method, grant type,
// client, scopes, then the user, each with dex's own error. Issues a token
// into `data` and drops the expired ones.
Response login(const Request &request, Data &data);

// A token for the sandbox user ending at `expires`, as `fly login` would have
// saved it, so that the sign-ins that take a token and their expiry can be
// played: already past, soon or far. A JWT with that exp claim when `jwt`
// (what older Concourse versions issued), else opaque as now.
QString issueToken(Data &data, const QDateTime &expires, bool jwt);

// Concourse's auth.UnauthorizedRejector, and its answer to a member of another team.
Response notAuthorized();
Response forbidden();

// Private pipelines are visible to the team's members only: anyone else gets
// 401 when not logged in and 403 when logged in (checkPipelineAccessHandler,
// checkBuildReadAccessHandler). nullopt when the request may go on.
std::optional<Response> refuseUnlessMember(const Request &request, const Data &data,
                                           const QString &team);
// Public routes check a token only when one is sent (CheckAuthenticationIfProvided).
std::optional<Response> refuseBadToken(const Request &request, const Data &data);

} // namespace ReleaseDesk::Sandbox::Concourse
