#pragma once

#include "models/domain/domain.h"
#include "models/lifecycle/releaseboard.h"
#include "models/usecases/releaserequests.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a desk watches for between syncs: whether a request still waits for the
// release team's answer, and which tasks of releases under way were sent back
// to development. Rules apart from the session that wires them, so that a test
// reaches them without a window.

namespace ReleaseDesk::ReleaseWatch {

// How long after a staging or live request its answer is looked for every
// minute. A request left unanswered for longer is a person's to chase.
inline constexpr int awaitedReplyHours = 8;

// Whether a release on the board asked for staging or live within
// awaitedReplyHours of `now`, so that the channel is read every minute.
bool awaitsReply(const QList<ReleaseSummary> &summaries, const QDateTime &now);

// A task of a release under way that went back to development: its test failed.
struct SentBack
{
    QString taskKey;
    QString releaseName;
    friend bool operator==(const SentBack &, const SentBack &) = default;
};

// Of the tasks a sync found changed, those now in development again (in the
// team's `reworkStatus`), once for each release under way that holds them.
QList<SentBack> sentBack(const QList<Change> &changed, const QList<Release> &releases,
                         const QString &reworkStatus = ReleaseRequests::reworkStatus());

} // namespace ReleaseDesk::ReleaseWatch
