#include "models/itemmodels/dashboardmodel.h"

#include "models/formats/displaytext.h"
#include "models/itemmodels/dashboardcells.h"
#include "models/itemmodels/tablevalues.h"

namespace ReleaseDesk {
namespace {

using TableValues::longTime;
using TableValues::naturalCompare;
using TableValues::shortTime;

// Where a release without a blocking gate sorts in the BlockingGate column:
// after every blocked release, which sort by how early their gate is.
constexpr int unblockedOrder = 100;
constexpr int doneOrder = 200;
constexpr int stoppedOrder = 300;

double passedRatio(const ReleaseSummary &summary)
{
    const TaskTally &tally = DashboardModel::relevantTally(summary);
    return tally.total() == 0 ? 0.0 : double(tally.passed.size()) / tally.total();
}

} // namespace

const SystemClock DashboardModel::s_systemClock;

DashboardModel::DashboardModel(QObject *parent) : KeyedTableModel(parent) {}

qint64 DashboardModel::ageOf(const Row &row) const
{
    return DashboardCells::ageInStage(row.summary.release, m_clock->now());
}

Environment DashboardModel::tasksEnvironment(const ReleaseSummary &summary)
{
    switch (summary.release.stage) {
    case Stage::InStaging:
    case Stage::StagingPassed:
    case Stage::LiveRequested:
    case Stage::Live:
        return Environment::Staging;
    case Stage::BackedOut:
    case Stage::Cancelled:
        // A release can stop before or after it reached staging; its staging
        // verdicts, if any, say how far its testing got.
        return summary.staging.passed.isEmpty() && summary.staging.failed.isEmpty()
                   ? Environment::CiDev
                   : Environment::Staging;
    default:
        return Environment::CiDev;
    }
}

const TaskTally &DashboardModel::relevantTally(const ReleaseSummary &summary)
{
    return tasksEnvironment(summary) == Environment::Staging ? summary.staging : summary.ciDev;
}

QString DashboardModel::servicesText(const Release &release)
{
    QStringList services;
    services.reserve(release.services.size());
    for (const ReleaseService &shipped : release.services) {
        services << (shipped.version.isEmpty() ? shipped.service
                                               : shipped.service + u'@' + shipped.version);
    }
    return services.join(QLatin1String(", "));
}

DashboardModel::Row DashboardModel::makeRow(const ReleaseSummary &summary)
{
    Row row{summary, servicesText(summary.release), {}, {}};
    const Release &release = summary.release;
    for (const ReleaseService &shipped : release.services)
        row.serviceNames << shipped.service;
    row.searchText = (release.name + u' ' + row.services + u' ' + release.taskKeys.join(u' ') +
                      u' ' + toTitle(release.stage))
                         .toLower();
    return row;
}

void DashboardModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).summary.release.id, row);
}

void DashboardModel::setSummaries(const QList<ReleaseSummary> &summaries)
{
    const auto idOf = [](const ReleaseSummary &summary) {
        return QString::number(summary.release.id);
    };
    syncRows({int(summaries.size()), [&](int row) { return idOf(m_rows.at(row).summary); },
              [&](int incoming) { return idOf(summaries.at(incoming)); },
              [this](int first, int count) { m_rows.remove(first, count); },
              [&](int row, int incoming) {
                  const ReleaseSummary &next = summaries.at(incoming);
                  if (m_rows.at(row).summary == next)
                      return false;
                  m_rows[row] = makeRow(next);
                  return true;
              },
              [&](const QList<int> &added) {
                  for (int incoming : added)
                      m_rows << makeRow(summaries.at(incoming));
              },
              [this] { reindex(); }});
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ReleaseSummary &summary = row.summary;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return plainForDisplay(toolTipData(row, column));
    case Qt::TextAlignmentRole:
        if (column == Column::TasksPassed || column == Column::AgeInStage)
            return int(Qt::AlignCenter);
        return {};
    case ReleaseIdRole:
        return summary.release.id;
    case StageRole:
        return int(summary.release.stage);
    case LastActivityRole:
        return summary.lastActivity;
    case TasksPassedRatioRole:
        return passedRatio(summary);
    case SearchTextRole:
        return row.searchText;
    case IsActiveRole:
        return !isTerminal(summary.release.stage);
    case BlockedRole:
        return summary.blockingGate.has_value();
    case SortRole:
        return sortData(row, column);
    case ServiceNamesRole:
        return row.serviceNames;
    case PipelineStatusesRole:
        return DashboardCells::badgeStatuses(summary.pipelines);
    case AgeInStageRole:
        return ageOf(row);
    default:
        return {};
    }
}

QVariant DashboardModel::displayData(const Row &row, Column column) const
{
    const ReleaseSummary &summary = row.summary;
    switch (column) {
    case Column::Name:
        return summary.release.name;
    case Column::Services:
        return row.services;
    case Column::Stage:
        return toTitle(summary.release.stage);
    case Column::BlockingGate:
        if (summary.blockingGate)
            return summary.blockingGate->blockers.value(0);
        return summary.release.stage == Stage::Live ? tr("Done") : tr("—");
    case Column::TasksPassed: {
        const TaskTally &tally = relevantTally(summary);
        return QStringLiteral("%L1/%L2").arg(tally.passed.size()).arg(tally.total());
    }
    case Column::CiDevTasks:
        return DashboardCells::tallyText(summary.ciDev);
    case Column::StagingTasks:
        return DashboardCells::tallyText(summary.staging);
    case Column::Pipelines:
        return DashboardCells::badgesText(summary.pipelines);
    case Column::AgeInStage:
        return DashboardCells::ageText(ageOf(row));
    case Column::LastActivity:
        return shortTime(summary.lastActivity);
    }
    return {};
}

QVariant DashboardModel::toolTipData(const Row &row, Column column) const
{
    const ReleaseSummary &summary = row.summary;
    switch (column) {
    case Column::Services:
        return summary.release.services.isEmpty() ? QVariant() : row.services;
    case Column::BlockingGate: {
        if (!summary.blockingGate) {
            if (const auto next = Lifecycle::nextStage(summary.release.stage))
                return tr("Ready to move to %1.").arg(toTitle(*next));
            return {};
        }
        QStringList lines{tr("%1 is blocked:").arg(toTitle(summary.blockingGate->target))};
        for (const QString &blocker : summary.blockingGate->blockers)
            lines << QStringLiteral("• ") + blocker;
        return lines.join(u'\n');
    }
    case Column::TasksPassed:
        return DashboardCells::tallyToolTip(tasksEnvironment(summary), relevantTally(summary));
    case Column::CiDevTasks:
        return DashboardCells::tallyToolTip(Environment::CiDev, summary.ciDev);
    case Column::StagingTasks:
        return DashboardCells::tallyToolTip(Environment::Staging, summary.staging);
    case Column::Pipelines:
        return DashboardCells::badgesToolTip(summary.pipelines);
    case Column::AgeInStage: {
        const QDateTime since = summary.release.stageChanged.isValid()
                                    ? summary.release.stageChanged
                                    : summary.release.created;
        return since.isValid()
                   ? tr("In %1 since %2").arg(toTitle(summary.release.stage), longTime(since))
                   : QVariant();
    }
    case Column::LastActivity:
        return longTime(summary.lastActivity);
    case Column::Name:
    case Column::Stage:
        return {};
    }
    return {};
}

QVariant DashboardModel::sortData(const Row &row, Column column) const
{
    const ReleaseSummary &summary = row.summary;
    switch (column) {
    case Column::Name:
        return summary.release.name;
    case Column::Services:
        return row.services;
    case Column::Stage:
        return int(summary.release.stage);
    case Column::BlockingGate:
        if (summary.blockingGate)
            return int(summary.blockingGate->target);
        if (summary.release.stage == Stage::Live)
            return doneOrder;
        return isTerminal(summary.release.stage) ? stoppedOrder : unblockedOrder;
    case Column::TasksPassed:
        return passedRatio(summary);
    case Column::CiDevTasks:
        return DashboardCells::tallySortValue(summary.ciDev);
    case Column::StagingTasks:
        return DashboardCells::tallySortValue(summary.staging);
    case Column::Pipelines:
        return DashboardCells::badgesSortValue(summary.pipelines);
    case Column::AgeInStage:
        return ageOf(row);
    case Column::LastActivity:
        return summary.lastActivity;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return headerToolTip(Column(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Release");
    case Column::Services:
        return tr("Services");
    case Column::Stage:
        return tr("Stage");
    case Column::BlockingGate:
        return tr("Blocked by");
    case Column::TasksPassed:
        return tr("Tasks passed");
    case Column::CiDevTasks:
        return tr("CI-Dev");
    case Column::StagingTasks:
        return tr("Staging");
    case Column::Pipelines:
        return tr("Pipelines");
    case Column::AgeInStage:
        return tr("In stage");
    case Column::LastActivity:
        return tr("Last activity");
    }
    return {};
}

QVariant DashboardModel::headerToolTip(Column column)
{
    switch (column) {
    case Column::TasksPassed:
        return tr(
            "Tasks passed in CI-Dev until the release is in staging, in Staging from then on");
    case Column::CiDevTasks:
        return tr("Tasks passed ✓, failed ✗ and not yet tested · in CI-Dev");
    case Column::StagingTasks:
        return tr("Tasks passed ✓, failed ✗ and not yet tested · in Staging");
    case Column::Pipelines:
        return tr("docker-build-ecr, cidev-plan and cidev-apply of each service shipped");
    case Column::AgeInStage:
        return tr("How long the release has been at its stage");
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReleaseIdRole, "releaseId");
    names.insert(StageRole, "stage");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(TasksPassedRatioRole, "tasksPassedRatio");
    names.insert(SearchTextRole, "searchText");
    names.insert(IsActiveRole, "isActive");
    names.insert(BlockedRole, "blocked");
    names.insert(SortRole, "sortValue");
    names.insert(ServiceNamesRole, "serviceNames");
    names.insert(PipelineStatusesRole, "pipelineStatuses");
    names.insert(AgeInStageRole, "ageInStage");
    return names;
}

} // namespace ReleaseDesk
