// releasedesk-cli: the engine of the desktop app from the command line, on the
// same profile and keychain, for scripts, benchmarks and crash tests. Wiring
// only; each command lives in its own file.

#include "../quitonsignal.h"
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    ReleaseDesk::quitOnSignal(app);
    return ReleaseDesk::Cli::run(app);
}
