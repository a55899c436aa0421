#include "models/itemmodels/signoffmodel.h"

#include "models/formats/displaytext.h"
#include "models/itemmodels/tablevalues.h"

#include <QSet>

namespace ReleaseDesk {
namespace {

// Where each verdict sorts in the Result column: what needs attention first.
int verdictOrder(TaskVerdict verdict)
{
    switch (verdict) {
    case TaskVerdict::Failed:
        return 0;
    case TaskVerdict::NotTested:
        return 1;
    case TaskVerdict::Passed:
        return 2;
    }
    return 1;
}

} // namespace

SignOffModel::SignOffModel(const ReleaseStore &store, QObject *parent)
    : KeyedTableModel(parent), m_store(store)
{}

Status SignOffModel::setRelease(qint64 releaseId)
{
    return load(releaseId, m_environment);
}

Status SignOffModel::setEnvironment(Environment environment)
{
    return show(m_releaseId, environment);
}

Status SignOffModel::show(qint64 releaseId, Environment environment)
{
    if (environment == Environment::Live)
        return Status::failure(tr("Tasks are signed off in CI-Dev and Staging, not in Live."));
    return load(releaseId, environment);
}

Status SignOffModel::refresh()
{
    return load(m_releaseId, m_environment);
}

Status SignOffModel::load(qint64 releaseId, Environment environment)
{
    auto snapshot = read(releaseId, environment);
    if (!snapshot)
        return snapshot.failure();
    m_releaseId = releaseId;
    m_environment = environment;
    m_facts = snapshot->facts;
    apply(snapshot->rows);
    return success();
}

Result<SignOffModel::Snapshot> SignOffModel::read(qint64 releaseId, Environment environment) const
{
    if (releaseId == 0)
        return Snapshot{};
    auto release = m_store.release(releaseId);
    if (!release)
        return release.failure();
    // Only the release's own tasks and verdicts: the store holds every task of the project.
    const QStringList keys = release->taskKeys; // a copy: the release is moved below
    const auto changes = m_store.changesOf(keys);
    if (!changes)
        return changes.failure();
    const auto results = m_store.testResultsOf(keys);
    if (!results)
        return results.failure();
    const auto peerReviews = m_store.peerReviewsOf(keys);
    if (!peerReviews)
        return peerReviews.failure();
    QHash<QString, QList<PeerReview>> reviewsOf;
    for (const PeerReview &review : peerReviews.value())
        reviewsOf[review.taskKey] << review;

    Snapshot snapshot;
    snapshot.facts.release = std::move(release).value();
    const QSet<QString> wanted(keys.cbegin(), keys.cend());
    QHash<QString, Change> changeByKey;
    for (const Change &change : changes.value()) {
        if (wanted.contains(change.key))
            changeByKey.insert(change.key, change);
    }
    for (const TestResult &result : results.value()) {
        if (wanted.contains(result.taskKey))
            snapshot.facts.results << result;
    }
    const QHash<QString, TestResult> verdicts =
        Lifecycle::latestVerdicts(snapshot.facts, environment);
    snapshot.rows.reserve(keys.size());
    for (const QString &key : keys) {
        Row row{key, {}, {}};
        if (const auto change = changeByKey.constFind(key); change != changeByKey.cend())
            row.change = *change;
        if (const auto verdict = verdicts.constFind(key); verdict != verdicts.cend())
            row.verdict = *verdict;
        row.peerReviews = reviewsOf.value(key);
        snapshot.rows << row;
    }
    return snapshot;
}

void SignOffModel::reindex()
{
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByKey.insert(m_rows.at(row).key, row);
}

void SignOffModel::apply(const QList<Row> &rows)
{
    syncRows({int(rows.size()), [this](int row) { return m_rows.at(row).key; },
              [&](int incoming) { return rows.at(incoming).key; },
              [this](int first, int count) { m_rows.remove(first, count); },
              [&](int row, int incoming) {
                  if (m_rows.at(row) == rows.at(incoming))
                      return false;
                  m_rows[row] = rows.at(incoming);
                  return true;
              },
              [&](const QList<int> &added) {
                  for (int incoming : added)
                      m_rows << rows.at(incoming);
              },
              [this] { reindex(); }});
}

QStringList SignOffModel::liveRequestBlockers(const ReleaseFacts &facts)
{
    const Release &release = facts.release;
    if (isTerminal(release.stage)) {
        return {tr("Release %1 is %2; its record is closed.")
                    .arg(release.name, toTitle(release.stage).toLower())};
    }
    if (release.stage >= Stage::LiveRequested)
        return {tr("Live has already been requested for release %1.").arg(release.name)};
    if (release.stage < Stage::InStaging) {
        return {tr("Release %1 is in %2: live is requested once it is in staging and every task "
                   "has passed there.")
                    .arg(release.name, toTitle(release.stage))};
    }
    // In staging, what stands between it and Staging passed; past that, nothing.
    if (release.stage == Stage::InStaging)
        return Lifecycle::gate(Stage::StagingPassed, facts).blockers;
    return {};
}

int SignOffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignOffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

TaskVerdict SignOffModel::verdictOf(const Row &row)
{
    if (!row.verdict || row.verdict->outcome == TestOutcome::Untested)
        return TaskVerdict::NotTested;
    return row.verdict->outcome == TestOutcome::Passed ? TaskVerdict::Passed : TaskVerdict::Failed;
}

QVariant SignOffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return plainForDisplay(toolTipData(row, column));
    case TaskKeyRole:
        return row.key;
    case TaskVerdictRole:
        return int(verdictOf(row));
    case VerdictTimeRole:
        return row.verdict ? row.verdict->at : QDateTime();
    case TaskKnownRole:
        return row.change.has_value();
    case PullRequestUrlsRole:
        return PeerReviews::urls(row.peerReviews);
    case SignOffSortRole:
        return sortData(row, column);
    default:
        return {};
    }
}

QVariant SignOffModel::displayData(const Row &row, Column column) const
{
    switch (column) {
    case Column::Key:
        return row.key;
    case Column::Summary:
        return row.change ? row.change->summary : QString();
    case Column::Assignee:
        return row.change ? row.change->assignee : QString();
    case Column::Service:
        return row.change ? row.change->service : QString();
    case Column::Status:
        return row.change ? row.change->status : QString();
    case Column::Result:
        return row.verdict ? toTitle(row.verdict->outcome) : tr("Not tested");
    case Column::Tester:
        return row.verdict ? row.verdict->tester : QString();
    case Column::Note:
        // One line in the table; the tooltip has all of it.
        return row.verdict ? row.verdict->note.simplified() : QString();
    case Column::Time:
        return row.verdict ? TableValues::shortTime(row.verdict->at) : QString();
    case Column::PeerReview:
        return PeerReviews::summary(row.peerReviews);
    }
    return {};
}

QVariant SignOffModel::toolTipData(const Row &row, Column column) const
{
    switch (column) {
    case Column::Key:
    case Column::Summary:
        if (!row.change)
            return tr("%1 is not in the local copy of Jira yet; sync to read it.").arg(row.key);
        return column == Column::Summary ? row.change->summary : QVariant();
    case Column::Result:
        if (verdictOf(row) == TaskVerdict::Failed)
            return tr("Failed in %1: it blocks the release until it is tested again and passes.")
                .arg(toTitle(m_environment));
        return {};
    case Column::Note:
        return row.verdict && !row.verdict->note.isEmpty() ? row.verdict->note : QVariant();
    case Column::Time:
        return row.verdict ? TableValues::longTime(row.verdict->at) : QVariant();
    case Column::PeerReview:
        return row.peerReviews.isEmpty() ? QVariant() : PeerReviews::details(row.peerReviews);
    case Column::Assignee:
    case Column::Service:
    case Column::Status:
    case Column::Tester:
        return {};
    }
    return {};
}

QVariant SignOffModel::sortData(const Row &row, Column column) const
{
    switch (column) {
    case Column::Result:
        return verdictOrder(verdictOf(row));
    case Column::Time:
        return row.verdict ? row.verdict->at : QDateTime();
    case Column::PeerReview:
        return PeerReviews::progress(row.peerReviews);
    default:
        // The text columns sort as they read.
        return displayData(row, column);
    }
}

QVariant SignOffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Status:
            return tr("The task's status in Jira, as last synced");
        case Column::Result:
            return tr("The latest verdict in %1").arg(toTitle(m_environment));
        case Column::PeerReview:
            return tr("The task's pull requests in GitHub, as last synced; double-click to open");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Key:
        return tr("Task");
    case Column::Summary:
        return tr("Summary");
    case Column::Assignee:
        return tr("Assignee");
    case Column::Service:
        return tr("Service");
    case Column::Status:
        return tr("Status");
    case Column::Result:
        return tr("Result");
    case Column::Tester:
        return tr("Tester");
    case Column::Note:
        return tr("Note");
    case Column::Time:
        return tr("Time");
    case Column::PeerReview:
        return tr("Peer review");
    }
    return {};
}

QHash<int, QByteArray> SignOffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TaskKeyRole, "taskKey");
    names.insert(TaskVerdictRole, "verdict");
    names.insert(VerdictTimeRole, "verdictTime");
    names.insert(TaskKnownRole, "taskKnown");
    names.insert(SignOffSortRole, "sortValue");
    names.insert(PullRequestUrlsRole, "pullRequestUrls");
    return names;
}

// --- SignOffFilterModel ---

SignOffFilterModel::SignOffFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SignOffSortRole);
}

void SignOffFilterModel::setUntestedOnly(bool untestedOnly)
{
    if (untestedOnly == m_untestedOnly)
        return;
    m_untestedOnly = untestedOnly;
    invalidateFilter();
}

bool SignOffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_untestedOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return TaskVerdict(index.data(TaskVerdictRole).toInt()) == TaskVerdict::NotTested;
}

bool SignOffFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const int order = TableValues::compare(left.data(sortRole()), right.data(sortRole())))
        return order < 0;
    // Ties go by task key, so equal values keep a stable, readable order.
    return TableValues::naturalCompare(left.data(TaskKeyRole).toString(),
                                       right.data(TaskKeyRole).toString()) < 0;
}

} // namespace ReleaseDesk
