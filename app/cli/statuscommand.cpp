#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "models/lifecycle/lifecycle.h"
#include "models/lifecycle/releaseboard.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk::Cli {

namespace {

bool isFinished(Stage stage)
{
    return !Lifecycle::nextStage(stage).has_value();
}

QJsonObject toJson(const ReleaseSummary &summary)
{
    const Release &release = summary.release;
    QJsonObject object{
        {QStringLiteral("name"), release.name},
        {QStringLiteral("stage"), toKey(release.stage)},
        {QStringLiteral("tasks"), int(release.taskKeys.size())},
        {QStringLiteral("ciDevPassed"), int(summary.ciDev.passed.size())},
        {QStringLiteral("ciDevFailed"), int(summary.ciDev.failed.size())},
        {QStringLiteral("stagingPassed"), int(summary.staging.passed.size())},
        {QStringLiteral("stagingFailed"), int(summary.staging.failed.size())},
    };
    if (summary.blockingGate) {
        object.insert(QStringLiteral("blockedBefore"), toKey(summary.blockingGate->target));
        object.insert(QStringLiteral("blockers"),
                      QJsonArray::fromStringList(summary.blockingGate->blockers));
    }
    return object;
}

} // namespace

int statusCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Lists the releases under way (or all of them), their stage, and what keeps each "
               "from its next stage."));
    parser.addHelpOption();
    const QCommandLineOption allOption(
        QStringLiteral("all"),
        QCoreApplication::translate("Cli", "Include live, backed-out and cancelled releases."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON, one array."));
    parser.addOptions({allOption, jsonOption});
    parser.process(arguments);

    ReleaseBoard board(context.store());
    const auto summaries = board.load();
    if (!summaries) {
        context.terminal().error(summaries.error());
        return Failed;
    }
    QJsonArray json;
    for (const ReleaseSummary &summary : summaries.value()) {
        const Release &release = summary.release;
        if (!parser.isSet(allOption) && isFinished(release.stage))
            continue;
        if (parser.isSet(jsonOption)) {
            json.append(toJson(summary));
            continue;
        }
        context.terminal().print(
            QStringLiteral("%1  %2").arg(release.name.leftJustified(12), toTitle(release.stage)));
        if (summary.blockingGate) {
            context.terminal().print(QCoreApplication::translate("Cli", "    before %1:")
                                         .arg(toTitle(summary.blockingGate->target)));
            for (const QString &blocker : summary.blockingGate->blockers)
                context.terminal().print(QStringLiteral("      - ") + blocker);
        }
    }
    if (parser.isSet(jsonOption))
        context.terminal().print(
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    return Ok;
}

} // namespace ReleaseDesk::Cli
