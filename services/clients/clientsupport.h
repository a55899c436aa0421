#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The pieces of request building that more than one client needs, so that
// each builds its URLs and credentials the same way.

namespace ReleaseDesk::ClientSupport {

// `value` percent-encoded for a query or a path segment.
QString encoded(const QString &value);
// "name=value", the value percent-encoded.
QString queryItem(const QString &name, const QString &value);

// `root` with `path` appended to its own path and `query` as its query. Both
// are taken as already percent-encoded, so that an encoded '/' or '&' in a key
// or title stays one.
QUrl urlBelow(const QUrl &root, const QString &path, const QString &query = {});

// The Authorization header of Jira and Confluence: Cloud takes Basic with the
// account's email and an API token, Data Center a personal access token as Bearer.
QByteArray atlassianAuthorization(bool cloud, const QString &email, const QString &secret);

} // namespace ReleaseDesk::ClientSupport
