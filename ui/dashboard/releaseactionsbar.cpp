#include "releaseactionsbar.h"

#include "releasedecisiondialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace ReleaseDesk {

using Action = ReleaseActions::Action;

ReleaseActionsBar::ReleaseActionsBar(ReleaseStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_workflow(store, clock), m_requests(store, clock)
{
    setObjectName(QStringLiteral("releaseActions"));
    // Two buttons a row under each role's name: the detail column is narrow,
    // and every button stays whole and visible, enabled or not.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    const auto roleLabel = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    static const QHash<Action, const char *> names{
        {Action::MarkReadyForStaging, "readyForStagingButton"},
        {Action::RaiseChange, "raiseChangeButton"},
        {Action::RequestStaging, "requestStagingButton"},
        {Action::MarkAppliedToStaging, "appliedToStagingButton"},
        {Action::MarkAppliedToLive, "appliedToLiveButton"},
        {Action::BackOut, "backOutButton"},
        {Action::Cancel, "cancelReleaseButton"}};
    int row = 0;
    int column = 0;
    bool teamStarted = false;
    layout->addWidget(roleLabel(tr("Developers")), row++, 0, 1, 2);
    for (const Action action : ReleaseActions::all) {
        const bool developers = action == Action::MarkReadyForStaging ||
                                action == Action::RaiseChange || action == Action::RequestStaging;
        if (!developers && !teamStarted) {
            teamStarted = true;
            row += column == 0 ? 0 : 1;
            column = 0;
            layout->addWidget(roleLabel(tr("Release team")), row++, 0, 1, 2);
        }
        auto *button = new QPushButton(ReleaseActions::title(action), this);
        button->setObjectName(QString::fromLatin1(names.value(action)));
        button->setEnabled(false);
        layout->addWidget(button, row, column);
        column = (column + 1) % 2;
        row += column == 0 ? 1 : 0;
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_buttons.insert(action, button);
    }
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void ReleaseActionsBar::setRelease(qint64 releaseId)
{
    m_releaseId = releaseId;
    refresh();
}

void ReleaseActionsBar::refresh()
{
    const auto disableAll = [this](const QString &why) {
        for (QPushButton *button : std::as_const(m_buttons)) {
            button->setEnabled(false);
            button->setToolTip(why);
        }
    };
    if (m_releaseId == 0)
        return disableAll(tr("Select a release first."));
    const auto facts = m_workflow.facts(m_releaseId);
    if (!facts)
        return disableAll(facts.error());
    // Only this release's writes: the outbox keeps every write ever made.
    const auto outbox = m_store.releaseOutbox(m_releaseId);
    if (!outbox)
        return disableAll(outbox.error());
    for (const Action action : ReleaseActions::all) {
        const ReleaseActions::State state =
            ReleaseActions::state(action, facts.value(), outbox.value());
        QPushButton *button = m_buttons.value(action);
        button->setEnabled(state.enabled);
        button->setToolTip(state.explanation);
    }
}

void ReleaseActionsBar::trigger(Action action)
{
    const auto facts = m_workflow.facts(m_releaseId);
    if (!facts) {
        emit problem(facts.error());
        return;
    }
    const Release &release = facts->release;
    switch (action) {
    case Action::MarkReadyForStaging:
        report(m_workflow.transition(release.id, Stage::ReadyForStaging, m_actor,
                                     tr("Every task passed in CI-Dev")),
               tr("Release %1 is ready for staging: write and publish its notes.")
                   .arg(release.name));
        return;
    case Action::RaiseChange:
        report(m_requests.raiseChange(release.id, m_actor),
               tr("The change for %1 is queued for ServiceNow.").arg(release.name));
        return;
    case Action::RequestStaging:
        report(m_requests.requestStaging(release.id, m_actor),
               tr("The staging request for %1 is queued for the release channel.")
                   .arg(release.name));
        return;
    default:
        decide(action, release);
        return;
    }
}

void ReleaseActionsBar::decide(Action action, const Release &release)
{
    auto *dialog = new ReleaseDecisionDialog(action, release, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(*dialog); });
    dialog->open();
}

void ReleaseActionsBar::apply(const ReleaseDecisionDialog &dialog)
{
    const qint64 id = dialog.releaseId();
    const QString reason = dialog.reason();
    switch (dialog.action()) {
    case Action::MarkAppliedToStaging:
        report(m_workflow.recordAppliedByHand(
                   id, Environment::Staging, dialog.reference(), m_actor,
                   reason.isEmpty() ? tr("Applied to staging, recorded by hand") : reason),
               tr("Recorded as in staging with test task %1.").arg(dialog.reference()));
        return;
    case Action::MarkAppliedToLive:
        report(m_workflow.recordAppliedByHand(
                   id, Environment::Live, dialog.reference(), m_actor,
                   reason.isEmpty() ? tr("Applied to live, recorded by hand") : reason),
               tr("Recorded as live."));
        return;
    case Action::BackOut:
        report(m_workflow.backOut(id, m_actor, reason),
               tr("Recorded as backed out; the release channel and the change are told."));
        return;
    case Action::Cancel:
        report(m_workflow.cancel(id, m_actor, reason),
               tr("The release is cancelled; the release channel is told."));
        return;
    default:
        return;
    }
}

void ReleaseActionsBar::report(const Status &status, const QString &doneMessage)
{
    if (!status) {
        emit problem(status.error());
        refresh();
        return;
    }
    emit done(doneMessage);
    emit releaseChanged(m_releaseId);
    refresh();
}

} // namespace ReleaseDesk
