// The desktop app: parses the command line, opens the profile's store and
// shows the main window. Wiring only; the behaviour lives in the libraries.

#include "options.h"
#include "quitonsignal.h"

#include "models/clock.h"
#include "models/demodata.h"
#include "services/profile.h"
#include "services/sqlitestore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace ReleaseDesk;

namespace {

void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // Without a translation for the user's language the English one still
    // applies: it holds the singular forms of counted messages.
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("releasedesk"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/releasedesk_en.qm")))
        QApplication::installTranslator(appTranslator);
}

int fail(const QString &message)
{
    QMessageBox::critical(nullptr, QApplication::translate("main", "ReleaseDesk cannot start"),
                          message);
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
    QApplication::setDesktopFileName(QStringLiteral("releasedesk"));
    installTranslations(app);
    // Before the slow parts (seeding the demo), so that a stop during them still cleans up.
    quitOnSignal(app);

    const auto options = parseAppOptions(app);
    if (!options)
        return 2;

    const auto profile = Profile::open(options->profileDir, options->demo);
    if (!profile)
        return fail(profile.error());
    auto store = SqliteStore::open(profile->databasePath());
    if (!store)
        return fail(store.error());

    SystemClock clock;
    if (options->demo) {
        const auto releases = store.value()->releases();
        if (releases && releases->isEmpty()) {
            if (auto seeded = DemoData::seed(*store.value(), clock); !seeded)
                return fail(seeded.error());
        }
    }

    MainWindow window(*store.value());
    if (options->demo)
        window.setWindowTitle(window.windowTitle() + QApplication::translate("main", " — demo"));
    window.show();
    return app.exec();
}
