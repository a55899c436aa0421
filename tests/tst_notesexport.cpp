#include "models/formats/notesmarkdown.h"
#include "services/store/notesdraftfolder.h"
#include "support/workflowfixture.h"
#include "ui/notes/notesdocument.h"
#include "ui/notes/releasenoteseditor.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// What poppler reads from a PDF: its text (pdftotext) or its information
// (pdfinfo), so that the tests check the file a reader opens, not our own
// idea of it.
QString poppler(const char *tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromLatin1(tool), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return s("(%1 failed: %2)")
            .arg(QString::fromLatin1(tool), QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text to standard output, the font's ligatures ("ﬁ") as their letters.
QString pdfText(const QString &pdf)
{
    return poppler("pdftotext", {pdf, s("-")}).normalized(QString::NormalizationForm_KC);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The release notes exported as PDF and Markdown and printed, from the editor
// over the workflow's in-memory store, read back as a reader would.
class TestNotesExport : public QObject, private WorkflowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<NotesDraftFolder> m_drafts;
    std::unique_ptr<ReleaseNotesEditor> m_editor;
    qint64 m_id = 0;

    QString out(const char *name) const { return m_out->filePath(QString::fromLatin1(name)); }
    QPlainTextEdit *description() const
    {
        return m_editor->findChild<QPlainTextEdit *>(s("descriptionEdit"));
    }
    QLabel *message() const { return m_editor->findChild<QLabel *>(s("messageLabel")); }
    // Typed, as a developer types, and not saved.
    void typeDescription(const QString &text)
    {
        QPlainTextEdit *edit = description();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines[i]);
        }
    }
    void checkNotesText(const QString &text)
    {
        for (const char *expected :
             {"Release notes", "2026.11.3", "Description of changes", "Deployment type",
              "Backout plan", "Service versions", "Config changes", "CHS-1201", "CHS-1202",
              "Paginate filing history", "chs-orders-api", "1.2.0"}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)),
                     qPrintable(s("%1 not in:\n%2").arg(QString::fromUtf8(expected), text)));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        QList<Change> tasks = m_store->changes().value();
        tasks[0].summary = s("Paginate filing history");
        tasks[1].summary = s("Sort | filter *by* date");
        QVERIFY(m_store->saveChanges(tasks));
        m_profile = std::make_unique<QTemporaryDir>();
        m_out = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<NotesDraftFolder>(m_profile->path());
        m_id = create(s("2026.11.3"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(m_id);
        m_editor = std::make_unique<ReleaseNotesEditor>(*m_store, *m_drafts, *m_clock, dev);
        m_editor->resize(1100, 800);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        const Status opened = m_editor->openRelease(m_id);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void cleanup()
    {
        m_editor.reset();
        m_drafts.reset();
        m_out.reset();
        m_profile.reset();
        tearDownWorkflow();
    }

    void pdfHasTheNotesTitledByTheRelease()
    {
        const Status exported = m_editor->exportNotesTo(out("notes.pdf"));
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        checkNotesText(pdfText(out("notes.pdf")));
        const QString info = poppler("pdfinfo", {out("notes.pdf")});
        QVERIFY2(info.contains(QRegularExpression(s("Title: +2026\\.11\\.3\\n"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(s("Creator: +ReleaseDesk\\n"))),
                 qPrintable(info));
    }

    void pdfShowsMarkupAsTypedUnsaved()
    {
        typeDescription(s("<b>x</b> & CHS-1201"));
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(m_editor->exportNotesTo(out("markup.pdf")).ok());
        const QString text = pdfText(out("markup.pdf"));
        QVERIFY2(text.contains(s("<b>x</b> & CHS-1201")), qPrintable(text));
        // Exporting is not saving.
        QVERIFY(m_store->release(m_id)->notes.description.isEmpty());
    }

    void printingPutsTheSameDocumentOnPaper()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out("printed.pdf"));
        printer.setPageLayout(NotesDocument::pageLayout());
        const Status printed = m_editor->printNotesTo(printer);
        QVERIFY2(printed.ok(), qPrintable(printed.error()));
        QVERIFY(m_editor->exportNotesTo(out("exported.pdf")).ok());
        const QString text = pdfText(out("printed.pdf"));
        checkNotesText(text);
        QCOMPARE(text, pdfText(out("exported.pdf")));
    }

    void markdownFollowsTheTemplate()
    {
        typeDescription(s("# Not a heading\n*not bold* _nor this_ `code` <b>x</b>\n1. not a list"));
        QVERIFY(m_editor->exportNotesTo(out("notes.md")).ok());
        const QString markdown = readAll(out("notes.md"));
        const QStringList headings{s("# Release notes \u2013 2026.11.3"),
                                   s("## Description of changes"),
                                   s("## Deployment type"),
                                   s("## Backout plan"),
                                   s("## Service versions"),
                                   s("## Config changes")};
        QVERIFY2(markdown.startsWith(headings.first() + u'\n'), qPrintable(markdown));
        qsizetype at = 0;
        for (const QString &heading : headings.mid(1)) {
            const qsizetype found = markdown.indexOf(u'\n' + heading + u'\n', at);
            QVERIFY2(found > at, qPrintable(s("%1 not in order in:\n%2").arg(heading, markdown)));
            at = found;
        }
        QVERIFY2(markdown.contains(s("\\# Not a heading\\\n\\*not bold\\* \\_nor this\\_ "
                                     "\\`code\\` \\<b\\>x\\</b\\>\\\n1\\. not a list\n")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(s("| Task | Summary |\n| --- | --- |\n"
                                    "| CHS-1201 | Paginate filing history |\n"
                                    "| CHS-1202 | Sort \\| filter \\*by\\* date |\n")));
        QVERIFY(markdown.contains(s("| Service | Version |\n| --- | --- |\n"
                                    "| chs-orders-api | 1.2.0 |\n")));
        QVERIFY(markdown.contains(s("- chs-orders-api: ECS\n")));
        QVERIFY(markdown.endsWith(u'\n') && !markdown.endsWith(s("\n\n")));
    }

    void markdownEscapesEveryMetacharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << s("Roll back to 1.1.0") << s("Roll back to 1.1.0");
        QTest::newRow("emphasis") << s("*a* _b_ ~c~") << s("\\*a\\* \\_b\\_ \\~c\\~");
        QTest::newRow("code") << s("`rm -rf`") << s("\\`rm -rf\\`");
        QTest::newRow("html") << s("<img src=x>") << s("\\<img src=x\\>");
        QTest::newRow("entity") << s("&amp;") << s("\\&amp;");
        QTest::newRow("link") << s("![a](b)") << s("\\!\\[a\\](b)");
        QTest::newRow("heading") << s("# h #") << s("\\# h \\#");
        QTest::newRow("bullet") << s("- item") << s("\\- item");
        QTest::newRow("plus") << s("+ item") << s("\\+ item");
        QTest::newRow("setext") << s("===") << s("\\===");
        QTest::newRow("ordered") << s("12) item") << s("12\\) item");
        QTest::newRow("backslash") << s("C:\\temp") << s("C:\\\\temp");
        QTest::newRow("pipe") << s("a|b") << s("a\\|b");
    }
    void markdownEscapesEveryMetacharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(NotesMarkdown::escape(text), escaped);
    }

    void markdownLinksOnlyToWebPages()
    {
        Release release;
        release.name = s("2026.11.3");
        release.notes.pageUrl = s("https://wiki.example/pages/1 (draft)");
        release.notes.noConfigChanges = true;
        release.changeTicket = s("CHG0030001");
        release.changeTicketUrl = s("javascript:alert(1)");
        const QString markdown = NotesMarkdown::render(release, {});
        QVERIFY2(markdown.contains(s("[Release notes \u2013 2026.11.3]"
                                     "(https://wiki.example/pages/1%20%28draft%29)")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(s("CHG0030001")));
        QVERIFY(!markdown.contains(s("javascript")));
        QVERIFY(markdown.contains(s("## Config changes\n\nNone\n")));
    }

    void anUnwritablePathSaysWhyAndWritesNothing()
    {
        const QString path = out("no-such-folder/notes.pdf");
        const Status exported = m_editor->exportNotesTo(path);
        QVERIFY(!exported);
        QVERIFY2(exported.error().contains(path), qPrintable(exported.error()));
        QVERIFY(!QFile::exists(path));
        const Status otherType = m_editor->exportNotesTo(out("notes.txt"));
        QVERIFY(!otherType);
        QVERIFY(otherType.error().contains(s(".pdf or .md")));
        QVERIFY(!QFile::exists(out("notes.txt")));
    }

    void exportAsksWhereAndSaysWhatHappened()
    {
        QString suggested;
        m_editor->setExportFileChooser([&](const QString &offered) {
            suggested = offered;
            return out("chosen.md");
        });
        m_editor->exportNotes();
        QCOMPARE(suggested, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                s("/Release notes 2026.11.3.pdf"));
        QVERIFY(readAll(out("chosen.md")).startsWith(s("# Release notes")));
        QVERIFY(message()->isVisible());
        QVERIFY(message()->text().contains(s("chosen.md")));

        m_editor->setExportFileChooser([&](const QString &) { return out("gone/chosen.md"); });
        m_editor->exportNotes();
        QVERIFY2(message()->text().startsWith(s("The notes were not exported: ")),
                 qPrintable(message()->text()));
        // The form keeps what it had.
        QVERIFY(description()->toPlainText().contains(s("CHS-1201")));
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(NotesDocument::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(NotesDocument::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QPageSize::A4);
        QCOMPARE(NotesDocument::pageSizeFor(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)),
                 QPageSize::A4);
        const QPageLayout layout = NotesDocument::pageLayout();
        QVERIFY(layout.pageSize().isValid());
        QCOMPARE(layout.margins(QPageLayout::Millimeter), QMarginsF(20, 20, 20, 20));
    }
};

QTEST_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
