#pragma once

#include "models/domain/domain.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ReleaseDesk {

// A release's notes as a Markdown file, for a wiki, a pull request or a mail:
// the template's sections as on the Confluence page (StorageFormat), built
// from the notes themselves rather than from a rendered document, so the file
// is the same every time. Everything typed comes out as text: Markdown's
// metacharacters in it are escaped, so a "*" or "<b>" is never markup.
class NotesMarkdown
{
    Q_DECLARE_TR_FUNCTIONS(NotesMarkdown)

public:
    // "# Release notes – <release>", links to the published page and the
    // change ticket when there are any, then the template's sections: the
    // description with a table of the release's tasks, the deployment type
    // per service, the backout plan, a table of the services' versions and
    // the config changes ("None" when there are none).
    static QString render(const Release &release, const QList<Change> &tasks);

    // `text` as inline Markdown that shows exactly these characters: the
    // punctuation that can start markup backslash-escaped, and the marks
    // that only count at a line's start (#, -, +, =, "1.") escaped there.
    static QString escape(const QString &text);
    // `text` for one table cell, where no line starts: its inline markup
    // escaped, its line breaks made spaces.
    static QString cell(const QString &text);
};

} // namespace ReleaseDesk
