#pragma once

class QCoreApplication;

namespace ReleaseDesk {

// Makes SIGINT and SIGTERM end the event loop normally, so that what the app
// does on the way out still happens: the sandbox saves its state, the demo's
// temporary profile folder is removed.
void quitOnSignal(QCoreApplication &app);

} // namespace ReleaseDesk
