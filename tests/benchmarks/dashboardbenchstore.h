#pragma once

#include "models/ports/releasestore.h"

#include <QDateTime>

namespace ReleaseDesk::Bench {

// What the dashboard benchmark's store holds.
struct StoreSize
{
    int tasks = 100000;
    int releases = 2000;
    int bigReleaseTasks = 5000; // one extra release of open tasks, for the sign-off table
    QDateTime now;
};

// Fills an empty store from the sandbox's seeded catalogue, as sync and the
// team's work would have: services, every Jira task, three CI-Dev builds per
// service version shipped, each release with its creation event, verdicts on
// its tasks, its Slack request and reply (some not understood) and an outbox
// entry or two. The release of the same seed and size is the same every time.
Status fillStore(ReleaseStore &store, const StoreSize &size);

} // namespace ReleaseDesk::Bench
