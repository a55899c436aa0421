#pragma once

#include <Qt>

namespace ReleaseDesk {

// The dashboard's custom item roles, in one place for the model, its proxy,
// the delegates and the tests. Every role is answered for every column.
enum DashboardRole {
    // qint64: the release's store id.
    ReleaseIdRole = Qt::UserRole + 1,
    // int of Stage; the enum's order is the lifecycle order, so it sorts as one.
    StageRole,
    // QDateTime: the latest of updated, stage change and the release's task verdicts.
    LastActivityRole,
    // double in [0, 1]: tasks passed / total, in the environment that matters at the stage.
    TasksPassedRatioRole,
    // QString: name, services@versions, task keys and stage title, lower-case.
    SearchTextRole,
    // bool: the release is not live, backed out or cancelled.
    IsActiveRole,
    // bool: the next stage's gate is not met.
    BlockedRole,
    // The column's raw value to sort by: text, int stage or gate order, ratio, date,
    // seconds in stage.
    SortRole,
    // QStringList: the names of the services the release ships.
    ServiceNamesRole,
    // QVariantList of int: the pipeline badges' dots, see DashboardCells::badgeStatuses.
    PipelineStatusesRole,
    // qint64: seconds since the release entered its stage, -1 when unknown.
    AgeInStageRole,
};

} // namespace ReleaseDesk
