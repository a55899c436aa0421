#pragma once

#include "models/usecases/releaseactionrunner.h"
#include "models/usecases/releaseworkflow.h"

#include <QHash>
#include <QWidget>

class QAction;
class QPushButton;

namespace ReleaseDesk {

class ReleaseDecisionDialog;

// The buttons of the dashboard's selected release: the developers' requests
// (ready for staging, raise change, request staging) and the release team's
// moves by hand (applied to staging or live, back out, cancel). Each button
// is enabled only when its action can succeed, and its tooltip says what it
// does or what keeps it shut. Writes to other systems go through the outbox,
// so no click waits on the network. Each action is one QAction, which the
// button and the window's Release menu both show and trigger.
class ReleaseActionsBar : public QWidget
{
    Q_OBJECT

public:
    ReleaseActionsBar(ReleaseStore &store, const Clock &clock, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    // The team's Jira projects, where a release's fix versions are kept.
    void setJiraProjects(const QStringList &projects) { m_workflow.setJiraProjects(projects); }
    QPushButton *button(ReleaseActions::Action action) const { return m_buttons.value(action); }
    // Enabled, with its tooltip and status tip saying what it does or why it
    // cannot, as refresh() last found; its button follows it.
    QAction *action(ReleaseActions::Action action) const { return m_actions.value(action); }

public slots:
    // Release 0 disables every button.
    void setRelease(qint64 releaseId);
    // Reads the release and its outbox entries again.
    void refresh();
    void trigger(ReleaseActions::Action action);

signals:
    void releaseChanged(qint64 releaseId);
    // What was done, or why it could not be, for the window to show.
    void done(const QString &message);
    void problem(const QString &message);

private:
    void decide(ReleaseActions::Action action, const Release &release);
    void apply(const ReleaseDecisionDialog &dialog);
    void report(const Result<QString> &outcome);

    ReleaseStore &m_store;
    ReleaseWorkflow m_workflow;
    ReleaseActionRunner m_runner;
    QString m_actor;
    qint64 m_releaseId = 0;
    QHash<ReleaseActions::Action, QAction *> m_actions;
    QHash<ReleaseActions::Action, QPushButton *> m_buttons;
};

} // namespace ReleaseDesk
