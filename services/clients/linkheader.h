#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace ReleaseDesk {

// The Link header of a paged answer (RFC 8288), as Concourse and ServiceNow
// send it: one header per link or comma-joined links,
// `<url>; rel="next", <url>; rel="last"`.
class LinkHeader
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // Whether the answer carries a Link header at all.
    static bool present(const Headers &headers);
    // The URL whose rel names `rel` (case-insensitive; a rel may list several
    // names), resolved against `base`; empty when there is none.
    static QUrl target(const Headers &headers, const QString &rel, const QUrl &base);
};

} // namespace ReleaseDesk
