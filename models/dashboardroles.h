#pragma once

#include <Qt>

namespace ReleaseDesk {

// The dashboard's custom item roles, in one place for the model, its proxy,
// the delegates and the tests. Every role is answered for every column.
enum DashboardRole {
    ReleaseIdRole = Qt::UserRole + 1, // qint64: the release's store id
    StageRole,            // int of Stage; the enum's order is the lifecycle order
    LastActivityRole,     // QDateTime: latest of updated, stage change and task verdicts
    TasksPassedRatioRole, // double in [0, 1]: passed / total in the stage's environment
    SearchTextRole,       // QString: name, services@versions, task keys, stage title, lower-case
    IsActiveRole,         // bool: the release is not Live, backed out or cancelled
    BlockedRole,          // bool: the next stage's gate is not met
    SortRole,             // QVariant: the column's raw value to sort by (see DashboardModel::Column)
};

} // namespace ReleaseDesk
