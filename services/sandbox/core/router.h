#pragma once

#include "services/sandbox/core/exchange.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace ReleaseDesk::Sandbox {

// Maps a method and a path to a handler. Patterns name their variable parts
// in braces, "/rest/api/{version}/issue/{key}"; a part matches one path segment.
class Router
{
public:
    using Handler = std::function<Response(const Request &)>;

    void add(const QByteArray &method, const QString &pattern, Handler handler);

    enum class Outcome { Found, UnknownPath, WrongMethod };
    struct Match
    {
        Outcome outcome = Outcome::UnknownPath;
        const Handler *handler = nullptr;
        QHash<QString, QString> params;
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        QStringList names;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace ReleaseDesk::Sandbox
