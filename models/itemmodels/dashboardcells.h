#pragma once

#include "models/lifecycle/releaseboard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace ReleaseDesk {

// The dashboard's compact cells beyond plain fields: the per-environment
// counts, the pipeline badges and the age in stage, as text, tooltips and
// raw sort values. Apart from DashboardModel so that each stays short.
class DashboardCells
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCells)

public:
    // "5✓ 1✗ 1·": passed, failed, untested; "—" when the release has no tasks.
    static QString tallyText(const TaskTally &tally);
    static QString tallyToolTip(Environment environment, const TaskTally &tally);
    // Passed share, less a little per failure, so failures sort below untested.
    static double tallySortValue(const TaskTally &tally);

    // One int per badge dot, service by service in PipelineJob order: the
    // BuildStatus of the latest build, or -1 when the job has not run.
    static QVariantList badgeStatuses(const QList<PipelineBadge> &badges);
    // Per service "✓✓✓" with ✗ failed, ▸ running, · not run, for screen readers and tests.
    static QString badgesText(const QList<PipelineBadge> &badges);
    static QString badgesToolTip(const QList<PipelineBadge> &badges);
    // The share of jobs that succeeded, so red pipelines sort first.
    static double badgesSortValue(const QList<PipelineBadge> &badges);

    // Since the release entered its stage (its creation when unknown), in seconds; -1 unknown.
    static qint64 ageInStage(const Release &release, const QDateTime &now);
    // "45 min", "5 h", "3 d"; empty when unknown.
    static QString ageText(qint64 seconds);
};

} // namespace ReleaseDesk
