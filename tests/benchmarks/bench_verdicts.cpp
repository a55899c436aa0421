// The tester's benchmark: a SQLite store of 100,000 Jira tasks and 2,000
// releases made from the sandbox's seeded catalogue (as bench_dashboard's),
// then 50 verdicts recorded one after another through ReleaseWorkflow, as a
// tester passing a release's tasks would, each timed from the click to the
// store's commit (the verdict, its events and its outbox writes). Prints the
// fastest, median and slowest against the 20 ms target.
// scripts/bench-verdicts.sh builds it optimised and runs it. Not a test: the
// machine decides the numbers.
//
//   bench_verdicts [--tasks N] [--releases N] [--verdicts N]

#include "benchoutput.h"
#include "dashboardbenchstore.h"

#include "models/ports/clock.h"
#include "models/usecases/releaseworkflow.h"
#include "services/store/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

using namespace ReleaseDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasksOption(QStringLiteral("tasks"), QStringLiteral("Jira tasks."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption releasesOption(QStringLiteral("releases"), QStringLiteral("Releases."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption verdictsOption(QStringLiteral("verdicts"),
                                            QStringLiteral("Verdicts to record."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({tasksOption, releasesOption, verdictsOption});
    parser.process(app);

    QTemporaryDir scratch;
    auto opened = SqliteStore::open(QDir(scratch.path()).filePath(QStringLiteral("big.sqlite3")));
    if (!opened)
        return Bench::fail("bench_verdicts", opened.error());
    SqliteStore &store = *opened.value();
    Bench::StoreSize size;
    size.tasks = parser.value(tasksOption).toInt();
    size.releases = parser.value(releasesOption).toInt();
    QElapsedTimer filling;
    filling.start();
    if (Status filled = Bench::fillStore(store, size); !filled)
        return Bench::fail("bench_verdicts", filled.error());
    Bench::say(QStringLiteral("store: %1 tasks, %2 releases, filled in %3 s")
                   .arg(size.tasks)
                   .arg(size.releases)
                   .arg(filling.elapsed() / 1000.0, 0, 'f', 1));

    // The tasks of the newest releases still under way: what a tester works through.
    QStringList keys;
    const auto releases = store.releases();
    if (!releases)
        return Bench::fail("bench_verdicts", releases.error());
    for (auto release = releases->crbegin(); release != releases->crend(); ++release) {
        if (isTerminal(release->stage))
            continue;
        for (const QString &key : release->taskKeys) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    const int wanted = parser.value(verdictsOption).toInt();
    keys = keys.mid(0, wanted);
    if (keys.size() < wanted)
        return Bench::fail("bench_verdicts",
                           QStringLiteral("only %1 tasks of releases under way").arg(keys.size()));

    SystemClock clock;
    ReleaseWorkflow workflow(store, clock);
    QList<double> times;
    for (const QString &key : std::as_const(keys)) {
        QElapsedTimer timer;
        timer.start();
        const Status recorded = workflow.recordTestResult(
            key, Environment::CiDev, TestOutcome::Passed, QStringLiteral("Ben Jones"), {});
        times << timer.nsecsElapsed() / 1e6;
        if (!recorded)
            return Bench::fail("bench_verdicts", recorded.error());
    }
    std::sort(times.begin(), times.end());
    Bench::say(QStringLiteral("record a verdict (%1 in a row): fastest %2 ms, median %3 ms, "
                              "slowest %4 ms; target: each under 20 ms")
                   .arg(times.size())
                   .arg(times.constFirst(), 0, 'f', 2)
                   .arg(times.at(times.size() / 2), 0, 'f', 2)
                   .arg(times.constLast(), 0, 'f', 2));
    return times.constLast() < 20 ? 0 : 1;
}
