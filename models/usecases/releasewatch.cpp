#include "models/usecases/releasewatch.h"

#include "models/usecases/releaserequests.h"

#include <algorithm>

namespace ReleaseDesk::ReleaseWatch {

bool awaitsReply(const QList<ReleaseSummary> &summaries, const QDateTime &now)
{
    const QDateTime recent = now.addSecs(-awaitedReplyHours * 3600);
    return std::any_of(summaries.cbegin(), summaries.cend(), [&](const ReleaseSummary &s) {
        const Stage stage = s.release.stage;
        return (stage == Stage::StagingRequested || stage == Stage::LiveRequested) &&
               s.release.stageChanged >= recent;
    });
}

QList<SentBack> sentBack(const QList<Change> &changed, const QList<Release> &releases,
                         const QString &reworkStatus)
{
    QList<SentBack> found;
    for (const Change &change : changed) {
        if (change.status.compare(reworkStatus, Qt::CaseInsensitive) != 0)
            continue;
        for (const Release &release : releases) {
            if (!isTerminal(release.stage) && release.taskKeys.contains(change.key))
                found.append({change.key, release.name});
        }
    }
    return found;
}

} // namespace ReleaseDesk::ReleaseWatch
