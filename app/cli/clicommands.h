#pragma once

#include <QStringList>

class QCoreApplication;

namespace ReleaseDesk::Cli {

// What releasedesk-cli tells a script.
enum ExitCode {
    Ok = 0,
    Failed = 1,        // the command ran and failed: a system answered with an error, a write
                       // failed, or the release's rules refused the step (the reason is printed)
    Usage = 2,         // the command line was wrong
    Unavailable = 3,   // the profile, the store or the keychain could not be used, or nobody
                       // is signed in yet to act as
    Interrupted = 130, // stopped by SIGINT/SIGTERM; whatever finished is kept
};

// Parses the command line and runs the command it names.
int run(QCoreApplication &app);

} // namespace ReleaseDesk::Cli
