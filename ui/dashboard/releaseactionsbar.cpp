#include "releaseactionsbar.h"

#include "models/formats/displaytext.h"
#include "releasedecisiondialog.h"
#include "ui/actionwiring.h"

#include <QAction>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace ReleaseDesk {

using Action = ReleaseActions::Action;

ReleaseActionsBar::ReleaseActionsBar(ReleaseStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_workflow(store, clock), m_runner(store, clock)
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
        auto *command = new QAction(ReleaseActions::title(action), this);
        command->setEnabled(false);
        connect(command, &QAction::triggered, this, [this, action] { trigger(action); });
        auto *button = new QPushButton(ReleaseActions::title(action), this);
        button->setObjectName(QString::fromLatin1(names.value(action)));
        followAction(button, command);
        layout->addWidget(button, row, column);
        column = (column + 1) % 2;
        row += column == 0 ? 1 : 0;
        m_actions.insert(action, command);
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
        for (QAction *action : std::as_const(m_actions)) {
            action->setEnabled(false);
            describeAction(action, plainForDisplay(why));
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
        QAction *command = m_actions.value(action);
        command->setEnabled(state.enabled);
        describeAction(command, plainForDisplay(state.explanation));
    }
}

void ReleaseActionsBar::trigger(Action action)
{
    if (ReleaseActionRunner::needsReference(action) || ReleaseActionRunner::needsReason(action)) {
        const auto release = m_store.release(m_releaseId);
        if (!release) {
            emit problem(release.error());
            return;
        }
        decide(action, release.value());
        return;
    }
    report(m_runner.run(action, m_releaseId, {}, m_actor));
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
    report(m_runner.run(dialog.action(), dialog.releaseId(), {dialog.reference(), dialog.reason()},
                        m_actor));
}

void ReleaseActionsBar::report(const Result<QString> &outcome)
{
    if (!outcome) {
        emit problem(outcome.error());
        refresh();
        return;
    }
    emit done(outcome.value());
    emit releaseChanged(m_releaseId);
    refresh();
}

} // namespace ReleaseDesk
