#include "dashboardmodel.h"

#include "tablevalues.h"

#include <QSet>

#include <algorithm>

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

DashboardModel::DashboardModel(QObject *parent) : QAbstractTableModel(parent) {}

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
    Row row{summary, servicesText(summary.release), {}};
    const Release &release = summary.release;
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
    QHash<qint64, qsizetype> incoming;
    incoming.reserve(summaries.size());
    for (qsizetype i = 0; i < summaries.size(); ++i)
        incoming.insert(summaries.at(i).release.id, i);
    const auto gone = [&](int row) {
        return !incoming.contains(m_rows.at(row).summary.release.id);
    };

    // Gone releases go first, bottom up, one signal per contiguous run of rows.
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (!gone(last))
            continue;
        int first = last;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    // Rows that stay are updated in place; contiguous changed rows share a signal.
    int changedFrom = -1;
    const auto flushChanged = [&](int end) {
        if (changedFrom >= 0)
            emit dataChanged(index(changedFrom, 0), index(end - 1, ColumnCount - 1));
        changedFrom = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const ReleaseSummary &next =
            summaries.at(incoming.value(m_rows.at(row).summary.release.id));
        if (m_rows.at(row).summary == next) {
            flushChanged(row);
            continue;
        }
        m_rows[row] = makeRow(next);
        if (changedFrom < 0)
            changedFrom = row;
    }
    flushChanged(int(m_rows.size()));
    reindex();

    QList<Row> added;
    QSet<qint64> addedIds;
    for (const ReleaseSummary &summary : summaries) {
        const qint64 id = summary.release.id;
        if (!m_rowById.contains(id) && !addedIds.contains(id)) {
            addedIds.insert(id);
            added << makeRow(summaries.at(incoming.value(id)));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        reindex();
        endInsertRows();
    }
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
        return toolTipData(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::TasksPassed)
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
        return QStringLiteral("%1/%2").arg(tally.passed.size()).arg(tally.total());
    }
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
    case Column::TasksPassed: {
        const TaskTally &tally = relevantTally(summary);
        // %n is the number of tasks, for the plural: "1 of 1 task", "3 of 4 tasks".
        QStringList lines{tr("%1 of %n tasks passed in %2", nullptr, tally.total())
                              .arg(tally.passed.size())
                              .arg(toTitle(tasksEnvironment(summary)))};
        if (!tally.failed.isEmpty())
            lines << tr("Failed: %1").arg(tally.failed.join(QLatin1String(", ")));
        if (!tally.untested.isEmpty())
            lines << tr("Not tested yet: %1").arg(tally.untested.join(QLatin1String(", ")));
        return lines.join(u'\n');
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
    case Column::LastActivity:
        return summary.lastActivity;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && Column(section) == Column::TasksPassed)
        return tr(
            "Tasks passed in CI-Dev until the release is in staging, in Staging from then on");
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
    case Column::LastActivity:
        return tr("Last activity");
    }
    return {};
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
    return names;
}

// --- DashboardFilterModel ---

DashboardFilterModel::DashboardFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void DashboardFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    // simplified() first, so tabs and runs of spaces separate words too.
    m_words = text.toLower().simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void DashboardFilterModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateFilter();
}

bool DashboardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activeOnly && !index.data(IsActiveRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return text.contains(word); });
}

bool DashboardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const int order = TableValues::compare(left.data(sortRole()), right.data(sortRole())))
        return order < 0;
    // Ties go by release name, then id, so equal keys keep a stable, readable order.
    const QModelIndex leftName = left.siblingAtColumn(0);
    const QModelIndex rightName = right.siblingAtColumn(0);
    if (const int order = naturalCompare(leftName.data().toString(), rightName.data().toString()))
        return order < 0;
    return leftName.data(ReleaseIdRole).toLongLong() < rightName.data(ReleaseIdRole).toLongLong();
}

} // namespace ReleaseDesk
