#pragma once

#include "models/domain/result.h"

namespace ReleaseDesk {

class RemoteCache;

// Whether this desk reads peer review from GitHub, as its sync cursor says:
// only then does a release's gate ask for each task's merged change, on the
// dashboard as in the actions a person takes.
Result<bool> followsPeerReview(const RemoteCache &cache);

} // namespace ReleaseDesk
