#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "models/lifecycle/releaseboard.h"
#include "models/usecases/releaseworkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk::Cli {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue timeValue(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : translated("unknown time");
}

// The verdict that counts for each task in each tested environment.
struct TaskVerdicts
{
    QString key;
    std::optional<TestResult> ciDev;
    std::optional<TestResult> staging;
};

QList<TaskVerdicts> verdictsOf(const ReleaseFacts &facts)
{
    const auto ciDev = Lifecycle::latestVerdicts(facts, Environment::CiDev);
    const auto staging = Lifecycle::latestVerdicts(facts, Environment::Staging);
    QList<TaskVerdicts> tasks;
    for (const QString &key : facts.release.taskKeys) {
        TaskVerdicts task{key, std::nullopt, std::nullopt};
        if (const auto found = ciDev.constFind(key); found != ciDev.cend())
            task.ciDev = *found;
        if (const auto found = staging.constFind(key); found != staging.cend())
            task.staging = *found;
        tasks << task;
    }
    return tasks;
}

QJsonValue verdictJson(const std::optional<TestResult> &verdict)
{
    if (!verdict)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("outcome"), toKey(verdict->outcome)},
                       {QStringLiteral("tester"), verdict->tester},
                       {QStringLiteral("at"), timeValue(verdict->at)},
                       {QStringLiteral("note"), verdict->note}};
}

QString verdictText(const std::optional<TestResult> &verdict)
{
    if (!verdict)
        return translated("untested");
    QString text = translated("%1 by %2 at %3")
                       .arg(toTitle(verdict->outcome), verdict->tester, timeText(verdict->at));
    if (!verdict->note.isEmpty())
        text += QStringLiteral(": ") + verdict->note;
    return text;
}

// One timeline entry as a script reads it: what record it is, who, when, and
// for an outbox write whether only this desk knows it yet.
QJsonObject entryJson(const QList<TimelineEntry> &timeline, qsizetype index)
{
    const TimelineEntry &entry = timeline.at(index);
    QJsonObject object{{QStringLiteral("at"), timeValue(entry.at)}};
    if (const auto *event = std::get_if<AuditEvent>(&entry.record)) {
        object.insert(QStringLiteral("source"), QStringLiteral("audit"));
        object.insert(QStringLiteral("who"), event->actor);
        object.insert(QStringLiteral("action"), toKey(event->action));
        object.insert(QStringLiteral("from"), event->fromStage);
        object.insert(QStringLiteral("to"), event->toStage);
        object.insert(QStringLiteral("why"), event->why);
    } else if (const auto *message = std::get_if<ChannelMessage>(&entry.record)) {
        object.insert(QStringLiteral("source"), QStringLiteral("channel"));
        object.insert(QStringLiteral("who"), message->author);
        object.insert(QStringLiteral("kind"), toKey(message->kind));
        object.insert(QStringLiteral("text"), message->text);
    } else if (const auto *write = std::get_if<OutboxEntry>(&entry.record)) {
        object.insert(QStringLiteral("source"), QStringLiteral("outbox"));
        object.insert(QStringLiteral("who"), queuedBy(timeline, index));
        object.insert(QStringLiteral("id"), write->id);
        object.insert(QStringLiteral("kind"), write->kindKey());
        object.insert(QStringLiteral("state"), toKey(write->state));
        object.insert(QStringLiteral("local"), entry.isLocal());
    }
    object.insert(QStringLiteral("needsAttention"), entry.needsAttention());
    return object;
}

QString entryText(const QList<TimelineEntry> &timeline, qsizetype index)
{
    const TimelineEntry &entry = timeline.at(index);
    QString what;
    if (const auto *event = std::get_if<AuditEvent>(&entry.record)) {
        what = QStringLiteral("%1 %2").arg(event->actor, toKey(event->action));
        if (!event->toStage.isEmpty())
            what += QStringLiteral(" %1 -> %2").arg(event->fromStage, event->toStage);
        if (!event->why.isEmpty())
            what += QStringLiteral(": ") + event->why.simplified();
    } else if (const auto *message = std::get_if<ChannelMessage>(&entry.record)) {
        what = translated("%1 in Slack (%2): %3")
                   .arg(message->author, toKey(message->kind), message->text.simplified());
    } else if (const auto *write = std::get_if<OutboxEntry>(&entry.record)) {
        what =
            translated("%1 queued %2, %3")
                .arg(queuedBy(timeline, index), write->kindKey(), toTitle(write->state).toLower());
        if (entry.isLocal())
            what += translated(" (local: not sent yet)");
    }
    return QStringLiteral("  %1  %2").arg(timeText(entry.at), what);
}

QJsonObject releaseJson(const ReleaseDetail &detail, const QList<TaskVerdicts> &tasks)
{
    const ReleaseSummary &summary = detail.summary;
    QJsonObject object{{QStringLiteral("name"), summary.release.name},
                       {QStringLiteral("stage"), toKey(summary.release.stage)}};
    QJsonArray services;
    for (const ReleaseService &service : summary.release.services)
        services.append(QJsonObject{{QStringLiteral("service"), service.service},
                                    {QStringLiteral("version"), service.version},
                                    {QStringLiteral("deploymentType"), service.deploymentType}});
    object.insert(QStringLiteral("services"), services);
    if (summary.blockingGate) {
        object.insert(QStringLiteral("blockedBefore"), toKey(summary.blockingGate->target));
        object.insert(QStringLiteral("blockers"),
                      QJsonArray::fromStringList(summary.blockingGate->blockers));
    }
    QJsonArray taskArray;
    for (const TaskVerdicts &task : tasks)
        taskArray.append(QJsonObject{{QStringLiteral("key"), task.key},
                                     {QStringLiteral("ciDev"), verdictJson(task.ciDev)},
                                     {QStringLiteral("staging"), verdictJson(task.staging)}});
    object.insert(QStringLiteral("tasks"), taskArray);
    QJsonArray timeline;
    for (qsizetype index = 0; index < detail.timeline.size(); ++index)
        timeline.append(entryJson(detail.timeline, index));
    object.insert(QStringLiteral("timeline"), timeline);
    return object;
}

void printRelease(Terminal &terminal, const ReleaseDetail &detail, const QList<TaskVerdicts> &tasks)
{
    const ReleaseSummary &summary = detail.summary;
    terminal.print(
        QStringLiteral("%1  %2").arg(summary.release.name, toTitle(summary.release.stage)));
    for (const ReleaseService &service : summary.release.services)
        terminal.print(QStringLiteral("  %1 %2").arg(service.service, service.version));
    if (summary.blockingGate) {
        terminal.print(translated("Before %1:").arg(toTitle(summary.blockingGate->target)));
        for (const QString &blocker : summary.blockingGate->blockers)
            terminal.print(QStringLiteral("  - ") + blocker);
    }
    terminal.print(translated("Tasks:"));
    for (const TaskVerdicts &task : tasks) {
        terminal.print(QStringLiteral("  ") + task.key);
        terminal.print(translated("    CI-Dev:  %1").arg(verdictText(task.ciDev)));
        terminal.print(translated("    Staging: %1").arg(verdictText(task.staging)));
    }
    terminal.print(translated("Timeline:"));
    for (qsizetype index = 0; index < detail.timeline.size(); ++index)
        terminal.print(entryText(detail.timeline, index));
}

} // namespace

int showRelease(CliContext &context, const Release &release, bool json)
{
    ReleaseBoard board(context.store());
    if (const auto loaded = board.load(); !loaded) {
        context.terminal().error(loaded.error());
        return Failed;
    }
    const auto detail = board.detail(release.id);
    if (!detail) {
        context.terminal().error(detail.error());
        return Failed;
    }
    const auto facts = ReleaseWorkflow(context.store(), context.clock()).facts(release.id);
    if (!facts) {
        context.terminal().error(facts.error());
        return Failed;
    }
    const QList<TaskVerdicts> tasks = verdictsOf(facts.value());
    if (json)
        context.terminal().print(QString::fromUtf8(
            QJsonDocument(releaseJson(detail.value(), tasks)).toJson(QJsonDocument::Indented)));
    else
        printRelease(context.terminal(), detail.value(), tasks);
    return Ok;
}

} // namespace ReleaseDesk::Cli
