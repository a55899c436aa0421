// releasedesk-cli: the engine of the desktop app from the command line, on the
// same profile and keychain, for scripts, benchmarks and crash tests. Wiring
// only; each command lives in its own file.

#include "../quitonsignal.h"
#include "../translations.h"
#include "clicommands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    // Scripts and the test suite name the language in the environment
    // (RELEASEDESK_LANGUAGE=en|cy); a person gets the one they chose in the app.
    if (const auto translated = ReleaseDesk::installTranslations(
            app, ReleaseDesk::chosenLanguage(qEnvironmentVariable("RELEASEDESK_LANGUAGE")));
        !translated) {
        std::fprintf(stderr, "%s\n", qPrintable(translated.error()));
        return 1;
    }
    ReleaseDesk::quitOnSignal(app);
    return ReleaseDesk::Cli::run(app);
}
