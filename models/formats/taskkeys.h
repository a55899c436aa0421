#pragma once

#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// The Jira task keys a text names, as pull requests name them in their
// title ("CHS-12: refunds") or branch ("feature/chs-12-refunds").
class TaskKeys
{
public:
    // The keys of the projects `projectKeys` that `text` names as whole
    // words, upper-cased, each once, in order: "CHS-123" names CHS-123 and
    // never CHS-12; neither does "XCHS-12" or "CHS-12a". Branches are often
    // lower case, so the case is ignored.
    static QStringList named(const QString &text, const QStringList &projectKeys);
};

} // namespace ReleaseDesk
