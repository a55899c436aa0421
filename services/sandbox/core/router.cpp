#include "services/sandbox/core/router.h"

namespace ReleaseDesk::Sandbox {

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    static const QRegularExpression variable(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString expression = QStringLiteral("^");
    QStringList names;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(pattern); it.hasNext();) {
        const auto found = it.next();
        expression += QRegularExpression::escape(pattern.mid(last, found.capturedStart() - last));
        expression += QStringLiteral("([^/]+)");
        names << found.captured(1);
        last = found.capturedEnd();
    }
    expression += QRegularExpression::escape(pattern.mid(last)) + QStringLiteral("/?$");
    m_routes.append({method, QRegularExpression(expression), names, std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const auto found = route.pattern.match(path);
        if (!found.hasMatch())
            continue;
        if (route.method != method) {
            result.outcome = Outcome::WrongMethod;
            continue;
        }
        result.outcome = Outcome::Found;
        result.handler = &route.handler;
        for (int i = 0; i < route.names.size(); ++i)
            result.params.insert(route.names.at(i), found.captured(i + 1));
        return result;
    }
    return result;
}

} // namespace ReleaseDesk::Sandbox
