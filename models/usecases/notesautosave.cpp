#include "models/usecases/notesautosave.h"

namespace ReleaseDesk {

NotesAutosave::NotesAutosave(NotesDraftStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, [this] { (void)write(); });
}

void NotesAutosave::follow(qint64 releaseId, const NotesDraft &saved, Current current)
{
    m_idle.stop();
    m_releaseId = releaseId;
    m_saved = saved;
    m_current = std::move(current);
}

void NotesAutosave::stop()
{
    m_idle.stop();
    m_releaseId = 0;
    m_current = {};
}

void NotesAutosave::edited()
{
    if (m_current)
        m_idle.start();
}

Status NotesAutosave::commit()
{
    if (!m_current)
        return success();
    return write();
}

Status NotesAutosave::saved(const NotesDraft &saved)
{
    m_saved = saved;
    return write();
}

Status NotesAutosave::write()
{
    m_idle.stop();
    if (!m_current)
        return success();
    const NotesDraft current = m_current();
    const bool unsaved = current != m_saved;
    const QDateTime now = m_clock.now();
    Status written =
        unsaved ? m_store.keep(m_releaseId, KeptDraft{current, now}) : m_store.remove(m_releaseId);
    if (!written) {
        emit failed(written.error());
        return written;
    }
    emit kept(unsaved ? now : QDateTime());
    return written;
}

} // namespace ReleaseDesk
