#pragma once

#include "models/domain/enums.h"
#include "models/usecases/releaseactionrunner.h"
#include "models/usecases/releaseworkflow.h"

#include <QWidget>

#include <memory>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;

namespace ReleaseDesk {

class FailureNotePrompt;
class MessageBanner;
class SignOffFilterModel;
class SignOffModel;
class SignOffTable;

// Where a tester signs off one release's tasks in CI-Dev or Staging: pass or
// fail the selected tasks (P, F), a failure with a note for the developers,
// and in Staging the release team's test task and the request for live.
// Errors show inline and keep what was typed; the model, the workflow and the
// requests do the work.
class SignOffView : public QWidget
{
    Q_OBJECT

public:
    // `notePrompt` asks why tasks failed; the dialog when none is given.
    SignOffView(ReleaseStore &store, const Clock &clock,
                std::unique_ptr<FailureNotePrompt> notePrompt = {}, QWidget *parent = nullptr);
    ~SignOffView() override;

    qint64 releaseId() const;
    Environment environment() const;
    QString tester() const { return m_tester; }

public slots:
    // Release 0 shows no tasks.
    void setRelease(qint64 releaseId);
    // CI-Dev or Staging.
    void setEnvironment(Environment environment);
    // Both, in one read of the store.
    void showRelease(qint64 releaseId, Environment environment);
    // The name verdicts and requests are recorded under, from the settings.
    void setTester(const QString &name);
    void setVerdictStatuses(const VerdictStatuses &statuses)
    {
        m_workflow.setVerdictStatuses(statuses);
    }
    // The team's Jira projects, where a release's fix versions are kept.
    void setJiraProjects(const QStringList &projects) { m_workflow.setJiraProjects(projects); }
    // Reads the store again (after a sync), keeping the selection.
    void reload();
    void passSelected();
    // Asks for the note first; cancelling records nothing.
    void failSelected();
    // A mis-click corrected: the selected tasks' verdicts withdrawn, on every desk.
    void withdrawSelected();
    // Moves a release whose tasks all passed in staging to Staging passed and
    // queues the request for live in the release channel.
    void requestLive();

signals:
    // Verdicts or a request changed what the store holds for the release.
    void releaseChanged(qint64 releaseId);

private:
    QWidget *createHeader();
    QWidget *createStagingBar();
    QWidget *createActionBar();
    void connectTable();
    bool requireTester();
    void record(TestOutcome outcome, const QString &note, const QStringList &keys);
    void applyLoad(const Status &loaded, const QString &what);
    void showError(const QString &message);
    void showDone(const QString &message);
    void updateState();
    void updateActions();

    ReleaseWorkflow m_workflow;
    ReleaseActionRunner m_runner;
    std::unique_ptr<FailureNotePrompt> m_notePrompt;
    QString m_tester;
    // A failure's note that could not be recorded, offered again on the next Fail.
    QString m_noteDraft;

    SignOffModel *m_model = nullptr;
    SignOffFilterModel *m_proxy = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_releaseLabel = nullptr;
    QLabel *m_testerLabel = nullptr;
    QButtonGroup *m_environmentGroup = nullptr;
    QAbstractButton *m_ciDevButton = nullptr;
    QAbstractButton *m_stagingButton = nullptr;
    QCheckBox *m_untestedOnlyCheck = nullptr;
    QWidget *m_stagingBar = nullptr;
    QLabel *m_testTaskLabel = nullptr;
    QPushButton *m_requestLiveButton = nullptr;
    SignOffTable *m_table = nullptr;
    QLabel *m_tallyLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_passButton = nullptr;
    QPushButton *m_failButton = nullptr;
    QPushButton *m_untestedButton = nullptr;
    QAction *m_passAction = nullptr;
    QAction *m_failAction = nullptr;
    QAction *m_untestedAction = nullptr;
};

} // namespace ReleaseDesk
