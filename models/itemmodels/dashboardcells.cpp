#include "models/itemmodels/dashboardcells.h"

#include "models/formats/displaytext.h"

namespace ReleaseDesk {
namespace {

QChar statusMark(const std::optional<PipelineBuild> &build)
{
    if (!build)
        return u'·';
    if (build->status == BuildStatus::Succeeded)
        return u'✓';
    return isRunning(build->status) ? u'▸' : u'✗';
}

} // namespace

QString DashboardCells::tallyText(const TaskTally &tally)
{
    if (tally.total() == 0)
        return tr("—");
    // %L: the locale's digit grouping, as localNumber() writes counts.
    return QStringLiteral("%L1✓ %L2✗ %L3·")
        .arg(tally.passed.size())
        .arg(tally.failed.size())
        .arg(tally.untested.size());
}

QString DashboardCells::tallyToolTip(Environment environment, const TaskTally &tally)
{
    // %n is the number of tasks, for the plural: "1 of 1 task", "3 of 4 tasks".
    QStringList lines{tr("%1 of %n tasks passed in %2", nullptr, tally.total())
                          .arg(localNumber(tally.passed.size()), toTitle(environment))};
    if (!tally.failed.isEmpty())
        lines << tr("Failed: %1").arg(tally.failed.join(QLatin1String(", ")));
    if (!tally.untested.isEmpty())
        lines << tr("Not tested yet: %1").arg(tally.untested.join(QLatin1String(", ")));
    return lines.join(u'\n');
}

double DashboardCells::tallySortValue(const TaskTally &tally)
{
    if (tally.total() == 0)
        return -1.0;
    return (double(tally.passed.size()) - 0.5 * double(tally.failed.size())) / tally.total();
}

QVariantList DashboardCells::badgeStatuses(const QList<PipelineBadge> &badges)
{
    QVariantList statuses;
    statuses.reserve(badges.size() * 3);
    for (const PipelineBadge &badge : badges) {
        for (const auto &build : badge.latest)
            statuses << (build ? int(build->status) : -1);
    }
    return statuses;
}

QString DashboardCells::badgesText(const QList<PipelineBadge> &badges)
{
    QStringList services;
    for (const PipelineBadge &badge : badges) {
        QString marks;
        for (const auto &build : badge.latest)
            marks += statusMark(build);
        services << marks;
    }
    return services.join(u' ');
}

QString DashboardCells::badgesToolTip(const QList<PipelineBadge> &badges)
{
    if (badges.isEmpty())
        return tr("The release ships no service.");
    QStringList lines;
    for (const PipelineBadge &badge : badges) {
        lines << (badge.version.isEmpty() ? badge.service : badge.service + u' ' + badge.version);
        for (std::size_t job = 0; job < badge.latest.size(); ++job) {
            const auto &build = badge.latest.at(job);
            const QString name = toKey(PipelineJob(job));
            lines << (build ? tr("  %1 #%2: %3").arg(name, build->name, toTitle(build->status))
                            : tr("  %1: not run").arg(name));
        }
    }
    return lines.join(u'\n');
}

double DashboardCells::badgesSortValue(const QList<PipelineBadge> &badges)
{
    int succeeded = 0;
    int jobs = 0;
    for (const PipelineBadge &badge : badges) {
        for (const auto &build : badge.latest) {
            ++jobs;
            succeeded += build && build->status == BuildStatus::Succeeded;
        }
    }
    return jobs == 0 ? -1.0 : double(succeeded) / jobs;
}

qint64 DashboardCells::ageInStage(const Release &release, const QDateTime &now)
{
    const QDateTime since = release.stageChanged.isValid() ? release.stageChanged : release.created;
    if (!since.isValid() || !now.isValid())
        return -1;
    return qMax<qint64>(0, since.secsTo(now));
}

QString DashboardCells::ageText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

} // namespace ReleaseDesk
