#pragma once

class QCoreApplication;

namespace ReleaseDesk {

// Makes SIGINT and SIGTERM end the event loop normally, so that what the app
// does on the way out still happens: the sandbox saves its state, the demo's
// temporary profile folder is removed.
void quitOnSignal(QCoreApplication &app);

// Whether SIGINT or SIGTERM came. QCoreApplication::quit() only ends the
// application's own exec(), so work that runs a nested event loop (the
// command line's commands) looks here to stop in good order.
bool stopRequested();

} // namespace ReleaseDesk
