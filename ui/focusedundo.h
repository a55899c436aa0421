#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ReleaseDesk {

class ReleaseNotesEditor;

// The window's Edit ▸ Undo and Redo, acting on what has focus: a search or
// note field's own history, or the release notes form's undo stack while the
// form is looked at. They are enabled only when there is something to take
// back or do again, and name it: "Undo Description".
class FocusedUndo : public QObject
{
    Q_OBJECT

public:
    // The editor's own undo keys move to these actions: two actions on one
    // key would leave Qt unable to choose.
    FocusedUndo(ReleaseNotesEditor &notes, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

public slots:
    // Looks again at what has focus and what it can undo.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focused);
    bool notesTargeted() const;
    void undo();
    void redo();

    ReleaseNotesEditor &m_notes;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    // A text field outside the notes form, whose own history is used.
    QPointer<QWidget> m_field;
};

} // namespace ReleaseDesk
