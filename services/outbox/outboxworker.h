#pragma once

#include "outboxretry.h"
#include "outboxsender.h"

#include "models/domain/domain.h"
#include "models/ports/clock.h"
#include "models/ports/releasestore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace ReleaseDesk {

class Integrations;
class OutboxAttempt;

// Sends the outbox, one entry at a time, oldest first, and records what each
// answer changes in the same store write that marks the entry Done. Survives
// a crash at any point: an entry is marked Sending before its request goes
// out, and one still Sending when the worker starts again is sent by the same
// look-up-first path, so a write that did arrive is found and not made twice.
// A failure that may pass is tried again later with backoff; one that will
// not (or one that keeps failing) leaves the entry Failed for a person to
// retry or discard, and says so with failed().
class OutboxWorker : public QObject
{
    Q_OBJECT

public:
    // A number in 0..1 that spreads each backoff.
    using Jitter = std::function<double()>;

    // `store`, `integrations` and `clock` must outlive the worker. Without a
    // jitter a random one is used.
    OutboxWorker(ReleaseStore &store, Integrations &integrations, const Clock &clock,
                 OutboxRetry::Policy policy = {}, Jitter jitter = {}, QObject *parent = nullptr);
    ~OutboxWorker() override;

    // Starts sending what is due, and waits for the rest. stop() abandons an
    // attempt in flight, which leaves its entry Sending to be checked on the
    // next start, exactly as a crash would.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isSending() const;

public slots:
    // Looks for due entries now: the app calls it after a write that queued one.
    void kick();
    // The computer's network is back: the entries that wait because no
    // server answered (unreachable, or timed out) are due now, and are
    // looked for at once. Those a server asked to wait for keep their wait.
    void networkReturned();

signals:
    // The entry was sent and its effect recorded; it comes Done.
    void sent(const ReleaseDesk::OutboxEntry &entry);
    // The entry failed for good (lastError says why) and waits for a person.
    void failed(const ReleaseDesk::OutboxEntry &entry);
    // The attempt failed, or the system is not connected; the entry is
    // Pending again until entry.nextAttempt.
    void deferred(const ReleaseDesk::OutboxEntry &entry);
    // Entries still to be sent (Pending or Sending), for the status bar.
    void pendingCountChanged(int count);
    // Nothing is due now; the worker waits for the next retry or a kick().
    void idle();
    // The store could not be read or written; the worker tries again shortly.
    void storeProblem(const QString &message);

private:
    void schedulePump();
    void pump();
    void begin(OutboxEntry entry);
    void finish(OutboxEntry entry, const OutboxPayload &payload,
                const Result<OutboxAnswer> &answer);
    void complete(OutboxEntry entry, const OutboxPayload &payload, const OutboxAnswer &answer);
    void fail(OutboxEntry entry, const Error &failure);
    using Outcome = void (OutboxWorker::*)(const OutboxEntry &);
    void record(const OutboxEntry &entry, Outcome signal);
    // Pauses after a store problem, so that a store that keeps failing is not hammered.
    void pauseAfter(const QString &problem);
    void scheduleWake();
    void updatePendingCount();

    ReleaseStore &m_store;
    Integrations &m_integrations;
    const Clock &m_clock;
    OutboxRetry::Policy m_policy;
    Jitter m_jitter;
    OutboxSender m_sender;
    QTimer m_wake;
    bool m_running = false;
    bool m_pumpQueued = false;
    QPointer<OutboxAttempt> m_attempt;
    std::optional<int> m_pendingCount;
    // An attempt's outcome the store would not take. Its entry is left
    // Sending, which this worker's next claim would take again at once, its
    // backoff lost; so it is recorded before anything is claimed.
    struct Unrecorded
    {
        OutboxEntry entry;
        Outcome signal;
    };
    std::optional<Unrecorded> m_unrecorded;
    // Entries this worker deferred because no server answered; they may go
    // as soon as the network is back. Kept in memory only: after a restart
    // they wait out their backoff.
    QSet<qint64> m_waitingForNetwork;
};

} // namespace ReleaseDesk

Q_DECLARE_METATYPE(ReleaseDesk::OutboxEntry)
