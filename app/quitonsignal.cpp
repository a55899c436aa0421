#include "quitonsignal.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>

namespace ReleaseDesk {
namespace {

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

} // namespace

void quitOnSignal(QCoreApplication &app)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    // A signal handler may only set a flag; the event loop looks at it.
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll->start(100);
}

} // namespace ReleaseDesk
