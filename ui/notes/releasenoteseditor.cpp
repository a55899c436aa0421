#include "releasenoteseditor.h"

#include "fieldeditcommand.h"
#include "models/formats/displaytext.h"
#include "models/formats/storageformat.h"
#include "models/ports/notesdraftstore.h"
#include "notesdocument.h"
#include "notesform.h"
#include "ui/actionwiring.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ReleaseDesk {
namespace {

const char *const errorColor = "#b91c1c";
const char *const infoColor = "#374151";
const char *const warningColor = "#92400e";

QString bullets(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += u"\n• " + line;
    return text;
}

QString timeOf(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

// When the release's notes were last saved: its latest "notes-saved" event.
QDateTime lastSaved(const QList<AuditEvent> &trail)
{
    QDateTime saved;
    for (const AuditEvent &event : trail) {
        if (event.action == AuditAction::NotesSaved && (!saved.isValid() || event.at > saved))
            saved = event.at;
    }
    return saved;
}

} // namespace

ReleaseNotesEditor::ReleaseNotesEditor(ReleaseStore &store, NotesDraftStore &drafts,
                                       const Clock &clock, const QString &actor, QWidget *parent)
    : QWidget(parent), m_store(store), m_drafts(drafts), m_clock(clock), m_actor(actor),
      m_workflow(store, clock), m_requests(store, clock), m_autosave(drafts, clock)
{
    m_undo = new QUndoStack(this);
    buildLayout();
    connect(m_form, &NotesForm::edited, this, &ReleaseNotesEditor::fieldEdited);
    connect(m_form, &NotesForm::committed, this, &ReleaseNotesEditor::editFinished);
    connect(m_undo, &QUndoStack::indexChanged, this, &ReleaseNotesEditor::refresh);
    connect(&m_autosave, &NotesAutosave::kept, this, [this](const QDateTime &when) {
        m_draftLabel->setText(when.isValid() ? tr("Draft kept %1").arg(timeOf(when)) : QString());
    });
    connect(&m_autosave, &NotesAutosave::failed, this,
            [this](const QString &error) { showMessage(error, true); });
    m_form->setReadOnly(true);
    refresh();
}

ReleaseNotesEditor::~ReleaseNotesEditor()
{
    // Closing is not saving: what was typed since the last pause stays a draft.
    (void)m_autosave.commit();
    m_autosave.stop();
    // The fields lose focus as they go and the undo stack empties: neither is
    // news to an editor that is going.
    disconnect(m_form, nullptr, this, nullptr);
    disconnect(m_undo, nullptr, this, nullptr);
}

void ReleaseNotesEditor::buildLayout()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_form = new NotesForm(this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview of the Confluence page"), previewBox));
    m_previewBrowser = new QTextBrowser(previewBox);
    m_previewBrowser->setObjectName(QStringLiteral("previewBrowser"));
    m_previewBrowser->setOpenLinks(false);
    previewLayout->addWidget(m_previewBrowser);

    auto *splitter = new QSplitter(this);
    // Named, so that the width given to the form is kept with the profile.
    splitter->setObjectName(QStringLiteral("notesSplitter"));
    splitter->addWidget(formScroll);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_versionWarningLabel = new QLabel(this);
    m_versionWarningLabel->setTextFormat(Qt::PlainText);
    m_versionWarningLabel->setObjectName(QStringLiteral("versionWarningLabel"));
    m_versionWarningLabel->setWordWrap(true);
    m_versionWarningLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(warningColor)));
    m_versionWarningLabel->hide();

    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts(redoKeys());
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        // An undo ends the burst of typing it took back.
        connect(action, &QAction::triggered, this, &ReleaseNotesEditor::editFinished);
    }
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(m_undoAction);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("redoButton"));
    redoButton->setDefaultAction(m_redoAction);

    m_draftLabel = new QLabel(this);
    m_draftLabel->setTextFormat(Qt::PlainText);
    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    m_saveButton = new QPushButton(tr("S&ave notes"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_publishButton = new QPushButton(tr("&Publish"), this);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_publishButton, &QPushButton::clicked, this, [this] { (void)publish(); });
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Export the notes as shown to a PDF or Markdown file."));
    connect(m_exportButton, &QPushButton::clicked, this, &ReleaseNotesEditor::exportNotes);
    m_printButton = new QPushButton(tr("Pr&int…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setToolTip(tr("Print the notes as shown."));
    connect(m_printButton, &QPushButton::clicked, this, &ReleaseNotesEditor::printNotes);
    m_chooseExportFile = [this](const QString &suggested) {
        return NotesDocument::chooseExportFile(this, suggested);
    };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addWidget(m_draftLabel, 1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_publishButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_versionWarningLabel);
    layout->addLayout(buttons);
}

Status ReleaseNotesEditor::openRelease(qint64 releaseId)
{
    // The release shown until now keeps what was typed in it.
    (void)m_autosave.commit();
    m_autosave.stop();
    m_undo->clear();
    m_draftLabel->clear();
    m_messageLabel->hide();

    const auto fail = [this](const QString &error) {
        m_release = {};
        m_saved = {};
        m_form->setDraft({});
        m_form->setReadOnly(true);
        m_titleLabel->clear();
        showMessage(error, true);
        refresh();
        return Status::failure(error);
    };
    auto release = m_store.release(releaseId);
    if (!release)
        return fail(release.error());
    const auto changes = m_store.changes();
    const auto builds = m_store.builds();
    const auto catalogue = m_store.services();
    for (const QString &error : {changes.error(), builds.error(), catalogue.error()}) {
        if (!error.isEmpty())
            return fail(error);
    }
    m_release = std::move(release).value();
    m_saved = NotesTemplate::draftOf(m_release);
    m_tasks = ReleaseRequests::tasksOf(m_release, changes.value());
    m_builds = builds.value();
    m_titleLabel->setText(tr("Release notes of %1").arg(m_release.name));

    NotesDraft start = NotesTemplate::prefill(m_release, m_tasks, m_builds, catalogue.value());
    const auto kept = m_drafts.draft(releaseId);
    if (!kept) {
        // Writing a draft now would replace the unreadable one.
        showMessage(kept.error() + u' ' +
                        tr("Until then, what is typed here is not kept as a draft."),
                    true);
    } else if (kept.value()) {
        const NotesDraft restored =
            NotesTemplate::draftOf(NotesTemplate::applied(m_release, kept.value()->draft));
        // Unknown when the trail cannot be read: then the draft wins, as losing
        // typed text is worse than showing it again.
        const auto trail = m_store.auditTrail(releaseId);
        const QDateTime saved = trail ? lastSaved(trail.value()) : QDateTime();
        if (restored == m_saved) {
            // Nothing in it that is not saved.
        } else if (!saved.isValid() || kept.value()->kept > saved) {
            start = restored;
            showMessage(tr("A draft of these notes from %1 was restored; it is not saved yet.")
                            .arg(timeOf(kept.value()->kept)),
                        false);
        } else {
            showMessage(tr("A draft from %1 is older than the notes saved %2: the saved notes "
                           "are shown.")
                            .arg(timeOf(kept.value()->kept), timeOf(saved)),
                        false);
        }
    }
    m_form->setDraft(start);
    m_form->setReadOnly(isTerminal(m_release.stage));
    if (kept)
        m_autosave.follow(releaseId, m_saved, [this] { return currentDraft(); });
    refresh();
    return success();
}

NotesDraft ReleaseNotesEditor::currentDraft() const
{
    return NotesTemplate::draftOf(NotesTemplate::applied(m_release, m_form->draft()));
}

bool ReleaseNotesEditor::hasUnsavedChanges() const
{
    return m_release.id != 0 && currentDraft() != m_saved;
}

void ReleaseNotesEditor::fieldEdited(const NotesFieldRef &field, const QVariant &before,
                                     const QVariant &after)
{
    m_undo->push(new FieldEditCommand(*m_form, field, before, after, m_burst));
    m_autosave.edited();
}

void ReleaseNotesEditor::editFinished()
{
    ++m_burst;
    (void)m_autosave.commit();
}

void ReleaseNotesEditor::refresh()
{
    const bool open = m_release.id != 0;
    const NotesDraft draft = currentDraft();
    const Release edited = NotesTemplate::applied(m_release, draft);
    m_form->showGaps(open ? NotesTemplate::gaps(m_release, draft) : QList<NotesGap>());
    m_form->showBackoutFlags(open ? NotesTemplate::backoutFlags(draft, m_builds) : QStringList());

    const QStringList mismatches =
        open ? NotesTemplate::versionMismatches(m_release, draft, m_tasks, m_builds)
             : QStringList();
    m_versionWarningLabel->setText(mismatches.join(u'\n'));
    m_versionWarningLabel->setVisible(!mismatches.isEmpty());

    // The page as publishing would send it, kept at the place being read.
    QScrollBar *scroll = m_previewBrowser->verticalScrollBar();
    const int position = scroll->value();
    if (open)
        NotesDocument::fill(*m_previewBrowser->document(), edited, m_tasks);
    else
        m_previewBrowser->clear();
    scroll->setValue(position);
    m_exportButton->setEnabled(open);
    m_printButton->setEnabled(open);
    updateButtons(edited);
}

void ReleaseNotesEditor::updateButtons(const Release &edited)
{
    QString closed;
    if (m_release.id == 0) {
        closed = tr("Open a release to edit its notes.");
    } else if (isTerminal(m_release.stage)) {
        closed = tr("Release %1 is %2; its notes can no longer change.")
                     .arg(m_release.name, toTitle(m_release.stage).toLower());
    }

    QString saveWhyNot = closed;
    if (saveWhyNot.isEmpty() && !hasUnsavedChanges())
        saveWhyNot = tr("Nothing to save: the form shows the notes as saved.");
    if (const Status allowed = ReleaseWorkflow::checkNotes(edited);
        saveWhyNot.isEmpty() && !allowed)
        saveWhyNot = tr("The notes are published: they may be improved but not emptied.") +
                     bullets({allowed.error()});
    m_saveButton->setEnabled(saveWhyNot.isEmpty());
    m_saveButton->setToolTip(saveWhyNot.isEmpty() ? tr("Save the notes in ReleaseDesk.")
                                                  : plainForDisplay(saveWhyNot));

    QString publishWhyNot = closed;
    if (publishWhyNot.isEmpty()) {
        const QStringList blockers = ReleaseRequests::notesPublishBlockers(edited);
        if (!blockers.isEmpty())
            publishWhyNot = tr("Publishing needs:") + bullets(blockers);
    }
    m_publishButton->setEnabled(publishWhyNot.isEmpty());
    if (!publishWhyNot.isEmpty())
        m_publishButton->setToolTip(plainForDisplay(publishWhyNot));
    else if (m_release.notes.pageId.isEmpty())
        m_publishButton->setToolTip(tr("Save the notes and publish them to Confluence."));
    else
        m_publishButton->setToolTip(tr("Save the notes and update their Confluence page."));
}

void ReleaseNotesEditor::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(error ? errorColor : infoColor)));
    m_messageLabel->setVisible(!text.isEmpty());
}

Status ReleaseNotesEditor::reloadRelease()
{
    auto release = m_store.release(m_release.id);
    if (!release)
        return release.failure();
    m_release = std::move(release).value();
    m_saved = NotesTemplate::draftOf(m_release);
    return success();
}

Status ReleaseNotesEditor::save()
{
    if (m_release.id == 0)
        return Status::failure(tr("Open a release to edit its notes."));
    const NotesDraft draft = currentDraft();
    Status saved = m_workflow.saveNotes(m_release.id, draft.notes, draft.services, m_actor);
    if (saved)
        saved = reloadRelease();
    if (!saved) {
        // The form keeps every field; the draft keeps them past a crash.
        (void)m_autosave.commit();
        showMessage(tr("The notes were not saved: %1").arg(saved.error()), true);
        refresh();
        return saved;
    }
    m_undo->setClean();
    if (const Status forgotten = m_autosave.saved(m_saved); !forgotten) {
        showMessage(tr("The notes are saved, but their draft is still in the profile: %1")
                        .arg(forgotten.error()),
                    true);
    } else {
        showMessage(tr("The notes are saved."), false);
    }
    emit notesSaved(m_release.id);
    refresh();
    return saved;
}

Status ReleaseNotesEditor::publish()
{
    if (hasUnsavedChanges()) {
        if (const Status saved = save(); !saved)
            return saved;
    }
    Status queued = m_requests.publishNotes(m_release.id, m_actor);
    if (queued)
        queued = reloadRelease();
    if (!queued) {
        showMessage(tr("The notes were not published: %1").arg(queued.error()), true);
        refresh();
        return queued;
    }
    showMessage(tr("The notes are saved and on their way to Confluence: the page is written "
                   "when the outbox next sends."),
                false);
    emit publishQueued(m_release.id);
    refresh();
    return queued;
}

Status ReleaseNotesEditor::exportNotesTo(const QString &path)
{
    if (m_release.id == 0)
        return Status::failure(tr("Open a release to export its notes."));
    // The preview follows every edit, so it is what the form shows.
    return NotesDocument::exportTo(path, *m_previewBrowser->document(),
                                   NotesTemplate::applied(m_release, currentDraft()), m_tasks);
}

Status ReleaseNotesEditor::printNotesTo(QPrinter &printer)
{
    if (m_release.id == 0)
        return Status::failure(tr("Open a release to print its notes."));
    return NotesDocument::print(*m_previewBrowser->document(), printer);
}

void ReleaseNotesEditor::exportNotes()
{
    if (m_release.id == 0)
        return;
    const QString path = m_chooseExportFile(NotesDocument::suggestedPath(m_release.name));
    if (path.isEmpty())
        return;
    if (const Status exported = exportNotesTo(path); !exported)
        showMessage(tr("The notes were not exported: %1").arg(exported.error()), true);
    else
        showMessage(tr("The notes are exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void ReleaseNotesEditor::printNotes()
{
    if (m_release.id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(NotesDocument::pageLayout());
    printer.setDocName(StorageFormat::pageTitle(m_release.name));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print release notes"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = printNotesTo(printer); !printed)
        showMessage(tr("The notes were not printed: %1").arg(printed.error()), true);
}

} // namespace ReleaseDesk
