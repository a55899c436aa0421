#include "signoffview.h"

#include "failurenoteprompt.h"
#include "models/formats/displaytext.h"
#include "models/itemmodels/signoffmodel.h"
#include "signofftable.h"
#include "ui/messagebanner.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk {

SignOffView::SignOffView(ReleaseStore &store, const Clock &clock,
                         std::unique_ptr<FailureNotePrompt> notePrompt, QWidget *parent)
    : QWidget(parent), m_workflow(store, clock), m_runner(store, clock),
      m_notePrompt(notePrompt ? std::move(notePrompt)
                              : std::make_unique<DialogFailureNotePrompt>()),
      m_model(new SignOffModel(store, this)), m_proxy(new SignOffFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(10);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("signOffBanner"));
    layout->addWidget(m_banner);
    layout->addWidget(createHeader());
    layout->addWidget(createStagingBar());
    m_table = new SignOffTable(m_model, m_proxy, this);
    m_table->setObjectName(QStringLiteral("signOffTable"));
    layout->addWidget(m_table, 1);
    layout->addWidget(createActionBar());
    connectTable();
    updateState();
}

SignOffView::~SignOffView() = default;

QWidget *SignOffView::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    m_releaseLabel = new QLabel(header);
    m_releaseLabel->setTextFormat(Qt::PlainText);
    m_releaseLabel->setObjectName(QStringLiteral("releaseLabel"));
    m_testerLabel = new QLabel(header);
    m_testerLabel->setTextFormat(Qt::PlainText);
    m_testerLabel->setObjectName(QStringLiteral("testerLabel"));

    m_environmentGroup = new QButtonGroup(header);
    const auto addEnvironment = [&](Environment environment, const QString &name) {
        auto *button = new QToolButton(header);
        button->setObjectName(name);
        button->setText(toTitle(environment));
        button->setCheckable(true);
        button->setToolTip(tr("Show the verdicts in %1").arg(toTitle(environment)));
        m_environmentGroup->addButton(button, int(environment));
        return button;
    };
    m_ciDevButton = addEnvironment(Environment::CiDev, QStringLiteral("ciDevButton"));
    m_stagingButton = addEnvironment(Environment::Staging, QStringLiteral("stagingButton"));
    m_ciDevButton->setChecked(true);

    m_untestedOnlyCheck = new QCheckBox(tr("Not yet tested"), header);
    m_untestedOnlyCheck->setObjectName(QStringLiteral("untestedOnlyCheck"));
    m_untestedOnlyCheck->setToolTip(
        tr("Show only the tasks without a verdict in this environment"));

    row->addWidget(m_releaseLabel);
    row->addStretch(1);
    row->addWidget(m_testerLabel);
    row->addWidget(m_ciDevButton);
    row->addWidget(m_stagingButton);
    row->addWidget(m_untestedOnlyCheck);

    connect(m_environmentGroup, &QButtonGroup::idClicked, this,
            [this](int id) { setEnvironment(Environment(id)); });
    connect(m_untestedOnlyCheck, &QCheckBox::toggled, m_proxy,
            &SignOffFilterModel::setUntestedOnly);
    return header;
}

QWidget *SignOffView::createStagingBar()
{
    m_stagingBar = new QWidget(this);
    m_stagingBar->setObjectName(QStringLiteral("stagingBar"));
    auto *row = new QHBoxLayout(m_stagingBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_testTaskLabel = new QLabel(m_stagingBar);
    m_testTaskLabel->setTextFormat(Qt::PlainText);
    m_testTaskLabel->setObjectName(QStringLiteral("testTaskLabel"));
    m_testTaskLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLiveButton = new QPushButton(tr("Request live"), m_stagingBar);
    m_requestLiveButton->setObjectName(QStringLiteral("requestLiveButton"));
    row->addWidget(m_testTaskLabel, 1);
    row->addWidget(m_requestLiveButton);
    connect(m_requestLiveButton, &QPushButton::clicked, this, &SignOffView::requestLive);
    return m_stagingBar;
}

QWidget *SignOffView::createActionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_tallyLabel = new QLabel(bar);
    m_tallyLabel->setTextFormat(Qt::PlainText);
    m_tallyLabel->setObjectName(QStringLiteral("tallyLabel"));
    m_statusLabel = new QLabel(bar);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_passButton = new QPushButton(tr("Pass"), bar);
    m_passButton->setObjectName(QStringLiteral("passButton"));
    m_failButton = new QPushButton(tr("Fail…"), bar);
    m_failButton->setObjectName(QStringLiteral("failButton"));
    m_untestedButton = new QPushButton(tr("Not tested"), bar);
    m_untestedButton->setObjectName(QStringLiteral("untestedButton"));
    row->addWidget(m_tallyLabel);
    row->addWidget(m_statusLabel, 1);
    row->addWidget(m_passButton);
    row->addWidget(m_failButton);
    row->addWidget(m_untestedButton);

    // P, F and U act on the table's selection while the table has focus, so the
    // letters stay free for typing anywhere else.
    m_passAction = new QAction(tr("Pass"), this);
    m_passAction->setShortcut(QKeySequence(Qt::Key_P));
    m_failAction = new QAction(tr("Fail…"), this);
    m_failAction->setShortcut(QKeySequence(Qt::Key_F));
    m_untestedAction = new QAction(tr("Not tested"), this);
    m_untestedAction->setShortcut(QKeySequence(Qt::Key_U));
    for (QAction *action : {m_passAction, m_failAction, m_untestedAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_passAction, &QAction::triggered, this, &SignOffView::passSelected);
    connect(m_failAction, &QAction::triggered, this, &SignOffView::failSelected);
    connect(m_passButton, &QPushButton::clicked, this, &SignOffView::passSelected);
    connect(m_failButton, &QPushButton::clicked, this, &SignOffView::failSelected);
    connect(m_untestedAction, &QAction::triggered, this, &SignOffView::withdrawSelected);
    connect(m_untestedButton, &QPushButton::clicked, this, &SignOffView::withdrawSelected);
    return bar;
}

void SignOffView::connectTable()
{
    m_table->addActions({m_passAction, m_failAction, m_untestedAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SignOffView::updateActions);
    // Rows come and go with the filter and reloads; the actions follow.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SignOffView::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SignOffView::updateActions);
}

qint64 SignOffView::releaseId() const
{
    return m_model->releaseId();
}

Environment SignOffView::environment() const
{
    return m_model->environment();
}

void SignOffView::setRelease(qint64 releaseId)
{
    if (releaseId != m_model->releaseId())
        m_statusLabel->clear();
    applyLoad(m_model->setRelease(releaseId), tr("Could not read release %1.").arg(releaseId));
}

void SignOffView::showRelease(qint64 releaseId, Environment environment)
{
    if (releaseId != m_model->releaseId())
        m_statusLabel->clear();
    applyLoad(m_model->show(releaseId, environment),
              tr("Could not read release %1.").arg(releaseId));
}

void SignOffView::setEnvironment(Environment environment)
{
    applyLoad(m_model->setEnvironment(environment),
              tr("Could not show the verdicts in %1.").arg(toTitle(environment)));
}

void SignOffView::setTester(const QString &name)
{
    m_tester = name.trimmed();
    updateState();
}

void SignOffView::reload()
{
    applyLoad(m_model->refresh(), tr("Could not read the release's tasks."));
}

void SignOffView::applyLoad(const Status &loaded, const QString &what)
{
    // On failure the rows already shown stay: stale data with a warning beats an empty table.
    if (loaded)
        m_banner->hide();
    else
        showError(what + u' ' + loaded.error());
    updateState();
}

bool SignOffView::requireTester()
{
    if (!m_tester.isEmpty())
        return true;
    showError(tr("ReleaseDesk does not know who you are yet: connect Jira (Connections…) and "
                 "sync, so that your verdicts are signed with your Jira account."));
    return false;
}

void SignOffView::passSelected()
{
    const QStringList keys = m_table->selectedKeys();
    if (!keys.isEmpty() && requireTester())
        record(TestOutcome::Passed, {}, keys);
}

void SignOffView::failSelected()
{
    const QStringList keys = m_table->selectedKeys();
    if (keys.isEmpty() || !requireTester())
        return;
    const auto note = m_notePrompt->askNote(this, keys, m_noteDraft);
    if (note)
        record(TestOutcome::Failed, *note, keys);
}

void SignOffView::withdrawSelected()
{
    const QStringList keys = m_table->selectedKeys();
    if (!keys.isEmpty() && requireTester())
        record(TestOutcome::Untested, {}, keys);
}

void SignOffView::record(TestOutcome outcome, const QString &note, const QStringList &keys)
{
    // One task at a time, as a tester works down the list: the next row follows.
    const QString next = keys.size() == 1 ? m_table->neighbourOf(keys.first()) : QString();
    const Environment environment = m_model->environment();
    QStringList recorded;
    QStringList refused;
    QStringList reasons;
    for (const QString &key : keys) {
        const Status status =
            m_workflow.recordTestResult(key, environment, outcome, m_tester, note);
        if (status) {
            recorded << key;
        } else {
            refused << key;
            reasons << tr("%1: %2").arg(key, status.error());
        }
    }
    if (!recorded.isEmpty())
        emit releaseChanged(m_model->releaseId());
    const Status refreshed = m_model->refresh();
    updateState();
    if (!refreshed)
        reasons << tr("The table could not be read again. %1").arg(refreshed.error());

    if (!refused.isEmpty()) {
        // The note stays for the next Fail, and the tasks that were not
        // recorded stay selected, so one more key press tries them again.
        if (outcome == TestOutcome::Failed)
            m_noteDraft = note;
        m_statusLabel->clear();
        showError(tr("Not recorded, so still selected: %1").arg(reasons.join(QLatin1String("; "))));
        m_table->selectKeys(refused);
        return;
    }
    if (outcome == TestOutcome::Failed)
        m_noteDraft.clear();
    if (refreshed)
        m_banner->hide();
    else
        showError(reasons.join(u' '));
    const QString tasks = recorded.join(QLatin1String(", "));
    showDone(outcome == TestOutcome::Passed
                 ? tr("Passed in %1: %2.").arg(toTitle(environment), tasks)
             : outcome == TestOutcome::Failed
                 ? tr("Failed in %1: %2. The developers are told in the release channel and on "
                      "Jira.")
                       .arg(toTitle(environment), tasks)
                 : tr("Back to untested in %1: %2.").arg(toTitle(environment), tasks));
    if (!next.isEmpty())
        m_table->selectKeys({next});
}

void SignOffView::requestLive()
{
    if (!requireTester())
        return;
    const qint64 id = m_model->facts().release.id;
    const Result<QString> requested = m_runner.requestLive(id, m_tester);
    // The release may have moved to Staging passed even when the request failed.
    emit releaseChanged(id);
    reload();
    if (!requested) {
        m_statusLabel->clear();
        showError(tr("Live was not requested. %1").arg(requested.error()));
        return;
    }
    showDone(requested.value());
}

void SignOffView::showError(const QString &message)
{
    m_banner->showMessage(message);
}

void SignOffView::showDone(const QString &message)
{
    m_statusLabel->setText(message);
}

void SignOffView::updateState()
{
    const Release &release = m_model->facts().release;
    const Environment environment = m_model->environment();
    const bool loaded = m_model->releaseId() != 0;
    m_releaseLabel->setText(loaded ? tr("Release %1 · %2").arg(release.name, toTitle(release.stage))
                                   : tr("No release selected"));
    m_testerLabel->setText(m_tester.isEmpty() ? tr("Not signed in to Jira yet")
                                              : tr("Signing off as %1").arg(m_tester));
    m_environmentGroup->button(int(environment))->setChecked(true);

    const TaskTally tally = m_model->tally();
    m_tallyLabel->setText(loaded ? tr("%1: %2 passed · %3 failed · %4 not tested")
                                       .arg(toTitle(environment), localNumber(tally.passed.size()),
                                            localNumber(tally.failed.size()),
                                            localNumber(tally.untested.size()))
                                 : QString());

    m_stagingBar->setVisible(environment == Environment::Staging);
    m_testTaskLabel->setText(
        release.testTaskNumber.isEmpty()
            ? tr("ServiceNow test task: not given yet (the release team gives it in their reply "
                 "to the staging request)")
            : tr("ServiceNow test task: %1").arg(release.testTaskNumber));
    const QStringList blockers =
        loaded ? SignOffModel::liveRequestBlockers(m_model->facts()) : QStringList();
    m_requestLiveButton->setEnabled(loaded && blockers.isEmpty());
    m_requestLiveButton->setToolTip(
        !loaded ? tr("Select a release first.")
        : blockers.isEmpty()
            ? tr("Every task has passed in staging: ask the release team for live in the release "
                 "channel.")
            : plainForDisplay(blockers.join(u'\n')));
    updateActions();
}

void SignOffView::updateActions()
{
    const bool canSignOff = m_model->releaseId() != 0 && m_table->selectionModel()->hasSelection();
    const QString environment = toTitle(m_model->environment());
    m_passAction->setEnabled(canSignOff);
    m_failAction->setEnabled(canSignOff);
    m_passButton->setEnabled(canSignOff);
    m_failButton->setEnabled(canSignOff);
    m_untestedAction->setEnabled(canSignOff);
    m_untestedButton->setEnabled(canSignOff);
    m_untestedButton->setToolTip(
        tr("Withdraw the selected tasks' verdicts in %1: they are untested again (U)")
            .arg(environment));
    m_passButton->setToolTip(tr("Pass the selected tasks in %1 (P)").arg(environment));
    m_failButton->setToolTip(
        tr("Fail the selected tasks in %1 with a note for the developers (F)").arg(environment));
}

} // namespace ReleaseDesk
