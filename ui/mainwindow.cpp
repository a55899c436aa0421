#include "mainwindow.h"

#include "models/dashboardmodel.h"
#include "releasedetailpane.h"
#include "stagedelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ReleaseDesk {

using Column = DashboardModel::Column;

MainWindow::MainWindow(ReleaseStore &store, QWidget *parent)
    : QMainWindow(parent), m_board(store), m_model(new DashboardModel(this)),
      m_proxy(new DashboardFilterModel(this))
{
    setWindowTitle(tr("ReleaseDesk"));
    resize(1280, 800);
    m_proxy->setSourceModel(m_model);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(createBanner());

    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    m_searchEdit = new QLineEdit(central);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search releases, services, tasks…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(360);
    m_activeOnlyCheck = new QCheckBox(tr("Active only"), central);
    m_activeOnlyCheck->setObjectName(QStringLiteral("activeOnlyCheck"));
    m_activeOnlyCheck->setToolTip(tr("Hide releases that are live, backed out or cancelled"));
    auto *reloadButton = new QPushButton(tr("Reload"), central);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    reloadButton->setToolTip(tr("Read the releases again (F5)"));
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_activeOnlyCheck);
    auto *syncButton = new QPushButton(tr("Sync now"), central);
    syncButton->setObjectName(QStringLiteral("syncButton"));
    syncButton->setToolTip(tr("Read Concourse, Jira, Confluence, ServiceNow and Slack now (F6)"));
    auto *connectionsButton = new QPushButton(tr("Connections…"), central);
    connectionsButton->setObjectName(QStringLiteral("connectionsButton"));
    connectionsButton->setToolTip(tr("Set up and test the connections to the five systems"));
    filters->addStretch(1);
    filters->addWidget(reloadButton);
    filters->addWidget(syncButton);
    filters->addWidget(connectionsButton);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_dashboardView = new QTableView(splitter);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));
    m_detailPane = new ReleaseDetailPane(splitter);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->setMinimumWidth(320);
    splitter->addWidget(m_dashboardView);
    splitter->addWidget(m_detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 380});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    setUpDashboardView();

    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &DashboardFilterModel::setSearchText);
    connect(m_activeOnlyCheck, &QCheckBox::toggled, m_proxy, &DashboardFilterModel::setActiveOnly);
    connect(reloadButton, &QPushButton::clicked, this, &MainWindow::reload);
    connect(syncButton, &QPushButton::clicked, this, &MainWindow::syncRequested);
    connect(connectionsButton, &QPushButton::clicked, this, &MainWindow::connectionsRequested);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    connect(m_dashboardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentDetail);
    // The counts in the status bar follow both reloads and filtering.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);

    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    auto *syncAction = new QAction(tr("Sync now"), this);
    syncAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    addActions({findAction, reloadAction, syncAction});

    reload();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createBanner()
{
    m_errorBanner = new QFrame(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setStyleSheet(QStringLiteral(
        "QFrame#errorBanner { background: #fdecea; border: 1px solid #f5c2c0;"
        " border-radius: 6px; }"
        "QFrame#errorBanner QLabel { color: #7f1d1d; background: transparent; border: none; }"));
    auto *layout = new QHBoxLayout(m_errorBanner);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(8);
    m_errorLabel = new QLabel(m_errorBanner);
    m_errorLabel->setObjectName(QStringLiteral("errorBannerLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retryButton = new QPushButton(tr("Retry"), m_errorBanner);
    retryButton->setObjectName(QStringLiteral("retryButton"));
    auto *dismissButton = new QToolButton(m_errorBanner);
    dismissButton->setObjectName(QStringLiteral("dismissBannerButton"));
    dismissButton->setText(QStringLiteral("✕"));
    dismissButton->setToolTip(tr("Dismiss"));
    dismissButton->setAutoRaise(true);
    layout->addWidget(m_errorLabel, 1);
    layout->addWidget(retryButton);
    layout->addWidget(dismissButton);
    connect(retryButton, &QPushButton::clicked, this, &MainWindow::reload);
    connect(dismissButton, &QToolButton::clicked, m_errorBanner, &QWidget::hide);
    m_errorBanner->hide();
    return m_errorBanner;
}

void MainWindow::setUpDashboardView()
{
    QTableView *view = m_dashboardView;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(int(Column::Stage), new StageDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    // Room for the stage pill and some air between rows.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 16);

    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setStretchLastSection(false);
    const QList<std::pair<Column, int>> widths{
        {Column::Name, 95},          {Column::Services, 190},   {Column::Stage, 170},
        {Column::BlockingGate, 240}, {Column::TasksPassed, 95}, {Column::LastActivity, 130}};
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);
    // The blocker sentence is the longest text; it gets whatever room is left.
    header->setSectionResizeMode(int(Column::BlockingGate), QHeaderView::Stretch);

    view->setSortingEnabled(true);
    view->sortByColumn(int(Column::LastActivity), Qt::DescendingOrder);
}

void MainWindow::reload()
{
    const auto summaries = m_board.load();
    if (!summaries) {
        // The rows already shown stay: stale data with a warning beats an empty window.
        showBanner(tr("Could not load the releases. %1").arg(summaries.error()));
        return;
    }
    m_errorBanner->hide();
    m_model->setSummaries(summaries.value());
    updateStatus();
    // Open on the most recent release rather than an empty detail pane.
    if (!m_dashboardView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_dashboardView->setCurrentIndex(m_proxy->index(0, 0));
    showCurrentDetail();
}

void MainWindow::showSyncState(const QString &text)
{
    m_syncLabel->setText(text);
}

void MainWindow::showOutboxState(const QString &text)
{
    m_outboxLabel->setText(text);
}

void MainWindow::showError(const QString &message)
{
    showBanner(message);
}

void MainWindow::showBanner(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorBanner->show();
}

void MainWindow::showCurrentDetail()
{
    const QModelIndex current = m_dashboardView->currentIndex();
    if (!current.isValid()) {
        m_detailPane->clear();
        return;
    }
    const auto detail = m_board.detail(current.data(ReleaseIdRole).toLongLong());
    if (!detail) {
        m_detailPane->showError(detail.error());
        return;
    }
    m_detailPane->setDetail(detail.value());
}

void MainWindow::updateStatus()
{
    int active = 0;
    int blocked = 0;
    const int total = m_model->rowCount();
    for (int row = 0; row < total; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        active += index.data(IsActiveRole).toBool();
        blocked += index.data(BlockedRole).toBool();
    }
    QString message =
        tr("Releases: %1 · active: %2 · blocked: %3").arg(total).arg(active).arg(blocked);
    if (m_proxy->rowCount() != total)
        message += tr(" · shown: %1").arg(m_proxy->rowCount());
    statusBar()->showMessage(message);
}

} // namespace ReleaseDesk
