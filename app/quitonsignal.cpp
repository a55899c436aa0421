#include "quitonsignal.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>

namespace ReleaseDesk {
namespace {

volatile std::sig_atomic_t stopFlag = 0;

void requestStop(int)
{
    stopFlag = 1;
}

} // namespace

void quitOnSignal(QCoreApplication &app)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // A signal handler may only set a flag; the event loop looks at it.
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [] {
        if (stopFlag)
            QCoreApplication::quit();
    });
    poll->start(100);
}

bool stopRequested()
{
    return stopFlag != 0;
}

} // namespace ReleaseDesk
