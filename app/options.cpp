#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace ReleaseDesk {

std::optional<AppOptions> parseAppOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "ReleaseDesk runs a team's release process from CI-Dev to Live in one window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main",
                                    "Keep the database and settings in <dir> instead of the "
                                    "standard data folder."),
        QCoreApplication::translate("main", "dir"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Start on the demo: against the sandbox embedded in the "
                                    "app, in a fresh temporary folder unless --profile is "
                                    "given. Needs no account."));
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    parser.process(app.arguments()); // exits on --help, --version and unknown options

    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                    .arg(parser.positionalArguments().constFirst())));
        return std::nullopt;
    }
    AppOptions options;
    options.profileDir = parser.value(profileOption);
    options.demo = parser.isSet(demoOption);
    if (parser.isSet(profileOption) && options.profileDir.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--profile needs a folder.")));
        return std::nullopt;
    }
    return options;
}

} // namespace ReleaseDesk
