#include "models/formats/taskkeys.h"

#include <QRegularExpression>

namespace ReleaseDesk {

QStringList TaskKeys::named(const QString &text, const QStringList &projectKeys)
{
    QStringList keys;
    QStringList projects;
    for (const QString &project : projectKeys) {
        if (!project.trimmed().isEmpty())
            projects << QRegularExpression::escape(project.trimmed());
    }
    if (projects.isEmpty())
        return keys;
    // No letter or digit may touch the key, so that a longer project key or
    // number never hides in it; '/', '-' and '_' part a branch's words.
    const QRegularExpression pattern(
        QStringLiteral("(?<![\\p{L}\\p{N}])(%1)-(\\d+)(?![\\p{L}\\p{N}])").arg(projects.join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        const QString key = match.captured(1).toUpper() + u'-' + match.captured(2);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace ReleaseDesk
