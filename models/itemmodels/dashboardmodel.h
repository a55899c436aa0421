#pragma once

#include "models/itemmodels/dashboardfiltermodel.h"
#include "models/itemmodels/dashboardroles.h"
#include "models/lifecycle/releaseboard.h"
#include "models/ports/clock.h"

#include "models/itemmodels/keyedtablemodel.h"
#include <QHash>
#include <QList>
#include <QStringList>

namespace ReleaseDesk {

// The dashboard table: one row per release summary. setSummaries() is called on
// every reload and sync, so it updates in place (insert, remove, dataChanged)
// rather than resetting, which keeps the views' selection and scroll position.
class DashboardModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Services, // "chs-orders-api@1.4.2, chs-payments-web@2.0.1"
        Stage,
        BlockingGate, // the blocking gate's first blocker, "—" when nothing blocks, "Done" when
                      // live
        TasksPassed,  // "5/7" in the environment that matters at the release's stage
        CiDevTasks,   // "5✓ 1✗ 1·": passed, failed, untested in CI-Dev
        StagingTasks, // the same in Staging
        Pipelines,    // per service shipped, its three CI-Dev jobs' latest builds
        AgeInStage,   // "3 d" since the release entered its stage; sorts by seconds
        LastActivity,
    };
    static constexpr int ColumnCount = int(Column::LastActivity) + 1;

    explicit DashboardModel(QObject *parent = nullptr);

    // What "now" is for the age in stage; the system clock until set. The
    // clock must outlive the model.
    void setClock(const Clock &clock) { m_clock = &clock; }

    // Rows are matched to summaries by release id; rows whose release is gone are
    // removed, new releases are appended, and only rows that differ report dataChanged.
    void setSummaries(const QList<ReleaseSummary> &summaries);
    const ReleaseSummary &summaryAt(int row) const { return m_rows.at(row).summary; }
    // -1 when no row shows that release.
    int rowOf(qint64 releaseId) const { return m_rowById.value(releaseId, -1); }

    // The environment whose tasks count at the release's stage: CI-Dev until the
    // release is in staging, Staging from then on.
    static Environment tasksEnvironment(const ReleaseSummary &summary);
    static const TaskTally &relevantTally(const ReleaseSummary &summary);
    static QString servicesText(const Release &release);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        ReleaseSummary summary;
        QString services;   // servicesText(), kept because every paint asks for it
        QString searchText; // built once per change of the row, not per filter pass
        QStringList serviceNames;
    };
    static Row makeRow(const ReleaseSummary &summary);
    void reindex();
    QVariant displayData(const Row &row, Column column) const;
    QVariant toolTipData(const Row &row, Column column) const;
    QVariant sortData(const Row &row, Column column) const;
    static QVariant headerToolTip(Column column);

    qint64 ageOf(const Row &row) const;

    static const SystemClock s_systemClock;
    const Clock *m_clock = &s_systemClock;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace ReleaseDesk
