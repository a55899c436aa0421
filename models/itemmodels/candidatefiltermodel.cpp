#include "models/itemmodels/candidatefiltermodel.h"

#include "models/itemmodels/candidateroles.h"
#include "models/itemmodels/tablevalues.h"

namespace ReleaseDesk {

CandidateFilterModel::CandidateFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CandidateSortRole);
}

void CandidateFilterModel::setFixVersion(const QString &fixVersion)
{
    if (fixVersion == m_fixVersion)
        return;
    m_fixVersion = fixVersion;
    invalidateRowsFilter();
}

void CandidateFilterModel::setReachedCiDevOnly(bool only)
{
    if (only == m_reachedCiDevOnly)
        return;
    m_reachedCiDevOnly = only;
    invalidateRowsFilter();
}

void CandidateFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void CandidateFilterModel::setJqlKeys(const QStringList &keys)
{
    m_jqlKeys = QSet<QString>(keys.cbegin(), keys.cend());
    invalidateRowsFilter();
}

void CandidateFilterModel::clearJqlKeys()
{
    if (!m_jqlKeys)
        return;
    m_jqlKeys.reset();
    invalidateRowsFilter();
}

bool CandidateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_fixVersion.isEmpty() && index.data(CandidateFixVersionRole).toString() != m_fixVersion)
        return false;
    if (m_reachedCiDevOnly && !index.data(CandidateReachedCiDevRole).toBool())
        return false;
    if (m_jqlKeys && !m_jqlKeys->contains(index.data(CandidateKeyRole).toString()))
        return false;
    return m_text.isEmpty() ||
           index.data(CandidateSearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool CandidateFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return TableValues::compare(left.data(sortRole()), right.data(sortRole())) < 0;
}

} // namespace ReleaseDesk
