#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "models/formats/exportfile.h"
#include "models/formats/notesmarkdown.h"
#include "models/usecases/releaseactionrunner.h"
#include "models/usecases/releasecandidates.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace ReleaseDesk::Cli {

namespace {

using Action = ReleaseActions::Action;

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The dashboard's actions by the names a script gives them.
const std::pair<const char *, Action> actionNames[] = {
    {"ready", Action::MarkReadyForStaging},
    {"raise-change", Action::RaiseChange},
    {"request-staging", Action::RequestStaging},
    {"applied-staging", Action::MarkAppliedToStaging},
    {"applied-live", Action::MarkAppliedToLive},
    {"back-out", Action::BackOut},
    {"cancel", Action::Cancel},
};

std::optional<Action> actionNamed(const QString &name)
{
    for (const auto &[key, action] : actionNames) {
        if (name == QLatin1String(key))
            return action;
    }
    return std::nullopt;
}

// New release, as the dialog makes it: the services and versions the chosen
// tasks' pipelines give, refused with the dialog's own words.
int create(CliContext &context, const QString &name, const QStringList &keys)
{
    const QString actor = context.account();
    if (actor.isEmpty())
        return Unavailable;
    const auto candidates = ReleaseCandidates::read(context.store());
    if (!candidates) {
        context.terminal().error(candidates.error());
        return Failed;
    }
    if (const QStringList problems = candidates->problems(name, keys); !problems.isEmpty()) {
        for (const QString &problem : problems)
            context.terminal().error(problem);
        return Failed;
    }
    const ReleasePlan plan = candidates->plan(keys);
    ReleaseWorkflow workflow(context.store(), context.clock());
    workflow.setJiraProjects(context.settings().jira.projects());
    const auto created = workflow.createRelease(name, plan.services, keys, actor);
    if (!created) {
        context.terminal().error(created.error());
        return Failed;
    }
    QStringList shipped;
    for (const ReleaseService &service : plan.services)
        shipped << QStringLiteral("%1 %2").arg(service.service, service.version);
    context.terminal().print(translated("Release %1 is in CI-Dev with %2, shipping %3.")
                                 .arg(name.trimmed(), keys.join(QLatin1String(", ")),
                                      shipped.join(QLatin1String(", "))));
    return Ok;
}

// Notes are published from the notes editor in the window; the same use case.
int publishNotes(CliContext &context, const Release &release, const QString &actor)
{
    ReleaseRequests requests(context.store(), context.clock());
    if (const Status queued = requests.publishNotes(release.id, actor); !queued) {
        context.terminal().error(queued.error());
        return Failed;
    }
    context.terminal().print(translated("The notes of %1 are on their way to Confluence: the "
                                        "page is written when the outbox next sends.")
                                 .arg(release.name));
    return Ok;
}

// The notes as saved, as the window's Markdown export writes them. PDF needs
// fonts and a QGuiApplication, which the command line does without.
int exportNotes(CliContext &context, const Release &release, const QString &path)
{
    const auto changes = context.store().changes();
    if (!changes) {
        context.terminal().error(changes.error());
        return Failed;
    }
    const QString markdown =
        NotesMarkdown::render(release, ReleaseRequests::tasksOf(release, changes.value()));
    if (const Status written = ExportFile::write(path, markdown.toUtf8()); !written) {
        context.terminal().error(written.error());
        return Failed;
    }
    context.terminal().print(
        translated("The notes of %1 are in %2.").arg(release.name, QDir::toNativeSeparators(path)));
    return Ok;
}

// The tester's request for live, as the sign-off page asks it.
int requestLive(CliContext &context, const Release &release)
{
    const QString actor = context.account();
    if (actor.isEmpty())
        return Unavailable;
    const auto requested =
        ReleaseActionRunner(context.store(), context.clock()).requestLive(release.id, actor);
    if (!requested) {
        context.terminal().error(requested.error());
        return Failed;
    }
    context.terminal().print(requested.value());
    return Ok;
}

// A task taken out of the release, and its fix version off the task in Jira.
int removeTask(CliContext &context, const Release &release, const QString &key)
{
    const QString actor = context.account();
    if (actor.isEmpty())
        return Unavailable;
    ReleaseWorkflow workflow(context.store(), context.clock());
    workflow.setJiraProjects(context.settings().jira.projects());
    if (const Status removed = workflow.removeTask(release.id, key, actor); !removed) {
        context.terminal().error(removed.error());
        return Failed;
    }
    context.terminal().print(translated("%1 left release %2; Jira hears of it when the outbox "
                                        "next sends.")
                                 .arg(key.trimmed(), release.name));
    return Ok;
}

int act(CliContext &context, Action action, const Release &release,
        const ReleaseActionRunner::Decision &decision)
{
    // What the command line lacks is a usage error, found before anything is read.
    if (const QString lacking = ReleaseActionRunner::decisionProblem(action, decision);
        !lacking.isEmpty()) {
        context.terminal().error(lacking);
        return Usage;
    }
    const QString actor = context.account();
    if (actor.isEmpty())
        return Unavailable;
    ReleaseActionRunner runner(context.store(), context.clock());
    const auto done = runner.run(action, release.id, decision, actor);
    if (!done) {
        // A gate's blockers come a line each, as its tooltip shows them.
        for (const QString &line : done.error().split(u'\n'))
            context.terminal().error(line);
        return Failed;
    }
    context.terminal().print(done.value());
    return Ok;
}

} // namespace

int releaseCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(
        "Creates a release, shows it, and takes it through its stages, as the window does; "
        "writes to the other systems wait in the outbox ('outbox send').\n"
        "  create NAME --tasks KEY[,KEY...]    a release in CI-Dev; its services and versions "
        "come from the tasks' pipelines\n"
        "  show NAME [--json]                  stage, blockers, tasks' verdicts, timeline\n"
        "  ready NAME                          ready for staging: every task passed in CI-Dev\n"
        "  notes-publish NAME                  publishes the notes to Confluence\n"
        "  notes-export NAME --file F.md       writes the saved notes as Markdown (PDF is "
        "the window's)\n"
        "  raise-change NAME                   raises or updates the ServiceNow change\n"
        "  request-staging NAME                asks the release team for staging in Slack\n"
        "  request-live NAME                   staging passed, then asks for live in Slack\n"
        "  remove-task NAME --task KEY         takes a task out of the release\n"
        "  applied-staging NAME --test-task N  the release team applied it to staging\n"
        "  applied-live NAME --confirmed-by T  the release team applied it to live\n"
        "  back-out NAME --reason TEXT         it was backed out\n"
        "  cancel NAME --reason TEXT           stops the release; its record is kept\n"
        "A step that cannot be taken now is refused with the reason, and exit code 1."));
    parser.addHelpOption();
    const QCommandLineOption tasksOption(QStringLiteral("tasks"),
                                         translated("create: the Jira tasks, comma-separated."),
                                         translated("keys"));
    const QCommandLineOption taskOption(
        QStringLiteral("task"), translated("remove-task: the Jira task."), translated("key"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        translated("notes-export: the Markdown file to write."),
                                        translated("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), translated("show: print JSON."));
    const QCommandLineOption testTaskOption(
        QStringLiteral("test-task"),
        translated("applied-staging: the ServiceNow test task's number."), translated("number"));
    const QCommandLineOption confirmedOption(
        QStringLiteral("confirmed-by"),
        translated("applied-live: the reply's reference, or who said so and when."),
        translated("text"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), translated("back-out, cancel: why, for the release's history."),
        translated("text"));
    const QCommandLineOption noteOption(
        QStringLiteral("note"),
        translated("applied-staging, applied-live: a note for the history."), translated("text"));
    parser.addOptions({tasksOption, taskOption, fileOption, jsonOption, testTaskOption,
                       confirmedOption, reasonOption, noteOption});
    parser.addPositionalArgument(QStringLiteral("action"), translated("What to do."));
    parser.addPositionalArgument(QStringLiteral("name"), translated("The release's name."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString step = positional.value(0);
    const auto usage = [&](const QString &message) {
        context.terminal().error(message);
        return int(Usage);
    };
    if (positional.size() != 2)
        return usage(translated("release takes an action and one release name; see "
                                "'releasedesk-cli release --help'."));
    const QString name = positional.at(1);

    if (step == u"create") {
        const QStringList keys = parser.value(tasksOption).split(u',', Qt::SkipEmptyParts);
        QStringList trimmed;
        for (const QString &key : keys)
            trimmed << key.trimmed();
        if (trimmed.isEmpty())
            return usage(translated("release create needs --tasks KEY[,KEY...]."));
        return create(context, name, trimmed);
    }
    if (step == u"notes-export") {
        const QString suffix = QFileInfo(parser.value(fileOption)).suffix().toLower();
        if (suffix != u"md" && suffix != u"markdown")
            return usage(translated("release notes-export needs --file FILE.md: the command "
                                    "line writes Markdown; export a PDF from the window."));
    }
    const auto release = context.release(name);
    if (!release)
        return Failed;
    if (step == u"notes-export")
        return exportNotes(context, release.value(), parser.value(fileOption));
    if (step == u"show")
        return showRelease(context, release.value(), parser.isSet(jsonOption));
    if (step == u"notes-publish") {
        const QString actor = context.account();
        return actor.isEmpty() ? int(Unavailable) : publishNotes(context, release.value(), actor);
    }
    if (step == u"request-live")
        return requestLive(context, release.value());
    if (step == u"remove-task") {
        if (parser.value(taskOption).trimmed().isEmpty())
            return usage(translated("release remove-task needs --task KEY."));
        return removeTask(context, release.value(), parser.value(taskOption));
    }
    if (const auto action = actionNamed(step)) {
        ReleaseActionRunner::Decision decision;
        if (ReleaseActionRunner::needsReference(*action))
            decision.reference = parser.value(
                *action == Action::MarkAppliedToStaging ? testTaskOption : confirmedOption);
        decision.reason = ReleaseActionRunner::needsReason(*action) ? parser.value(reasonOption)
                                                                    : parser.value(noteOption);
        return act(context, *action, release.value(), decision);
    }
    return usage(
        translated("Unknown release action '%1'; see 'releasedesk-cli release --help'.").arg(step));
}

} // namespace ReleaseDesk::Cli
