#include "models/formats/notesconventions.h"

#include "models/formats/storageformat.h"

namespace ReleaseDesk {

namespace {

// What may stand between a title's words and its release: white space, a
// dash of any length or a colon.
const QString separators = QStringLiteral("\\s\\-\u2013\u2014:");

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u':';
}

// The words of a pattern's fixed text, and whether each run between them
// holds more than white space.
struct FixedText
{
    QStringList words;
    QStringList runs; // runs[i] comes before words[i]; the last one ends the text
};

FixedText split(const QString &text)
{
    FixedText fixed;
    QString run, word;
    for (const QChar c : text) {
        if (isSeparator(c)) {
            if (!word.isEmpty()) {
                fixed.words << word;
                word.clear();
            }
            run += c;
        } else {
            if (word.isEmpty()) {
                fixed.runs << run;
                run.clear();
            }
            word += c;
        }
    }
    if (!word.isEmpty())
        fixed.words << word;
    fixed.runs << run;
    return fixed;
}

// A run of separators as a regular expression: between two words, spaces
// stay spaces and punctuation may be any of the separators; next to the
// release or at an end, anything plain goes.
QString looseRun(const QString &run, bool nextToRelease, bool atEnd)
{
    if (atEnd)
        return QStringLiteral("\\s*");
    const QString any = QStringLiteral("(?:\\s*[%1]\\s*|\\s+)").arg(separators.mid(2));
    if (nextToRelease)
        return run.isEmpty() ? QString() : any;
    const bool plain = std::all_of(run.cbegin(), run.cend(), [](QChar c) { return c.isSpace(); });
    return plain ? QStringLiteral("\\s+") : any;
}

// `text` before (or after) the release, as a loose regular expression.
QString looseText(const QString &text, bool beforeRelease)
{
    const FixedText fixed = split(text);
    QString expression;
    for (qsizetype i = 0; i < fixed.runs.size(); ++i) {
        const bool first = i == 0;
        const bool last = i == fixed.runs.size() - 1;
        const bool nextToRelease = beforeRelease ? last : first;
        const bool atEnd = beforeRelease ? first && !last : last && !first;
        expression += looseRun(fixed.runs.at(i), nextToRelease, atEnd);
        if (i < fixed.words.size())
            expression += QRegularExpression::escape(fixed.words.at(i));
    }
    return expression;
}

} // namespace

QString NotesTitle::problem(const QString &pattern)
{
    if (pattern.count(placeholder()) != 1) {
        return tr("the page title pattern \"%1\" must hold %2 once, where the release's name "
                  "goes.")
            .arg(pattern, placeholder());
    }
    if (NotesTitle(pattern).searchWords().isEmpty()) {
        return tr("the page title pattern \"%1\" needs words besides %2, by which its pages are "
                  "found.")
            .arg(pattern, placeholder());
    }
    return {};
}

NotesTitle::NotesTitle(const QString &pattern) : m_pattern(pattern)
{
    const qsizetype at = pattern.indexOf(placeholder());
    const QString before = at < 0 ? pattern : pattern.left(at);
    const QString after = at < 0 ? QString() : pattern.mid(at + placeholder().size());
    m_loose.setPattern(u"^\\s*" + looseText(before, true) + u"(.+?)" + looseText(after, false) +
                       u"\\s*$");
    m_loose.setPatternOptions(QRegularExpression::CaseInsensitiveOption |
                              QRegularExpression::UseUnicodePropertiesOption);
}

QString NotesTitle::forRelease(const QString &releaseName) const
{
    QString title = m_pattern;
    return title.replace(placeholder(), releaseName);
}

QString NotesTitle::releaseOf(const QString &title) const
{
    if (!m_pattern.contains(placeholder()))
        return {};
    const QRegularExpressionMatch match = m_loose.match(title);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString NotesTitle::searchWords() const
{
    QString fixed = m_pattern;
    return split(fixed.remove(placeholder())).words.join(u' ');
}

namespace NotesSections {

QStringList fields()
{
    return {QStringLiteral("description"), QStringLiteral("deployment"), QStringLiteral("backout"),
            QStringLiteral("versions"), QStringLiteral("config")};
}

QMap<QString, QString> defaultHeadings()
{
    return {{QStringLiteral("description"), QStringLiteral("Description of changes")},
            {QStringLiteral("deployment"), QStringLiteral("Deployment type")},
            {QStringLiteral("backout"), QStringLiteral("Backout plan")},
            {QStringLiteral("versions"), QStringLiteral("Service versions")},
            {QStringLiteral("config"), QStringLiteral("Config changes")}};
}

QString problem(const QMap<QString, QString> &headings)
{
    for (auto it = headings.cbegin(); it != headings.cend(); ++it) {
        if (!fields().contains(it.key())) {
            return NotesTitle::tr("\"%1\" is not a section of the release notes; the sections "
                                  "are %2.")
                .arg(it.key(), fields().join(QStringLiteral(", ")));
        }
        if (it.value().trimmed().isEmpty())
            return NotesTitle::tr("the heading of the section \"%1\" is empty.").arg(it.key());
    }
    return {};
}

QMap<QString, QString> completed(const QMap<QString, QString> &headings)
{
    QMap<QString, QString> all = defaultHeadings();
    for (auto it = headings.cbegin(); it != headings.cend(); ++it) {
        if (all.contains(it.key()) && !it.value().trimmed().isEmpty())
            all.insert(it.key(), it.value().trimmed());
    }
    return all;
}

} // namespace NotesSections

NotesPageText inConventions(const NotesPageText &page, const QString &titlePattern,
                            const QMap<QString, QString> &headings)
{
    NotesPageText rendered = page;
    const QString release = NotesTitle().releaseOf(page.title);
    if (!release.isEmpty() && NotesTitle::problem(titlePattern).isEmpty())
        rendered.title = NotesTitle(titlePattern).forRelease(release);
    // Page text is escaped, so an <h2> element is always one of the template's.
    const QMap<QString, QString> defaults = NotesSections::defaultHeadings();
    const QMap<QString, QString> wanted = NotesSections::completed(headings);
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        const auto heading = [](const QString &text) -> QString {
            return u"<h2>" + StorageFormat::escape(text) + u"</h2>";
        };
        rendered.storage.replace(heading(it.value()), heading(wanted.value(it.key())));
    }
    return rendered;
}

} // namespace ReleaseDesk
