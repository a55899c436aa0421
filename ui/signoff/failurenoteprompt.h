#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QPlainTextEdit;

namespace ReleaseDesk {

// Asks the tester why tasks failed. The sign-off view asks through this seam,
// so tests answer it without a modal dialog.
class FailureNotePrompt
{
public:
    virtual ~FailureNotePrompt() = default;
    // The note for the developers of `taskKeys`, starting from `draft` (what
    // the tester typed before an attempt that could not be recorded); nullopt
    // when the tester cancels.
    virtual std::optional<QString> askNote(QWidget *parent, const QStringList &taskKeys,
                                           const QString &draft) = 0;
};

// The note a failure needs: the developers read it in Slack and on the Jira
// task, so it cannot be left blank.
class FailureNoteDialog : public QDialog
{
    Q_OBJECT

public:
    FailureNoteDialog(const QStringList &taskKeys, const QString &draft, QWidget *parent = nullptr);

    // Trimmed.
    QString note() const;

private:
    void updateAcceptable();

    QPlainTextEdit *m_noteEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The prompt the app uses: FailureNoteDialog, modal to the view.
class DialogFailureNotePrompt final : public FailureNotePrompt
{
public:
    std::optional<QString> askNote(QWidget *parent, const QStringList &taskKeys,
                                   const QString &draft) override;
};

} // namespace ReleaseDesk
