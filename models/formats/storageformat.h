#pragma once

#include "models/domain/domain.h"

#include <QList>
#include <QString>

// The release-notes page in Confluence's storage format (XHTML). Every piece of
// user text goes through escape(), so no description, backout plan or service
// name can open an element, a macro or a CDATA section, or make the page
// malformed (which Confluence refuses with 400).

namespace ReleaseDesk::StorageFormat {

// `text` safe as XHTML element text or as an attribute value: & < > " ' as
// entities, and the characters XML 1.0 does not allow at all (U+0000-U+0008,
// U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF, unpaired surrogates) removed,
// as no escape can carry them.
QString escape(const QString &text);

// "Release notes – <release>", with an en dash: the title the team's pages
// already have, which is how the app finds an existing page.
QString pageTitle(const QString &releaseName);

// The page body on the team's template: description of changes (the notes'
// description, then the release's tasks), deployment type per service, backout
// plan, service versions, config changes ("None" when there are none). Text of
// several lines becomes paragraphs (at blank lines) with <br/> between lines.
QString releaseNotesPage(const Release &release, const QList<Change> &tasks);

} // namespace ReleaseDesk::StorageFormat
