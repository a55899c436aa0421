#include "dashboardpage.h"

#include "models/ports/boardsource.h"

#include "dashboardfilterbar.h"
#include "models/formats/csvtable.h"
#include "models/formats/displaytext.h"
#include "models/formats/exportfile.h"
#include "models/itemmodels/dashboardmodel.h"
#include "pipelinedelegate.h"
#include "releasedetailpane.h"
#include "stagedelegate.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ReleaseDesk {

using Column = DashboardModel::Column;

DashboardPage::DashboardPage(ReleaseStore &store, BoardSource *source, QWidget *parent)
    : QWidget(parent), m_board(store), m_model(new DashboardModel(this)),
      m_proxy(new DashboardFilterModel(this))
{
    if (!source) {
        m_ownSource = std::make_unique<StoreBoardSource>(store);
        source = m_ownSource.get();
    }
    m_source = source;
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_filterBar = new DashboardFilterBar(*m_proxy, this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("dashboardView"));
    m_detailColumn = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(m_detailColumn);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(6);
    m_detailPane = new ReleaseDetailPane(m_detailColumn);
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    detailLayout->addWidget(m_detailPane, 1);
    m_detailColumn->setMinimumWidth(340);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detailColumn);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 400});
    layout->addWidget(splitter, 1);
    setUpView();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentDetail();
        emit currentReleaseChanged(currentReleaseId());
    });
    // The counts follow both reloads and filtering.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &DashboardPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardPage::updateSummary);
    m_chooseExportFile = [this](const QString &suggested) {
        QString path = QFileDialog::getSaveFileName(this, tr("Export the releases"), suggested,
                                                    tr("CSV files (*.csv)"));
        // Qt's own dialog, used where the desktop offers none, adds no suffix.
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        return path;
    };
}

DashboardPage::~DashboardPage() = default;

qint64 DashboardPage::currentReleaseId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ReleaseIdRole).toLongLong() : 0;
}

void DashboardPage::setClock(const Clock &clock)
{
    m_model->setClock(clock);
}

void DashboardPage::setActionsWidget(QWidget *actions)
{
    static_cast<QVBoxLayout *>(m_detailColumn->layout())->insertWidget(0, actions);
}

void DashboardPage::setUpView()
{
    QTableView *view = m_view;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(int(Column::Stage), new StageDelegate(view));
    view->setItemDelegateForColumn(int(Column::Pipelines), new PipelineDelegate(view));
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
        {Column::Name, 85},          {Column::Services, 135},   {Column::Stage, 165},
        {Column::BlockingGate, 240}, {Column::TasksPassed, 80}, {Column::CiDevTasks, 80},
        {Column::StagingTasks, 80},  {Column::Pipelines, 80},   {Column::AgeInStage, 65},
        {Column::LastActivity, 130}};
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);
    // The blocker sentence is the longest text; it gets whatever room is left.
    header->setSectionResizeMode(int(Column::BlockingGate), QHeaderView::Stretch);
    // What fits beside the detail at 1280 pixels; the rest is a right click away.
    // "Tasks passed" repeats the per-environment counts, and the age in stage
    // says most of what the last activity does (the rows still sort by it).
    view->setColumnHidden(int(Column::TasksPassed), true);
    view->setColumnHidden(int(Column::LastActivity), true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu menu(this);
        for (int column = 0; column < DashboardModel::ColumnCount; ++column) {
            QAction *shown = menu.addAction(
                m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            shown->setCheckable(true);
            shown->setChecked(!m_view->isColumnHidden(column));
            // The release's name stays, or a row would say nothing.
            shown->setEnabled(column != int(Column::Name));
            connect(shown, &QAction::toggled, this,
                    [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });

    view->setSortingEnabled(true);
    view->sortByColumn(int(Column::LastActivity), Qt::DescendingOrder);
}

void DashboardPage::reload()
{
    if (!m_everLoaded)
        emit summaryChanged(tr("Loading the releases…"));
    m_source->read(this,
                   [this](Result<BoardSnapshot> snapshot) { showSnapshot(std::move(snapshot)); });
}

void DashboardPage::showSnapshot(Result<BoardSnapshot> snapshot)
{
    if (!snapshot) {
        // The rows already shown stay: stale data with a warning beats an empty window.
        emit loadFailed(tr("Could not load the releases. %1").arg(snapshot.error()));
        return;
    }
    m_everLoaded = true;
    m_board.adopt(std::move(snapshot).value());
    const QList<ReleaseSummary> &summaries = m_board.summaries();
    const qint64 before = currentReleaseId();
    m_model->setSummaries(summaries);
    m_filterBar->setServices(summaries);
    countRows();
    updateSummary();
    // Open on the most recent release rather than an empty detail pane.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    if (const qint64 pending = std::exchange(m_pendingSelection, 0))
        selectRelease(pending);
    showCurrentDetail();
    if (currentReleaseId() != before)
        emit currentReleaseChanged(currentReleaseId());
    emit loaded();
}

void DashboardPage::selectRelease(qint64 releaseId)
{
    if (showRow(releaseId))
        return;
    const bool loaded =
        std::any_of(m_board.summaries().cbegin(), m_board.summaries().cend(),
                    [&](const ReleaseSummary &s) { return s.release.id == releaseId; });
    if (!loaded) {
        // Not read yet: the load under way, or the next, brings it.
        m_pendingSelection = releaseId;
        return;
    }
    // Hidden by the filters: a release someone asked for is shown.
    m_filterBar->clear();
    showRow(releaseId);
}

bool DashboardPage::showRow(qint64 releaseId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(ReleaseIdRole).toLongLong() == releaseId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void DashboardPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void DashboardPage::showCurrentDetail()
{
    const qint64 id = currentReleaseId();
    if (id == 0) {
        m_detailPane->clear();
        return;
    }
    const auto detail = m_board.detail(id);
    if (!detail) {
        m_detailPane->showError(detail.error());
        return;
    }
    m_detailPane->setDetail(detail.value());
}

void DashboardPage::countRows()
{
    m_total = m_model->rowCount();
    m_active = 0;
    m_blocked = 0;
    for (int row = 0; row < m_total; ++row) {
        const ReleaseSummary &summary = m_model->summaryAt(row);
        m_active += !isTerminal(summary.release.stage);
        m_blocked += summary.blockingGate.has_value();
    }
}

// Called for every run of rows a filter hides or shows, so it only formats.
void DashboardPage::updateSummary()
{
    QString message = tr("Releases: %1 · active: %2 · blocked: %3")
                          .arg(localNumber(m_total), localNumber(m_active), localNumber(m_blocked));
    if (m_proxy->rowCount() != m_total)
        message += tr(" · shown: %1").arg(localNumber(m_proxy->rowCount()));
    emit summaryChanged(message);
}

Status DashboardPage::exportTableTo(const QString &path)
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns << column;
    }
    return ExportFile::write(path, CsvTable::fromModel(*m_proxy, columns));
}

void DashboardPage::exportTable()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_chooseExportFile(QDir(folder).filePath(tr("Releases.csv")));
    if (path.isEmpty())
        return;
    if (const Status exported = exportTableTo(path); !exported)
        emit exportFailed(tr("The releases were not exported: %1").arg(exported.error()));
}

} // namespace ReleaseDesk
