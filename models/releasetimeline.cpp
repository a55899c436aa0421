#include "releasetimeline.h"

#include <algorithm>

namespace ReleaseDesk {

bool TimelineEntry::needsAttention() const
{
    if (const auto *message = std::get_if<ChannelMessage>(&record))
        return message->kind == u"unrecognised" || message->kind == u"not-from-release-team";
    if (const auto *entry = std::get_if<OutboxEntry>(&record))
        return entry->state == OutboxState::Failed;
    return false;
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
