#pragma once

#include <Qt>

namespace ReleaseDesk {

// A task's standing in one environment, by its latest verdict there. A failed
// task stays Failed until a tester passes it again.
enum class TaskVerdict { NotTested, Passed, Failed };

// The sign-off table's custom item roles, in one place for the model, its
// proxy, the view and the tests. Every role is answered for every column.
// The names differ from the dashboard's so both headers can be included.
enum SignOffRole {
    // QString: the Jira task key, "CHS-1234".
    TaskKeyRole = Qt::UserRole + 1,
    // int of TaskVerdict in the environment shown.
    TaskVerdictRole,
    // QDateTime: when the latest verdict was given; invalid when not tested.
    VerdictTimeRole,
    // bool: the task is in the local copy of Jira (false until sync reads it).
    TaskKnownRole,
    // The column's raw value to sort by: text, int verdict order (failed first), date.
    SignOffSortRole,
    // QStringList: the addresses of the pull requests that name the task.
    PullRequestUrlsRole,
};

} // namespace ReleaseDesk
