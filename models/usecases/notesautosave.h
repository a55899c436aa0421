#pragma once

#include "models/ports/clock.h"
#include "models/ports/notesdraftstore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace ReleaseDesk {

// Keeps the release-notes form's draft in a NotesDraftStore while someone
// types: after a short pause in typing, and at once when an edit is
// committed (a field left, a choice made, an undo). A draft that equals the
// saved notes is removed rather than kept, so a draft on disk always means
// unsaved work.
class NotesAutosave : public QObject
{
    Q_OBJECT

public:
    using Current = std::function<NotesDraft()>;

    NotesAutosave(NotesDraftStore &store, const Clock &clock, QObject *parent = nullptr);

    // Follows `releaseId` from now on: `saved` is what the store holds,
    // `current` reads the form. Nothing is written until the next edit.
    void follow(qint64 releaseId, const NotesDraft &saved, Current current);
    // Stops following without writing: what is kept stays kept.
    void stop();

    void setIdleDelay(int milliseconds) { m_idle.setInterval(milliseconds); }
    int idleDelay() const { return m_idle.interval(); }
    bool isPending() const { return m_idle.isActive(); }

    // An edit in progress: kept once typing pauses.
    void edited();
    // A finished edit: kept now.
    Status commit();
    // The notes were saved as `saved`: the draft is no longer needed.
    Status saved(const NotesDraft &saved);

signals:
    // After each write: when the draft was kept, or an invalid time once it
    // was removed because it equals the saved notes.
    void kept(const QDateTime &when);
    // A draft that could not be written, with why; the form still holds it.
    void failed(const QString &error);

private:
    Status write();

    NotesDraftStore &m_store;
    const Clock &m_clock;
    QTimer m_idle;
    qint64 m_releaseId = 0;
    NotesDraft m_saved;
    Current m_current;
};

} // namespace ReleaseDesk
