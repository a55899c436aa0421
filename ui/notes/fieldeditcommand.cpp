#include "fieldeditcommand.h"

namespace ReleaseDesk {

FieldEditCommand::FieldEditCommand(NotesForm &form, const NotesFieldRef &field,
                                   const QVariant &before, const QVariant &after, int burst)
    : m_form(form), m_field(field), m_before(before), m_after(after), m_burst(burst)
{
    setText(describe(field));
}

void FieldEditCommand::undo()
{
    m_form.setValue(m_field, m_before);
}

void FieldEditCommand::redo()
{
    m_form.setValue(m_field, m_after);
}

int FieldEditCommand::id() const
{
    return 1;
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEditCommand *>(other);
    // A tick in a box is a whole edit by itself.
    if (next->m_burst != m_burst || next->m_field != m_field ||
        m_field.field == NotesField::NoConfigChanges)
        return false;
    m_after = next->m_after;
    // Typed back to where it started: the command undoes nothing.
    setObsolete(m_after == m_before);
    return true;
}

QString FieldEditCommand::describe(const NotesFieldRef &field)
{
    switch (field.field) {
    case NotesField::Description:
        return tr("edit of the description");
    case NotesField::BackoutPlan:
        return tr("edit of the backout plan");
    case NotesField::ConfigChanges:
        return tr("edit of the config changes");
    case NotesField::NoConfigChanges:
        return tr("\"No config changes\"");
    case NotesField::Version:
        return tr("edit of the version of %1").arg(field.service);
    case NotesField::DeploymentType:
        return tr("edit of the deployment type of %1").arg(field.service);
    case NotesField::Services:
    case NotesField::Page:
        break;
    }
    return {};
}

} // namespace ReleaseDesk
