#include "flowdriver.h"

#include "models/itemmodels/candidateroles.h"
#include "models/itemmodels/dashboardroles.h"
#include "models/lifecycle/lifecycle.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/newrelease/newreleasedialog.h"

#include "ui/signoff/signofftable.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace ReleaseDesk::Testing {

namespace {

// The version a service's pipelines took all the way to CI-Dev last, or empty.
QString deployedToCiDev(const QString &service, const QList<PipelineBuild> &builds)
{
    const PipelineBuild *latest = nullptr;
    for (const PipelineBuild &build : builds) {
        if (build.service == service && build.job == PipelineJob::CidevApply &&
            build.status == BuildStatus::Succeeded && (!latest || build.id > latest->id))
            latest = &build;
    }
    return latest ? latest->version : QString();
}

} // namespace

FlowDriver::FlowDriver(DesktopSession &session) : m_session(session), m_window(session.window()) {}

template <typename T> T *FlowDriver::find(const QString &name) const
{
    return m_window.findChild<T *>(name);
}

QAbstractButton *FlowDriver::button(const QString &name) const
{
    return find<QAbstractButton>(name);
}

bool FlowDriver::problem(const QString &why)
{
    m_problem = why;
    return false;
}

Release FlowDriver::release() const
{
    const auto stored = m_session.store().release(m_releaseId);
    return stored ? stored.value() : Release{};
}

QString FlowDriver::createReleaseFromNewTasks(int taskCount)
{
    SqliteStore &store = m_session.store();
    const auto changes = store.changes();
    const auto builds = store.builds();
    const auto releases = store.releases();
    const auto services = store.services();
    if (!changes || !builds || !releases || !services) {
        problem(QStringLiteral("the store could not be read"));
        return {};
    }
    QStringList taken;
    for (const Release &release : releases.value())
        taken += release.taskKeys;
    // Tasks of one service whose pipelines took a version to CI-Dev.
    for (const Service &service : services.value()) {
        const QString version = deployedToCiDev(service.name, builds.value());
        if (version.isEmpty())
            continue;
        QStringList keys;
        for (const Change &change : changes.value()) {
            if (change.service == service.name && change.fixVersion.isEmpty() &&
                !taken.contains(change.key) && keys.size() < taskCount)
                keys << change.key;
        }
        if (keys.size() < taskCount)
            continue;
        // The release as it will stand once every task has passed: what is
        // left of its CI-Dev gate is the pipelines'.
        ReleaseFacts facts;
        facts.release.services = {{service.name, version, service.deploymentType}};
        facts.release.taskKeys = keys;
        facts.builds = builds.value();
        for (const QString &key : keys)
            facts.results << TestResult{0,  key, Environment::CiDev, TestOutcome::Passed, {}, {},
                                        {}, {}};
        if (!Lifecycle::gate(Stage::ReadyForStaging, facts).met())
            continue;
        const qint64 id = createInDialog(keys);
        if (id == 0)
            return {};
        return release().name;
    }
    problem(QStringLiteral("no service has %1 new tasks and green pipelines").arg(taskCount));
    return {};
}

qint64 FlowDriver::createInDialog(const QStringList &keys)
{
    if (!click(QStringLiteral("newReleaseButton")))
        return 0;
    auto *dialog = find<QDialog>(QStringLiteral("newReleaseDialog"));
    if (!dialog || !dialog->isVisible()) {
        problem(QStringLiteral("no New release dialog opened"));
        return 0;
    }
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("candidateView"));
    // The tasks are picked in the table with the keyboard: select, then Space.
    view->setFocus(Qt::TabFocusReason);
    view->clearSelection();
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (keys.contains(index.data(CandidateKeyRole).toString()))
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QTest::keyClick(view, Qt::Key_Space);
    auto *newRelease = qobject_cast<NewReleaseDialog *>(dialog);
    QStringList chosen = newRelease->chosenKeys();
    QStringList wanted = keys;
    chosen.sort();
    wanted.sort();
    if (chosen != wanted) {
        problem(QStringLiteral("chose %1 instead of %2").arg(chosen.join(u' '), wanted.join(u' ')));
        dialog->reject();
        return 0;
    }
    QSignalSpy created(newRelease, &NewReleaseDialog::created);
    auto *create = dialog->findChild<QAbstractButton *>(QStringLiteral("createButton"));
    if (!create->isEnabled()) {
        problem(QStringLiteral("Create stays disabled: ") + create->toolTip());
        dialog->reject();
        return 0;
    }
    QTest::mouseClick(create, Qt::LeftButton);
    if (created.isEmpty()) {
        problem(QStringLiteral("the release was not created"));
        dialog->reject();
        return 0;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 id = created.constFirst().constFirst().toLongLong();
    m_releaseId = id;
    // The dashboard reads in the background and selects the release once it shows it.
    if (!QTest::qWaitFor([&] { return m_window.currentReleaseId() == id; }, 10000)) {
        problem(QStringLiteral("the new release is not the one selected"));
        return 0;
    }
    return id;
}

bool FlowDriver::select(qint64 releaseId)
{
    openPage(MainWindow::Page::Dashboard);
    m_window.selectRelease(releaseId);
    if (!QTest::qWaitFor([&] { return m_window.currentReleaseId() == releaseId; }, 10000))
        return problem(QStringLiteral("release %1 is not on the dashboard").arg(releaseId));
    m_releaseId = releaseId;
    return true;
}

bool FlowDriver::select(const QString &name)
{
    const auto releases = m_session.store().releases();
    if (!releases)
        return problem(releases.error());
    for (const Release &release : releases.value()) {
        if (release.name == name)
            return select(release.id);
    }
    return problem(QStringLiteral("this desk does not know release %1").arg(name));
}

bool FlowDriver::click(const QString &name)
{
    auto *button = find<QAbstractButton>(name);
    if (!button)
        return problem(name + QStringLiteral(" is not in the window"));
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 5000))
        return problem(name + QStringLiteral(" stays disabled: ") + button->toolTip());
    const QString before = bannerText();
    QTest::mouseClick(button, Qt::LeftButton);
    // A problem shown before the click is not the click's.
    if (const QString after = bannerText(); !after.isEmpty() && after != before)
        return problem(after);
    return true;
}

QString FlowDriver::bannerText() const
{
    auto *banner = find<QWidget>(QStringLiteral("errorBanner"));
    return banner && banner->isVisible() ? banner->findChild<QLabel *>()->text() : QString();
}

void FlowDriver::openPage(MainWindow::Page page)
{
    auto *tabs = find<QTabWidget>(QStringLiteral("pages"));
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(page)).center());
}

bool FlowDriver::passAll(Environment environment)
{
    openPage(MainWindow::Page::SignOff);
    if (!click(environment == Environment::CiDev ? QStringLiteral("ciDevButton")
                                                 : QStringLiteral("stagingButton")))
        return false;
    auto *table = find<QTableView>(QStringLiteral("signOffTable"));
    if (!takeKeyboard(table))
        return false;
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_P);
    const QString tally = text(QStringLiteral("tallyLabel"));
    if (!tally.contains(QStringLiteral(" 0 failed · 0 not tested")))
        return problem(QStringLiteral("after passing all in %1: %2 (%3)")
                           .arg(text(QStringLiteral("releaseLabel")), tally,
                                text(QStringLiteral("statusLabel"))));
    return true;
}

bool FlowDriver::takeKeyboard(QWidget *widget)
{
    // After a dialog the window takes the keyboard back once it is active
    // again, as when a person clicks it.
    m_window.activateWindow();
    if (!QTest::qWaitForWindowActive(&m_window))
        return problem(QStringLiteral("the window is not active"));
    widget->setFocus(Qt::TabFocusReason);
    return true;
}

bool FlowDriver::fail(const QString &taskKey, Environment environment, const QString &note)
{
    openPage(MainWindow::Page::SignOff);
    if (!click(environment == Environment::CiDev ? QStringLiteral("ciDevButton")
                                                 : QStringLiteral("stagingButton")))
        return false;
    auto *table = find<SignOffTable>(QStringLiteral("signOffTable"));
    table->selectKeys({taskKey});
    if (table->selectionModel()->selectedRows().size() != 1)
        return problem(taskKey + QStringLiteral(" is not in the sign-off table"));
    if (!takeKeyboard(table))
        return false;
    // F opens the note dialog modally: it is answered from the event loop the
    // dialog runs. A watch that finds no dialog in 5 s gives up.
    const auto answered = std::make_shared<bool>(false);
    auto *watch = new QTimer(&m_window);
    watch->setInterval(50);
    const auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(watch, &QTimer::timeout, watch, [watch, answered, started, note] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")), note);
            QTest::mouseClick(
                dialog->findChild<QAbstractButton *>(QStringLiteral("confirmFailButton")),
                Qt::LeftButton);
            *answered = true;
        }
        if (dialog || started->elapsed() > 5000)
            watch->stop();
    });
    watch->start();
    QTest::keyClick(table, Qt::Key_F);
    // A watch still looking would answer the next step's dialog.
    delete watch;
    if (!*answered)
        return problem(QStringLiteral("no note dialog opened"));
    const QString status = text(QStringLiteral("statusLabel"));
    if (!status.contains(taskKey))
        return problem(QStringLiteral("after failing: ") + status);
    return true;
}

bool FlowDriver::decide(const QString &buttonName, const QString &reference, const QString &reason)
{
    openPage(MainWindow::Page::Dashboard);
    if (!click(buttonName))
        return false;
    auto *dialog = find<QDialog>(QStringLiteral("releaseDecisionDialog"));
    if (!dialog || !dialog->isVisible())
        return problem(QStringLiteral("no decision dialog opened"));
    if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("referenceEdit")))
        QTest::keyClicks(edit, reference);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit")), reason);
    auto *confirm = dialog->findChild<QAbstractButton *>(QStringLiteral("confirmDecisionButton"));
    if (!confirm->isEnabled()) {
        dialog->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return problem(QStringLiteral("the decision cannot be confirmed"));
    }
    const QString before = bannerText();
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (const QString after = bannerText(); !after.isEmpty() && after != before)
        return problem(after);
    return true;
}

bool FlowDriver::completeAndPublishNotes()
{
    openPage(MainWindow::Page::Notes);
    // A deployment type the pipelines did not tell is typed in.
    for (QComboBox *type : m_window.findChildren<QComboBox *>(
             QRegularExpression(QStringLiteral("^deploymentTypeCombo_")))) {
        if (!type->currentText().isEmpty())
            continue;
        type->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(type, QStringLiteral("ECS"));
        QTest::keyClick(type, Qt::Key_Tab);
    }
    if (auto *none = find<QCheckBox>(QStringLiteral("noConfigChangesCheck"));
        none && !none->isChecked()) {
        none->setFocus(Qt::TabFocusReason);
        QTest::keyClick(none, Qt::Key_Space);
    }
    if (!click(QStringLiteral("saveButton")) || !click(QStringLiteral("publishButton")))
        return false;
    // The editor says what became of the click, and the window's catching up keeps it.
    auto *message = find<QLabel>(QStringLiteral("messageLabel"));
    if (!message->isVisible() || message->text().isEmpty())
        return problem(QStringLiteral("the notes editor did not say the page is on its way"));
    return true;
}

bool FlowDriver::bringToStagingRequest()
{
    return passAll(Environment::CiDev) && click(QStringLiteral("readyForStagingButton")) &&
           completeAndPublishNotes() && waitForStage(Stage::NotesPublished) &&
           click(QStringLiteral("raiseChangeButton")) && waitForStage(Stage::TicketRaised) &&
           click(QStringLiteral("requestStagingButton")) && waitForStage(Stage::StagingRequested);
}

bool FlowDriver::waitForStage(Stage stage, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return this->stage() == stage; }, timeoutMs)) {
        return problem(QStringLiteral("the release stayed in %1 instead of %2 (%3)")
                           .arg(toTitle(this->stage()), toTitle(stage),
                                find<QLabel>(QStringLiteral("outboxLabel"))->text()));
    }
    m_window.reload();
    return true;
}

bool FlowDriver::waitForOutbox(int timeoutMs)
{
    SqliteStore &store = m_session.store();
    const auto settled = [&store] {
        return store.outbox(OutboxState::Pending)->isEmpty() &&
               store.outbox(OutboxState::Sending)->isEmpty();
    };
    if (!QTest::qWaitFor(settled, timeoutMs))
        return problem(QStringLiteral("the outbox still sends after %1 ms").arg(timeoutMs));
    const auto failed = store.outbox(OutboxState::Failed);
    if (!failed->isEmpty())
        return problem(QStringLiteral("a write failed: %1").arg(failed->constFirst().lastError));
    return true;
}

bool FlowDriver::syncOnce()
{
    QSignalSpy finished(&m_session.sync(), &SyncEngine::finished);
    if (!click(QStringLiteral("syncButton")))
        return false;
    if (!finished.wait(30000))
        return problem(QStringLiteral("the sync did not finish"));
    return true;
}

bool FlowDriver::syncUntilStage(Stage stage, int attempts)
{
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!syncOnce())
            return false;
        if (this->stage() == stage)
            return true;
        QTest::qWait(200);
    }
    return problem(QStringLiteral("after %1 syncs the release is in %2, not %3")
                       .arg(attempts)
                       .arg(toTitle(this->stage()), toTitle(stage)));
}

QString FlowDriver::text(const QString &labelName) const
{
    auto *label = find<QLabel>(labelName);
    return label ? label->text() : QString();
}

bool FlowDriver::settleDashboard()
{
    // A read asked for now sees every write made before it, but a read
    // already under way answers first with what it saw. The second round's
    // answer comes from a read that started after the first round asked.
    for (int round = 0; round < 2; ++round) {
        QSignalSpy loaded(&m_window.dashboard(), &DashboardPage::loaded);
        m_window.dashboard().reload();
        if (loaded.isEmpty() && !loaded.wait(10000))
            return false;
    }
    return true;
}

std::optional<Stage> FlowDriver::dashboardStage(const QString &releaseName)
{
    if (!settleDashboard()) {
        problem(QStringLiteral("the dashboard did not load"));
        return std::nullopt;
    }
    auto *view = find<QTableView>(QStringLiteral("dashboardView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data().toString() == releaseName)
            return Stage(index.data(StageRole).toInt());
    }
    return std::nullopt;
}

} // namespace ReleaseDesk::Testing
