#pragma once

#include "services/sandbox/core/exchange.h"
#include "services/sandbox/core/faults.h"

#include <optional>

class QTcpSocket;

namespace ReleaseDesk::Sandbox {

// Writes an answer to the client's connection, as a healthy server would or,
// under a fault, late, broken, or not at all.
void deliver(QTcpSocket *socket, const Response &response,
             const std::optional<FaultRule> &fault = std::nullopt);

} // namespace ReleaseDesk::Sandbox
