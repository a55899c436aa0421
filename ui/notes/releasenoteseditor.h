#pragma once

#include "models/domain/notesdraft.h"
#include "models/ports/clock.h"
#include "models/usecases/notesautosave.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"

#include <QWidget>

class QAction;
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

    QUndoStack *undoStack() const { return m_undo; }
    // Undo and redo as the form's buttons show them, with the form's keys. A
    // window whose Edit menu takes the keys clears them here and triggers these.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    NotesAutosave &autosave() { return m_autosave; }

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
};

} // namespace ReleaseDesk
