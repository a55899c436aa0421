#pragma once

#include "models/ports/boardsource.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace ReleaseDesk {

// Reads the board on a worker thread over its own connection to the SQLite
// file, so that the window paints and answers while 100,000 tasks are read;
// WAL lets the reader and the window's writes go on side by side. One read
// runs at a time: asks that come meanwhile share the next read, which starts
// when the running one ends, so every ask sees what was written before it.
class BackgroundBoardSource final : public QObject, public BoardSource
{
    Q_OBJECT

public:
    explicit BackgroundBoardSource(QString databasePath, QObject *parent = nullptr);
    // Waits for a read in progress: its connection must close before the file does.
    ~BackgroundBoardSource() override;

    void read(QObject *context, Done done) override;

private:
    struct Waiting
    {
        QPointer<QObject> context;
        Done done;
    };
    void start();
    void deliver(const Result<BoardSnapshot> &snapshot);

    QString m_databasePath;
    QThread *m_thread = nullptr;
    QList<Waiting> m_running;
    QList<Waiting> m_next;
};

} // namespace ReleaseDesk
