#include "windowprobe.h"

#include "models/itemmodels/dashboardroles.h"
#include "services/store/backgroundboardsource.h"
#include "services/store/notesdraftfolder.h"
#include "services/store/sqlitestore.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace ReleaseDesk::Bench {
namespace {

void print(const char *name, double value)
{
    std::printf("%s %.3f\n", name, value);
    std::fflush(stdout);
}

// The peak resident set of this process so far, in kB, from the kernel.
double peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble();
    }
    return 0;
}

// Notes when a widget has been painted.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        painted = painted || event->type() == QEvent::Paint;
        return false;
    }
};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The search as DashboardFilterModel reads it, done the plain way on the plain strings.
int plainScan(const QStringList &strings, const QString &search)
{
    const QStringList words = search.simplified().split(u' ', Qt::SkipEmptyParts);
    int matches = 0;
    for (const QString &text : strings) {
        matches += std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive);
        });
    }
    return matches;
}

// Types `query` a key at a time and takes it back, timing each keystroke's
// filtering, the same with the repaint it causes, and the plain scan of each
// text the field goes through. Microseconds per keystroke, medians of rounds.
void measureKeys(MainWindow &window, const QStringList &strings, const QString &query)
{
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    edit->setFocus();
    QList<double> filter, painted, scan;
    QElapsedTimer timer;
    for (int round = 0; round < 5; ++round) {
        qint64 filterNs = 0, paintNs = 0, scanNs = 0;
        int keys = 0;
        const auto key = [&](Qt::Key code, QChar text) {
            timer.start();
            QTest::keyClick(edit, code, Qt::NoModifier);
            Q_UNUSED(text);
            filterNs += timer.nsecsElapsed();
            QCoreApplication::processEvents();
            paintNs += timer.nsecsElapsed();
            timer.start();
            volatile int matches = plainScan(strings, edit->text());
            Q_UNUSED(matches);
            scanNs += timer.nsecsElapsed();
            ++keys;
        };
        for (QChar c : query)
            key(Qt::Key(c.toUpper().unicode()), c);
        while (!edit->text().isEmpty())
            key(Qt::Key_Backspace, {});
        filter << filterNs / 1000.0 / keys;
        painted << paintNs / 1000.0 / keys;
        scan << scanNs / 1000.0 / keys;
    }
    print("key_us", median(filter));
    print("key_paint_us", median(painted));
    print("scan_us", median(scan));
}

double selectMs(MainWindow &window, qint64 releaseId)
{
    QElapsedTimer timer;
    timer.start();
    window.selectRelease(releaseId);
    const double ms = timer.nsecsElapsed() / 1e6;
    settle();
    return ms;
}

} // namespace

int runWindowProbe(const QStringList &arguments)
{
    const auto value = [&](const char *name) {
        return arguments.value(arguments.indexOf(QLatin1String(name)) + 1);
    };
    QElapsedTimer timer;
    timer.start();
    auto store = SqliteStore::open(value("--db"));
    if (!store) {
        std::fprintf(stderr, "probe: %s\n", qPrintable(store.error()));
        return 1;
    }
    NotesDraftFolder drafts(value("--profile"));
    SystemClock clock;
    // As the app reads the board: on a worker thread, over its own connection.
    BackgroundBoardSource board(store.value()->path());
    MainWindow window(*store.value(), drafts, clock, QStringLiteral("bench.user"), &board);
    auto *view = window.findChild<QTableView *>(QStringLiteral("dashboardView"));
    bool rowsIn = false;
    QObject::connect(&window.dashboard(), &DashboardPage::loaded, &window, [&] { rowsIn = true; });
    PaintWatch watch;
    view->viewport()->installEventFilter(&watch);
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    print("shown_ms", timer.nsecsElapsed() / 1e6);
    print("shown_peak_kb", peakKb());
    // Then the rows: read in the background, shown, painted.
    while (!rowsIn)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    watch.painted = false;
    view->viewport()->update();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    print("rows_ms", timer.nsecsElapsed() / 1e6);
    if (!arguments.contains(QLatin1String("--keys")))
        return 0;

    // The strings the search looks at, in their own case: name, services, tasks, stage.
    QStringList strings;
    qint64 bigId = 0, smallId = 0;
    for (const ReleaseSummary &summary : window.dashboard().board().summaries()) {
        const Release &release = summary.release;
        QStringList services;
        for (const ReleaseService &shipped : release.services)
            services << shipped.service + u'@' + shipped.version;
        strings << release.name + u' ' + services.join(QLatin1String(", ")) + u' ' +
                       release.taskKeys.join(u' ') + u' ' + toTitle(release.stage);
        if (release.taskKeys.size() > 1000)
            bigId = release.id;
        else if (release.taskKeys.size() >= 8 && smallId == 0)
            smallId = release.id;
    }
    measureKeys(window, strings, QStringLiteral("chs-service-1 2026"));
    print("select_small_ms", selectMs(window, smallId));
    print("select_big_ms", selectMs(window, bigId));
    print("select_small_ms_again", selectMs(window, smallId));
    print("peak_kb", peakKb());
    return 0;
}

} // namespace ReleaseDesk::Bench
