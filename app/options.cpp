#include "options.h"

#include "models/domain/uilanguage.h"

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
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Speak <language> for this run: en (English) or cy "
                                            "(Welsh), instead of the language chosen in the app or "
                                            "the system's."),
        QCoreApplication::translate("main", "language"));
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    parser.addOption(languageOption);
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
    options.language = parser.value(languageOption);
    if (parser.isSet(languageOption) &&
        (options.language.isEmpty() || !UiLanguage::isSettingValue(options.language))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--language is en or cy.")));
        return std::nullopt;
    }
    if (parser.isSet(profileOption) && options.profileDir.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--profile needs a folder.")));
        return std::nullopt;
    }
    return options;
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

} // namespace ReleaseDesk
