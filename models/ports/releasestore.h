#pragma once

#include "models/ports/outboxqueue.h"
#include "models/ports/releasebook.h"
#include "models/ports/remotecache.h"

namespace ReleaseDesk {

// The port through which the core keeps its state, whole: the cache of the
// remote systems, the releases and the outbox. services/ implements it over
// SQLite. Every write is one transaction: a change to a release, its audit
// events and the outbox entries it causes land together or not at all. A
// user that needs only one part takes that interface instead.
class ReleaseStore : public RemoteCache, public ReleaseBook, public OutboxQueue
{
public:
    ~ReleaseStore() override = default;
};

} // namespace ReleaseDesk
