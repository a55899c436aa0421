#include "focusedundo.h"

#include "actionwiring.h"
#include "notes/releasenoteseditor.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace ReleaseDesk {
namespace {

// What a text field can take back or do again, read-only fields nothing.
struct FieldHistory
{
    bool canUndo = false;
    bool canRedo = false;
};

template <typename Edit> FieldHistory documentHistory(const Edit *edit)
{
    if (edit->isReadOnly() || !edit->isUndoRedoEnabled())
        return {};
    return {edit->document()->isUndoAvailable(), edit->document()->isRedoAvailable()};
}

FieldHistory historyOf(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->isReadOnly() ? FieldHistory{}
                                  : FieldHistory{line->isUndoAvailable(), line->isRedoAvailable()};
    if (const auto *text = qobject_cast<const QTextEdit *>(field))
        return documentHistory(text);
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return documentHistory(plain);
    return {};
}

bool isTextField(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget);
}

} // namespace

FocusedUndo::FocusedUndo(ReleaseNotesEditor &notes, QObject *parent)
    : QObject(parent), m_notes(notes)
{
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(redoKeys());
    describeAction(m_undo, tr("Take back the last change"));
    describeAction(m_redo, tr("Make the change taken back again"));
    connect(m_undo, &QAction::triggered, this, &FocusedUndo::undo);
    connect(m_redo, &QAction::triggered, this, &FocusedUndo::redo);

    for (QAction *own : {m_notes.undoAction(), m_notes.redoAction()}) {
        own->setShortcuts({});
        connect(own, &QAction::changed, this, &FocusedUndo::update);
    }
    connect(m_notes.undoStack(), &QUndoStack::indexChanged, this, &FocusedUndo::update);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
    m_notes.installEventFilter(this);
    update();
}

bool FocusedUndo::eventFilter(QObject *watched, QEvent *event)
{
    // The notes page shown or hidden decides what a menu click undoes.
    if (watched == &m_notes && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        update();
    return QObject::eventFilter(watched, event);
}

void FocusedUndo::follow(QWidget *focused)
{
    // A menu opened from the keyboard takes the focus for a moment: what is
    // undone is still what had it before.
    if (!focused || qobject_cast<QMenuBar *>(focused) || qobject_cast<QMenu *>(focused))
        return;
    // A dialog's fields have their own keys; the window's menu is not theirs.
    if (focused->window() != m_notes.window())
        return;
    if (m_field)
        disconnect(m_field, nullptr, this, nullptr);
    m_field = isTextField(focused) && !m_notes.isAncestorOf(focused) ? focused : nullptr;
    if (auto *line = qobject_cast<QLineEdit *>(m_field.data()))
        connect(line, &QLineEdit::textChanged, this, &FocusedUndo::update);
    if (auto *text = qobject_cast<QTextEdit *>(m_field.data())) {
        connect(text, &QTextEdit::undoAvailable, this, &FocusedUndo::update);
        connect(text, &QTextEdit::redoAvailable, this, &FocusedUndo::update);
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field.data())) {
        connect(plain, &QPlainTextEdit::undoAvailable, this, &FocusedUndo::update);
        connect(plain, &QPlainTextEdit::redoAvailable, this, &FocusedUndo::update);
    }
    update();
}

bool FocusedUndo::notesTargeted() const
{
    return !m_field && m_notes.isVisible();
}

void FocusedUndo::update()
{
    if (m_field) {
        const FieldHistory history = historyOf(m_field);
        m_undo->setEnabled(history.canUndo);
        m_redo->setEnabled(history.canRedo);
        m_undo->setText(tr("&Undo"));
        m_redo->setText(tr("&Redo"));
        return;
    }
    const QUndoStack *stack = m_notes.undoStack();
    const bool notes = notesTargeted();
    m_undo->setEnabled(notes && stack->canUndo());
    m_redo->setEnabled(notes && stack->canRedo());
    const QString undone = notes ? stack->undoText() : QString();
    const QString redone = notes ? stack->redoText() : QString();
    //: Edit menu, with what an undo takes back: "Undo Description".
    m_undo->setText(undone.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undone));
    //: Edit menu, with what a redo makes again: "Redo Description".
    m_redo->setText(redone.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redone));
}

void FocusedUndo::undo()
{
    if (auto *line = qobject_cast<QLineEdit *>(m_field.data()))
        return line->undo();
    if (auto *text = qobject_cast<QTextEdit *>(m_field.data()))
        return text->undo();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field.data()))
        return plain->undo();
    // The editor's own action, so that the undo also ends the burst of typing.
    if (notesTargeted())
        m_notes.undoAction()->trigger();
}

void FocusedUndo::redo()
{
    if (auto *line = qobject_cast<QLineEdit *>(m_field.data()))
        return line->redo();
    if (auto *text = qobject_cast<QTextEdit *>(m_field.data()))
        return text->redo();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_field.data()))
        return plain->redo();
    if (notesTargeted())
        m_notes.redoAction()->trigger();
}

} // namespace ReleaseDesk
