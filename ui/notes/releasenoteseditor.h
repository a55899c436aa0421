#pragma once

#include "models/domain/notesdraft.h"
#include "models/ports/clock.h"
#include "models/usecases/notesautosave.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"

#include <QWidget>

#include <functional>

class QAction;
class QPrinter;
class QLabel;
class QPushButton;
class QTextBrowser;
class QUndoStack;

namespace ReleaseDesk {

class NotesDraftStore;
class NotesForm;
struct NotesFieldRef;

// The release-notes form of one release, for its developers: the template's
// fields pre-filled from the release's tasks and builds, what each field lacks
// beside it, the versions checked against the pipelines and Jira, the page as
// Confluence will show it, undo and redo across the form, and Save and Publish,
// each enabled only when it can succeed and saying why not. What is typed is
// kept as a draft in the profile until it is saved, and comes back after a crash.
class ReleaseNotesEditor : public QWidget
{
    Q_OBJECT

public:
    ReleaseNotesEditor(ReleaseStore &store, NotesDraftStore &drafts, const Clock &clock,
                       const QString &actor, QWidget *parent = nullptr);
    ~ReleaseNotesEditor() override;
    void setActor(const QString &actor) { m_actor = actor.trimmed(); }

    // Shows the release's notes, or a draft of them newer than the saved ones.
    // On failure the form stays empty and the error is shown in it too.
    Status openRelease(qint64 releaseId);
    qint64 releaseId() const { return m_release.id; }

    // What the form holds, versions and deployment types trimmed.
    NotesDraft currentDraft() const;
    bool hasUnsavedChanges() const;

    // The buttons' actions, as the buttons run them.
    Status save();
    Status publish();

    // The notes as the form shows them, unsaved edits included, as a PDF
    // (the preview's document) or Markdown file, by the path's suffix. Not
    // saving: an export is a copy for reading, and the team's record changes
    // only by Save. Fails with a message, and writes nothing, when the path
    // cannot be written.
    Status exportNotesTo(const QString &path);
    // The preview's document on `printer`.
    Status printNotesTo(QPrinter &printer);
    // Asks where exportNotes() writes, given the path it suggests; empty
    // cancels. A file dialog until set; tests answer it themselves.
    void setExportFileChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_chooseExportFile = std::move(choose);
    }

    QUndoStack *undoStack() const { return m_undo; }
    // Undo and redo as the form's buttons show them, with the form's keys. A
    // window whose Edit menu takes the keys clears them here and triggers these.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    NotesAutosave &autosave() { return m_autosave; }

public slots:
    // Asks for a file (PDF or Markdown) and exports the notes to it; an
    // error shows in the message line.
    void exportNotes();
    // Asks for a printer and prints the notes.
    void printNotes();

signals:
    void notesSaved(qint64 releaseId);
    // The page's write is in the outbox.
    void publishQueued(qint64 releaseId);

private:
    void buildLayout();
    void fieldEdited(const NotesFieldRef &field, const QVariant &before, const QVariant &after);
    void editFinished();
    // Re-checks the form after every change: gaps, flags, versions, preview, buttons.
    void refresh();
    void updateButtons(const Release &edited);
    void showMessage(const QString &text, bool error);
    // The draft kept for the release, when it is newer than the notes saved;
    // says so in the message line. Empty when the saved notes stand.
    std::optional<NotesDraft> restoreDraft();
    Status reloadRelease();

    ReleaseStore &m_store;
    NotesDraftStore &m_drafts;
    const Clock &m_clock;
    QString m_actor;
    ReleaseWorkflow m_workflow;
    ReleaseRequests m_requests;
    NotesAutosave m_autosave;

    Release m_release;
    NotesDraft m_saved;
    QList<Change> m_tasks;
    QList<PipelineBuild> m_builds;
    int m_burst = 0;
    std::function<QString(const QString &suggested)> m_chooseExportFile;

    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    NotesForm *m_form = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_draftLabel = nullptr;
    QLabel *m_versionWarningLabel = nullptr;
    QTextBrowser *m_previewBrowser = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace ReleaseDesk
