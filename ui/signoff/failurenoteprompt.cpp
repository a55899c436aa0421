#include "failurenoteprompt.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ReleaseDesk {

FailureNoteDialog::FailureNoteDialog(const QStringList &taskKeys, const QString &draft,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("failureNoteDialog"));
    setWindowTitle(tr("Fail %1").arg(taskKeys.join(QLatin1String(", "))));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        tr("What went wrong? The developers read this in the release channel and on the Jira "
           "task, and the task goes back to In Progress."),
        this);
    explanation->setWordWrap(true);
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(
        tr("e.g. 500 on the filing history page for a dissolved company"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setPlainText(draft);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Fail"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmFailButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(explanation);
    layout->addWidget(m_noteEdit, 1);
    layout->addWidget(m_buttons);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &FailureNoteDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter makes a new line in the note, so the keyboard confirms with Ctrl+Enter.
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (!note().isEmpty())
            accept();
    });
    updateAcceptable();
    resize(460, 240);
}

QString FailureNoteDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void FailureNoteDialog::updateAcceptable()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
}

std::optional<QString>
DialogFailureNotePrompt::askNote(QWidget *parent, const QStringList &taskKeys, const QString &draft)
{
    FailureNoteDialog dialog(taskKeys, draft, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

} // namespace ReleaseDesk
