#include "models/formats/storageformat.h"

#include <QRegularExpression>

namespace ReleaseDesk::StorageFormat {
namespace {

// XML 1.0's Char production, for one UTF-16 unit that is not part of a pair.
bool allowedInXml(char16_t c)
{
    return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
           (c >= 0xe000 && c <= 0xfffd);
}

QString element(QLatin1String name, const QString &content)
{
    return u'<' + name + u'>' + content + u"</" + name + u'>';
}

// Paragraphs at blank lines, <br/> at single line breaks; nothing for blank text.
QString paragraphs(const QString &text)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QString html;
    for (const QString &paragraph : normalised.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : paragraph.split(u'\n'))
            lines << escape(line.trimmed());
        html += element(QLatin1String("p"), lines.join(QStringLiteral("<br/>")));
    }
    return html;
}

QString listItems(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += element(QLatin1String("li"), escape(item));
    return html;
}

QString tableRow(QLatin1String cell, const QString &first, const QString &second)
{
    return element(QLatin1String("tr"),
                   element(cell, escape(first)) + element(cell, escape(second)));
}

} // namespace

QString escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped += c;
            escaped += text.at(++i);
            continue;
        }
        switch (c.unicode()) {
        case u'&':
            escaped += u"&amp;";
            break;
        case u'<':
            escaped += u"&lt;";
            break;
        case u'>':
            escaped += u"&gt;";
            break;
        case u'"':
            escaped += u"&quot;";
            break;
        case u'\'':
            // &apos; is XML's but not HTML 4's; the numeric form is both.
            escaped += u"&#39;";
            break;
        default:
            if (allowedInXml(c.unicode()))
                escaped += c;
        }
    }
    return escaped;
}

QString pageTitle(const QString &releaseName)
{
    return u"Release notes \u2013 " + releaseName;
}

QString releaseNotesPage(const Release &release, const QList<Change> &tasks)
{
    // The headings, "None" and the table header are the release team's
    // Confluence template, which they read and search by: a contract, in
    // English, and not translated with the app's own text.
    // Every task is on the page once: the description, pre-filled with the
    // tasks, usually names them already; the list adds those it does not.
    QStringList changes;
    for (const Change &task : tasks) {
        if (!release.notes.description.contains(task.key))
            changes << task.key + u": " + task.summary;
    }
    QStringList deployments;
    QString versions =
        tableRow(QLatin1String("th"), QStringLiteral("Service"), QStringLiteral("Version"));
    for (const ReleaseService &service : release.services) {
        deployments << service.service + u": " + service.deploymentType;
        versions += tableRow(QLatin1String("td"), service.service, service.version);
    }
    const QLatin1String h2("h2");
    const QLatin1String ul("ul");
    QString page = element(h2, QStringLiteral("Description of changes")) +
                   paragraphs(release.notes.description);
    if (!changes.isEmpty())
        page += element(ul, listItems(changes));
    page += element(h2, QStringLiteral("Deployment type"));
    if (!deployments.isEmpty())
        page += element(ul, listItems(deployments));
    page += element(h2, QStringLiteral("Backout plan")) + paragraphs(release.notes.backoutPlan) +
            element(h2, QStringLiteral("Service versions")) +
            element(QLatin1String("table"), element(QLatin1String("tbody"), versions)) +
            element(h2, QStringLiteral("Config changes")) +
            (release.notes.noConfigChanges ? element(QLatin1String("p"), QStringLiteral("None"))
                                           : paragraphs(release.notes.configChanges));
    return page;
}

} // namespace ReleaseDesk::StorageFormat
