#include "releasedecisiondialog.h"

#include "models/formats/displaytext.h"
#include "models/usecases/releaseactionrunner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ReleaseDesk {

using Action = ReleaseActions::Action;

ReleaseDecisionDialog::ReleaseDecisionDialog(Action action, const Release &release, QWidget *parent)
    : QDialog(parent), m_action(action), m_releaseId(release.id)
{
    setObjectName(QStringLiteral("releaseDecisionDialog"));
    setWindowTitle(
        tr("%1 — release %2").arg(ReleaseActions::title(action).remove(u'…'), release.name));
    auto *layout = new QVBoxLayout(this);
    QString explanation;
    QString referenceLabel;
    switch (action) {
    case Action::MarkAppliedToStaging:
        explanation = tr("Record that the release team applied %1 to staging. Testers then "
                         "sign its tasks off in Staging against the ServiceNow test task.")
                          .arg(release.name);
        referenceLabel = tr("ServiceNow test task:");
        break;
    case Action::MarkAppliedToLive:
        explanation = tr("Record that the release team applied %1 to live.").arg(release.name);
        referenceLabel = tr("Confirmed by:");
        break;
    case Action::BackOut:
        explanation = tr("Record that %1 was backed out. The backout plan:\n\n%2")
                          .arg(release.name, release.notes.backoutPlan);
        break;
    default:
        explanation =
            tr("Cancel %1. Its history is kept; it can no longer move on.").arg(release.name);
        break;
    }
    auto *explanationLabel = new QLabel(explanation, this);
    explanationLabel->setTextFormat(Qt::PlainText);
    explanationLabel->setWordWrap(true);
    explanationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(explanationLabel);

    auto *form = new QFormLayout;
    if (needsReference()) {
        m_referenceEdit = new QLineEdit(this);
        m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
        if (action == Action::MarkAppliedToStaging) {
            m_referenceEdit->setPlaceholderText(QStringLiteral("CTASK0010002"));
            m_referenceEdit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[A-Za-z]{0,6}[0-9]{0,12}")), m_referenceEdit));
        } else {
            m_referenceEdit->setPlaceholderText(tr("e.g. Sam in the release channel, 14:05"));
        }
        form->addRow(referenceLabel, m_referenceEdit);
        connect(m_referenceEdit, &QLineEdit::textChanged, this,
                &ReleaseDecisionDialog::updateAcceptable);
    }
    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(needsReason() ? tr("Why? It goes in the release's history.")
                                                   : tr("Anything to add (optional)"));
    form->addRow(needsReason() ? tr("Reason:") : tr("Note:"), m_reasonEdit);
    layout->addLayout(form, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("confirmDecisionButton"));
    ok->setText(ReleaseActions::title(action).remove(u'…'));
    layout->addWidget(m_buttons);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this,
            &ReleaseDecisionDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAcceptable();
    resize(480, 300);
}

QString ReleaseDecisionDialog::reference() const
{
    return m_referenceEdit ? ReleaseActionRunner::reference(m_action, m_referenceEdit->text())
                           : QString();
}

QString ReleaseDecisionDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

bool ReleaseDecisionDialog::needsReference() const
{
    return ReleaseActionRunner::needsReference(m_action);
}

bool ReleaseDecisionDialog::needsReason() const
{
    return ReleaseActionRunner::needsReason(m_action);
}

void ReleaseDecisionDialog::updateAcceptable()
{
    const QString lacking = ReleaseActionRunner::decisionProblem(m_action, {reference(), reason()});
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(lacking.isEmpty());
    ok->setToolTip(plainForDisplay(lacking));
}

} // namespace ReleaseDesk
