#include "reachability.h"

#include <algorithm>

namespace ReleaseDesk {

void Reachability::heard(const QString &system, ErrorKind outcome)
{
    const bool noServer = reachedNoServer(outcome);
    const bool wasReachable = m_reachable.value(system, true);
    m_reachable.insert(system, !noServer);
    const bool offline = std::none_of(m_reachable.cbegin(), m_reachable.cend(),
                                      [](bool reachable) { return reachable; });
    // Offline, the list of systems out of reach is news too: the banner names them.
    if (offline == m_offline && !(offline && wasReachable != !noServer))
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}

QStringList Reachability::unreachable() const
{
    QStringList systems;
    for (auto it = m_reachable.cbegin(); it != m_reachable.cend(); ++it) {
        if (!it.value())
            systems << it.key();
    }
    systems.sort();
    return systems;
}

} // namespace ReleaseDesk
