// The dashboard's benchmark: a SQLite store of 100,000 Jira tasks and 2,000
// releases made from the sandbox's seeded catalogue, then, in fresh child
// processes so that neither side inherits the other's warm caches, the main
// window opened on an empty store and on the big one (until its first paint
// and an idle event loop), keystrokes in the dashboard's search field against
// a plain case-insensitive scan of the same strings, a release of 5,000 tasks
// selected for the sign-off table, and the peak memory. Prints each figure
// beside its yardstick and target. scripts/bench-dashboard.sh builds it
// optimised and runs it. Not a test: the machine decides the numbers.
//
//   bench_dashboard [--tasks N] [--releases N] [--runs N]

#include "benchoutput.h"
#include "dashboardbenchstore.h"
#include "windowprobe.h"

#include "services/store/sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ReleaseDesk;

namespace {

using Bench::say;

int fail(const QString &why)
{
    return Bench::fail("bench_dashboard", why);
}

// Runs this program as a probe child and reads its "name value" lines.
QHash<QString, double> probe(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--probe")} + arguments);
    QHash<QString, double> figures;
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return figures;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 2)
            figures.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    return figures;
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    // A probe child is a GUI process; the parent only makes the store and reports.
    if (argc > 1 && qstrcmp(argv[1], "--probe") == 0) {
        QApplication app(argc, argv);
        return Bench::runWindowProbe(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasksOption(QStringLiteral("tasks"), QStringLiteral("Jira tasks."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption releasesOption(QStringLiteral("releases"), QStringLiteral("Releases."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Write the stores into DIR and keep them, to profile a probe."),
        QStringLiteral("DIR"));
    parser.addOptions({tasksOption, releasesOption, runsOption, keepOption});
    parser.process(app);

    QTemporaryDir temporary;
    if (!temporary.isValid())
        return fail(temporary.errorString());
    const QDir scratch(parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path());
    const QString emptyPath = scratch.filePath(QStringLiteral("empty.sqlite3"));
    const QString bigPath = scratch.filePath(QStringLiteral("big.sqlite3"));
    Bench::StoreSize size;
    size.tasks = parser.value(tasksOption).toInt();
    size.releases = parser.value(releasesOption).toInt();
    size.now = QDateTime::currentDateTimeUtc();
    {
        auto empty = SqliteStore::open(emptyPath);
        if (!empty)
            return fail(empty.error());
        auto big = SqliteStore::open(bigPath);
        if (!big)
            return fail(big.error());
        QElapsedTimer timer;
        timer.start();
        if (const Status filled = Bench::fillStore(*big.value(), size); !filled)
            return fail(filled.error());
        say(QStringLiteral("store: %1 tasks, %2 releases (+1 of %3 tasks) written in %4 s")
                .arg(size.tasks)
                .arg(size.releases)
                .arg(size.bigReleaseTasks)
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }

    const int runs = qMax(1, parser.value(runsOption).toInt());
    QList<double> shownRatios, keyRatios, peaks;
    for (int run = 1; run <= runs; ++run) {
        const QStringList common{QStringLiteral("--profile"), scratch.path()};
        const auto empty = probe(common + QStringList{QStringLiteral("--db"), emptyPath});
        const auto big =
            probe(common + QStringList{QStringLiteral("--db"), bigPath, QStringLiteral("--keys")});
        if (!empty.contains(QStringLiteral("shown_ms")) ||
            !big.contains(QStringLiteral("shown_ms")))
            return fail(QStringLiteral("a probe child failed"));
        const double shownRatio = big.value(QStringLiteral("shown_ms")) /
                                  qMax(0.001, empty.value(QStringLiteral("shown_ms")));
        const double keyRatio =
            big.value(QStringLiteral("key_us")) / qMax(0.001, big.value(QStringLiteral("scan_us")));
        const double peakMb = big.value(QStringLiteral("peak_kb")) / 1024.0;
        shownRatios << shownRatio;
        keyRatios << keyRatio;
        peaks << peakMb;
        say(QStringLiteral("run %1").arg(run));
        say(QStringLiteral("  window shown:    %1 ms  (empty store %2 ms, x%3; target x1.5)  %4")
                .arg(big.value(QStringLiteral("shown_ms")), 0, 'f', 0)
                .arg(empty.value(QStringLiteral("shown_ms")), 0, 'f', 0)
                .arg(shownRatio, 0, 'f', 2)
                .arg(verdict(shownRatio <= 1.5)));
        say(QStringLiteral("  rows shown:      %1 ms  (empty store %2 ms; read on a worker thread, "
                           "the window answers meanwhile)")
                .arg(big.value(QStringLiteral("rows_ms")), 0, 'f', 0)
                .arg(empty.value(QStringLiteral("rows_ms")), 0, 'f', 0));
        say(QStringLiteral("  filter keystroke: %1 us  (plain scan %2 us, x%3; target x2)  %4")
                .arg(big.value(QStringLiteral("key_us")), 0, 'f', 0)
                .arg(big.value(QStringLiteral("scan_us")), 0, 'f', 0)
                .arg(keyRatio, 0, 'f', 2)
                .arg(verdict(keyRatio <= 2.0)));
        say(QStringLiteral("  keystroke with repaint: %1 us")
                .arg(big.value(QStringLiteral("key_paint_us")), 0, 'f', 0));
        say(QStringLiteral("  peak memory:     %1 MB  (at first paint %2 MB; target < 150 MB)  %3")
                .arg(peakMb, 0, 'f', 1)
                .arg(big.value(QStringLiteral("shown_peak_kb")) / 1024.0, 0, 'f', 1)
                .arg(verdict(peakMb < 150)));
        say(QStringLiteral("  select the %1-task release: %2 ms  (an 8-task release %3 ms)")
                .arg(size.bigReleaseTasks)
                .arg(big.value(QStringLiteral("select_big_ms")), 0, 'f', 0)
                .arg(big.value(QStringLiteral("select_small_ms")), 0, 'f', 0));
    }
    say(QStringLiteral("median of %1: window x%2 %3, keystroke x%4 %5, peak %6 MB %7")
            .arg(runs)
            .arg(median(shownRatios), 0, 'f', 2)
            .arg(verdict(median(shownRatios) <= 1.5))
            .arg(median(keyRatios), 0, 'f', 2)
            .arg(verdict(median(keyRatios) <= 2.0))
            .arg(median(peaks), 0, 'f', 1)
            .arg(verdict(median(peaks) < 150)));
    return 0;
}
