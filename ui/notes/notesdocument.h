#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QLocale;
class QPrinter;
class QTextDocument;
class QWidget;

namespace ReleaseDesk {

// The release notes as one QTextDocument, the page as Confluence will show
// it: the editor's preview shows it, and the same document is what a PDF
// export and a print put on paper, so the three never differ. Markdown is
// written from the notes themselves (NotesMarkdown).
class NotesDocument
{
    Q_DECLARE_TR_FUNCTIONS(NotesDocument)

public:
    // Puts the notes of `release` (as edited) with its `tasks` in `document`:
    // the page's title as a heading, then the page body (StorageFormat), user
    // text escaped so that markup in it shows as typed.
    static void fill(QTextDocument &document, const Release &release, const QList<Change> &tasks);

    // Letter where the locale measures in US units, A4 elsewhere.
    static QPageSize::PageSizeId pageSizeFor(const QLocale &locale);
    // The default printer's paper when there is a printer, else the locale's,
    // portrait, with 20 mm margins.
    static QPageLayout pageLayout();

    // `document` as a PDF file at `path`, titled `title`, by ReleaseDesk.
    static Status writePdf(const QTextDocument &document, const QString &title,
                           const QString &path);
    // `document` on `printer`; fails when the printer reports an error.
    static Status print(const QTextDocument &document, QPrinter &printer);

    // The notes at `path`: Markdown of `release` and `tasks` for .md and
    // .markdown, `shown` (the preview's document) as a PDF for .pdf, and
    // a message saying so for any other name.
    static Status exportTo(const QString &path, const QTextDocument &shown, const Release &release,
                           const QList<Change> &tasks);

    // "<Documents>/Release notes <release>.pdf", with no folder separator
    // from the release's name.
    static QString suggestedPath(const QString &releaseName);
    // A save dialog for PDF or Markdown starting at `suggested`; a name typed
    // without a suffix takes the chosen type's. Empty when cancelled.
    static QString chooseExportFile(QWidget *parent, const QString &suggested);
};

} // namespace ReleaseDesk
