#pragma once

#include "models/itemmodels/candidateroles.h"
#include "models/usecases/releasecandidates.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ReleaseDesk {

// The "New release" task table: one row per candidate task, a check box on
// the key to choose it, and the pipeline of its service. A task an unfinished
// release already holds is shown but disabled, so it cannot be chosen. The
// choice is kept by key, so it survives a reload and any filter on top.
class CandidateTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Key,
        Summary,
        Assignee,
        Service,
        Status, // Jira's own status name
        Review,
        FixVersion,
        DockerBuildEcr,
        CidevPlan,
        CidevApply,
        Version, // what a release would ship for the service
        ReachedCiDev,
        Release, // the unfinished release that holds the task
    };
    static constexpr int ColumnCount = int(Column::Release) + 1;

    explicit CandidateTaskModel(QObject *parent = nullptr);

    // Shows `candidates`, keeping the chosen tasks that can still be chosen.
    void setCandidates(ReleaseCandidates candidates);
    const ReleaseCandidates &candidates() const { return m_candidates; }

    // The chosen tasks, in row order.
    QStringList checkedKeys() const;
    // False for a task that is unknown or cannot be chosen.
    bool setChecked(const QString &key, bool checked);
    bool isChecked(const QString &key) const { return m_checked.contains(key); }
    // What a release of the chosen tasks would ship.
    ReleasePlan plan() const { return m_candidates.plan(checkedKeys()); }
    // -1 when no row shows that task.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedKeysChanged();

private:
    QVariant displayData(const CandidateTask &task, Column column) const;
    QVariant toolTipData(const CandidateTask &task, Column column) const;
    QVariant sortData(const CandidateTask &task, Column column) const;
    QString buildToolTip(const CandidateTask &task, PipelineJob job) const;

    ReleaseCandidates m_candidates;
    QSet<QString> m_checked;
};

} // namespace ReleaseDesk
