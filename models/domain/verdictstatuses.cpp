#include "models/domain/verdictstatuses.h"

namespace ReleaseDesk {

QString VerdictStatuses::statusFor(Environment environment, TestOutcome outcome) const
{
    // Withdrawing a verdict leaves the task where the workflow has it.
    if (outcome == TestOutcome::Untested)
        return {};
    const bool passed = outcome == TestOutcome::Passed;
    switch (environment) {
    case Environment::CiDev:
        return passed ? ciDevPassed : ciDevFailed;
    case Environment::Staging:
        return passed ? stagingPassed : stagingFailed;
    case Environment::Live:
        break;
    }
    return {};
}

QString VerdictStatuses::transitionFor(TestOutcome outcome) const
{
    switch (outcome) {
    case TestOutcome::Passed:
        return passTransition.trimmed();
    case TestOutcome::Failed:
        return failTransition.trimmed();
    case TestOutcome::Untested:
        break;
    }
    return {};
}

} // namespace ReleaseDesk
