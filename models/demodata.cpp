#include "demodata.h"

#include "releaseworkflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>

#include <algorithm>
#include <functional>

namespace ReleaseDesk {
namespace {

enum Svc { Orders, Payments, Filing, Search, Accounts };

struct ServiceSpec
{
    const char *name;
    const char *deploymentType;
    const char *liveVersion; // what was live before the first demo release
};
constexpr ServiceSpec serviceSpecs[] = {
    {"chs-orders-api", "ECS", "3.11.2"},        {"chs-payments-web", "ECS", "2.7.3"},
    {"chs-filing-consumer", "Mesos", "1.18.4"}, {"chs-search-api", "Mesos", "4.2.3"},
    {"chs-accounts-web", "ECS", "0.27.1"},
};

struct TaskSpec
{
    int number;
    Svc service;
    const char *summary;
};
constexpr TaskSpec taskSpecs[] = {
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
// One release each, oldest first.
// clang-format off
constexpr PlanSpec planSpecs[] = {
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
constexpr int planCount = int(std::size(planSpecs));

const char *const developers[] = {"Gareth Jones", "Aisha Khan", "Rhys Morgan", "Sian Davies",
                                  "Owen Price"};
const char *const testers[] = {"Priya Shah", "Tom Evans"};

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

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

// The time, as the seeding has got to it.
class SeedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

// Schedules every release's story as timed steps, then runs them in time
// order, so that ids and audit events come out in the order they happened.
class Seeder
{
public:
    Seeder(ReleaseStore &store, const Clock &clock);
    Status run();

private:
    using Step = std::function<Status()>;
    struct Timed
    {
        QDateTime at;
        int plan;
        Step step;
    };

    QDateTime day(int daysAgo, int hour, int minute) const;
    static QDateTime nextDay(const QDateTime &t, int hour, int minute);
    void at(const QDateTime &when, int plan, Step step)
    {
        m_steps << Timed{when, plan, std::move(step)};
    }
    void schedule(int plan);
    QDateTime walk(int plan, QDateTime t, Stage upTo);
    void testTasks(int plan, QDateTime &t, Environment environment);
    Step move(int plan, Stage to, const QString &why = {});
    ReleaseNotes notesFor(int plan) const;
    QString slackRef(const QDateTime &at) const;
    QString statusOf(int number, QDateTime *updated) const;
    QList<Change> changes() const;
    QList<PipelineBuild> builds() const;

    ReleaseStore &m_store;
    QDateTime m_now;
    SeedClock m_clock;
    ReleaseWorkflow m_workflow;
    QList<Timed> m_steps;
    QList<qint64> m_ids;
    QStringList m_names;
    QList<QDateTime> m_created;
    QList<QStringList> m_backout; // per plan: what was live before it
};

Seeder::Seeder(ReleaseStore &store, const Clock &clock)
    : m_store(store), m_now(clock.now().toUTC()), m_workflow(store, m_clock)
{
    // Names follow the month a release was started in: "2026.11.2".
    QMap<QString, int> perMonth;
    QStringList live;
    for (const ServiceSpec &s : serviceSpecs)
        live << str(s.liveVersion);
    for (int plan = 0; plan < planCount; ++plan) {
        const PlanSpec &spec = planSpecs[plan];
        const QDateTime created = day(spec.daysAgo, 9, 30);
        const QString month = created.toString(QStringLiteral("yyyy.M"));
        m_names << month + u'.' + QString::number(++perMonth[month]);
        m_created << created;
        QStringList backout;
        for (const Shipped &s : shippedBy(spec)) {
            backout << QStringLiteral("%1 %2 (%3)")
                           .arg(str(serviceSpecs[s.service].name), live[s.service],
                                str(serviceSpecs[s.service].deploymentType));
        }
        m_backout << backout;
        if (spec.target == Stage::Live) {
            for (const Shipped &s : shippedBy(spec))
                live[s.service] = str(s.version);
        }
    }
    m_ids.fill(0, planCount);
}

QDateTime Seeder::day(int daysAgo, int hour, int minute) const
{
    // Counted back from yesterday, so that a working day's steps never land
    // after now, whatever the time of day.
    return QDateTime(m_now.date().addDays(-1 - daysAgo), QTime(hour, minute), Qt::UTC);
}

QDateTime Seeder::nextDay(const QDateTime &t, int hour, int minute)
{
    return QDateTime(t.date().addDays(1), QTime(hour, minute), Qt::UTC);
}

QString Seeder::slackRef(const QDateTime &at) const
{
    // A Slack message timestamp in the release channel: "release_chs:1762074000.000100".
    return QStringLiteral("release_chs:%1.%2")
        .arg(at.toSecsSinceEpoch())
        .arg(m_steps.size() * 100, 6, 10, QLatin1Char('0'));
}

Seeder::Step Seeder::move(int plan, Stage to, const QString &why)
{
    return [this, plan, to, why] {
        return m_workflow.transition(m_ids[plan], to, str(developers[plan % 5]), why);
    };
}

ReleaseNotes Seeder::notesFor(int plan) const
{
    const PlanSpec &spec = planSpecs[plan];
    QStringList lines;
    for (int number : tasksOf(spec))
        lines << taskKey(number) + QLatin1String(": ") + str(taskSpec(number).summary);
    ReleaseNotes notes;
    notes.description = lines.join(u'\n');
    notes.backoutPlan = QStringLiteral("Redeploy %1 from the previous image tags and confirm "
                                       "the health checks; no data changes to revert.")
                            .arg(m_backout[plan].join(QLatin1String(" and ")));
    notes.configChanges = str(spec.config);
    notes.noConfigChanges = !spec.config;
    return notes;
}

void Seeder::testTasks(int plan, QDateTime &t, Environment environment)
{
    const PlanSpec &spec = planSpecs[plan];
    const QList<int> tasks = tasksOf(spec);
    for (int i = 0; i < tasks.size(); ++i) {
        const int number = tasks[i];
        if (spec.twist == Twist::FailedInCiDev && i == tasks.size() - 1)
            continue; // still waiting for a tester
        TestOutcome outcome = TestOutcome::Passed;
        QString note;
        if (number == spec.trouble && environment == Environment::CiDev &&
            spec.twist == Twist::FailedInCiDev) {
            outcome = TestOutcome::Failed;
            note =
                QStringLiteral("Searching for 01234567 finds nothing; 1234567 finds the company.");
        } else if (number == spec.trouble && environment == Environment::Staging) {
            outcome = TestOutcome::Failed;
            note = QStringLiteral("A 7 MB iXBRL file is rejected with 413 Request Entity Too "
                                  "Large; the load balancer still caps uploads at 5 MB.");
        }
        const QString tester = str(testers[(number + int(environment)) % 2]);
        at(t, plan, [=, this] {
            return m_workflow.recordTestResult(taskKey(number), environment, outcome, tester, note);
        });
        t = t.addSecs(40 * 60);
    }
}

// Schedules the happy path from creation up to `upTo`; returns when it got there.
QDateTime Seeder::walk(int plan, QDateTime t, Stage upTo)
{
    const PlanSpec &spec = planSpecs[plan];
    const QString dev = str(developers[plan % 5]);
    at(t, plan, [=, this] {
        QList<ReleaseService> services;
        for (const Shipped &s : shippedBy(spec)) {
            services << ReleaseService{str(serviceSpecs[s.service].name), str(s.version),
                                       str(serviceSpecs[s.service].deploymentType)};
        }
        QStringList keys;
        for (int number : tasksOf(spec))
            keys << taskKey(number);
        auto id = m_workflow.createRelease(m_names[plan], services, keys, dev);
        if (!id)
            return Status::failure(id.error());
        m_ids[plan] = id.value();
        return success();
    });
    t = t.addSecs(3 * 3600);
    if (spec.twist != Twist::FailingPipeline)
        testTasks(plan, t, Environment::CiDev);
    if (upTo == Stage::CiDev)
        return t;

    t = nextDay(t, 10, 0);
    at(t, plan, move(plan, Stage::ReadyForStaging));
    if (upTo == Stage::ReadyForStaging)
        return t;

    const ReleaseNotes notes = notesFor(plan);
    t = t.addSecs(2 * 3600);
    at(t, plan, [=, this] { return m_workflow.saveNotes(m_ids[plan], notes, dev); });
    t = t.addSecs(3600);
    const QString pageId = QString::number(2293761 + 4099 * plan);
    at(t, plan, [=, this] {
        return m_workflow.recordNotesPublished(
            m_ids[plan], pageId,
            QStringLiteral("https://confluence.chs.example/spaces/REL/pages/%1").arg(pageId), dev);
    });
    t = t.addSecs(5 * 60);
    at(t, plan, move(plan, Stage::NotesPublished));
    if (upTo == Stage::NotesPublished)
        return t;

    t = t.addSecs(3600);
    const QString ticket = QStringLiteral("CHG%1").arg(31041 + plan, 7, 10, QLatin1Char('0'));
    at(t, plan, [=, this] {
        return m_workflow.recordChangeTicket(
            m_ids[plan], ticket,
            QStringLiteral(
                "https://servicenow.chs.example/change_request.do?sysparm_query=number%3D") +
                ticket,
            dev);
    });
    t = t.addSecs(5 * 60);
    at(t, plan, move(plan, Stage::TicketRaised));
    if (upTo == Stage::TicketRaised)
        return t;

    t = nextDay(t, 10, 15);
    const QString stagingRef = slackRef(t);
    at(t, plan,
       [=, this] { return m_workflow.recordStagingRequest(m_ids[plan], stagingRef, dev); });
    t = t.addSecs(2 * 60);
    at(t, plan, move(plan, Stage::StagingRequested));
    if (upTo == Stage::StagingRequested)
        return t;

    t = t.addSecs(5 * 3600);
    const QString testTask = QStringLiteral("CTASK%1").arg(52210 + plan, 7, 10, QLatin1Char('0'));
    at(t, plan, [=, this] { return m_workflow.recordTestTask(m_ids[plan], testTask, dev); });
    t = t.addSecs(3 * 60);
    at(t, plan, move(plan, Stage::InStaging));
    if (upTo == Stage::InStaging)
        return t;

    t = nextDay(t, 9, 30);
    testTasks(plan, t, Environment::Staging);
    at(t, plan, move(plan, Stage::StagingPassed));
    if (upTo == Stage::StagingPassed)
        return t;

    t = nextDay(t, 10, 0);
    const QString liveRef = slackRef(t);
    at(t, plan, [=, this] { return m_workflow.recordLiveRequest(m_ids[plan], liveRef, dev); });
    t = t.addSecs(2 * 60);
    at(t, plan, move(plan, Stage::LiveRequested));
    if (upTo == Stage::LiveRequested)
        return t;

    t = nextDay(t, 14, 0);
    const QString confirmation = slackRef(t);
    at(t, plan,
       [=, this] { return m_workflow.recordLiveConfirmation(m_ids[plan], confirmation, dev); });
    t = t.addSecs(3 * 60);
    at(t, plan, move(plan, Stage::Live));
    return t;
}

void Seeder::schedule(int plan)
{
    const PlanSpec &spec = planSpecs[plan];
    const QString dev = str(developers[plan % 5]);
    QDateTime t = m_created[plan];
    switch (spec.twist) {
    case Twist::None:
    case Twist::FailedInCiDev:
    case Twist::FailingPipeline:
        walk(plan, t, spec.target);
        break;
    case Twist::StagingFailure:
        t = nextDay(walk(plan, t, Stage::InStaging), 9, 30);
        testTasks(plan, t, Environment::Staging);
        break;
    case Twist::RetestFailure: {
        t = walk(plan, t, Stage::ReadyForStaging).addSecs(3 * 3600);
        // A draft that still lacks its backout plan: the next gate has something to say.
        ReleaseNotes draft = notesFor(plan);
        draft.backoutPlan.clear();
        at(t, plan, [=, this] { return m_workflow.saveNotes(m_ids[plan], draft, dev); });
        const QString key = taskKey(spec.trouble);
        t = nextDay(t, 11, 0);
        // The failure sends the release back to CI-Dev by itself.
        at(t, plan, [=, this] {
            return m_workflow.recordTestResult(
                key, Environment::CiDev, TestOutcome::Failed, str(testers[0]),
                QStringLiteral("Retest: the late filing penalty shows £150 for a private "
                               "company filing 2 days late; it should be £0 in the grace day."));
        });
        t = t.addSecs(4 * 3600);
        at(t, plan, [=, this] {
            return m_workflow.recordTestResult(key, Environment::CiDev, TestOutcome::Passed,
                                               str(testers[0]),
                                               QStringLiteral("Passes with corrected test data."));
        });
        t = t.addSecs(30 * 60);
        at(t, plan, move(plan, Stage::ReadyForStaging));
        break;
    }
    case Twist::BackOut:
        t = nextDay(walk(plan, t, Stage::Live), 10, 20);
        at(t, plan,
           move(plan, Stage::BackedOut,
                QStringLiteral("Search requests timing out in live under peak load; "
                               "rolled back per the backout plan.")));
        break;
    case Twist::Cancel:
        t = nextDay(nextDay(walk(plan, t, Stage::TicketRaised), 9, 0), 16, 0);
        at(t, plan,
           move(plan, Stage::Cancelled,
                QStringLiteral("Superseded: these changes ship with the iXBRL upload "
                               "limit fix (CHS-1216) in the next release.")));
        break;
    }
}

// Jira's view of a task: it follows the last release that carries it.
QString Seeder::statusOf(int number, QDateTime *updated) const
{
    int last = -1;
    for (int plan = 0; plan < planCount; ++plan) {
        if (tasksOf(planSpecs[plan]).contains(number))
            last = plan;
    }
    if (last < 0) {
        *updated = m_now.addSecs(-3600 * (2 + number % 9));
        const auto *wip =
            std::find_if(std::begin(workInProgress), std::end(workInProgress),
                         [number](const WorkInProgress &w) { return w.number == number; });
        return wip != std::end(workInProgress) ? str(wip->status) : QStringLiteral("To Do");
    }
    const PlanSpec &spec = planSpecs[last];
    *updated = m_created[last].addDays(1);
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

QList<Change> Seeder::changes() const
{
    QList<Change> changes;
    for (const TaskSpec &task : taskSpecs) {
        Change change;
        change.key = taskKey(task.number);
        change.summary = str(task.summary);
        change.status = statusOf(task.number, &change.updated);
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
                change.fixVersion = m_names[plan];
        }
        changes << change;
    }
    return changes;
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

QList<PipelineBuild> Seeder::builds() const
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
            QDateTime t = m_created[plan].addSecs(-19 * 3600 + 600 * shipped.service);
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
        m_now.addSecs(-25 * 60), 0);

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
            const auto *spec =
                std::find_if(std::begin(serviceSpecs), std::end(serviceSpecs),
                             [&](const ServiceSpec &s) { return build.service == str(s.name); });
            perJob[job] = 40 + 13 * int(spec - std::begin(serviceSpecs));
        }
        build.name = QString::number(++perJob[job]);
    }
    return builds;
}

Status Seeder::run()
{
    const auto existing = m_store.releases();
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->isEmpty()) {
        return Status::failure(QCoreApplication::translate(
            "DemoData", "The demo data goes into an empty store; this one already has releases."));
    }
    QList<Service> services;
    for (const ServiceSpec &spec : serviceSpecs) {
        services << Service{str(spec.name), str(spec.name), str(spec.deploymentType),
                            QStringLiteral("chs")};
    }
    if (auto status = m_store.saveServices(services); !status)
        return status;
    if (auto status = m_store.saveChanges(changes()); !status)
        return status;
    if (auto status = m_store.saveBuilds(builds()); !status)
        return status;

    for (int plan = 0; plan < planCount; ++plan)
        schedule(plan);
    std::stable_sort(m_steps.begin(), m_steps.end(),
                     [](const Timed &a, const Timed &b) { return a.at < b.at; });
    for (const Timed &timed : std::as_const(m_steps)) {
        m_clock.set(timed.at);
        if (auto status = timed.step(); !status) {
            return Status::failure(QCoreApplication::translate("DemoData", "Release %1: %2")
                                       .arg(m_names[timed.plan], status.error()));
        }
    }
    return success();
}

} // namespace

Status DemoData::seed(ReleaseStore &store, const Clock &clock)
{
    return Seeder(store, clock).run();
}

} // namespace ReleaseDesk
