#include "models/formats/taskkeys.h"

#include <QRegularExpression>

namespace ReleaseDesk {

QStringList TaskKeys::named(const QString &text, const QString &projectKey)
{
    QStringList keys;
    if (projectKey.isEmpty())
        return keys;
    // No letter or digit may touch the key, so that a longer project key or
    // number never hides in it; '/', '-' and '_' part a branch's words.
    const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\p{N}])%1-(\\d+)(?![\\p{L}\\p{N}])")
            .arg(QRegularExpression::escape(projectKey)),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        const QString key = projectKey.toUpper() + u'-' + match.captured(1);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace ReleaseDesk
