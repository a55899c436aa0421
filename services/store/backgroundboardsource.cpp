#include "services/store/backgroundboardsource.h"

#include "services/store/sqlitestore.h"

#include <QFileInfo>

#include <memory>

namespace ReleaseDesk {

BackgroundBoardSource::BackgroundBoardSource(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{}

BackgroundBoardSource::~BackgroundBoardSource()
{
    // A read of 100,000 tasks may hold the exit up for a moment; its
    // connection must close before the file does.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundBoardSource::read(QObject *context, Done done)
{
    m_next << Waiting{context, std::move(done)};
    if (!m_thread)
        start();
}

void BackgroundBoardSource::start()
{
    m_running = std::exchange(m_next, {});
    auto result =
        std::make_shared<Result<BoardSnapshot>>(Result<BoardSnapshot>::failure(QString()));
    m_thread = QThread::create([path = m_databasePath, result] {
        // A reader never creates the file: a missing one is an error to show.
        if (!QFileInfo::exists(path)) {
            *result = Result<BoardSnapshot>::failure(
                BackgroundBoardSource::tr("The database %1 is missing.").arg(path));
            return;
        }
        // The store and its connection live and die on this thread.
        auto store = SqliteStore::open(path);
        *result = store ? ReleaseBoard::read(*store.value()) : store.failure();
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        deliver(*result);
        if (!m_next.isEmpty())
            start();
    });
    m_thread->start();
}

void BackgroundBoardSource::deliver(const Result<BoardSnapshot> &snapshot)
{
    for (Waiting &waiting : std::exchange(m_running, {})) {
        if (waiting.context)
            waiting.done(snapshot);
    }
}

} // namespace ReleaseDesk
