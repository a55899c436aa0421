#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "services/connections/connectionsettings.h"

#include <QCommandLineParser>

namespace ReleaseDesk::Cli {

int importTeamSettings(CliContext &context, const QString &path)
{
    const auto imported = TeamSettingsFile::load(path, context.settings());
    if (!imported) {
        context.terminal().error(imported.error());
        return Failed;
    }
    if (const Status saved =
            ConnectionSettingsFile::save(imported->settings, context.settingsPath());
        !saved) {
        context.terminal().error(saved.error());
        return Failed;
    }
    context.setSettings(imported->settings);
    context.terminal().print(
        imported->changed.isEmpty()
            ? QCoreApplication::translate("Cli", "Team settings imported: nothing changed.")
            : QCoreApplication::translate("Cli", "Team settings imported; changed: %1.")
                  .arg(imported->changed.join(QLatin1String(", "))));
    return Ok;
}

int settingsCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Shares the team's connection settings: 'export FILE' writes them without "
               "secrets and without anyone's account; 'import FILE' takes them over, keeping "
               "this desk's accounts and secrets."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("Cli", "export or import"));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "The team settings file."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != u"export" && action != u"import")) {
        context.terminal().error(
            QCoreApplication::translate("Cli", "Use: settings export FILE | settings import FILE"));
        return Usage;
    }
    const QString path = positional.at(1);
    if (action == u"import")
        return importTeamSettings(context, path);
    if (const Status saved = TeamSettingsFile::save(context.settings(), path); !saved) {
        context.terminal().error(saved.error());
        return Failed;
    }
    context.terminal().print(
        QCoreApplication::translate("Cli", "Team settings written to %1 (no secrets, no accounts).")
            .arg(path));
    return Ok;
}

} // namespace ReleaseDesk::Cli
