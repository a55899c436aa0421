#include "models/usecases/releasetimeline.h"

#include <algorithm>

namespace ReleaseDesk {

bool TimelineEntry::needsAttention() const
{
    if (const auto *message = std::get_if<ChannelMessage>(&record))
        return message->kind == ChannelMessageKind::Unrecognised ||
               message->kind == ChannelMessageKind::NotFromReleaseTeam;
    if (const auto *entry = std::get_if<OutboxEntry>(&record))
        return entry->state == OutboxState::Failed;
    return false;
}

QString TimelineEntry::who() const
{
    if (const auto *event = std::get_if<AuditEvent>(&record))
        return event->actor;
    if (const auto *message = std::get_if<ChannelMessage>(&record))
        return message->author;
    return {};
}

bool TimelineEntry::isLocal() const
{
    const auto *entry = std::get_if<OutboxEntry>(&record);
    return entry && entry->state != OutboxState::Done && entry->state != OutboxState::Discarded;
}

QString queuedBy(const QList<TimelineEntry> &timeline, qsizetype index)
{
    if (index < 0 || index >= timeline.size() ||
        !std::holds_alternative<OutboxEntry>(timeline.at(index).record))
        return {};
    const QDateTime &queued = timeline.at(index).at;
    for (qsizetype earlier = index - 1; earlier >= 0; --earlier) {
        const TimelineEntry &entry = timeline.at(earlier);
        if (entry.at != queued)
            break;
        if (const auto *event = std::get_if<AuditEvent>(&entry.record))
            return event->actor;
    }
    return {};
}

QList<TimelineEntry> mergeTimeline(const QList<AuditEvent> &audit,
                                   const QList<ChannelMessage> &messages,
                                   const QList<OutboxEntry> &outbox)
{
    QList<TimelineEntry> timeline;
    timeline.reserve(audit.size() + messages.size() + outbox.size());
    for (const AuditEvent &event : audit)
        timeline << TimelineEntry{event.at, event};
    for (const ChannelMessage &message : messages)
        timeline << TimelineEntry{message.posted, message};
    for (const OutboxEntry &entry : outbox)
        timeline << TimelineEntry{entry.created, entry};
    // Stable, so that the sources' own order breaks ties; an unknown time sorts first.
    std::stable_sort(timeline.begin(), timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (!a.at.isValid() || !b.at.isValid())
                             return !a.at.isValid() && b.at.isValid();
                         return a.at < b.at;
                     });
    return timeline;
}

} // namespace ReleaseDesk
