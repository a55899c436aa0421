#pragma once

#include "models/formats/outboxpayload.h"
#include "models/lifecycle/lifecycle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ReleaseDesk {

// What the remote system answered a sent entry with, as far as the release
// cares: the page id and address, the change number and address, the
// message's ts, the comment's id.
struct OutboxAnswer
{
    QString reference;
    QString url;
    friend bool operator==(const OutboxAnswer &, const OutboxAnswer &) = default;
};

// What recording a sent entry changes: the release (nullopt: unchanged) and
// the events for its trail, for OutboxQueue::completeOutboxEntry.
struct OutboxEffect
{
    std::optional<Release> release;
    QList<AuditEvent> events;
};

// How a sent write's answer lands on its release: the published page, the
// raised change, the posted requests' message refs, and the move each of them
// makes possible (NotesPublished, TicketRaised, StagingRequested,
// LiveRequested), through Lifecycle::checkTransition like any other move.
// Never refuses: the write happened, so the record of it must be kept even
// when the release has moved on meanwhile; the event then says why it stays.
class OutboxEffects
{
    Q_DECLARE_TR_FUNCTIONS(OutboxEffects)

public:
    // The actor of the events: the app, not the person who queued the write.
    static QString actor() { return QStringLiteral("ReleaseDesk"); }

    // `facts` is the entry's release as stored now; nullopt when the entry
    // belongs to no release, which then has nothing to record.
    static OutboxEffect of(const OutboxEntry &entry, const OutboxPayload &payload,
                           const OutboxAnswer &answer, const std::optional<ReleaseFacts> &facts,
                           const QDateTime &now);
};

} // namespace ReleaseDesk
