#include "models/lifecycle/peerreviewfollow.h"

#include "models/domain/peerreview.h"
#include "models/ports/remotecache.h"

namespace ReleaseDesk {

Result<bool> followsPeerReview(const RemoteCache &cache)
{
    const auto cursor = cache.syncCursor(PeerReviews::cursorSource());
    if (!cursor)
        return cursor.failure();
    return cursor.value() && !cursor.value()->value.isEmpty();
}

} // namespace ReleaseDesk
