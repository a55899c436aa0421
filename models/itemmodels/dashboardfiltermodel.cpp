#include "models/itemmodels/dashboardfiltermodel.h"

#include "models/itemmodels/dashboardroles.h"
#include "models/itemmodels/tablevalues.h"

#include <algorithm>

namespace ReleaseDesk {

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

void DashboardFilterModel::setStage(std::optional<Stage> stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    invalidateFilter();
}

void DashboardFilterModel::setBlockedOnly(bool blockedOnly)
{
    if (blockedOnly == m_blockedOnly)
        return;
    m_blockedOnly = blockedOnly;
    invalidateFilter();
}

void DashboardFilterModel::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateFilter();
}

bool DashboardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_activeOnly && !index.data(IsActiveRole).toBool())
        return false;
    if (m_stage && index.data(StageRole).toInt() != int(*m_stage))
        return false;
    if (m_blockedOnly && !index.data(BlockedRole).toBool())
        return false;
    if (!m_service.isEmpty() && !index.data(ServiceNamesRole).toStringList().contains(m_service))
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
    if (const int order =
            TableValues::naturalCompare(leftName.data().toString(), rightName.data().toString()))
        return order < 0;
    return leftName.data(ReleaseIdRole).toLongLong() < rightName.data(ReleaseIdRole).toLongLong();
}

} // namespace ReleaseDesk
