#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "../quitonsignal.h"

#include "services/connections/integrations.h"
#include "services/sync/syncengine.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QMap>
#include <QTimer>

namespace ReleaseDesk::Cli {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The systems named on the command line; an unknown name is a usage error.
Result<QList<RemoteSystem>> chosenSystems(const QStringList &names)
{
    const QList<RemoteSystem> all = allRemoteSystems();
    QList<RemoteSystem> systems;
    for (const QString &name : names) {
        const auto known = std::find_if(all.cbegin(), all.cend(), [&](RemoteSystem system) {
            return toKey(system) == name.trimmed().toLower();
        });
        if (known == all.cend()) {
            QStringList keys;
            for (RemoteSystem system : all)
                keys << toKey(system);
            return Result<QList<RemoteSystem>>::failure(
                translated("Unknown system '%1'; the systems are %2.")
                    .arg(name, keys.join(QLatin1String(", "))));
        }
        if (!systems.contains(*known))
            systems << *known;
    }
    return systems;
}

// What keeps the profile's connections from being used, in lines.
QStringList settingsProblems(const ConnectionSettings &settings)
{
    QStringList problems;
    bool any = false;
    for (RemoteSystem system : allRemoteSystems()) {
        if (!settings.isConfigured(system))
            continue;
        any = true;
        problems << settings.problems(system);
    }
    if (!any)
        problems << translated("No system is connected. Run 'releasedesk-cli connect' first.");
    return problems;
}

// The progress line: each running system's latest phase and count.
class ProgressLine
{
public:
    explicit ProgressLine(Terminal &terminal) : m_terminal(terminal) {}

    void update(RemoteSystem system, const QString &phase, int done, int total)
    {
        QString part = toTitle(system) + u' ' + phase;
        if (done > 0 || total > 0)
            part += u' ' + QString::number(done);
        if (total > 0)
            part += u'/' + QString::number(total);
        m_parts.insert(int(system), part);
        m_terminal.progress(QStringList(m_parts.values()).join(QLatin1String(" · ")));
    }

private:
    Terminal &m_terminal;
    QMap<int, QString> m_parts; // in the systems' order
};

} // namespace

int syncCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(
        "Reads the connected systems into the profile's store: Jira tasks and fix versions, "
        "Concourse builds, release-notes pages, ServiceNow changes and the release channel; "
        "then takes over the releases already under way in them. Only what changed since the "
        "last sync is read, unless --full is given. A summary per system goes to standard "
        "output; the exit code is 0 when every system synced, 1 when one failed, 130 when "
        "stopped (what was stored is kept)."));
    parser.addHelpOption();
    const QCommandLineOption systemOption(
        QStringLiteral("system"),
        translated("Sync only <name> (concourse, jira, confluence, servicenow, slack); may be "
                   "given more than once."),
        translated("name"));
    const QCommandLineOption fullOption(
        QStringLiteral("full"), translated("Read everything again, not only what changed."));
    parser.addOptions({systemOption, fullOption});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        context.terminal().error(translated("sync takes no arguments besides its options."));
        return Usage;
    }
    const auto systems = chosenSystems(parser.values(systemOption));
    if (!systems) {
        context.terminal().error(systems.error());
        return Usage;
    }
    const ConnectionSettings &settings = context.settings();
    if (const QStringList problems = settingsProblems(settings); !problems.isEmpty()) {
        for (const QString &problem : problems)
            context.terminal().error(problem);
        return Unavailable;
    }
    int failure = Ok;
    Integrations *integrations = context.connectIntegrations(&failure);
    if (!integrations)
        return failure;
    SyncEngine engine(*integrations, context.store());
    ProgressLine line(context.terminal());
    QObject::connect(&engine, &SyncEngine::progress, &engine,
                     [&line](RemoteSystem system, const QString &phase, int done, int total) {
                         line.update(system, phase, done, total);
                     });
    std::optional<SyncResult> result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &finished) {
        result = finished;
        loop.quit();
    });
    // A stop signal cancels: each system ends after the page it is storing.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &engine, [&engine] {
        if (stopRequested())
            engine.cancel();
    });
    stopWatch.start(50);
    SyncOptions options;
    options.systems = systems.value();
    options.full = parser.isSet(fullOption);
    engine.start(options);
    loop.exec();
    context.terminal().endProgress();

    for (const QString &summary : SyncSummary::lines(*result))
        context.terminal().print(summary);
    if (result->cancelled)
        return Interrupted;
    bool failed = !result->adoptionError.isEmpty();
    for (const SystemSync &sync : result->systems) {
        if (sync.outcome != SystemSync::Outcome::Failed)
            continue;
        failed = true;
        context.terminal().error(toTitle(sync.system) + QLatin1String(": ") + sync.error);
    }
    if (!result->adoptionError.isEmpty())
        context.terminal().error(result->adoptionError);
    return failed ? Failed : Ok;
}

} // namespace ReleaseDesk::Cli
