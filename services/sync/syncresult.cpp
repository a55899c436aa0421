#include "syncresult.h"

#include <algorithm>

namespace ReleaseDesk {

bool SyncResult::ok() const
{
    return !cancelled && adoptionError.isEmpty() &&
           std::none_of(systems.cbegin(), systems.cend(), [](const SystemSync &sync) {
               return sync.outcome == SystemSync::Outcome::Failed ||
                      sync.outcome == SystemSync::Outcome::Cancelled;
           });
}

const SystemSync &SyncResult::system(RemoteSystem system) const
{
    return *std::find_if(systems.cbegin(), systems.cend(),
                         [system](const SystemSync &sync) { return sync.system == system; });
}

SystemSync &SyncResult::system(RemoteSystem system)
{
    return *std::find_if(systems.begin(), systems.end(),
                         [system](const SystemSync &sync) { return sync.system == system; });
}

QString SyncSummary::line(const SystemSync &sync)
{
    const QString system = toTitle(sync.system);
    switch (sync.outcome) {
    case SystemSync::Outcome::Skipped:
        return tr("%1: not synced.").arg(system);
    case SystemSync::Outcome::Failed:
        return tr("%1: failed: %2").arg(system, sync.error);
    case SystemSync::Outcome::Cancelled:
        return tr("%1: cancelled; %n new or changed kept.", nullptr, int(sync.changed.size()))
            .arg(system);
    case SystemSync::Outcome::Synced:
        break;
    }
    QString line = tr("%1: synced, %2 read, %n new or changed.", nullptr, int(sync.changed.size()))
                       .arg(system)
                       .arg(sync.read);
    if (!sync.releases.isEmpty())
        line += u' ' + tr("Releases: %1.").arg(sync.releases.join(QStringLiteral("; ")));
    return line;
}

QStringList SyncSummary::lines(const SyncResult &result)
{
    QStringList lines;
    for (const SystemSync &sync : result.systems) {
        if (sync.outcome != SystemSync::Outcome::Skipped)
            lines << line(sync);
        for (const QString &reply : sync.unrecognised)
            lines << tr("%1: not understood, please read: %2").arg(toTitle(sync.system), reply);
    }
    if (!result.adopted.isEmpty())
        lines << tr("Releases taken over: %1.").arg(result.adopted.join(QStringLiteral(", ")));
    if (!result.followed.isEmpty())
        lines << tr("Releases moved on elsewhere: %1.")
                     .arg(result.followed.join(QStringLiteral(", ")));
    if (!result.adoptionError.isEmpty())
        lines << tr("Taking over releases failed: %1").arg(result.adoptionError);
    if (result.cancelled)
        lines << tr("Sync cancelled; what was stored is kept.");
    return lines;
}

} // namespace ReleaseDesk
