#include "notesdocument.h"

#include "models/formats/exportfile.h"
#include "models/formats/notesmarkdown.h"
#include "models/formats/storageformat.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QStandardPaths>
#include <QTextDocument>

namespace ReleaseDesk {

void NotesDocument::fill(QTextDocument &document, const Release &release,
                         const QList<Change> &tasks)
{
    const QString title = StorageFormat::pageTitle(release.name);
    document.setDefaultStyleSheet(
        QStringLiteral("table { border-collapse: collapse; }"
                       " th, td { border: 1px solid #c1c7d0; padding: 4px; }"));
    document.setHtml(u"<h1>" + StorageFormat::escape(title) + u"</h1>" +
                     StorageFormat::releaseNotesPage(release, tasks));
    // After the HTML, which replaces it.
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
}

QPageSize::PageSizeId NotesDocument::pageSizeFor(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

QPageLayout NotesDocument::pageLayout()
{
    const QPrinterInfo printer = QPrinterInfo::defaultPrinter();
    QPageSize size = printer.isNull() ? QPageSize() : printer.defaultPageSize();
    if (!size.isValid())
        size = QPageSize(pageSizeFor(QLocale()));
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

Status NotesDocument::writePdf(const QTextDocument &document, const QString &title,
                               const QString &path)
{
    // Written whole in memory first, so that a failed write spoils no file.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ReleaseDesk"));
        writer.setPageLayout(pageLayout());
        document.print(&writer);
    }
    return ExportFile::write(path, pdf.data());
}

Status NotesDocument::print(const QTextDocument &document, QPrinter &printer)
{
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return Status::failure(tr("The notes could not be printed on %1.")
                                   .arg(printer.printerName().isEmpty() ? printer.outputFileName()
                                                                        : printer.printerName()));
    return success();
}

QString NotesDocument::suggestedPath(const QString &releaseName)
{
    QString name = releaseName;
    name.replace(u'/', u'-').replace(u'\\', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(tr("Release notes %1.pdf").arg(name));
}

Status NotesDocument::exportTo(const QString &path, const QTextDocument &shown,
                               const Release &release, const QList<Change> &tasks)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return ExportFile::write(path, NotesMarkdown::render(release, tasks).toUtf8());
    if (suffix == u"pdf")
        return writePdf(shown, release.name, path);
    return Status::failure(tr("Choose a file ending in .pdf or .md: the notes are exported as "
                              "PDF or Markdown."));
}

QString NotesDocument::chooseExportFile(QWidget *parent, const QString &suggested)
{
    const QString pdf = tr("PDF (*.pdf)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export release notes"), suggested,
                                                pdf + u";;" + tr("Markdown (*.md)"), &chosen);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += chosen == pdf ? QStringLiteral(".pdf") : QStringLiteral(".md");
    return path;
}

} // namespace ReleaseDesk
