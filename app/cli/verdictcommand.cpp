#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "models/usecases/releaseworkflow.h"

#include <QCommandLineParser>

namespace ReleaseDesk::Cli {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<TestOutcome> outcomeNamed(const QString &name)
{
    if (name == u"pass")
        return TestOutcome::Passed;
    if (name == u"fail")
        return TestOutcome::Failed;
    if (name == u"untested")
        return TestOutcome::Untested;
    return std::nullopt;
}

} // namespace

int verdictCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated(
        "Records a tester's verdict on a Jira task, signed with your Jira account, as the "
        "sign-off view does. It is kept on the task as a Jira comment, with the status move "
        "the Jira settings give, once 'outbox send' has sent it. A failure needs a note for "
        "the developers, and sends the task's releases that are ready for staging back to "
        "CI-Dev."));
    parser.addHelpOption();
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       translated("Where it was tested: ci-dev or staging."),
                                       translated("environment"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        translated("What went wrong (needed for fail)."),
                                        translated("text"));
    parser.addOptions({envOption, noteOption});
    parser.addPositionalArgument(QStringLiteral("key"), translated("The Jira task."));
    parser.addPositionalArgument(QStringLiteral("outcome"),
                                 translated("pass, fail, or untested to withdraw a verdict."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const auto usage = [&](const QString &message) {
        context.terminal().error(message);
        return int(Usage);
    };
    const auto outcome = outcomeNamed(positional.value(1));
    if (positional.size() != 2 || !outcome)
        return usage(translated("verdict takes a task key and pass, fail or untested."));
    const auto environment = fromKey<Environment>(parser.value(envOption));
    if (!environment || *environment == Environment::Live)
        return usage(translated("verdict needs --env ci-dev or --env staging."));

    const QString tester = context.account();
    if (tester.isEmpty())
        return Unavailable;
    ReleaseWorkflow workflow(context.store(), context.clock());
    workflow.setVerdictStatuses(context.settings().jira.verdictStatuses);
    const QString key = positional.constFirst();
    if (const Status recorded = workflow.recordTestResult(key, *environment, *outcome, tester,
                                                          parser.value(noteOption));
        !recorded) {
        context.terminal().error(recorded.error());
        return Failed;
    }
    context.terminal().print(
        translated("%1 %2 in %3, by %4; 'outbox send' writes it to Jira.")
            .arg(key, toTitle(*outcome).toLower(), toTitle(*environment), tester));
    return Ok;
}

} // namespace ReleaseDesk::Cli
