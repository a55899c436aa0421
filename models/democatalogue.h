#pragma once

#include "domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

// The demo team as tables: its five services, its forty Jira tasks, and the
// story of each of its releases; and, worked out from them, what Jira and
// Concourse say about its tasks and builds. DemoData seeds a store from these
// by driving ReleaseWorkflow through each release's story.
namespace ReleaseDesk::Demo {

enum Svc { Orders, Payments, Filing, Search, Accounts };

struct ServiceSpec
{
    const char *name;
    const char *deploymentType;
    const char *liveVersion; // what was live before the first demo release
};

struct TaskSpec
{
    int number;
    Svc service;
    const char *summary;
};

// What makes a release's story more than the happy path.
enum class Twist {
    None,
    FailedInCiDev,   // `trouble` fails in CI-Dev, the last task is still untested
    FailingPipeline, // cidev-apply fails for the first service, so nothing is tested
    RetestFailure,   // ready for staging, `trouble` fails a retest, goes back, passes
    StagingFailure,  // `trouble` fails in Staging
    BackOut,         // live, then backed out
    Cancel,          // cancelled once the ticket was raised
};

struct Shipped
{
    Svc service;
    const char *version;
};

struct PlanSpec
{
    int daysAgo; // created this many days before yesterday
    Stage target;
    Twist twist;
    int tasks[4]; // 0 ends the list
    Shipped shipped[2];
    int trouble;
    const char *config; // nullptr: no config changes
};

extern const std::span<const ServiceSpec> serviceSpecs; // by Svc
extern const std::span<const TaskSpec> taskSpecs;
extern const std::span<const PlanSpec> planSpecs; // one release each, oldest first
extern const int planCount;
extern const std::span<const char *const> developers;
extern const std::span<const char *const> testers;

inline QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString taskKey(int number); // "CHS-1216"
const TaskSpec &taskSpec(int number);
QList<int> tasksOf(const PlanSpec &plan);
QList<Shipped> shippedBy(const PlanSpec &plan);

// When each release was started and what it was called, as the seeding worked
// them out from its clock: the rest of the story hangs off these.
struct Timeline
{
    QDateTime now;
    QStringList names;        // per plan
    QList<QDateTime> created; // per plan
};

// Jira's view of every task, and Concourse's builds of every shipped version.
QList<Change> changes(const Timeline &timeline);
QList<PipelineBuild> builds(const Timeline &timeline);

} // namespace ReleaseDesk::Demo
