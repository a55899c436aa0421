#pragma once

#include "models/usecases/releasetimeline.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// A release's timeline as the detail pane's rich text, newest first: audit
// events, the release channel's requests and replies, and outbox writes with
// their state. A reply sync could not read and a failed write stand out in red.
class TimelineHtml
{
    Q_DECLARE_TR_FUNCTIONS(TimelineHtml)

public:
    static QString render(const QList<TimelineEntry> &timeline);

private:
    static QString auditLine(const AuditEvent &event);
    static QString channelLine(const ChannelMessage &message);
    // What a message of `kind` did, in the timeline's words.
    static QString channelWhat(ChannelMessageKind kind);
    static QString outboxLine(const OutboxEntry &entry);
};

} // namespace ReleaseDesk
