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
