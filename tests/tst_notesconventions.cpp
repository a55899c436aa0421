#include "models/formats/notesconventions.h"
#include "models/formats/storageformat.h"

#include <QTest>

using namespace ReleaseDesk;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace

// How a team's release-notes pages are titled and headed: new pages exactly,
// existing ones loosely, never another page.
class TestNotesConventions : public QObject
{
    Q_OBJECT

private slots:
    void defaultTitleIsTodays()
    {
        QCOMPARE(NotesTitle().forRelease(s(u"2026.11.3")), s(u"Release notes \u2013 2026.11.3"));
        QCOMPARE(NotesTitle().forRelease(s(u"2026.11.3")),
                 StorageFormat::pageTitle(s(u"2026.11.3")));
        QCOMPARE(NotesTitle().searchWords(), s(u"Release notes"));
    }

    void titlesRecognisedLoosely_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("release");
        const QString en = NotesTitle::defaultPattern();
        QTest::newRow("exact") << en << s(u"Release notes \u2013 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("no dash") << en << s(u"Release notes 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("hyphen") << en << s(u"Release notes - 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("tight hyphen") << en << s(u"Release notes-2026-11-A") << s(u"2026-11-A");
        QTest::newRow("em dash") << en << s(u"Release notes \u2014 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("colon") << en << s(u"Release notes: 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("spaces") << en << s(u"  Release   notes  \u2013  2026-11-A ")
                                << s(u"2026-11-A");
        QTest::newRow("case") << en << s(u"RELEASE NOTES \u2013 2026-11-A") << s(u"2026-11-A");
        QTest::newRow("words after")
            << en << s(u"Release notes 2026-11-A draft") << s(u"2026-11-A draft");
        QTest::newRow("words before")
            << en << s(u"Old release notes \u2013 2026-11-A") << QString();
        QTest::newRow("parent page") << en << s(u"Release notes") << QString();
        QTest::newRow("run together") << en << s(u"Release notes2026-11-A") << QString();
        QTest::newRow("one word") << en << s(u"Release \u2013 2026-11-A") << QString();
        QTest::newRow("other page") << en << s(u"Meeting notes \u2013 2026-11-A") << QString();
        const QString plain = s(u"Release notes {release}");
        QTest::newRow("plain pattern, dash")
            << plain << s(u"Release notes \u2013 2026-11-A") << s(u"2026-11-A");
        const QString suffix = s(u"{release} (release notes)");
        QTest::newRow("suffix") << suffix << s(u"2026.11.3 (Release Notes)") << s(u"2026.11.3");
        QTest::newRow("suffix missing") << suffix << s(u"2026.11.3") << QString();
        const QString markup = s(u"<b>Notes</b> [{release}]");
        QTest::newRow("markup in the pattern")
            << markup << s(u"<b>Notes</b> [2026.11.3]") << s(u"2026.11.3");
    }
    void titlesRecognisedLoosely()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, title);
        QFETCH(QString, release);
        QCOMPARE(NotesTitle(pattern).releaseOf(title), release);
    }

    void titlePatternProblems()
    {
        QVERIFY(NotesTitle::problem(NotesTitle::defaultPattern()).isEmpty());
        QVERIFY(NotesTitle::problem(s(u"Release notes {release}")).isEmpty());
        QVERIFY(NotesTitle::problem(s(u"Release notes")).contains(s(u"{release}")));
        QVERIFY(!NotesTitle::problem(s(u"{release} and {release}")).isEmpty());
        QVERIFY(NotesTitle::problem(s(u" \u2013 {release}")).contains(s(u"words")));
        // A broken pattern recognises nothing rather than everything.
        QCOMPARE(NotesTitle(s(u"Release notes")).releaseOf(s(u"Release notes")), QString());
    }

    void headingProblems()
    {
        QVERIFY(NotesSections::problem(NotesSections::defaultHeadings()).isEmpty());
        QVERIFY(NotesSections::problem({{s(u"rollout"), s(u"Rollout")}}).contains(s(u"rollout")));
        QVERIFY(!NotesSections::problem({{s(u"backout"), s(u"  ")}}).isEmpty());
    }

    void pagesSentInTheTeamsConventions()
    {
        Release release;
        release.name = s(u"2026-11-A");
        release.notes.description = s(u"<h2>Backout plan</h2> stays text");
        release.notes.backoutPlan = s(u"Redeploy.");
        const NotesPageText ours{StorageFormat::pageTitle(release.name),
                                 StorageFormat::releaseNotesPage(release, {})};
        const NotesPageText theirs = inConventions(ours, s(u"Release notes {release}"),
                                                   {{s(u"backout"), s(u"Rollback & restore")}});
        QCOMPARE(theirs.title, s(u"Release notes 2026-11-A"));
        QVERIFY(theirs.storage.contains(s(u"<h2>Rollback &amp; restore</h2><p>Redeploy.</p>")));
        QVERIFY(!theirs.storage.contains(s(u"<h2>Backout plan</h2>")));
        // The person's text is escaped, so it is never taken for a heading.
        QVERIFY(theirs.storage.contains(s(u"&lt;h2&gt;Backout plan&lt;/h2&gt; stays text")));
        QVERIFY(theirs.storage.contains(s(u"<h2>Description of changes</h2>")));

        // The defaults change nothing.
        const NotesPageText same =
            inConventions(ours, NotesTitle::defaultPattern(), NotesSections::defaultHeadings());
        QCOMPARE(same.title, ours.title);
        QCOMPARE(same.storage, ours.storage);
        // A broken pattern keeps ReleaseDesk's own title.
        QCOMPARE(inConventions(ours, s(u"Notes"), {}).title, ours.title);
    }
};

QTEST_GUILESS_MAIN(TestNotesConventions)
#include "tst_notesconventions.moc"
