#pragma once

#include "models/lifecycle/releaseboard.h"

#include <functional>

class QObject;

namespace ReleaseDesk {

// Where the dashboard gets its board from. Reading 100,000 tasks takes longer
// than a window may freeze, so the app reads on a worker thread; tests and
// small stores read in place. `done` is called on the caller's thread, and
// only while `context` lives.
class BoardSource
{
public:
    using Done = std::function<void(Result<BoardSnapshot>)>;

    virtual ~BoardSource() = default;
    virtual void read(QObject *context, Done done) = 0;
};

// Reads in place, before read() returns.
class StoreBoardSource final : public BoardSource
{
public:
    explicit StoreBoardSource(const ReleaseStore &store) : m_store(store) {}
    void read(QObject *, Done done) override { done(ReleaseBoard::read(m_store)); }

private:
    const ReleaseStore &m_store;
};

} // namespace ReleaseDesk
