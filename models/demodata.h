#pragma once

#include "clock.h"
#include "releasestore.h"

namespace ReleaseDesk {

// A realistic team to show and try the app with: five services, forty Jira
// tasks, their pipeline builds, and releases at every stage of the lifecycle.
// The releases are built by driving ReleaseWorkflow, as a team would, so their
// audit trails, verdicts and gates agree with each other.
class DemoData
{
public:
    // Fills an empty store. Everything happens in the weeks before
    // clock.now(), and the same time gives the same data.
    static Status seed(ReleaseStore &store, const Clock &clock);
};

} // namespace ReleaseDesk
