#pragma once

#include "models/domain/result.h"
#include "models/ports/outboxqueue.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// Whether a profile folder may run the demo. The demo stores the sandbox's
// connections in connections.ini and its outbox worker sends whatever waits
// in the outbox to the sandbox, so on a real profile it would overwrite the
// real connections and "send" the person's unsent changes where nobody sees
// them.
class DemoProfile
{
    Q_DECLARE_TR_FUNCTIONS(DemoProfile)

public:
    // Succeeds for a profile whose connections, if any, all point at this
    // computer (an earlier demo's sandbox) and whose outbox has nothing
    // waiting, being sent or failed. Otherwise the error says which
    // connections or how many changes, and to choose another folder.
    static Status check(const QString &profileDir, const OutboxQueue &store);
};

} // namespace ReleaseDesk
