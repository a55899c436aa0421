#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsecrets.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace ReleaseDesk::Cli {

namespace {

Result<QByteArray> readDocument(const QString &path)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Result<QByteArray>::failure(
            QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

int connectCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Stores connections from a JSON document in the shape the sandbox prints "
               "(an object per system with url, account, settings and secret). Systems in the "
               "document replace their stored connection; the others are kept."));
    parser.addHelpOption();
    const QCommandLineOption cloudOption(
        QStringLiteral("cloud"),
        QCoreApplication::translate("Cli", "Where Jira or Confluence offer both, use the Cloud "
                                           "account (email + API token) rather than a personal "
                                           "access token."));
    const QCommandLineOption oauthOption(
        QStringLiteral("oauth"),
        QCoreApplication::translate("Cli", "Where ServiceNow offers both, use the OAuth token "
                                           "rather than user and password."));
    const QCommandLineOption teamOption(
        QStringLiteral("team-settings"),
        QCoreApplication::translate("Cli", "Then take the team's settings from <file> (written "
                                           "by 'settings export') over the document's, keeping "
                                           "this desk's accounts; without a document, only them."),
        QStringLiteral("file"));
    parser.addOptions({cloudOption, oauthOption, teamOption});
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("Cli", "The document; '-' or nothing reads standard input."));
    parser.process(arguments);
    if (parser.positionalArguments().size() > 1) {
        context.terminal().error(QCoreApplication::translate("Cli", "connect takes one file."));
        return Usage;
    }
    if (parser.isSet(teamOption) && parser.positionalArguments().isEmpty())
        return importTeamSettings(context, parser.value(teamOption));
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));

    const auto json = readDocument(path);
    if (!json) {
        context.terminal().error(json.error());
        return Failed;
    }
    const auto document = ConnectionDocument::parse(
        json.value(), {parser.isSet(cloudOption), parser.isSet(oauthOption)});
    if (!document) {
        context.terminal().error(document.error());
        return Usage;
    }

    ConnectionSettings settings = context.settings();
    QStringList connected;
    for (RemoteSystem system : allRemoteSystems()) {
        if (!document->settings.isConfigured(system))
            continue;
        connected << toTitle(system);
        settings.adopt(system, document->settings);
    }
    // Secrets first: settings that point at a secret the keychain refused would
    // leave a connection that cannot work.
    const auto written = CliContext::wait<Status>([&](QObject *waiter, auto done) {
        ConnectionSecrets::write(context.credentials(), settings, document->secrets, waiter, done);
    });
    if (!written)
        return Interrupted;
    if (!written.value()) {
        context.terminal().error(written->error());
        return Unavailable;
    }
    if (const Status saved = ConnectionSettingsFile::save(settings, context.settingsPath());
        !saved) {
        context.terminal().error(saved.error());
        return Failed;
    }
    context.setSettings(settings);
    context.terminal().print(QCoreApplication::translate("Cli", "Connected: %1. Settings in %2; "
                                                                "secrets in the keychain.")
                                 .arg(connected.join(QLatin1String(", ")), context.settingsPath()));
    // The team's settings last, over the document's: a person's document
    // names their accounts, the team's file the conventions.
    if (parser.isSet(teamOption))
        return importTeamSettings(context, parser.value(teamOption));
    return Ok;
}

} // namespace ReleaseDesk::Cli
