#pragma once

#include <QStringList>

namespace ReleaseDesk::Bench {

// The child side of bench_dashboard: opens the store at --db, shows the main
// window until its first paint and an idle event loop, and with --keys types
// into the dashboard's search field, selects releases for the sign-off table
// and reads the peak memory. Prints "name value" lines; 0 on success.
int runWindowProbe(const QStringList &arguments);

} // namespace ReleaseDesk::Bench
