// releasedesk-sandbox: the stand-in for Concourse, Jira, Confluence,
// ServiceNow and Slack on one loopback port. Wiring only; see services/sandbox.

#include "quitonsignal.h"

#include "services/sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace ReleaseDesk::Sandbox;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "releasedesk-sandbox: %s\n", qPrintable(message));
    return 2;
}

// The --conventions file: one JSON object, an object per system.
ReleaseDesk::Result<QJsonObject> readConventions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReleaseDesk::Result<QJsonObject>::failure(
            QStringLiteral("--conventions: %1 cannot be read (%2).").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return ReleaseDesk::Result<QJsonObject>::failure(
            QStringLiteral("--conventions: %1 is not a JSON object (%2).")
                .arg(path, error.errorString()));
    return document.object();
}

struct Option
{
    const char *name;
    const char *description;
    const char *valueName;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves Concourse, Jira, Confluence, ServiceNow and Slack on 127.0.0.1 with seeded data, "
        "simulated people and fault injection. Prints one JSON line with each system's URL and "
        "credentials once it listens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<Option> options{
        {"port", "Listen on <port> (0: any free port).", "port"},
        {"jira-issues", "Seed <n> Jira tasks (default 60, up to 100000).", "n"},
        {"releases", "Seed <n> releases of history (default 12, up to 2000).", "n"},
        {"seed", "Seed of the data generator (default 1).", "n"},
        {"now", "The present of the seeded history, ISO 8601 (default: now).", "time"},
        {"reply-delay-ms", "How long the release team takes to answer (default 4000).", "ms"},
        {"build-step-ms", "How long a build stays pending, then running (default 1500).", "ms"},
        {"build-failure-rate", "Share of simulated builds that fail, 0 to 1 (default 0.1).",
         "rate"},
        {"fault",
         "Inject a fault: SYSTEM[:PATH]=KIND[,OPTION=VALUE...]. Repeatable. See "
         "README.md.",
         "spec"},
        {"conventions",
         "Play a team with its own conventions: a JSON file with an object per system, keyed "
         "as in the connection document. See README.md.",
         "file"},
        {"peer-review", "Offer GitHub's peer review in the connection document.", nullptr},
        {"load", "Start from a state saved earlier instead of seeding.", "file"},
        {"save", "Save the state to <file> when stopped (SIGINT/SIGTERM).", "file"},
    };
    for (const Option &option : options) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.name),
                                            QString::fromLatin1(option.description),
                                            QString::fromLatin1(option.valueName)));
    }
    parser.process(app);
    const auto value = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    // Reads a whole-number option into `target`; the first bad one is reported.
    QString problem;
    const auto readNumber = [&](const char *name, qint64 low, qint64 high, auto &target) {
        if (!problem.isEmpty() || !parser.isSet(QString::fromLatin1(name)))
            return;
        bool ok = false;
        const qint64 parsed = value(name).toLongLong(&ok);
        if (!ok || parsed < low || parsed > high)
            problem = QStringLiteral("--%1 takes a whole number from %2 to %3.")
                          .arg(QLatin1String(name))
                          .arg(low)
                          .arg(high);
        else
            target = std::remove_reference_t<decltype(target)>(parsed);
    };

    SandboxOptions sandboxOptions;
    quint16 port = 0;
    readNumber("port", 0, 65535, port);
    readNumber("jira-issues", 0, 100000, sandboxOptions.catalogue.jiraIssues);
    readNumber("releases", 0, 2000, sandboxOptions.catalogue.releases);
    readNumber("seed", 0, 0xffffffffLL, sandboxOptions.catalogue.seed);
    readNumber("reply-delay-ms", 0, 3600000, sandboxOptions.replyDelayMs);
    readNumber("build-step-ms", 0, 3600000, sandboxOptions.buildStepMs);
    if (!problem.isEmpty())
        return usageError(problem);
    bool ok = true;
    if (parser.isSet(QStringLiteral("build-failure-rate"))) {
        sandboxOptions.buildFailureRate = value("build-failure-rate").toDouble(&ok);
        if (!ok || sandboxOptions.buildFailureRate < 0 || sandboxOptions.buildFailureRate > 1)
            return usageError(QStringLiteral("--build-failure-rate takes 0 to 1."));
    }
    if (parser.isSet(QStringLiteral("now"))) {
        sandboxOptions.catalogue.now = QDateTime::fromString(value("now"), Qt::ISODate);
        if (!sandboxOptions.catalogue.now.isValid())
            return usageError(QStringLiteral("--now takes an ISO 8601 time, e.g. "
                                             "2026-11-20T12:00:00Z."));
    }
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        const auto rule = FaultRule::parse(spec);
        if (!rule)
            return usageError(rule.error());
        sandboxOptions.faults << rule.value();
    }

    sandboxOptions.peerReview = parser.isSet(QStringLiteral("peer-review"));
    if (parser.isSet(QStringLiteral("conventions"))) {
        const auto conventions = readConventions(value("conventions"));
        if (!conventions)
            return usageError(conventions.error());
        sandboxOptions.conventions = conventions.value();
    }

    // Before seeding, which takes seconds at benchmark sizes.
    ReleaseDesk::quitOnSignal(app);
    Sandbox sandbox(sandboxOptions);
    if (parser.isSet(QStringLiteral("load"))) {
        if (const auto loaded = sandbox.loadState(value("load")); !loaded)
            return usageError(loaded.error());
    }
    const auto listening = sandbox.listen(port);
    if (!listening)
        return usageError(listening.error());
    std::printf("%s\n",
                QJsonDocument(sandbox.connectionInfo()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    const int code = app.exec();
    if (parser.isSet(QStringLiteral("save"))) {
        if (const auto saved = sandbox.saveState(value("save")); !saved) {
            std::fprintf(stderr, "releasedesk-sandbox: %s\n", qPrintable(saved.error()));
            return 1;
        }
    }
    return code;
}
