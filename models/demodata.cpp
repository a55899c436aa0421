#include "demodata.h"

#include "democatalogue.h"
#include "releaseworkflow.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <functional>

namespace ReleaseDesk {
namespace {

using namespace Demo;

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
    Demo::Timeline timeline() const { return {m_now, m_names, m_created}; }

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
            return Status(id.failure());
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

Status Seeder::run()
{
    const auto existing = m_store.releases();
    if (!existing)
        return existing.failure();
    if (!existing->isEmpty()) {
        return Status::failure(QCoreApplication::translate(
            "DemoData", "The demo data goes into an empty store; this one already has releases."));
    }
    QList<Service> services;
    for (const ServiceSpec &spec : serviceSpecs) {
        services << Service{str(spec.name), str(spec.name), str(spec.deploymentType),
                            QStringLiteral("chs")};
    }
    if (auto saved = m_store.saveServices(services); !saved)
        return saved.failure();
    if (auto saved = m_store.saveChanges(Demo::changes(timeline())); !saved)
        return saved.failure();
    if (auto saved = m_store.saveBuilds(Demo::builds(timeline())); !saved)
        return saved.failure();

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
