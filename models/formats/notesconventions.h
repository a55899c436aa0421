#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// How a team names and lays out its release-notes pages in Confluence: the
// title pattern and the template's section headings. ReleaseDesk writes its
// pages in its own template (StorageFormat) and renders them in the team's
// conventions when it sends them.

namespace ReleaseDesk {

// The title of a release's notes page, from a pattern such as
// "Release notes – {release}". Pages written before ReleaseDesk are
// recognised loosely: the pattern's words in any case, and between them and
// the release any white space, or one dash (-, –, —) or colon with or without
// spaces; never a title with other words before or after.
class NotesTitle
{
    Q_DECLARE_TR_FUNCTIONS(NotesTitle)

public:
    static QString placeholder() { return QStringLiteral("{release}"); }
    static QString defaultPattern() { return u"Release notes \u2013 " + placeholder(); }
    // What is wrong with `pattern` for a settings message; empty when it can be used.
    static QString problem(const QString &pattern);

    explicit NotesTitle(const QString &pattern = defaultPattern());

    // The title a new page of `releaseName` gets.
    QString forRelease(const QString &releaseName) const;
    // The release an existing page's title names, trimmed; empty when the
    // title is not a notes title of this pattern.
    QString releaseOf(const QString &title) const;
    // The pattern's words without the release: what a title search looks for
    // to find every candidate ("Release notes").
    QString searchWords() const;

private:
    QString m_pattern;
    QRegularExpression m_loose;
};

// The template's sections, by the field they hold, with the heading each has
// on the team's pages.
namespace NotesSections {

// "description", "deployment", "backout", "versions", "config".
QStringList fields();
// ReleaseDesk's own template: "Description of changes", "Deployment type",
// "Backout plan", "Service versions", "Config changes".
QMap<QString, QString> defaultHeadings();
// What is wrong with a team's headings (an unknown field, an empty heading);
// empty when they can be used. A field not named keeps its default heading.
QString problem(const QMap<QString, QString> &headings);
// `headings` over the defaults, so that every field has one.
QMap<QString, QString> completed(const QMap<QString, QString> &headings);

} // namespace NotesSections

// A page written in ReleaseDesk's own template (StorageFormat::pageTitle()
// and releaseNotesPage()) renamed and re-headed in a team's conventions. A
// title that is not ReleaseDesk's own stays as it is.
struct NotesPageText
{
    QString title;
    QString storage;
};
NotesPageText inConventions(const NotesPageText &page, const QString &titlePattern,
                            const QMap<QString, QString> &headings);

} // namespace ReleaseDesk
