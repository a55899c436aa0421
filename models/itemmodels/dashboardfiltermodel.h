#pragma once

#include "models/domain/enums.h"

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// Sorts the dashboard on raw values (stage in lifecycle order, dates as dates,
// ratios as numbers, names in numeric order so 2026.11.10 follows 2026.11.9) and
// filters it by search words, stage, service and, optionally, to releases
// still in progress. The filters combine: a row shows when it passes all.
class DashboardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DashboardFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    bool activeOnly() const { return m_activeOnly; }
    std::optional<Stage> stage() const { return m_stage; }
    bool blockedOnly() const { return m_blockedOnly; }
    QString service() const { return m_service; }

public slots:
    // Every whitespace-separated word must occur, case-insensitively, in a row's
    // SearchTextRole; an empty search accepts every row.
    void setSearchText(const QString &text);
    void setActiveOnly(bool activeOnly);
    // Only releases at this stage; nullopt accepts every stage.
    void setStage(std::optional<ReleaseDesk::Stage> stage);
    // Only releases whose next gate is not met.
    void setBlockedOnly(bool blockedOnly);
    // Only releases that ship this service; empty accepts every release.
    void setService(const QString &service);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    bool m_activeOnly = false;
    std::optional<Stage> m_stage;
    bool m_blockedOnly = false;
    QString m_service;
};

} // namespace ReleaseDesk
