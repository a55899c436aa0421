#include "models/itemmodels/candidatetaskmodel.h"

#include "models/formats/displaytext.h"
#include "models/itemmodels/tablevalues.h"

namespace ReleaseDesk {
namespace {

std::optional<PipelineJob> jobOf(CandidateTaskModel::Column column)
{
    using Column = CandidateTaskModel::Column;
    switch (column) {
    case Column::DockerBuildEcr:
        return PipelineJob::DockerBuildEcr;
    case Column::CidevPlan:
        return PipelineJob::CidevPlan;
    case Column::CidevApply:
        return PipelineJob::CidevApply;
    default:
        return std::nullopt;
    }
}

QStringList keysOf(const ReleaseCandidates &candidates)
{
    QStringList keys;
    for (const CandidateTask &task : candidates.tasks())
        keys << task.change.key;
    return keys;
}

} // namespace

CandidateTaskModel::CandidateTaskModel(QObject *parent) : QAbstractTableModel(parent) {}

void CandidateTaskModel::setCandidates(ReleaseCandidates candidates)
{
    // The same tasks in the same order (a reload after a sync that only moved
    // builds or statuses) are updated in place, so the view keeps its current
    // row and scroll position; anything else is a new list.
    const bool sameRows = keysOf(candidates) == keysOf(m_candidates);
    if (!sameRows)
        beginResetModel();
    m_candidates = std::move(candidates);
    QSet<QString> kept;
    for (const QString &key : std::as_const(m_checked)) {
        const CandidateTask *task = m_candidates.task(key);
        if (task && task->selectable())
            kept.insert(key);
    }
    const bool choiceChanged = kept != m_checked;
    m_checked = kept;
    if (!sameRows)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (choiceChanged)
        emit checkedKeysChanged();
}

QStringList CandidateTaskModel::checkedKeys() const
{
    QStringList keys;
    for (const CandidateTask &task : m_candidates.tasks()) {
        if (m_checked.contains(task.change.key))
            keys << task.change.key;
    }
    return keys;
}

bool CandidateTaskModel::setChecked(const QString &key, bool checked)
{
    const CandidateTask *task = m_candidates.task(key);
    if (!task || !task->selectable())
        return false;
    if (m_checked.contains(key) == checked)
        return true;
    if (checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    const QModelIndex keyIndex = index(rowOf(key), int(Column::Key));
    emit dataChanged(keyIndex, keyIndex, {Qt::CheckStateRole});
    emit checkedKeysChanged();
    return true;
}

int CandidateTaskModel::rowOf(const QString &key) const
{
    const CandidateTask *task = m_candidates.task(key);
    return task ? int(task - m_candidates.tasks().constData()) : -1;
}

int CandidateTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.tasks().size());
}

int CandidateTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CandidateTask &task = m_candidates.tasks().at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, column);
    case Qt::ToolTipRole:
        return plainForDisplay(toolTipData(task, column));
    case Qt::CheckStateRole:
        if (column != Column::Key || !task.selectable())
            return {};
        return m_checked.contains(task.change.key) ? Qt::Checked : Qt::Unchecked;
    case CandidateKeyRole:
        return task.change.key;
    case CandidateSelectableRole:
        return task.selectable();
    case CandidateReachedCiDevRole:
        return task.reachedCiDev;
    case CandidateFixVersionRole:
        return task.change.fixVersion;
    case CandidateSearchTextRole:
        return QStringList{task.change.key, task.change.summary, task.change.assignee,
                           task.change.service}
            .join(u'\n');
    case CandidateSortRole:
        return sortData(task, column);
    case CandidatePullRequestUrlsRole:
        return PeerReviews::urls(task.peerReviews);
    default:
        return {};
    }
}

bool CandidateTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != int(Column::Key) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto state = Qt::CheckState(value.toInt());
    return setChecked(m_candidates.tasks().at(index.row()).change.key, state == Qt::Checked);
}

Qt::ItemFlags CandidateTaskModel::flags(const QModelIndex &index) const
{
    // Views ask for the root's flags; only a bad cell is worth checkIndex's warning.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A task another release holds cannot be chosen; disabled, the view greys
    // it out and the keyboard passes over it.
    if (!m_candidates.tasks().at(index.row()).selectable())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == int(Column::Key))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CandidateTaskModel::displayData(const CandidateTask &task, Column column) const
{
    const Change &change = task.change;
    if (const auto job = jobOf(column)) {
        const auto &build = task.build(*job);
        return build ? toTitle(build->status) : tr("—");
    }
    switch (column) {
    case Column::Key:
        return change.key;
    case Column::Summary:
        return change.summary;
    case Column::Assignee:
        return change.assignee;
    case Column::Service:
        return change.service;
    case Column::Status:
        return change.status;
    case Column::Review:
        // GitHub's pull requests where it is connected; else what Jira says.
        return task.peerReviews.isEmpty() ? toTitle(change.review)
                                          : PeerReviews::summary(task.peerReviews);
    case Column::FixVersion:
        return change.fixVersion;
    case Column::Version:
        return task.version.isEmpty() ? tr("—") : task.version;
    case Column::ReachedCiDev:
        return task.reachedCiDev ? tr("Yes") : tr("No");
    case Column::Release:
        return task.activeRelease;
    default:
        return {};
    }
}

QVariant CandidateTaskModel::toolTipData(const CandidateTask &task, Column column) const
{
    if (!task.selectable()) {
        return tr("%1 is already in release %2, which is not finished.")
            .arg(task.change.key, task.activeRelease);
    }
    if (const auto job = jobOf(column))
        return buildToolTip(task, *job);
    switch (column) {
    case Column::Summary:
        return task.change.summary;
    case Column::Review:
        return PeerReviews::details(task.peerReviews);
    case Column::Version:
        return task.version.isEmpty()
                   ? tr("%1 has no successful build: its version cannot be told.")
                         .arg(task.change.service)
                   : tr("What cidev-apply deployed to CI-Dev, else what docker-build-ecr built.");
    default:
        return {};
    }
}

QString CandidateTaskModel::buildToolTip(const CandidateTask &task, PipelineJob job) const
{
    const auto &build = task.build(job);
    if (!build)
        return tr("%1 has never run %2.").arg(task.change.service, toKey(job));
    QString text = tr("%1 #%2: %3").arg(toKey(job), build->name, toTitle(build->status));
    if (!build->version.isEmpty())
        text += u'\n' + tr("Version %1").arg(build->version);
    if (build->finished.isValid())
        text += u'\n' + tr("Finished %1").arg(TableValues::longTime(build->finished));
    return text;
}

QVariant CandidateTaskModel::sortData(const CandidateTask &task, Column column) const
{
    if (const auto job = jobOf(column)) {
        const auto &build = task.build(job.value());
        return build ? int(build->status) : -1;
    }
    switch (column) {
    case Column::Review:
        return task.peerReviews.isEmpty() ? int(task.change.review)
                                          : PeerReviews::progress(task.peerReviews);
    case Column::ReachedCiDev:
        return task.reachedCiDev;
    case Column::Version:
        return task.version;
    default:
        return displayData(task, column);
    }
}

QVariant CandidateTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
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
        return tr("Jira status");
    case Column::Review:
        return tr("Review");
    case Column::FixVersion:
        return tr("Fix version");
    case Column::DockerBuildEcr:
        return toKey(PipelineJob::DockerBuildEcr);
    case Column::CidevPlan:
        return toKey(PipelineJob::CidevPlan);
    case Column::CidevApply:
        return toKey(PipelineJob::CidevApply);
    case Column::Version:
        return tr("Version");
    case Column::ReachedCiDev:
        return tr("In CI-Dev");
    case Column::Release:
        return tr("In release");
    }
    return {};
}

} // namespace ReleaseDesk
