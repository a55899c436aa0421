#pragma once

#include "models/usecases/releaseactions.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace ReleaseDesk {

// What the release team says when they move a release by hand: the ServiceNow
// test task when staging was applied, how live was confirmed, why a release
// is backed out or cancelled. OK is enabled once what the move needs is there.
class ReleaseDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDecisionDialog(ReleaseActions::Action action, const Release &release,
                          QWidget *parent = nullptr);

    ReleaseActions::Action action() const { return m_action; }
    qint64 releaseId() const { return m_releaseId; }
    // Trimmed; the reference is empty for backout and cancel.
    QString reference() const;
    QString reason() const;

private:
    bool needsReference() const;
    bool needsReason() const;
    void updateAcceptable();

    ReleaseActions::Action m_action;
    qint64 m_releaseId = 0;
    QLineEdit *m_referenceEdit = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ReleaseDesk
