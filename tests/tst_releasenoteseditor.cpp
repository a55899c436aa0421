#include "models/formats/outboxpayload.h"
#include "models/formats/storageformat.h"
#include "services/store/notesdraftfolder.h"
#include "support/workflowfixture.h"
#include "ui/notes/releasenoteseditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The release-notes editor driven as a developer drives it, with key clicks
// and mouse clicks on its real widgets, over the workflow's in-memory store
// and drafts kept in a scratch profile.
class TestReleaseNotesEditor : public QObject, private WorkflowFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<NotesDraftFolder> m_drafts;
    std::unique_ptr<ReleaseNotesEditor> m_editor;
    qint64 m_id = 0;

    template <typename T> T *field(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qFatal("no widget named %s", qPrintable(name));
        return found;
    }
    QPlainTextEdit *text(const char *name) const
    {
        return field<QPlainTextEdit>(QLatin1String(name));
    }
    QLineEdit *versionEdit() const { return field<QLineEdit>(s("versionEdit_chs-orders-api")); }
    QComboBox *typeCombo() const
    {
        return field<QComboBox>(s("deploymentTypeCombo_chs-orders-api"));
    }
    QLabel *label(const QString &name) const { return field<QLabel>(name); }
    // The message beside a field, empty while it is hidden.
    QString error(const QString &name) const
    {
        QLabel *shown = label(name);
        return shown->isVisible() ? shown->text() : QString();
    }
    QPushButton *button(const char *name) const { return field<QPushButton>(QLatin1String(name)); }
    QString preview() const { return field<QTextBrowser>(s("previewBrowser"))->toPlainText(); }

    void openEditor()
    {
        m_editor = std::make_unique<ReleaseNotesEditor>(*m_store, *m_drafts, *m_clock, dev);
        m_editor->resize(1100, 800);
        m_editor->show();
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        const Status opened = m_editor->openRelease(m_id);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        // The service rows are new children of a shown window: they show on the next turn.
        QCoreApplication::processEvents();
    }
    // Typed as keys, a line break as Return.
    static void type(QWidget *widget, const QString &typed)
    {
        widget->setFocus();
        const QStringList lines = typed.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(widget, Qt::Key_Return);
            QTest::keyClicks(widget, lines[i]);
        }
    }
    // A click on the box itself, which a click on the middle of a wide row misses.
    void tick(const char *name) const
    {
        auto *box = field<QCheckBox>(QLatin1String(name));
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
    }
    static void clear(QWidget *widget)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Delete);
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        // What is live now: an earlier chs-orders-api applied to CI-Dev.
        QVERIFY(m_store->saveBuilds({PipelineBuild{5,
                                                   s("chs-orders-api"),
                                                   PipelineJob::CidevApply,
                                                   s("4"),
                                                   BuildStatus::Succeeded,
                                                   s("1.1.0"),
                                                   {},
                                                   {}}}));
        QList<Change> tasks = m_store->changes().value();
        tasks[0].summary = s("Paginate filing history");
        tasks[1].summary = s("Sort filings by date");
        QVERIFY(m_store->saveChanges(tasks));
        m_profile = std::make_unique<QTemporaryDir>();
        m_drafts = std::make_unique<NotesDraftFolder>(m_profile->path());
        m_id = create(s("2026.11.3"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(m_id);
    }
    void cleanup()
    {
        m_editor.reset();
        m_drafts.reset();
        m_profile.reset();
        tearDownWorkflow();
    }

    void prefillsFromTasksAndBuilds()
    {
        openEditor();
        QCOMPARE(text("descriptionEdit")->toPlainText(),
                 s("CHS-1201 Paginate filing history\nCHS-1202 Sort filings by date"));
        QCOMPARE(text("backoutPlanEdit")->toPlainText(), s("Roll back chs-orders-api to 1.1.0"));
        QVERIFY(!label(s("backoutFlagLabel"))->isVisible());
        QCOMPARE(versionEdit()->text(), s("1.2.0"));
        QCOMPARE(typeCombo()->currentText(), s("ECS"));
        QCOMPARE(typeCombo()->count(), 4);
        QCOMPARE(error(s("descriptionError")), QString());
        QCOMPARE(error(s("configChangesError")),
                 s("Release notes: config changes are not stated (describe them, or mark that "
                   "there are none)."));
        QVERIFY(!label(s("versionWarningLabel"))->isVisible());
        QVERIFY(preview().contains(s("CHS-1201 Paginate filing history")));
        QVERIFY(preview().contains(s("Roll back chs-orders-api to 1.1.0")));
        // Pre-filled is not saved.
        QVERIFY(m_editor->hasUnsavedChanges());
        QVERIFY(button("saveButton")->isEnabled());
        QVERIFY(m_store->release(m_id)->notes.description.isEmpty());
    }

    void flagsABackoutPlanWithoutALiveVersion()
    {
        // chs-search-api has never been applied to CI-Dev: what is live is not known.
        m_id = m_workflow
                   ->createRelease(s("2026.11.4"), {{s("chs-search-api"), s("4.0.0"), {}}},
                                   {s("CHS-1203")}, dev)
                   .value();
        openEditor();
        QCOMPARE(text("backoutPlanEdit")->toPlainText(), QString());
        QCOMPARE(error(s("backoutPlanError")), s("Release notes: the backout plan is missing."));
        QVERIFY(error(s("backoutFlagLabel"))
                    .startsWith(s("The version of chs-search-api that is live now is not known")));
        QCOMPARE(error(s("deploymentTypeError_chs-search-api")),
                 s("Release notes: chs-search-api has no deployment type."));
        type(text("backoutPlanEdit"), s("Scale chs-search-api to zero"));
        QCOMPARE(error(s("backoutPlanError")), QString());
        QCOMPARE(error(s("backoutFlagLabel")), QString());
    }

    void validationMessagesFollowTheFields()
    {
        openEditor();
        clear(text("descriptionEdit"));
        QCOMPARE(error(s("descriptionError")),
                 s("Release notes: the description of changes is missing."));
        type(text("descriptionEdit"), s("Paginate."));
        QCOMPARE(error(s("descriptionError")), QString());

        clear(versionEdit());
        QCOMPARE(error(s("versionError_chs-orders-api")),
                 s("Release notes: chs-orders-api has no version to release."));
        type(versionEdit(), s("1.2.0"));
        QCOMPARE(error(s("versionError_chs-orders-api")), QString());

        clear(typeCombo()->lineEdit());
        QCOMPARE(error(s("deploymentTypeError_chs-orders-api")),
                 s("Release notes: chs-orders-api has no deployment type."));
        type(typeCombo()->lineEdit(), s("Fargate"));
        QCOMPARE(typeCombo()->currentText(), s("Fargate"));
        QCOMPARE(error(s("deploymentTypeError_chs-orders-api")), QString());

        // "None" is said with the box, which sets the text aside.
        auto *none = field<QCheckBox>(s("noConfigChangesCheck"));
        QVERIFY(text("configChangesEdit")->isEnabled());
        tick("noConfigChangesCheck");
        QVERIFY(none->isChecked());
        QVERIFY(!text("configChangesEdit")->isEnabled());
        QCOMPARE(error(s("configChangesError")), QString());
        tick("noConfigChangesCheck");
        QVERIFY(text("configChangesEdit")->isEnabled());
        QVERIFY(!error(s("configChangesError")).isEmpty());
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        QCOMPARE(error(s("configChangesError")), QString());
    }

    void undoAndRedoAcrossTheForm()
    {
        openEditor();
        const QString described = text("descriptionEdit")->toPlainText();
        type(text("descriptionEdit"), s("\nCHS-1203 Fix the search box"));
        type(versionEdit(), s(".1")); // leaves the description: a new edit
        QCOMPARE(versionEdit()->text(), s("1.2.0.1"));
        QCOMPARE(m_editor->undoStack()->count(), 2); // a burst of typing is one edit

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(versionEdit()->text(), s("1.2.0"));
        QCOMPARE(text("descriptionEdit")->toPlainText(),
                 described + s("\nCHS-1203 Fix the search box"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(text("descriptionEdit")->toPlainText(), described);
        QVERIFY(!preview().contains(s("CHS-1203")));

        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(text("descriptionEdit")->toPlainText(),
                 described + s("\nCHS-1203 Fix the search box"));
        QVERIFY(preview().contains(s("CHS-1203 Fix the search box")));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(versionEdit()->text(), s("1.2.0.1"));

        // A tick is an edit too, and a choice from the list.
        tick("noConfigChangesCheck");
        typeCombo()->setFocus();
        QTest::keyClick(typeCombo(), Qt::Key_Down); // ECS to Mesos
        QCOMPARE(typeCombo()->currentText(), s("Mesos"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(typeCombo()->currentText(), s("ECS"));
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!field<QCheckBox>(s("noConfigChangesCheck"))->isChecked());
        QVERIFY(!error(s("configChangesError")).isEmpty());
    }

    void previewFollowsTheForm()
    {
        openEditor();
        QVERIFY(preview().startsWith(s("Release notes \u2013 2026.11.3")));
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        QVERIFY(preview().contains(s("FILING_PAGE_SIZE=25")));
        QVERIFY(!preview().contains(s("1.3.0")));
        clear(versionEdit());
        type(versionEdit(), s("1.3.0"));
        QVERIFY(preview().contains(s("1.3.0")));
        tick("noConfigChangesCheck");
        QVERIFY(!preview().contains(s("FILING_PAGE_SIZE=25")));
        QVERIFY(preview().contains(s("Config changes\nNone")));
    }

    void versionMismatchIsShown()
    {
        QList<Change> tasks = m_store->changes().value();
        tasks[0].fixVersion = s("1.1.0");
        QVERIFY(m_store->saveChanges(tasks));
        openEditor();
        QCOMPARE(error(s("versionWarningLabel")),
                 s("chs-orders-api 1.2.0 does not match the Jira fix version 1.1.0 of CHS-1201."));
        clear(versionEdit());
        type(versionEdit(), s("1.3.0"));
        QCOMPARE(error(s("versionWarningLabel")),
                 s("chs-orders-api 1.3.0 does not match the pipelines: their latest successful "
                   "build is 1.2.0 (cidev-apply #13).\n"
                   "chs-orders-api 1.3.0 does not match the Jira fix version 1.1.0 of CHS-1201."));
        // Built once, and what the task names.
        clear(versionEdit());
        type(versionEdit(), s("1.1.0"));
        QCOMPARE(error(s("versionWarningLabel")), QString());
    }

    void publishIsGatedAndQueuesThePage()
    {
        openEditor();
        QPushButton *publish = button("publishButton");
        QVERIFY(!publish->isEnabled());
        QCOMPARE(publish->toolTip(),
                 s("Publishing needs:\n• Release 2026.11.3 is in CI-Dev: its notes are published "
                   "once it is ready for staging."));

        QVERIFY(driveTo(m_id, Stage::ReadyForStaging));
        QVERIFY(m_editor->openRelease(m_id));
        QVERIFY(!publish->isEnabled());
        QCOMPARE(publish->toolTip(),
                 s("Publishing needs:\n• Release notes: config changes are not stated (describe "
                   "them, or mark that there are none)."));
        clear(text("backoutPlanEdit"));
        QVERIFY(publish->toolTip().contains(s("\n• Release notes: the backout plan is missing.")));
        press(Qt::Key_Z, Qt::ControlModifier);
        tick("noConfigChangesCheck");
        QVERIFY(publish->isEnabled());
        QCOMPARE(publish->toolTip(), s("Save the notes and publish them to Confluence."));

        QSignalSpy queued(m_editor.get(), &ReleaseNotesEditor::publishQueued);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(queued.size(), 1);
        const Release saved = stored(m_id);
        QCOMPARE(saved.notes.backoutPlan, s("Roll back chs-orders-api to 1.1.0"));
        QVERIFY(saved.notes.noConfigChanges);
        // The verdicts and fix-version writes that made the release ready wait
        // beside the page.
        const auto pages = [this] {
            QList<OutboxEntry> pending = m_store->outbox(OutboxState::Pending).value();
            pending.removeIf([](const OutboxEntry &e) {
                return e.kind == OutboxKind::JiraVerdict ||
                       OutboxPayloads::isFixVersionKind(e.kind);
            });
            return pending;
        };
        const QList<OutboxEntry> pending = pages();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].kind, OutboxKind::ConfluencePublish);
        QCOMPARE(pending[0].releaseId, m_id);
        const auto page = std::get<PublishPagePayload>(
            OutboxPayloads::parse(pending[0].kind, pending[0].payload).value());
        QCOMPARE(page.title, s("Release notes \u2013 2026.11.3"));
        // What was previewed is what is published.
        QTextDocument published;
        published.setHtml(page.storage);
        QVERIFY(preview().endsWith(published.toPlainText()));
        QVERIFY(!m_editor->hasUnsavedChanges());
        QVERIFY(!QFile::exists(m_drafts->path(m_id)));
        QVERIFY(error(s("messageLabel")).startsWith(s("The notes are saved and on their way")));

        // Asked again while the first is waiting: refused, and said beside the form.
        const qsizetype waiting = m_store->outbox(OutboxState::Pending)->size();
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(m_store->outbox(OutboxState::Pending)->size(), waiting);
        QVERIFY(error(s("messageLabel"))
                    .startsWith(s("The notes were not published: Publishing the release notes to "
                                  "Confluence is already in the outbox")));
    }

    void saveStoresTheNotesAndVersions()
    {
        openEditor();
        QSignalSpy saved(m_editor.get(), &ReleaseNotesEditor::notesSaved);
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        clear(typeCombo()->lineEdit());
        type(typeCombo()->lineEdit(), s("Kubernetes"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const Release release = stored(m_id);
        QCOMPARE(release.notes.configChanges, s("FILING_PAGE_SIZE=25"));
        QCOMPARE(release.notes.description,
                 s("CHS-1201 Paginate filing history\nCHS-1202 Sort filings by date"));
        QCOMPARE(release.services[0].deploymentType, s("Kubernetes"));
        QCOMPARE(trail(m_id).last().action, AuditAction::NotesSaved);
        QVERIFY(!button("saveButton")->isEnabled());
        QCOMPARE(button("saveButton")->toolTip(),
                 s("Nothing to save: the form shows the notes as saved."));
        QVERIFY(!QFile::exists(m_drafts->path(m_id)));
    }

    void aFailedSaveLosesNothing()
    {
        openEditor();
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        m_store->failNextWrite(s("disk full"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QCOMPARE(error(s("messageLabel")), s("The notes were not saved: disk full"));
        QCOMPARE(text("configChangesEdit")->toPlainText(), s("FILING_PAGE_SIZE=25"));
        QVERIFY(button("saveButton")->isEnabled());
        const auto kept = m_drafts->draft(m_id).value();
        QVERIFY(kept.has_value());
        QCOMPARE(kept->draft.notes.configChanges, s("FILING_PAGE_SIZE=25"));
        QTest::mouseClick(button("saveButton"), Qt::LeftButton);
        QCOMPARE(stored(m_id).notes.configChanges, s("FILING_PAGE_SIZE=25"));
    }

    void publishedNotesCannotBeEmptied()
    {
        QVERIFY(driveTo(m_id, Stage::NotesPublished));
        openEditor();
        QVERIFY(!button("saveButton")->isEnabled());
        clear(text("backoutPlanEdit"));
        QVERIFY(!button("saveButton")->isEnabled());
        QCOMPARE(button("saveButton")->toolTip(),
                 s("The notes are published: they may be improved but not emptied.\n• Release "
                   "notes: the backout plan is missing."));
        type(text("backoutPlanEdit"), s("Redeploy 1.1.0 from the registry."));
        QVERIFY(button("saveButton")->isEnabled());
        QCOMPARE(button("publishButton")->toolTip(),
                 s("Save the notes and update their Confluence page."));
    }

    void draftIsRestoredAfterACrash()
    {
        openEditor();
        type(text("descriptionEdit"), s("\nCHS-1203 Fix the search box"));
        type(versionEdit(), s(".1")); // the description is left: kept at once
        QVERIFY(QFile::exists(m_drafts->path(m_id)));
        QVERIFY(!label(s("draftLabel"))->text().isEmpty());
        // The app dies: nothing more is written, nothing is saved.
        m_editor->autosave().stop();
        m_editor.reset();
        QVERIFY(stored(m_id).notes.description.isEmpty());

        m_drafts = std::make_unique<NotesDraftFolder>(m_profile->path());
        m_clock->advance(600);
        openEditor();
        QCOMPARE(text("descriptionEdit")->toPlainText(),
                 s("CHS-1201 Paginate filing history\nCHS-1202 Sort filings by date\n"
                   "CHS-1203 Fix the search box"));
        QCOMPARE(versionEdit()->text(), s("1.2.0")); // typed after the last keep
        QVERIFY(error(s("messageLabel")).startsWith(s("A draft of these notes from ")));
        QVERIFY(error(s("messageLabel")).endsWith(s(" was restored; it is not saved yet.")));
        QVERIFY(button("saveButton")->isEnabled());
        QVERIFY(preview().contains(s("CHS-1203 Fix the search box")));
    }

    void notesSavedAfterTheDraftWin()
    {
        openEditor();
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        type(versionEdit(), s(".1"));
        m_editor->autosave().stop();
        m_editor.reset();
        // Saved elsewhere later, say on another machine.
        m_clock->advance(60);
        QVERIFY(m_workflow->saveNotes(
            m_id, {s("From elsewhere."), s("Redeploy."), {}, true, {}, {}}, dev));
        openEditor();
        QCOMPARE(text("descriptionEdit")->toPlainText(), s("From elsewhere."));
        QVERIFY(error(s("messageLabel")).contains(s("is older than the notes saved")));
        QVERIFY(!m_editor->hasUnsavedChanges());
    }

    void anUnreadableDraftIsLeftAlone()
    {
        QDir().mkpath(QFileInfo(m_drafts->path(m_id)).absolutePath());
        QFile file(m_drafts->path(m_id));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":1,");
        file.close();
        openEditor();
        QVERIFY(error(s("messageLabel"))
                    .endsWith(s("Until then, what is typed here is not kept "
                                "as a draft.")));
        type(text("configChangesEdit"), s("FILING_PAGE_SIZE=25"));
        type(versionEdit(), s(".1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\":1,"));
    }
};

QTEST_MAIN(TestReleaseNotesEditor)
#include "tst_releasenoteseditor.moc"
