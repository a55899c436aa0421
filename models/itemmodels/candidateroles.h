#pragma once

#include <Qt>

namespace ReleaseDesk {

// The candidate task table's custom item roles, in one place for the model,
// its filter, the dialog and the tests. Every role is answered for every column.
enum CandidateRole {
    // QString: the Jira task key, "CHS-1234".
    CandidateKeyRole = Qt::UserRole + 1,
    // bool: the task may be chosen (no unfinished release holds it).
    CandidateSelectableRole,
    // bool: the service's latest cidev-apply succeeded.
    CandidateReachedCiDevRole,
    // QString: the task's Jira fix version; empty when it has none.
    CandidateFixVersionRole,
    // QString: key, summary, assignee and service, for the free-text filter.
    CandidateSearchTextRole,
    // The column's raw value to sort by: text, int build status order, bool.
    CandidateSortRole,
    // QStringList: the addresses of the pull requests that name the task.
    CandidatePullRequestUrlsRole,
};

} // namespace ReleaseDesk
