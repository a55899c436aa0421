// The desktop app: parses the command line, opens the profile's store and
// shows the main window. Wiring only; the behaviour lives in the libraries.

#include "desktopsession.h"
#include "options.h"
#include "quitonsignal.h"
#include "translations.h"

#include "models/ports/clock.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/demoprofile.h"
#include "services/credentials/keychaincredentialstore.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/sandbox/sandbox.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QJsonArray>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace ReleaseDesk;

namespace {

int fail(const QString &message)
{
    // Also on the terminal, for whoever started it there (and for scripts).
    std::fprintf(stderr, "%s\n", qPrintable(message));
    QMessageBox box(QMessageBox::Critical,
                    QApplication::translate("main", "ReleaseDesk cannot start"), message);
    // quit() only ends app.exec(), which has not started: a stop signal
    // closes the message instead.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &box, [&box] {
        if (stopRequested())
            box.reject();
    });
    stopWatch.start(100);
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReleaseDesk"));
    QApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/releasedesk.png")));
    QApplication::setDesktopFileName(QStringLiteral(RELEASEDESK_APP_ID));
    // An unknown --language speaks the system's language until the options
    // are parsed, which refuses it.
    const Status translated =
        installTranslations(app, chosenLanguage(languageArgument(QApplication::arguments())));
    // Before the slow parts (starting the demo's sandbox), so that a stop during them still
    // cleans up.
    quitOnSignal(app);

    const auto options = parseAppOptions(app);
    if (!options)
        return 2;
    if (!translated)
        return fail(translated.error());

    const auto profile = Profile::open(options->profileDir, options->demo);
    if (!profile)
        return fail(profile.error());
    auto store = SqliteStore::open(profile->databasePath());
    if (!store)
        return fail(store.error());
    // The demo rewrites the profile's connections and sends its outbox to the
    // sandbox: a real profile named with --profile must be left alone.
    if (options->demo && !profile->isTemporary()) {
        if (const Status fits = DemoProfile::check(profile->directory(), *store.value()); !fits)
            return fail(fits.error());
    }

    SystemClock clock;
    std::unique_ptr<CredentialStore> credentials;
    // The demo's sandbox accounts are public fixtures: they live in memory for
    // the run, so the demo needs no keychain. Real connections use the keychain.
    if (options->demo)
        credentials = std::make_unique<SessionCredentialStore>();
    else
        credentials = std::make_unique<KeychainCredentialStore>();
    DesktopSession session(profile.value(), std::move(store).value(), std::move(credentials),
                           clock);

    // The demo runs against the sandbox embedded in the app, on a free local
    // port, with its default seeded history and simulated people, peer
    // review in GitHub included.
    std::unique_ptr<Sandbox::Sandbox> sandbox;
    if (options->demo) {
        Sandbox::SandboxOptions demoOptions;
        demoOptions.peerReview = true;
        sandbox = std::make_unique<Sandbox::Sandbox>(demoOptions);
        if (const auto listening = sandbox->listen(); !listening)
            return fail(listening.error());
        // Signed in as the release manager, who may do every role's part: the
        // demo is one person walking the whole process.
        QString releaseManager;
        for (const QJsonValue &person :
             sandbox->connectionInfo().value(QLatin1String("people")).toArray()) {
            if (person[QLatin1String("role")] == QLatin1String("release-team"))
                releaseManager = person[QLatin1String("name")].toString();
        }
        const auto document = ConnectionDocument::parse(
            releaseManager.isEmpty() ? sandbox->connectionInfo()
                                     : sandbox->connectionsFor(releaseManager),
            {});
        if (!document)
            return fail(document.error());
        if (const Status adopted = session.adoptConnections(document->settings, document->secrets);
            !adopted)
            return fail(adopted.error());
        session.window().setWindowTitle(session.window().windowTitle() +
                                        QApplication::translate("main", " — demo"));
    }
    session.start();
    session.window().show();
    return app.exec();
}
