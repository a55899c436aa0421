#pragma once

#include "services/sandbox/confluence/confluencemodel.h"
#include "services/sandbox/core/exchange.h"

// The handlers of Confluence's content, space and user endpoints. Each gets
// the site the client addressed (Cloud or Data Center) for links and fields.

namespace ReleaseDesk::Sandbox::Confluence {

// Whom every accepted credential authenticates.
inline const QString botUsername = QStringLiteral("release.bot");

// Confluence's error object: {"statusCode","data":{...},"message"}. A
// non-empty exception class prefixes the message as the Java service does
// ("com.atlassian.confluence.api.service.exceptions.NotFoundException: ...").
QJsonObject errorBody(int status, const QString &message, const QString &exceptionClass = {});
// An error in the shape the addressed site answers with (Data Center adds "reason").
Response failure(const Site &site, int status, const QString &message);

Response searchContent(const Store &store, const Request &request, const Site &site);
// GET /rest/api/content/search?cql=...: a subset of CQL, conditions joined by
// AND: space = "KEY", type = page, title = "..." and title ~ "words".
Response searchByCql(const Store &store, const Request &request, const Site &site);
Response getContent(const Store &store, const Request &request, const Site &site);
Response createContent(Store &store, const Request &request, const Site &site);
Response updateContent(Store &store, const Request &request, const Site &site);
Response getSpace(const Store &store, const Request &request, const Site &site);
Response currentUser(const Request &request, const Site &site);

} // namespace ReleaseDesk::Sandbox::Confluence
