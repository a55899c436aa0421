#pragma once

#include "models/formats/outboxpayload.h"
#include "models/ports/clock.h"
#include "models/ports/releasestore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ReleaseDesk {

// The use cases that ask the release team's systems for something: publish
// the notes to Confluence, raise the change in ServiceNow, ask for staging and
// for live in the release channel. Each checks its gate and queues its write
// in the outbox in the same store write as its audit event; the release moves
// on once the write has been sent and its answer recorded (OutboxEffects).
// A write already waiting (Pending, Sending, or Failed and waiting for a
// person) is not queued a second time.
class ReleaseRequests
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseRequests)

public:
    // The requests, for the checks a form runs before offering one.
    enum class Request { PublishNotes, RaiseChange, RequestStaging, RequestLive };

    ReleaseRequests(ReleaseStore &store, const Clock &clock);

    // Once the release is ready for staging and its notes are complete; again
    // later to bring the page up to date.
    Status publishNotes(qint64 releaseId, const QString &actor);
    // What keeps publishNotes from queueing the page of `release` now, in the
    // order it is checked; empty when nothing does. For a form's Publish button.
    static QStringList notesPublishBlockers(const Release &release);
    // The release's tasks as `changes` know them, in the release's order: what
    // the published page lists. A key the cache does not know is left out.
    static QList<Change> tasksOf(const Release &release, const QList<Change> &changes);
    // Once the notes page is published; again later to update the change.
    Status raiseChange(qint64 releaseId, const QString &actor);
    // Once the change ticket is raised, with its number and the notes' link.
    Status requestStaging(qint64 releaseId, const QString &actor);
    // Once staging has passed.
    Status requestLive(qint64 releaseId, const QString &actor);

    // Whether `release` may make `request` now; the error says why not. The
    // same check the request itself runs, for a button and its tooltip.
    static Status check(Request request, const Release &release);
    // The entry of `entries` that makes `request` for `release` and is still
    // on its way or waits for a person; nullopt when there is none.
    static std::optional<OutboxEntry> waitingEntry(Request request, const Release &release,
                                                   const QList<OutboxEntry> &entries);

    // The change request for a release whose notes are published: the notes'
    // description and link, the backout plan, what is deployed and how it is tested.
    static RaiseChangePayload changeRequest(const Release &release);
    // The correlation_id of a release's change, by which every desk finds it:
    // "releasedesk:<name>" when that fits ServiceNow's 100 characters, else
    // "releasedesk:<the name's first 75 characters>~<12 hex digits of the
    // SHA-1 of the name>", exactly 100. ServiceNow cuts a longer value
    // silently, so a change raised under it would never be found again.
    static QString correlationId(const QString &releaseName);
    // What every correlationId() starts with: how a sync asks for ReleaseDesk's changes.
    static QString correlationPrefix() { return QStringLiteral("releasedesk:"); }
    // What a verdict writes: the comment that keeps it on its Jira task
    // (VerdictComment), with the move to `toStatus` (empty: none) by the
    // transition named `transition` (empty: the one that leads there), and for a
    // failure a message in the release channel that tells the developers.
    // Keyed by the verdict's ref, which must be set; `releaseId` is the
    // release they are filed under (0: none).
    static QList<OutboxEntry> verdictWrites(const TestResult &verdict, qint64 releaseId,
                                            const QString &toStatus,
                                            const QString &transition = {});
    // The Jira status a failed task goes back to by default.
    static QString reworkStatus() { return QStringLiteral("In Progress"); }

private:
    using Build = std::function<Result<OutboxPayload>(const Release &)>;
    Status queue(qint64 releaseId, const QString &actor, Request request, const Build &build);

    ReleaseStore &m_store;
    const Clock &m_clock;
};

} // namespace ReleaseDesk
