#pragma once

#include "app/desktopsession.h"
#include "models/domain/domain.h"
#include "ui/mainwindow.h"

#include <QString>

class QAbstractButton;
class QWidget;

namespace ReleaseDesk::Testing {

// Drives the app's window as a person would, with clicks and key presses on
// the real widgets, for the flow and role tests. Each step returns false and
// says why (lastProblem) rather than failing the test itself, so that the
// test reads as the process it walks through. The release it works on is the
// one it created or selected last.
class FlowDriver
{
public:
    explicit FlowDriver(DesktopSession &session);

    QString lastProblem() const { return m_problem; }
    qint64 releaseId() const { return m_releaseId; }
    Release release() const;
    Stage stage() const { return release().stage; }

    // A new release of `taskCount` tasks that no release has yet and whose
    // services' pipelines are green, created through the New release dialog;
    // its name, or empty.
    QString createReleaseFromNewTasks(int taskCount);
    // Selects `releaseId` on the dashboard.
    bool select(qint64 releaseId);
    // Selects the release named `name`, as this desk's store knows it.
    bool select(const QString &name);

    // The window's button named `name`, or null.
    QAbstractButton *button(const QString &name) const;
    // Clicks the window's button named `name` once it is enabled.
    bool click(const QString &name);
    // Opens a tab of the main window by clicking it.
    void openPage(MainWindow::Page page);
    // Passes every task of the release in `environment` on the sign-off page,
    // by keyboard: Ctrl+A, then P.
    bool passAll(Environment environment);
    // Fails `taskKey` in `environment` with `note`, through the failure dialog.
    bool fail(const QString &taskKey, Environment environment, const QString &note);
    // A release team's decision by hand on the dashboard: the button's
    // dialog filled in with `reference` (when it asks for one) and `reason`.
    bool decide(const QString &buttonName, const QString &reference, const QString &reason);
    // Fills in what the notes form lacks (no config changes), saves and publishes.
    bool completeAndPublishNotes();

    // The developers' path from a new release to its staging request, step
    // by step as the flow test takes it, for tests about what comes after.
    bool bringToStagingRequest();

    // Waits until every write this desk queued is sent; false, with the
    // error, when one failed for good.
    bool waitForOutbox(int timeoutMs = 20000);
    // Waits for the outbox and the window to bring the release to `stage`.
    bool waitForStage(Stage stage, int timeoutMs = 20000);
    // Syncs (Sync now) until the release reaches `stage`: the release team
    // answers in the channel after a delay.
    bool syncUntilStage(Stage stage, int attempts = 30);
    bool syncOnce();

    // What the window shows.
    QString text(const QString &labelName) const;
    // The error banner's message; empty when it is hidden.
    QString bannerText() const;
    // The stage the dashboard shows, once it has read what was written so far.
    std::optional<Stage> dashboardStage(const QString &releaseName);
    bool settleDashboard();

private:
    template <typename T> T *find(const QString &name) const;
    // Creates a release of `keys` in the New release dialog; its id, or 0.
    qint64 createInDialog(const QStringList &keys);
    bool problem(const QString &why);
    // Gives `widget` the keyboard focus in the active window.
    bool takeKeyboard(QWidget *widget);

    DesktopSession &m_session;
    MainWindow &m_window;
    qint64 m_releaseId = 0;
    QString m_problem;
};

} // namespace ReleaseDesk::Testing
