#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace ReleaseDesk {

// What the command line asked the desktop app for.
struct AppOptions
{
    QString profileDir; // empty: the standard data folder (or a temporary one with --demo)
    bool demo = false;
    QString language; // "en" or "cy" for this run; empty: the person's choice or the system's
};

// Parses the desktop app's command line. --help and --version print and exit
// inside, as QCommandLineParser does; a usage error prints and returns nullopt.
std::optional<AppOptions> parseAppOptions(const QCoreApplication &app);

// The value of --language among the arguments, read before the translations
// are installed so that --help already speaks the chosen language; its
// validity is parseAppOptions()'s to check.
QString languageArgument(const QStringList &arguments);

} // namespace ReleaseDesk
