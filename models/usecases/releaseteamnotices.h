#pragma once

#include "models/domain/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ReleaseDesk {

// What the desk writes when a person records the release team's action by
// hand: the team's own words (SlackFormat, read back by ReleaseTeamReply) in
// the thread of the release's newest request, or at the top of the channel
// when it has none, so that every desk's sync reads them; and for a back
// out, a work note on the change ticket, where the release team looks.
// `release` is the release as it stood before the move; `earlier` is every
// outbox entry, by which the writes are numbered; `at` is when they are queued.
class ReleaseTeamNotices
{
public:
    static QList<OutboxEntry> applied(const Release &release, Environment environment,
                                      const QString &testTask, const QList<OutboxEntry> &earlier,
                                      const QDateTime &at);
    static QList<OutboxEntry> backedOut(const Release &release, const QString &why,
                                        const QList<OutboxEntry> &earlier, const QDateTime &at);
    static QList<OutboxEntry> cancelled(const Release &release, const QString &why,
                                        const QList<OutboxEntry> &earlier, const QDateTime &at);
};

} // namespace ReleaseDesk
