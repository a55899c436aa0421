#include "outboxworker.h"

#include "models/usecases/releaseworkflow.h"
#include "services/connections/integrations.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ReleaseDesk {

namespace {

// The worker looks at least this often for entries due later, so that a
// clock change or another process's write is not missed for long.
constexpr std::chrono::milliseconds longestSleep = std::chrono::minutes(10);
constexpr std::chrono::milliseconds pauseAfterStoreProblem = std::chrono::seconds(5);

} // namespace

// One attempt to send one entry: the context of every request it makes, so
// that destroying it abandons them all.
class OutboxAttempt final : public QObject
{
public:
    using QObject::QObject;

    // True the first time only: an answer and the deadline may both be on
    // their way, and just one of them decides the attempt.
    bool settle() { return !std::exchange(m_settled, true); }

private:
    bool m_settled = false;
};

OutboxWorker::OutboxWorker(ReleaseStore &store, Integrations &integrations, const Clock &clock,
                           OutboxRetry::Policy policy, Jitter jitter, QObject *parent)
    : QObject(parent), m_store(store), m_integrations(integrations), m_clock(clock),
      m_policy(policy), m_jitter(std::move(jitter)), m_sender(integrations)
{
    if (!m_jitter)
        m_jitter = [] { return QRandomGenerator::global()->generateDouble(); };
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxWorker::schedulePump);
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    schedulePump();
}

void OutboxWorker::stop()
{
    m_running = false;
    m_wake.stop();
    // Its requests go with it; the entry stays Sending, to be looked for first.
    delete m_attempt.data();
}

bool OutboxWorker::isSending() const
{
    return !m_attempt.isNull();
}

void OutboxWorker::kick()
{
    schedulePump();
}

void OutboxWorker::networkReturned()
{
    const QDateTime now = m_clock.now();
    for (const qint64 id : std::exchange(m_waitingForNetwork, {})) {
        const auto read = m_store.outboxEntry(id);
        // Sent, retried or discarded meanwhile, here or by another process.
        if (!read || read->state != OutboxState::Pending || read->nextAttempt <= now)
            continue;
        OutboxEntry entry = read.value();
        entry.nextAttempt = now;
        if (const Status saved = m_store.updateOutboxEntry(entry); !saved)
            emit storeProblem(saved.error());
    }
    schedulePump();
}

void OutboxWorker::schedulePump()
{
    if (!m_running || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void OutboxWorker::pump()
{
    if (!m_running || m_attempt)
        return;
    if (m_unrecorded) {
        const Unrecorded outcome = *m_unrecorded;
        return record(outcome.entry, outcome.signal);
    }
    const auto claimed = m_store.claimNextOutboxEntry(m_clock.now());
    if (!claimed)
        return pauseAfter(claimed.error());
    updatePendingCount();
    if (!claimed.value()) {
        scheduleWake();
        emit idle();
        return;
    }
    begin(*claimed.value());
}

void OutboxWorker::begin(OutboxEntry entry)
{
    const auto payload = OutboxPayloads::parse(entry);
    if (!payload) {
        // Nothing can make an unreadable payload sendable; a person decides.
        return fail(entry, payload.failure());
    }
    const RemoteSystem system = OutboxSender::systemOf(payload.value());
    if (!m_sender.isConnected(system)) {
        // Not an attempt: nothing was tried, and nothing will be until it is set up.
        entry.state = OutboxState::Pending;
        entry.attempts = std::max(0, entry.attempts - 1);
        entry.nextAttempt = m_clock.now().addMSecs(m_policy.notConnectedDelay.count());
        entry.lastError = Integrations::notConnected(system);
        return record(entry, &OutboxWorker::deferred);
    }

    auto *attempt = new OutboxAttempt(this);
    m_attempt = attempt;
    const auto timeout = m_policy.attemptTimeout;
    QTimer::singleShot(timeout, attempt, [this, attempt, entry, system, timeout] {
        if (!attempt->settle())
            return;
        const QString message =
            tr("%1 did not answer within %2 seconds; try again later.")
                .arg(toTitle(system), QString::number(double(timeout.count()) / 1000.0));
        // Its requests are abandoned with it; their callbacks never come.
        attempt->deleteLater();
        m_attempt = nullptr;
        fail(entry, Error{ErrorKind::Timeout, message});
    });
    m_sender.send(
        payload.value(), entry.created, attempt,
        [this, attempt, entry, payload = payload.value()](const Result<OutboxAnswer> &answer) {
            if (!attempt->settle())
                return;
            // Later: the client that called back may still be using it.
            attempt->deleteLater();
            m_attempt = nullptr;
            finish(entry, payload, answer);
        });
}

void OutboxWorker::finish(OutboxEntry entry, const OutboxPayload &payload,
                          const Result<OutboxAnswer> &answer)
{
    if (answer)
        complete(std::move(entry), payload, answer.value());
    else
        fail(std::move(entry), answer.failure());
}

void OutboxWorker::complete(OutboxEntry entry, const OutboxPayload &payload,
                            const OutboxAnswer &answer)
{
    std::optional<ReleaseFacts> facts;
    if (entry.releaseId != 0) {
        const auto read = ReleaseWorkflow(m_store, m_clock).facts(entry.releaseId);
        if (!read)
            return pauseAfter(read.error());
        facts = read.value();
    }
    const OutboxEffect effect = OutboxEffects::of(entry, payload, answer, facts, m_clock.now());
    const Status done = m_store.completeOutboxEntry(
        entry, effect.release ? &*effect.release : nullptr, effect.events);
    // The write arrived but is not recorded: the entry stays Sending and the
    // next attempt finds the write instead of making it again.
    if (!done)
        return pauseAfter(done.error());
    entry.state = OutboxState::Done;
    entry.nextAttempt = {};
    entry.lastError.clear();
    emit sent(entry);
    updatePendingCount();
    schedulePump();
}

void OutboxWorker::fail(OutboxEntry entry, const Error &failure)
{
    const OutboxRetry::Decision decision =
        OutboxRetry::afterFailure(m_policy, entry.attempts, failure, m_clock.now(), m_jitter());
    entry.state = decision.state;
    entry.nextAttempt = decision.nextAttempt;
    entry.lastError = decision.lastError;
    if (decision.state == OutboxState::Pending && reachedNoServer(failure.kind) &&
        !failure.retryAfter)
        m_waitingForNetwork.insert(entry.id);
    else
        m_waitingForNetwork.remove(entry.id);
    record(entry,
           decision.state == OutboxState::Failed ? &OutboxWorker::failed : &OutboxWorker::deferred);
}

void OutboxWorker::record(const OutboxEntry &entry, Outcome signal)
{
    if (const Status saved = m_store.updateOutboxEntry(entry); !saved) {
        m_unrecorded = Unrecorded{entry, signal};
        return pauseAfter(saved.error());
    }
    m_unrecorded.reset();
    emit(this->*signal)(entry);
    updatePendingCount();
    schedulePump();
}

void OutboxWorker::pauseAfter(const QString &problem)
{
    emit storeProblem(problem);
    if (m_running)
        m_wake.start(pauseAfterStoreProblem);
}

void OutboxWorker::scheduleWake()
{
    const auto pending = m_store.outbox(OutboxState::Pending);
    if (!pending)
        return pauseAfter(pending.error());
    const QDateTime now = m_clock.now();
    auto sleep = longestSleep;
    for (const OutboxEntry &entry : pending.value()) {
        if (entry.nextAttempt.isValid())
            sleep = std::min(sleep, std::chrono::milliseconds(
                                        std::max<qint64>(0, now.msecsTo(entry.nextAttempt))));
    }
    m_wake.start(sleep);
}

void OutboxWorker::updatePendingCount()
{
    const auto pending = m_store.outbox(OutboxState::Pending);
    const auto sending = m_store.outbox(OutboxState::Sending);
    if (!pending || !sending)
        return;
    const int count = int(pending->size() + sending->size());
    if (m_pendingCount == count)
        return;
    m_pendingCount = count;
    emit pendingCountChanged(count);
}

} // namespace ReleaseDesk
