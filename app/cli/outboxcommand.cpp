#include "clicommands.h"
#include "clicontext.h"
#include "commands.h"

#include "../quitonsignal.h"

#include "models/formats/outboxpayload.h"
#include "services/connections/integrations.h"
#include "services/outbox/outboxworker.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ReleaseDesk::Cli {

namespace {

QString timeText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

// Release names by id, for entries that name their release by id.
QHash<qint64, QString> releaseNames(const ReleaseBook &store)
{
    QHash<qint64, QString> names;
    if (const auto releases = store.releases())
        for (const Release &release : releases.value())
            names.insert(release.id, release.name);
    return names;
}

QString describe(const OutboxEntry &entry, const QHash<qint64, QString> &names)
{
    const QString release = names.value(entry.releaseId);
    return release.isEmpty()
               ? QCoreApplication::translate("Cli", "#%1 %2").arg(entry.id).arg(entry.kindKey())
               : QCoreApplication::translate("Cli", "#%1 %2 (release %3)")
                     .arg(entry.id)
                     .arg(entry.kindKey(), release);
}

Result<qint64> entryId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<qint64>::failure(
            QCoreApplication::translate("Cli", "'%1' is not an outbox entry id.").arg(text));
    return id;
}

int list(CliContext &context, bool json)
{
    const auto entries = context.store().outboxEntries();
    if (!entries) {
        context.terminal().error(entries.error());
        return Failed;
    }
    const QHash<qint64, QString> names = releaseNames(context.store());
    QJsonArray array;
    for (const OutboxEntry &entry : entries.value()) {
        const QString release = names.value(entry.releaseId);
        if (json) {
            array.append(QJsonObject{
                {QStringLiteral("id"), entry.id},
                {QStringLiteral("kind"), entry.kindKey()},
                {QStringLiteral("release"), release.isEmpty() ? QJsonValue() : QJsonValue(release)},
                {QStringLiteral("state"), toKey(entry.state)},
                {QStringLiteral("attempts"), entry.attempts},
                {QStringLiteral("nextAttempt"), entry.nextAttempt.isValid()
                                                    ? QJsonValue(timeText(entry.nextAttempt))
                                                    : QJsonValue()},
                {QStringLiteral("lastError"), entry.lastError},
                {QStringLiteral("key"), entry.idempotencyKey},
                {QStringLiteral("created"), timeText(entry.created)},
            });
            continue;
        }
        QStringList columns{QString::number(entry.id).rightJustified(5),
                            entry.kindKey().leftJustified(18),
                            release.leftJustified(12),
                            toTitle(entry.state).leftJustified(9),
                            QString::number(entry.attempts).rightJustified(2),
                            timeText(entry.nextAttempt).leftJustified(20)};
        if (!entry.lastError.isEmpty())
            columns << entry.lastError;
        context.terminal().print(columns.join(QLatin1String("  ")).trimmed());
    }
    if (json)
        context.terminal().print(
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else if (entries->isEmpty())
        context.terminal().print(QCoreApplication::translate("Cli", "The outbox is empty."));
    return Ok;
}

int send(CliContext &context)
{
    int failure = Ok;
    Integrations *integrations = context.connectIntegrations(&failure);
    if (!integrations)
        return failure;
    OutboxWorker worker(context.store(), *integrations, context.clock());

    const QHash<qint64, QString> names = releaseNames(context.store());
    Terminal &terminal = context.terminal();
    int sent = 0;
    int failed = 0;
    int waiting = 0;
    QString storeProblem;
    QEventLoop loop;
    QObject::connect(&worker, &OutboxWorker::sent, &loop, [&](const OutboxEntry &entry) {
        ++sent;
        terminal.print(QCoreApplication::translate("Cli", "Sent %1.").arg(describe(entry, names)));
    });
    QObject::connect(&worker, &OutboxWorker::deferred, &loop, [&](const OutboxEntry &entry) {
        ++waiting;
        terminal.error(
            QCoreApplication::translate("Cli", "%1 waits until %2: %3")
                .arg(describe(entry, names), timeText(entry.nextAttempt), entry.lastError));
    });
    QObject::connect(&worker, &OutboxWorker::failed, &loop, [&](const OutboxEntry &entry) {
        ++failed;
        terminal.error(QCoreApplication::translate("Cli", "%1 failed: %2")
                           .arg(describe(entry, names), entry.lastError));
    });
    QObject::connect(&worker, &OutboxWorker::storeProblem, &loop, [&](const QString &problem) {
        storeProblem = problem;
        loop.quit();
    });
    QObject::connect(&worker, &OutboxWorker::idle, &loop, &QEventLoop::quit);
    // A stop signal ends the run; an entry cut short stays Sending and is
    // looked for first by the next run.
    bool stopped = false;
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &loop, [&] {
        if (stopRequested()) {
            stopped = true;
            loop.quit();
        }
    });
    stopWatch.start(50);
    worker.start();
    loop.exec();
    worker.stop();

    if (stopped)
        return Interrupted;
    if (!storeProblem.isEmpty()) {
        terminal.error(storeProblem);
        return Failed;
    }
    terminal.print(
        QCoreApplication::translate("Cli", "Sent %1, %2 waiting to be tried again, %3 failed.")
            .arg(sent)
            .arg(waiting)
            .arg(failed));
    return failed > 0 ? Failed : Ok;
}

int retry(CliContext &context, const QStringList &ids, bool all)
{
    QList<qint64> chosen;
    if (all) {
        const auto failed = context.store().outbox(OutboxState::Failed);
        if (!failed) {
            context.terminal().error(failed.error());
            return Failed;
        }
        for (const OutboxEntry &entry : failed.value())
            chosen << entry.id;
    }
    for (const QString &text : ids) {
        const auto id = entryId(text);
        if (!id) {
            context.terminal().error(id.error());
            return Usage;
        }
        chosen << id.value();
    }
    int result = Ok;
    for (qint64 id : chosen) {
        if (const Status retried = context.store().retryOutboxEntry(id); !retried) {
            context.terminal().error(retried.error());
            result = Failed;
            continue;
        }
        context.terminal().print(
            QCoreApplication::translate("Cli", "Entry %1 will be sent again.").arg(id));
    }
    if (chosen.isEmpty())
        context.terminal().print(QCoreApplication::translate("Cli", "No entry has failed."));
    return result;
}

int discard(CliContext &context, const QString &idText, const QString &reason)
{
    const auto id = entryId(idText);
    if (!id) {
        context.terminal().error(id.error());
        return Usage;
    }
    const auto entry = context.store().outboxEntry(id.value());
    if (!entry) {
        context.terminal().error(entry.error());
        return Failed;
    }
    AuditEvent why;
    why.actor = context.account();
    if (why.actor.isEmpty())
        return Unavailable;
    why.at = context.clock().now();
    why.action = AuditAction::OutboxDiscarded;
    why.why = QCoreApplication::translate("Cli", "Discarded %1 to %2 (%3): %4")
                  .arg(entry->kindKey(), OutboxPayloads::systemTitle(entry->kind),
                       entry->idempotencyKey, reason.trimmed());
    if (const Status discarded = context.store().discardOutboxEntry(id.value(), why); !discarded) {
        context.terminal().error(discarded.error());
        return Failed;
    }
    context.terminal().print(
        QCoreApplication::translate("Cli", "Entry %1 is discarded; it will not be sent.")
            .arg(id.value()));
    return Ok;
}

} // namespace

int outboxCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Every write to the remote systems waits in the outbox until it is sent.\n"
               "  list [--json]              the entries, newest first\n"
               "  send                       sends what is due, then stops; exit 1 if one failed\n"
               "  retry ID... | --all        puts failed entries back to be sent\n"
               "  discard ID --reason TEXT   drops an entry for good, with the reason in the "
               "release's history"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("Cli", "list: print JSON."));
    const QCommandLineOption allOption(
        QStringLiteral("all"), QCoreApplication::translate("Cli", "retry: every failed entry."));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"),
        QCoreApplication::translate("Cli", "discard: why, for the release's history."),
        QCoreApplication::translate("Cli", "text"));
    parser.addOptions({jsonOption, allOption, reasonOption});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("Cli", "list, send, retry or discard."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList rest = positional.mid(1);
    const auto usage = [&](const QString &message) {
        context.terminal().error(message);
        return int(Usage);
    };

    if (action == u"list") {
        if (!rest.isEmpty())
            return usage(QCoreApplication::translate(
                "Cli", "outbox list takes no arguments besides --json."));
        return list(context, parser.isSet(jsonOption));
    }
    if (action == u"send") {
        if (!rest.isEmpty())
            return usage(QCoreApplication::translate("Cli", "outbox send takes no arguments."));
        return send(context);
    }
    if (action == u"retry") {
        if (rest.isEmpty() == !parser.isSet(allOption))
            return usage(
                QCoreApplication::translate("Cli", "outbox retry takes entry ids or --all."));
        return retry(context, rest, parser.isSet(allOption));
    }
    if (action == u"discard") {
        if (rest.size() != 1 || parser.value(reasonOption).trimmed().isEmpty())
            return usage(QCoreApplication::translate(
                "Cli", "outbox discard takes one entry id and --reason."));
        return discard(context, rest.constFirst(), parser.value(reasonOption));
    }
    return usage(QCoreApplication::translate(
                     "Cli", "Unknown outbox action '%1'; the actions are list, send, retry and "
                            "discard.")
                     .arg(action));
}

} // namespace ReleaseDesk::Cli
