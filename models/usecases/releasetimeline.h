#pragma once

#include "models/domain/domain.h"

#include <QDateTime>
#include <QList>

#include <variant>

namespace ReleaseDesk {

// One thing in a release's history, whichever record it came from: an audit
// event, a message in the release channel, or a write queued in the outbox.
struct TimelineEntry
{
    QDateTime at;
    std::variant<AuditEvent, ChannelMessage, OutboxEntry> record;

    // What a person should look at: a reply in the channel that sync could
    // not read, the release team's words from someone outside it, or a write
    // that failed and waits for a retry or a discard.
    bool needsAttention() const;
    // Who or what it is from: the audit event's actor, the message's author;
    // an outbox write names nobody (see queuedBy).
    QString who() const;
    // An outbox write not yet sent lives only in this desk's outbox: the
    // other desks and the systems do not know it yet.
    bool isLocal() const;
    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

// Merges the three histories of one release into one, oldest first. Entries at
// the same time keep the order audit, channel, outbox, each in its own order,
// so a request's audit event comes before the message it posted.
QList<TimelineEntry> mergeTimeline(const QList<AuditEvent> &audit,
                                   const QList<ChannelMessage> &messages,
                                   const QList<OutboxEntry> &outbox);

// Who queued the outbox write at `index` of `timeline`: a write is queued in
// the same store write as its audit event, at the same time and merged just
// before it, so the latest event at that time names them. Empty when there
// is none, or the entry is not an outbox write.
QString queuedBy(const QList<TimelineEntry> &timeline, qsizetype index);

} // namespace ReleaseDesk
