#include "models/formats/notesmarkdown.h"

#include "models/formats/storageformat.h"

#include <QRegularExpression>
#include <QUrl>

namespace ReleaseDesk {
namespace {

// Backslash-escaped wherever they are: each can open or close markup inline
// (emphasis, code, links, autolinks, HTML, entities, table cells,
// strikethrough, a heading's closing #s).
QString inlineText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|~&!#").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString normalisedLines(const QString &text)
{
    QString normalised = text;
    return normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
}

QString heading(const QString &text)
{
    return QStringLiteral("## ") + text + QStringLiteral("\n\n");
}

// Paragraphs at blank lines, hard line breaks (CommonMark's trailing
// backslash, which editors do not trim as they do trailing spaces) at single
// ones, as the page has <p> and <br/>.
QString paragraphs(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString markdown;
    const QStringList blocks =
        normalisedLines(text).trimmed().split(blankLines, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        QStringList lines;
        for (const QString &line : block.split(u'\n'))
            lines << NotesMarkdown::escape(line.trimmed());
        markdown += lines.join(QStringLiteral("\\\n")) + QStringLiteral("\n\n");
    }
    return markdown;
}

QString tableRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QStringList rule;
    for (qsizetype i = 0; i < header.size(); ++i)
        rule << QStringLiteral("---");
    QString markdown = tableRow(header) + tableRow(rule);
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &text : row)
            cells << NotesMarkdown::cell(text);
        markdown += tableRow(cells);
    }
    return markdown + u'\n';
}

// A link to a web page; only the text when the address is not one, so that
// no javascript: or file: link reaches the file.
QString link(const QString &text, const QString &address)
{
    const QUrl url(address);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return NotesMarkdown::escape(text);
    QString target = QString::fromLatin1(url.toEncoded());
    // A parenthesis would end the destination early.
    target.replace(u'(', QStringLiteral("%28")).replace(u')', QStringLiteral("%29"));
    return u'[' + NotesMarkdown::escape(text) + QStringLiteral("](") + target + u')';
}

} // namespace

QString NotesMarkdown::escape(const QString &text)
{
    static const QRegularExpression listNumber(QStringLiteral("^(\\d{1,9})([.)])"));
    QString escaped = inlineText(text);
    // What starts a list, a setext underline or an ordered list only does so
    // at the start of a line, where the text is put.
    if (!escaped.isEmpty() && QStringView(u"-+=").contains(escaped.front()))
        escaped.prepend(u'\\');
    else if (const auto number = listNumber.match(escaped); number.hasMatch())
        escaped.insert(number.capturedEnd(1), u'\\');
    return escaped;
}

QString NotesMarkdown::cell(const QString &text)
{
    // A cell is inline text: no list or heading starts in it.
    return inlineText(normalisedLines(text).simplified());
}

QString NotesMarkdown::render(const Release &release, const QList<Change> &tasks)
{
    // The headings and table headers are the release team's template, in
    // English on every desk as on the Confluence page (see StorageFormat).
    QString markdown = QStringLiteral("# ") + escape(StorageFormat::pageTitle(release.name)) +
                       QStringLiteral("\n\n");
    QStringList links;
    if (!release.notes.pageUrl.isEmpty())
        links << tr("Confluence page: %1")
                     .arg(link(StorageFormat::pageTitle(release.name), release.notes.pageUrl));
    if (!release.changeTicket.isEmpty())
        links << tr("Change: %1").arg(link(release.changeTicket, release.changeTicketUrl));
    if (!links.isEmpty())
        markdown += links.join(QStringLiteral("\\\n")) + QStringLiteral("\n\n");

    markdown +=
        heading(QStringLiteral("Description of changes")) + paragraphs(release.notes.description);
    if (!tasks.isEmpty()) {
        QList<QStringList> rows;
        for (const Change &task : tasks)
            rows << QStringList{task.key, task.summary};
        markdown += table({QStringLiteral("Task"), QStringLiteral("Summary")}, rows);
    }

    markdown += heading(QStringLiteral("Deployment type"));
    for (const ReleaseService &service : release.services)
        markdown +=
            QStringLiteral("- ") +
            escape(normalisedLines(service.service + u": " + service.deploymentType).simplified()) +
            u'\n';
    if (!release.services.isEmpty())
        markdown += u'\n';

    markdown += heading(QStringLiteral("Backout plan")) + paragraphs(release.notes.backoutPlan);

    QList<QStringList> versions;
    for (const ReleaseService &service : release.services)
        versions << QStringList{service.service, service.version};
    markdown += heading(QStringLiteral("Service versions")) +
                table({QStringLiteral("Service"), QStringLiteral("Version")}, versions);

    markdown += heading(QStringLiteral("Config changes")) +
                (release.notes.noConfigChanges ? QStringLiteral("None\n\n")
                                               : paragraphs(release.notes.configChanges));
    // One line break at the end, as text files have.
    while (markdown.endsWith(QStringLiteral("\n\n")))
        markdown.chop(1);
    return markdown;
}

} // namespace ReleaseDesk
