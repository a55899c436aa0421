#include "clicommands.h"

#include "clicontext.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ReleaseDesk::Cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(CliContext &context, const QStringList &arguments);
};

const Command commands[] = {
    {"connect",
     QT_TRANSLATE_NOOP("Cli", "Store connections from a JSON document (the shape the "
                              "sandbox prints); secrets go to the keychain."),
     &connectCommand},
    {"status", QT_TRANSLATE_NOOP("Cli", "List releases, their stage and what blocks them."),
     &statusCommand},
    {"sync",
     QT_TRANSLATE_NOOP("Cli", "Read the connected systems into the store (only what "
                              "changed since the last sync)."),
     &syncCommand},
    {"outbox",
     QT_TRANSLATE_NOOP("Cli", "List, send, retry or discard the writes waiting for "
                              "the remote systems."),
     &outboxCommand},
    {"release",
     QT_TRANSLATE_NOOP("Cli", "Create a release, show it, and take it through its "
                              "stages as the window does."),
     &releaseCommand},
    {"verdict",
     QT_TRANSLATE_NOOP("Cli", "Pass or fail a task in CI-Dev or Staging, signed with "
                              "your Jira account."),
     &verdictCommand},
    {"settings",
     QT_TRANSLATE_NOOP("Cli", "Export the team's settings (no secrets, no accounts) or "
                              "import a colleague's."),
     &settingsCommand},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString commandList()
{
    QString list;
    for (const Command &command : commands)
        list += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(8),
                         translated(command.summary));
    return list;
}

} // namespace

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "ReleaseDesk's engine from the command line.\n\n"
                                           "Commands:\n%1\n"
                                           "Run 'releasedesk-cli <command> --help' for a "
                                           "command's options.")
            .arg(commandList()));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Cli", "Use the profile in <dir> (default: the desktop "
                                           "app's)."),
        QCoreApplication::translate("Cli", "dir"));
    parser.addOption(profileOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "The command to run."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(app.arguments())) {
        Terminal().error(parser.errorText());
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() && !parser.isSet(QStringLiteral("version")))
        parser.showHelp(parser.isSet(QStringLiteral("help")) ? 0 : Usage);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    const QString name = positional.constFirst();
    for (const Command &command : commands) {
        if (name != QLatin1String(command.name))
            continue;
        Terminal terminal;
        auto context = CliContext::open(parser.value(profileOption), terminal);
        if (!context)
            return Unavailable;
        // The command's own arguments, with the program name its parser expects first.
        QStringList arguments = positional;
        arguments[0] = app.arguments().constFirst() + u' ' + name;
        return command.run(*context, arguments);
    }
    Terminal().error(
        QCoreApplication::translate("Cli", "Unknown command '%1'. The commands are:\n%2")
            .arg(name, commandList()));
    return Usage;
}

} // namespace ReleaseDesk::Cli
