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
};

// Parses the desktop app's command line. --help and --version print and exit
// inside, as QCommandLineParser does; a usage error prints and returns nullopt.
std::optional<AppOptions> parseAppOptions(const QCoreApplication &app);

} // namespace ReleaseDesk
