#pragma once

#include "notesform.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace ReleaseDesk {

// One edit of one field of the release-notes form, as the form's undo stack
// holds it. Edits of the same field in the same burst of typing merge into one
// command, so Ctrl+Z takes back the burst rather than a letter; the editor
// starts a new burst when a field is left, a choice made, or an edit undone.
class FieldEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(FieldEditCommand)

public:
    FieldEditCommand(NotesForm &form, const NotesFieldRef &field, const QVariant &before,
                     const QVariant &after, int burst);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    static QString describe(const NotesFieldRef &field);

    NotesForm &m_form;
    NotesFieldRef m_field;
    QVariant m_before;
    QVariant m_after;
    int m_burst = 0;
};

} // namespace ReleaseDesk
