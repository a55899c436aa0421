#pragma once

#include "models/itemmodels/signoffroles.h"
#include "models/lifecycle/lifecycle.h"
#include "models/ports/releasestore.h"

#include "models/itemmodels/keyedtablemodel.h"
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// The tester's sign-off table: one row per task of one release, with the
// task's Jira fields from the store and its latest verdict in one environment.
// Every change of release, environment or store is applied in place (insert,
// remove, dataChanged), so the view keeps its selection while verdicts land.
class SignOffModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Key,
        Summary,
        Assignee,
        Service,
        Status, // Jira's own status name
        Result, // "Passed", "Failed", "Not tested"
        Tester,
        Note,
        Time,       // when the verdict was given
        PeerReview, // the pull requests that name the task, where GitHub is connected
    };
    static constexpr int ColumnCount = int(Column::PeerReview) + 1;

    explicit SignOffModel(const ReleaseStore &store, QObject *parent = nullptr);

    // Each reads the store. On failure the rows shown, the release and the
    // environment stay as they were, and the error says why.
    // Release 0 shows no tasks.
    Status setRelease(qint64 releaseId);
    // CI-Dev or Staging: tasks are not tested in Live.
    Status setEnvironment(Environment environment);
    // Both at once, in one read.
    Status show(qint64 releaseId, Environment environment);
    // After a verdict, a request or a sync.
    Status refresh();

    qint64 releaseId() const { return m_releaseId; }
    Environment environment() const { return m_environment; }
    // The release and every verdict on its tasks as last read; no builds, so
    // only the gates that look at tasks and references can be asked of them.
    const ReleaseFacts &facts() const { return m_facts; }
    // The release's tasks by their verdict in the environment shown.
    TaskTally tally() const { return Lifecycle::tally(m_facts, m_environment); }

    QString taskKeyAt(int row) const { return m_rows.at(row).key; }
    // -1 when no row shows that task.
    int rowOf(const QString &taskKey) const { return m_rowByKey.value(taskKey, -1); }

    // Why live cannot be requested for the release now, in sentences a person
    // can act on; empty when it can. Live is requested from staging once every
    // task has passed there (the release moves to Staging passed on the way).
    static QStringList liveRequestBlockers(const ReleaseFacts &facts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString key;
        std::optional<Change> change; // nullopt until sync has read the task
        std::optional<TestResult> verdict;
        QList<ReleaseDesk::PeerReview> peerReviews = {};
        friend bool operator==(const Row &, const Row &) = default;
    };
    struct Snapshot
    {
        ReleaseFacts facts;
        QList<Row> rows;
    };
    Result<Snapshot> read(qint64 releaseId, Environment environment) const;
    Status load(qint64 releaseId, Environment environment);
    void apply(const QList<Row> &rows);
    void reindex();
    static TaskVerdict verdictOf(const Row &row);
    QVariant displayData(const Row &row, Column column) const;
    QVariant toolTipData(const Row &row, Column column) const;
    QVariant sortData(const Row &row, Column column) const;

    const ReleaseStore &m_store;
    qint64 m_releaseId = 0;
    Environment m_environment = Environment::CiDev;
    ReleaseFacts m_facts;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByKey;
};

// Sorts the sign-off table on raw values (keys in numeric order, so CHS-9
// comes before CHS-10; failures before untested before passed; times as
// times) and can show only the tasks not yet tested in the environment.
class SignOffFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SignOffFilterModel(QObject *parent = nullptr);

    bool untestedOnly() const { return m_untestedOnly; }

public slots:
    // Failed tasks are not shown then: they wait for a fix before a retest.
    void setUntestedOnly(bool untestedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_untestedOnly = false;
};

} // namespace ReleaseDesk
