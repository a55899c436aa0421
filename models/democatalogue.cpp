#include "democatalogue.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>

namespace ReleaseDesk::Demo {
namespace {

constexpr ServiceSpec serviceTable[] = {
    {"chs-orders-api", "ECS", "3.11.2"},        {"chs-payments-web", "ECS", "2.7.3"},
    {"chs-filing-consumer", "Mesos", "1.18.4"}, {"chs-search-api", "Mesos", "4.2.3"},
    {"chs-accounts-web", "ECS", "0.27.1"},
};

constexpr TaskSpec taskTable[] = {
    {1201, Orders, "Return 404 instead of 500 for an unknown certificate order"},
    {1202, Payments, "Show the payment reference on the confirmation page"},
    {1203, Payments, "Fix rounding of the same-day certificate fee"},
    {1204, Search, "Add officer date of birth filter to advanced search"},
    {1205, Search, "Paginate dissolved company search results"},
    {1206, Accounts, "Validate balance sheet date against the accounting reference date"},
    {1207, Accounts, "Fix back link on the micro-entity accounts summary page"},
    {1208, Filing, "Retry filing submissions when the Kafka broker is unavailable"},
    {1209, Filing, "Log the transaction id with every rejected filing"},
    {1210, Orders, "Add delivery method to the certified copy order response"},
    {1211, Payments, "Time out payment sessions after 30 minutes"},
    {1212, Payments, "Fix double submission of the card details form"},
    {1213, Search, "Fix search query timeouts under heavy load"},
    {1214, Search, "Boost exact company name matches in search ranking"},
    {1215, Filing, "Handle confirmation statements with no SIC code change"},
    {1216, Accounts, "Raise the iXBRL accounts upload limit to 10 MB"},
    {1217, Orders, "Support missing image deliveries in order lookups"},
    {1218, Orders, "Fix order history sort order for multi-item baskets"},
    {1219, Search, "Index company names with Welsh characters"},
    {1220, Search, "Return alphabetical results for the A-Z company index"},
    {1221, Filing, "Consume registered office address change events"},
    {1222, Filing, "Fix dead-letter handling for malformed filing messages"},
    {1223, Accounts, "Show the filing deadline on the accounts start page"},
    {1224, Payments, "Fix late filing penalty fee on the payment summary"},
    {1225, Accounts, "Add the cookie banner to accounts pages"},
    {1226, Orders, "Add an idempotency key to certificate order checkout"},
    {1227, Search, "Fix search by company number with a leading zero"},
    {1228, Orders, "Publish order status changes to the notification service"},
    {1229, Search, "Add disqualified officers to search suggestions"},
    {1230, Payments, "Upgrade payments web to Node 20"},
    {1231, Payments, "Add Welsh translations to the payment failure page"},
    {1232, Orders, "Remove the deprecated v1 basket endpoints"},
    {1233, Accounts, "Accessibility fixes for the accounts upload form"},
    {1234, Search, "Cache company profile lookups in search results"},
    {1235, Filing, "Validate PSC statements in confirmation statement filings"},
    {1236, Payments, "Offer Apple Pay on the payment method page"},
    {1237, Filing, "Emit metrics for filing consumer lag"},
    {1238, Orders, "Handle expired basket links gracefully"},
    {1239, Accounts, "Prefill the company number from the sign-in session"},
    {1240, Search, "Upgrade the Elasticsearch client to 8.x"},
};

// Tasks in no release yet; released ones take their Jira status from the
// release's stage, and all of them were merged after review.
struct WorkInProgress
{
    int number;
    const char *status;
    ReviewState review;
};
constexpr WorkInProgress workInProgress[] = {
    {1232, "In Progress", ReviewState::Open},
    {1233, "In Review", ReviewState::Open},
    {1234, "In Review", ReviewState::ChangesRequested},
    {1235, "Ready for Test", ReviewState::Merged},
    {1236, "To Do", ReviewState::Unknown},
    {1237, "In Progress", ReviewState::Open},
    {1238, "To Do", ReviewState::Unknown},
    {1239, "In Review", ReviewState::Approved},
    {1240, "In Progress", ReviewState::Open},
};

// One release each, oldest first.
// clang-format off
constexpr PlanSpec planTable[] = {
    // days ago, stage it reaches, its story, tasks, services at versions, trouble, config
    {40, Stage::Live, Twist::None, {1201, 1202, 1203},
     {{Orders, "3.12.0"}, {Payments, "2.7.4"}}, 0, nullptr},
    {33, Stage::BackedOut, Twist::BackOut, {1204, 1205}, {{Search, "4.3.0"}}, 0,
     "chs-search-api: set ES_MAX_RESULT_WINDOW=20000 in the Mesos app config."},
    {28, Stage::Cancelled, Twist::Cancel, {1206, 1207}, {{Accounts, "0.28.0"}}, 0, nullptr},
    {21, Stage::Live, Twist::None, {1208, 1209, 1210},
     {{Filing, "1.19.0"}, {Orders, "3.13.0"}}, 0,
     "chs-filing-consumer: add KAFKA_RETRY_BACKOFF_MS=500 to the Mesos app config."},
    {11, Stage::LiveRequested, Twist::None, {1211, 1212}, {{Payments, "2.8.0"}}, 0,
     "chs-payments-web: add PAYMENT_SESSION_TIMEOUT_MINUTES=30 to the ECS task definition."},
    {9, Stage::StagingPassed, Twist::None, {1204, 1205, 1213, 1215},
     {{Search, "4.3.1"}, {Filing, "1.20.0"}}, 0,
     "chs-search-api: raise ES_QUERY_TIMEOUT_MS from 2000 to 5000."},
    {8, Stage::InStaging, Twist::StagingFailure, {1206, 1207, 1216},
     {{Accounts, "0.29.0"}}, 1216, nullptr},
    {7, Stage::StagingRequested, Twist::None, {1217, 1218}, {{Orders, "3.14.0"}}, 0, nullptr},
    {6, Stage::TicketRaised, Twist::None, {1214, 1219, 1220}, {{Search, "4.4.0"}}, 0, nullptr},
    {5, Stage::NotesPublished, Twist::None, {1221, 1222}, {{Filing, "1.21.0"}}, 0, nullptr},
    {4, Stage::ReadyForStaging, Twist::RetestFailure, {1223, 1224, 1225},
     {{Accounts, "0.30.0"}, {Payments, "2.8.1"}}, 1224, nullptr},
    {3, Stage::CiDev, Twist::FailedInCiDev, {1226, 1227, 1228, 1229},
     {{Orders, "3.15.0"}, {Search, "4.5.0"}}, 1227, nullptr},
    {1, Stage::CiDev, Twist::FailingPipeline, {1230, 1231}, {{Payments, "2.9.0"}}, 0, nullptr},
};
// clang-format on
constexpr const char *developerTable[] = {"Gareth Jones", "Aisha Khan", "Rhys Morgan",
                                          "Sian Davies", "Owen Price"};
constexpr const char *testerTable[] = {"Priya Shah", "Tom Evans"};

} // namespace

constinit const std::span<const ServiceSpec> serviceSpecs = serviceTable;
constinit const std::span<const TaskSpec> taskSpecs = taskTable;
constinit const std::span<const PlanSpec> planSpecs = planTable;
constinit const int planCount = int(std::size(planTable));
constinit const std::span<const char *const> developers = developerTable;
constinit const std::span<const char *const> testers = testerTable;

QString taskKey(int number)
{
    return QStringLiteral("CHS-%1").arg(number);
}

const TaskSpec &taskSpec(int number)
{
    return *std::find_if(std::begin(taskSpecs), std::end(taskSpecs),
                         [number](const TaskSpec &t) { return t.number == number; });
}

QList<int> tasksOf(const PlanSpec &plan)
{
    QList<int> tasks;
    for (int number : plan.tasks) {
        if (number)
            tasks << number;
    }
    return tasks;
}

QList<Shipped> shippedBy(const PlanSpec &plan)
{
    QList<Shipped> shipped;
    for (const Shipped &s : plan.shipped) {
        if (s.version)
            shipped << s;
    }
    return shipped;
}

namespace {

// "feature/CHS-1216-raise-the-ixbrl-accounts"
QString branchOf(const TaskSpec &task)
{
    QStringList words = str(task.summary).toLower().split(u' ');
    for (QString &word : words)
        word.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    words.removeAll(QString());
    const QString prefix = words.first() == QLatin1String("fix") ? QStringLiteral("bugfix/")
                                                                 : QStringLiteral("feature/");
    return prefix + taskKey(task.number) + u'-' + words.mid(0, 4).join(u'-');
}

QString commitOf(const TaskSpec &task)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(taskKey(task.number).toUtf8() + task.summary),
                                 QCryptographicHash::Sha1)
            .toHex());
}

// Jira's view of a task: it follows the last release that carries it.
QString statusOf(const Timeline &timeline, int number, QDateTime *updated)
{
    int last = -1;
    for (int plan = 0; plan < planCount; ++plan) {
        if (tasksOf(planSpecs[plan]).contains(number))
            last = plan;
    }
    if (last < 0) {
        *updated = timeline.now.addSecs(-3600 * (2 + number % 9));
        const auto *wip =
            std::find_if(std::begin(workInProgress), std::end(workInProgress),
                         [number](const WorkInProgress &w) { return w.number == number; });
        return wip != std::end(workInProgress) ? str(wip->status) : QStringLiteral("To Do");
    }
    const PlanSpec &spec = planSpecs[last];
    *updated = timeline.created[last].addDays(1);
    const bool troubled = number == spec.trouble && spec.twist != Twist::RetestFailure;
    switch (spec.target) {
    case Stage::Live:
        return QStringLiteral("Done");
    case Stage::BackedOut:
        return QStringLiteral("Reopened");
    case Stage::InStaging:
    case Stage::StagingPassed:
    case Stage::LiveRequested:
        return troubled ? QStringLiteral("Reopened") : QStringLiteral("In Staging");
    case Stage::CiDev:
        if (troubled)
            return QStringLiteral("Reopened");
        if (spec.twist == Twist::FailingPipeline || tasksOf(spec).last() == number)
            return QStringLiteral("Ready for Test");
        return QStringLiteral("Test Passed");
    default:
        return QStringLiteral("Ready for Release");
    }
}

// Runs that did not go to plan: an errored or aborted one that was run again,
// and a failure nobody has fixed yet.
struct Hiccup
{
    Svc service;
    const char *version;
    PipelineJob job;
    BuildStatus status;
    bool retried;
};
constexpr Hiccup hiccups[] = {
    {Search, "4.3.1", PipelineJob::CidevPlan, BuildStatus::Errored, true},
    {Orders, "3.14.0", PipelineJob::DockerBuildEcr, BuildStatus::Aborted, true},
    {Payments, "2.9.0", PipelineJob::CidevApply, BuildStatus::Failed, false},
};

} // namespace

QList<Change> changes(const Timeline &timeline)
{
    QList<Change> changes;
    for (const TaskSpec &task : taskSpecs) {
        Change change;
        change.key = taskKey(task.number);
        change.summary = str(task.summary);
        change.status = statusOf(timeline, task.number, &change.updated);
        change.assignee = str(developers[task.number % 5]);
        change.service = str(serviceSpecs[task.service].name);
        change.review = ReviewState::Merged;
        for (const WorkInProgress &wip : workInProgress) {
            if (wip.number == task.number)
                change.review = wip.review;
        }
        if (change.review != ReviewState::Unknown) {
            change.branch = branchOf(task);
            change.commit = commitOf(task);
        }
        for (int plan = 0; plan < planCount; ++plan) {
            if (tasksOf(planSpecs[plan]).contains(task.number))
                change.fixVersion = timeline.names[plan];
        }
        changes << change;
    }
    return changes;
}

QList<PipelineBuild> builds(const Timeline &timeline)
{
    QList<PipelineBuild> builds;
    const auto add = [&](Svc service, const QString &version, PipelineJob job, BuildStatus status,
                         const QDateTime &started, int minutes) {
        PipelineBuild build;
        build.service = str(serviceSpecs[service].name);
        build.job = job;
        build.status = status;
        build.version = version;
        build.started = started;
        if (!isRunning(status))
            build.finished = started.addSecs(60 * minutes);
        builds << build;
    };
    for (int plan = 0; plan < planCount; ++plan) {
        for (const Shipped &shipped : shippedBy(planSpecs[plan])) {
            // Built and deployed to CI-Dev the afternoon before the release was put together.
            QDateTime t = timeline.created[plan].addSecs(-19 * 3600 + 600 * shipped.service);
            for (PipelineJob job :
                 {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
                const auto *hiccup =
                    std::find_if(std::begin(hiccups), std::end(hiccups), [&](const Hiccup &h) {
                        return h.service == shipped.service && h.job == job &&
                               qstrcmp(h.version, shipped.version) == 0;
                    });
                if (hiccup != std::end(hiccups)) {
                    add(shipped.service, str(shipped.version), job, hiccup->status, t, 4);
                    if (!hiccup->retried)
                        break;
                    t = t.addSecs(25 * 60);
                }
                const int minutes = job == PipelineJob::DockerBuildEcr ? 7 : 4;
                add(shipped.service, str(shipped.version), job, BuildStatus::Succeeded, t, minutes);
                t = t.addSecs(60 * (minutes + 1));
            }
        }
    }
    // CHS-1235 was merged a moment ago: its image is building now.
    add(Filing, QStringLiteral("1.22.0"), PipelineJob::DockerBuildEcr, BuildStatus::Started,
        timeline.now.addSecs(-25 * 60), 0);

    // Concourse numbers builds globally (other teams' builds fill the gaps) and
    // names them per job.
    std::stable_sort(
        builds.begin(), builds.end(),
        [](const PipelineBuild &a, const PipelineBuild &b) { return a.started < b.started; });
    QMap<QString, int> perJob;
    for (int i = 0; i < builds.size(); ++i) {
        PipelineBuild &build = builds[i];
        build.id = 48211 + 7 * i;
        const QString job = build.service + u'/' + toKey(build.job);
        if (!perJob.contains(job)) {
            const auto spec =
                std::find_if(serviceSpecs.begin(), serviceSpecs.end(),
                             [&](const ServiceSpec &s) { return build.service == str(s.name); });
            perJob[job] = 40 + 13 * int(spec - serviceSpecs.begin());
        }
        build.name = QString::number(++perJob[job]);
    }
    return builds;
}

} // namespace ReleaseDesk::Demo
