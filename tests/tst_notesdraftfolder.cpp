#include "models/usecases/notesautosave.h"
#include "services/store/notesdraftfolder.h"
#include "support/workflowfixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

NotesDraft sample()
{
    NotesDraft draft;
    draft.notes.description = s("CHS-1201 Paginate filing history\nCHS-1202 Tri par date – « é »");
    draft.notes.backoutPlan = s("Roll back chs-orders-api to 1.1.0");
    draft.notes.configChanges = s("FILING_PAGE_SIZE=25\n\"quoted\" <b>");
    draft.notes.noConfigChanges = false;
    draft.services = {{s("chs-orders-api"), s("1.2.0"), s("ECS")},
                      {s("chs-search-api"), QString(), s("Mesos")}};
    return draft;
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

} // namespace

// Drafts of release notes in the profile: one JSON file per release, replaced
// whole, read back field for field, and an unreadable file reported and left
// alone. NotesAutosave keeps the form's draft on a pause in typing and on each
// finished edit, so that what was typed outlives a crash.
class TestNotesDraftFolder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<NotesDraftFolder> m_folder;
    TestClock m_clock;

private slots:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_folder = std::make_unique<NotesDraftFolder>(m_profile->path());
    }
    void cleanup()
    {
        m_folder.reset();
        m_profile.reset();
    }

    void keepsOneFilePerRelease()
    {
        QCOMPARE(m_folder->path(7), m_profile->filePath(s("drafts/7.json")));
        QVERIFY(!m_folder->draft(7).value().has_value());

        const KeptDraft kept{sample(), m_clock.now()};
        const Status written = m_folder->keep(7, kept);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(m_folder->draft(7).value(), std::optional(kept));
        QVERIFY(!m_folder->draft(8).value().has_value());

        // Owner-only, like the rest of the profile, and no temporary file left behind.
        const QFileDevice::Permissions groupAndOthers(0x0ff);
        QCOMPARE(QFile::permissions(m_folder->path(7)) & groupAndOthers,
                 QFileDevice::Permissions());
        QVERIFY(QFile::permissions(m_folder->path(7))
                    .testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(QFile::permissions(m_folder->directory()) & groupAndOthers,
                 QFileDevice::Permissions());
        QCOMPARE(QDir(m_folder->directory()).entryList(QDir::Files), QStringList{s("7.json")});

        // Replaced whole.
        KeptDraft later{sample(), m_clock.now().addSecs(30)};
        later.draft.notes.noConfigChanges = true;
        later.draft.services.removeLast();
        QVERIFY(m_folder->keep(7, later));
        QCOMPARE(m_folder->draft(7).value(), std::optional(later));
        QCOMPARE(QDir(m_folder->directory()).entryList(QDir::Files), QStringList{s("7.json")});

        QVERIFY(m_folder->remove(7));
        QVERIFY(!QFile::exists(m_folder->path(7)));
        QVERIFY(m_folder->remove(7)); // already gone
    }

    void unreadableFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("why");
        QTest::newRow("cut short") << QByteArray("{\"format\":1,\"descr")
                                   << s("it is not JSON (unterminated string at byte 19)");
        QTest::newRow("a list") << QByteArray("[]") << s("it is not a JSON object");
        QTest::newRow("a later format")
            << QByteArray("{\"format\":2}") << s("it has format 2, not 1");
        QTest::newRow("no time") << QByteArray("{\"format\":1,\"description\":\"x\"}")
                                 << s("it does not say when it was kept");
        QTest::newRow("a number for text")
            << QByteArray("{\"format\":1,\"kept\":\"2026-11-02T09:00:00.000Z\",\"backoutPlan\":5}")
            << s("a field of the notes has the wrong type");
        QTest::newRow("a service without a name")
            << QByteArray("{\"format\":1,\"kept\":\"2026-11-02T09:00:00.000Z\","
                          "\"services\":[{\"version\":\"1.2.0\"}]}")
            << s("a service in it is not a service name with a version and a deployment type");
    }
    void unreadableFileIsReportedAndKept()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, why);
        writeFile(m_folder->path(7), contents);
        const auto read = m_folder->draft(7);
        QVERIFY(!read.ok());
        QCOMPARE(read.error(), s("The draft notes in %1 could not be read: %2. The file is left as "
                                 "it is; move it away to start a new draft.")
                                   .arg(m_folder->path(7), why));
        QFile file(m_folder->path(7));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
    }

    void keepFailsWhenTheFolderCannotBeMade()
    {
        // A file where the drafts folder should be.
        writeFile(m_profile->filePath(s("drafts")), "not a folder");
        const Status written = m_folder->keep(7, KeptDraft{sample(), m_clock.now()});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().startsWith(
                     s("The draft notes could not be kept in %1: ").arg(m_folder->path(7))),
                 qPrintable(written.error()));
    }

    void autosaveKeepsWhenTypingPauses()
    {
        NotesAutosave autosave(*m_folder, m_clock);
        autosave.setIdleDelay(5);
        QSignalSpy kept(&autosave, &NotesAutosave::kept);
        NotesDraft form = sample();
        autosave.follow(7, sample(), [&] { return form; });

        form.notes.backoutPlan += s("\nthen purge the CDN");
        autosave.edited();
        QVERIFY(autosave.isPending());
        QVERIFY(!QFile::exists(m_folder->path(7)));
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 1000);
        QCOMPARE(kept.first().first().toDateTime(), m_clock.now());
        QCOMPARE(m_folder->draft(7).value()->draft, form);

        // Typed back to what is saved: nothing is unsaved, so no draft is left.
        form = sample();
        QVERIFY(autosave.commit());
        QCOMPARE(kept.size(), 2);
        QVERIFY(!kept.last().first().toDateTime().isValid());
        QVERIFY(!QFile::exists(m_folder->path(7)));
    }

    void draftOutlivesACrash()
    {
        NotesDraft form = sample();
        {
            NotesAutosave autosave(*m_folder, m_clock);
            autosave.setIdleDelay(60000);
            autosave.follow(7, sample(), [&] { return form; });
            form.notes.description = s("Paginate the filing history, 25 a page.");
            autosave.edited();
            QVERIFY(autosave.commit()); // the field was left
            m_clock.advance(5);
            form.services[1].version = s("4.0.");
            autosave.edited(); // still typing when the app dies
        }
        // A new run of the app: a fresh folder over the same profile.
        NotesDraftFolder afterCrash(m_profile->path());
        const auto restored = afterCrash.draft(7);
        QVERIFY2(restored.ok(), qPrintable(restored.error()));
        QVERIFY(restored.value().has_value());
        QCOMPARE(restored.value()->draft.notes.description,
                 s("Paginate the filing history, 25 a page."));
        QCOMPARE(restored.value()->draft.services[1].version, QString());
        QCOMPARE(restored.value()->kept, m_clock.now().addSecs(-5));
    }

    void savedNotesRemoveTheDraft()
    {
        NotesAutosave autosave(*m_folder, m_clock);
        NotesDraft form = sample();
        autosave.follow(7, NotesDraft{}, [&] { return form; });
        QVERIFY(autosave.commit());
        QVERIFY(QFile::exists(m_folder->path(7)));
        QVERIFY(autosave.saved(form));
        QVERIFY(!QFile::exists(m_folder->path(7)));
    }

    void autosaveSaysWhenItCannotKeep()
    {
        writeFile(m_profile->filePath(s("drafts")), "not a folder");
        NotesAutosave autosave(*m_folder, m_clock);
        QSignalSpy failed(&autosave, &NotesAutosave::failed);
        NotesDraft form = sample();
        autosave.follow(7, NotesDraft{}, [&] { return form; });
        QVERIFY(!autosave.commit().ok());
        QCOMPARE(failed.size(), 1);
        QVERIFY(
            failed.first().first().toString().startsWith(s("The draft notes could not be kept")));
    }
};

QTEST_GUILESS_MAIN(TestNotesDraftFolder)
#include "tst_notesdraftfolder.moc"
