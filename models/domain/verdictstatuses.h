#pragma once

#include "models/domain/enums.h"

#include <QString>

namespace ReleaseDesk {

// Where a verdict moves its Jira task, per environment and result: the
// status a transition must lead to, as the team's workflow names it. Empty:
// the verdict moves nothing. The defaults fit a workflow of To Do, In
// Progress, In Review, Ready for Test, Testing and Done: a pass in CI-Dev
// starts testing, a pass in Staging finishes it, a failure sends the task
// back to the developers.
struct VerdictStatuses
{
    QString ciDevPassed = QStringLiteral("Testing");
    QString ciDevFailed = QStringLiteral("In Progress");
    QString stagingPassed = QStringLiteral("Done");
    QString stagingFailed = QStringLiteral("In Progress");
    // The names of the transitions a pass and a failure take, for a workflow
    // whose transitions the team chose by name; empty: whichever transition
    // leads to the status.
    QString passTransition = {};
    QString failTransition = {};

    QString statusFor(Environment environment, TestOutcome outcome) const;
    // The transition a verdict takes by name; empty: the one to its status.
    QString transitionFor(TestOutcome outcome) const;
    friend bool operator==(const VerdictStatuses &, const VerdictStatuses &) = default;
};

} // namespace ReleaseDesk
