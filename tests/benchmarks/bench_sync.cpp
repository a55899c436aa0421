// The sync's benchmark: a sandbox with 20,000 Jira tasks in a child process,
// a full sync of its tasks and pipelines into an empty store, then an
// incremental one, and the same Jira pages fetched with curl one after
// another as the yardstick. Prints the figures; scripts/bench-sync.sh builds
// it optimised and runs it. Not a test: the machine decides the numbers.
//
//   bench_sync [--issues N] [--sandbox PATH] [--curl PATH]

#include "benchoutput.h"
#include "services/clients/jiraparse.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/integrations.h"
#include "services/store/sqlitestore.h"
#include "services/sync/jirasync.h"
#include "services/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace ReleaseDesk;

namespace {

using Bench::say;

int fail(const QString &why)
{
    return Bench::fail("bench_sync", why);
}

// The peak resident set of this process so far, from the kernel.
QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("unknown");
}

// The processor time a process has used so far, from the kernel: on a busy
// machine it tells the work from the waiting.
double cpuSeconds(qint64 pid)
{
    QFile stat(pid == 0 ? QStringLiteral("/proc/self/stat")
                        : QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // After the command's closing parenthesis: utime and stime are fields 14 and 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

// The sandbox as a child process, stopped with the benchmark.
class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Starts it and reads the line it prints once it listens.
    // `releases` 0: the sandbox's own number of releases.
    Result<QJsonObject> start(const QString &program, int issues, int releases)
    {
        m_process.setProgram(program);
        QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--jira-issues"), QString::number(issues)};
        if (releases > 0)
            arguments << QStringLiteral("--releases") << QString::number(releases);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return Result<QJsonObject>::failure(m_process.errorString());
        // Seeding a large history takes a while before it listens.
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(300000))
                return Result<QJsonObject>::failure(
                    QStringLiteral("the sandbox printed nothing: %1").arg(m_process.errorString()));
        }
        const QJsonDocument line = QJsonDocument::fromJson(m_process.readLine());
        if (!line.isObject())
            return Result<QJsonObject>::failure(QStringLiteral("the sandbox's line is not JSON"));
        return line.object();
    }

    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
};

std::optional<SyncResult> runSync(SyncEngine &engine)
{
    std::optional<SyncResult> result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &finished) {
        result = finished;
        loop.quit();
    });
    if (!engine.start())
        return std::nullopt;
    loop.exec();
    return result;
}

// Every page of `jql` as the sync asked for them, fetched by one curl, one
// after another on one connection; the seconds it took.
Result<double> curlPages(const QString &curl, const JiraConnection &jira, const QString &jql,
                         int total, const QString &configPath)
{
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return Result<double>::failure(config.errorString());
    const QByteArray quote = "\"";
    config.write("silent\nshow-error\nfail\n");
    config.write("header = \"Authorization: Bearer " + jira.secret.toUtf8() + "\"\n");
    config.write("header = \"Accept: application/json\"\n");
    QUrl url = jira.baseUrl;
    url.setPath(url.path() + QStringLiteral("/rest/api/2/search"));
    // The query as the Jira client writes it, every value percent-encoded.
    const QByteArray fixed = "jql=" + QUrl::toPercentEncoding(jql) +
                             "&maxResults=" + QByteArray::number(jira.pageSize) +
                             "&fields=" + QUrl::toPercentEncoding(JiraParse::searchFields());
    for (int startAt = 0; startAt < total; startAt += jira.pageSize) {
        config.write("url = " + quote + url.toEncoded() + '?' + fixed + "&startAt=" +
                     QByteArray::number(startAt) + quote + "\noutput = \"/dev/null\"\n");
    }
    config.close();
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(curl, {QStringLiteral("--config"), configPath});
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return Result<double>::failure(
            QStringLiteral("curl failed: %1")
                .arg(QString::fromLocal8Bit(process.readAllStandardError())));
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption issuesOption(QStringLiteral("issues"),
                                          QStringLiteral("Jira tasks to seed (default 20000)."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The releasedesk-sandbox to start."),
        QStringLiteral("path"), QStringLiteral(SANDBOX_EXECUTABLE));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("The curl to run."),
                                        QStringLiteral("path"), QStringLiteral("curl"));
    // More releases give more of the tasks their testers' verdicts to read.
    const QCommandLineOption releasesOption(
        QStringLiteral("releases"),
        QStringLiteral("Releases in the history (default: the sandbox's)."), QStringLiteral("n"),
        QStringLiteral("0"));
    parser.addOptions({issuesOption, releasesOption, sandboxOption, curlOption});
    parser.process(app);
    const int issues = parser.value(issuesOption).toInt();

    SandboxProcess sandbox;
    QElapsedTimer seeding;
    seeding.start();
    const auto info =
        sandbox.start(parser.value(sandboxOption), issues, parser.value(releasesOption).toInt());
    if (!info)
        return fail(info.error());
    say(QStringLiteral("sandbox: %1 Jira tasks seeded in %2 s")
            .arg(issues)
            .arg(seeding.elapsed() / 1000.0, 0, 'f', 1));

    // Jira and Concourse only: the tasks and the pipelines.
    QJsonObject connections;
    for (const char *system : {"jira", "concourse"})
        connections.insert(QLatin1String(system), info->value(QLatin1String(system)));
    const auto document = ConnectionDocument::parse(connections, {});
    if (!document)
        return fail(document.error());
    QTemporaryDir directory;
    auto store = SqliteStore::open(directory.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        return fail(store.error());
    QNetworkAccessManager network;
    SystemClock clock;
    Integrations integrations(network, clock);
    integrations.configure(document->settings, document->secrets);
    SyncEngine engine(integrations, *store.value());

    QElapsedTimer timer;
    const double sandboxBefore = cpuSeconds(sandbox.pid());
    const double selfBefore = cpuSeconds(0);
    timer.start();
    const auto full = runSync(engine);
    const double fullSeconds = timer.nsecsElapsed() / 1e9;
    const double sandboxCpu = cpuSeconds(sandbox.pid()) - sandboxBefore;
    const double selfCpu = cpuSeconds(0) - selfBefore;
    if (!full || !full->ok())
        return fail(full ? SyncSummary::lines(*full).join(u'\n') : QStringLiteral("no result"));
    const int tasks = full->system(RemoteSystem::Jira).read;
    say(QStringLiteral("full sync: %1 tasks, %2 builds, %3 releases taken over in %4 s "
                       "(%5 tasks/s)")
            .arg(tasks)
            .arg(full->system(RemoteSystem::Concourse).read)
            .arg(full->adopted.size())
            .arg(fullSeconds, 0, 'f', 2)
            .arg(tasks / fullSeconds, 0, 'f', 0));
    say(QStringLiteral("  processor time meanwhile: the sandbox %1 s, the sync %2 s, on %3 cores")
            .arg(sandboxCpu, 0, 'f', 2)
            .arg(selfCpu, 0, 'f', 2)
            .arg(QThread::idealThreadCount()));
    say(QStringLiteral("peak memory (VmHWM): %1").arg(peakMemory()));

    timer.restart();
    const auto incremental = runSync(engine);
    const double incrementalSeconds = timer.nsecsElapsed() / 1e9;
    if (!incremental || !incremental->ok())
        return fail(incremental ? SyncSummary::lines(*incremental).join(u'\n')
                                : QStringLiteral("no result"));
    say(QStringLiteral("incremental sync: %1 tasks read in %2 s, %3% of the full sync "
                       "(target: under 2%)")
            .arg(incremental->system(RemoteSystem::Jira).read)
            .arg(incrementalSeconds, 0, 'f', 3)
            .arg(100 * incrementalSeconds / fullSeconds, 0, 'f', 2));

    const JiraConnection jira = JiraSync::searchConnection(Integrations::jiraConnection(
        document->settings, document->secrets.value(RemoteSystem::Jira)));
    const auto query = JiraSync::query(document->settings.jira, QDateTime());
    const auto curlSeconds = curlPages(parser.value(curlOption), jira, query->toString(), tasks,
                                       directory.filePath(QStringLiteral("curl.config")));
    if (!curlSeconds)
        return fail(curlSeconds.error());
    say(QStringLiteral("curl, the same %1 pages of %2 one after another: %3 s; full sync / curl "
                       "= %4 (target: at most 1.2)")
            .arg((tasks + jira.pageSize - 1) / jira.pageSize)
            .arg(jira.pageSize)
            .arg(curlSeconds.value(), 0, 'f', 2)
            .arg(fullSeconds / curlSeconds.value(), 0, 'f', 2));
    return 0;
}
