#include "services/sandbox/simulation/catalogue.h"

#include <QRandomGenerator>

#include <array>

namespace ReleaseDesk::Sandbox {
namespace {

constexpr std::array serviceNames{"chs-orders-api", "chs-payments-web", "chs-filing-consumer",
                                  "chs-search-api", "chs-accounts-web"};
constexpr std::array verbs{"Add",   "Fix",    "Validate", "Show",     "Retry",    "Log",
                           "Cache", "Rename", "Remove",   "Paginate", "Speed up", "Audit"};
constexpr std::array subjects{
    "company name search",         "filing deadline banner",   "payment retry on timeout",
    "officer appointment form",    "PSC statement upload",     "confirmation statement reminder",
    "accounts PDF preview",        "registered office change", "director date of birth check",
    "charge satisfaction request", "dissolution notice email", "SIC code lookup"};
constexpr std::array personNames{"alice.khan", "ben.jones", "carla.smith", "dev.patel",
                                 "ema.wong",   "femi.ade",  "gina.ross"};
constexpr std::array testerNames{"ben.jones", "carla.smith"};
constexpr std::array labelPool{"backend", "frontend", "accessibility", "performance", "security"};

// Positions of the newest releases counted from the end, and where each stands.
constexpr std::array recentStages{HistoryStage::Drafted,      HistoryStage::NotesPublished,
                                  HistoryStage::TicketRaised, HistoryStage::StagingRequested,
                                  HistoryStage::InStaging,    HistoryStage::LiveRequested};

QString bump(const QString &version)
{
    QStringList parts = version.split(u'.');
    parts[2] = QString::number(parts[2].toInt() + 1);
    if (parts[2].toInt() >= 10) {
        parts[2] = QStringLiteral("0");
        parts[1] = QString::number(parts[1].toInt() + 1);
    }
    return parts.join(u'.');
}

} // namespace

// Task keys are numbered from 1001 in creation order.
static int taskIndex(const QString &key)
{
    return key.section(u'-', 1).toInt() - 1001;
}

Catalogue Catalogue::generate(const CatalogueOptions &options)
{
    QRandomGenerator random(options.seed);
    Catalogue catalogue;
    catalogue.now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    catalogue.now.setTime(QTime(catalogue.now.time().hour(), catalogue.now.time().minute()));
    for (const char *person : personNames)
        catalogue.people << QString::fromLatin1(person);
    for (const char *tester : testerNames)
        catalogue.testers << QString::fromLatin1(tester);
    catalogue.releaseManager = QStringLiteral("rita.release");

    // Past releases come every two days; tasks are created over the same span.
    const int releaseCount = qMax(0, options.releases);
    const int taskCount = qMax(0, options.jiraIssues);
    const qint64 spanDays = qMax(30, releaseCount * 2 + 7);
    const QDateTime start = catalogue.now.addDays(-spanDays);

    QHash<QString, QString> version; // the newest version built of each service
    QHash<QString, QString> initial; // what ran in Live before the history began
    const int serviceCount = qBound(5, taskCount / 2000, 50);
    for (int i = 0; i < serviceCount; ++i) {
        CatalogueService service;
        service.name = i < int(serviceNames.size())
                           ? QString::fromLatin1(serviceNames[i])
                           : QStringLiteral("chs-service-%1").arg(i + 1, 2, 10, QChar(u'0'));
        service.deploymentType = i % 3 == 1 ? QStringLiteral("Mesos") : QStringLiteral("ECS");
        version[service.name] = QStringLiteral("%1.%2.0").arg(1 + i % 3).arg(i * 3 % 10);
        initial[service.name] = version[service.name];
        catalogue.services << service;
    }

    for (int i = 0; i < taskCount; ++i) {
        CatalogueTask task;
        task.key = catalogue.projectKey + u'-' + QString::number(1001 + i);
        task.summary = QString::fromLatin1(verbs[random.bounded(int(verbs.size()))]) + u' ' +
                       QString::fromLatin1(subjects[random.bounded(int(subjects.size()))]);
        task.service = catalogue.services.at(random.bounded(serviceCount)).name;
        task.assignee = catalogue.people.at(random.bounded(int(catalogue.people.size())));
        task.labels << QString::fromLatin1(labelPool[random.bounded(int(labelPool.size()))]);
        task.created = start.addSecs(qint64(i) * spanDays * 86400 / qMax(1, taskCount));
        task.updated = task.created.addSecs(3600 + random.bounded(86400));
        if (task.updated > catalogue.now)
            task.updated = catalogue.now;
        task.status = QStringLiteral("To Do");
        catalogue.tasks << task;
    }

    // Each release takes the next tasks in creation order; the rest is open work.
    const int perRelease =
        releaseCount == 0 ? 0 : qBound(1, int(taskCount * 0.8) / releaseCount, 8);
    int nextTask = 0;
    int testTasks = 0;
    for (int r = 0; r < releaseCount && nextTask < taskCount; ++r) {
        CatalogueRelease release;
        release.started = start.addDays(qint64(r) * 2 + 1).addSecs(9 * 3600);
        const int fromEnd = releaseCount - 1 - r;
        release.stage = fromEnd < int(recentStages.size()) ? recentStages[fromEnd]
                        : (r % 17 == 5)                    ? HistoryStage::BackedOut
                                                           : HistoryStage::Live;
        for (int t = 0; t < perRelease && nextTask < taskCount; ++t)
            release.taskKeys << catalogue.tasks.at(nextTask++).key;
        for (const QString &key : std::as_const(release.taskKeys)) {
            const QString service = catalogue.tasks.at(taskIndex(key)).service;
            const bool listed = std::any_of(release.services.cbegin(), release.services.cend(),
                                            [&](const auto &s) { return s.first == service; });
            if (!listed) {
                version[service] = bump(version[service]);
                release.services.append({service, version[service]});
            }
        }
        // Releases at the same date share a day number: "2026.11.3" is that month's third.
        release.name = QStringLiteral("%1.%2.%3")
                           .arg(release.started.date().year())
                           .arg(release.started.date().month())
                           .arg(1 + (release.started.date().day() - 1) / 2);
        if (release.stage >= HistoryStage::TicketRaised)
            release.changeNumber = QStringLiteral("CHG%1").arg(30001 + r, 7, 10, QChar(u'0'));
        if (release.stage >= HistoryStage::InStaging)
            release.testTaskNumber =
                QStringLiteral("CTASK%1").arg(10001 + testTasks++, 7, 10, QChar(u'0'));
        const bool shipped = release.stage == HistoryStage::Live;
        for (const QString &key : std::as_const(release.taskKeys)) {
            CatalogueTask &task = catalogue.tasks[taskIndex(key)];
            task.fixVersion = release.name;
            task.status = shipped ? QStringLiteral("Done")
                          : release.stage >= HistoryStage::InStaging
                              ? QStringLiteral("Testing")
                              : QStringLiteral("Ready for Test");
        }
        catalogue.releases << release;
    }
    // Open work after the last release: in progress, in review, merged.
    for (int i = nextTask; i < taskCount; ++i) {
        static const QStringList open{QStringLiteral("To Do"), QStringLiteral("In Progress"),
                                      QStringLiteral("In Review"),
                                      QStringLiteral("Ready for Test")};
        catalogue.tasks[i].status = open.at(random.bounded(int(open.size())));
    }
    for (CatalogueService &service : catalogue.services) {
        service.latestVersion = version[service.name];
        service.liveVersion = initial[service.name];
        for (const CatalogueRelease &release : std::as_const(catalogue.releases)) {
            for (const auto &[name, shipped] : release.services) {
                if (name == service.name && release.stage == HistoryStage::Live)
                    service.liveVersion = shipped;
            }
        }
    }
    return catalogue;
}

const CatalogueService *Catalogue::service(const QString &name) const
{
    for (const CatalogueService &candidate : services) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QString Catalogue::emailOf(const QString &person)
{
    return person + QStringLiteral("@example.com");
}

QStringList Catalogue::everyone() const
{
    return people + QStringList{releaseManager};
}

QString Catalogue::roleOf(const QString &person) const
{
    if (person == releaseManager)
        return QStringLiteral("release-team");
    return testers.contains(person) ? QStringLiteral("tester") : QStringLiteral("developer");
}

Stage appStage(HistoryStage stage)
{
    switch (stage) {
    case HistoryStage::Drafted:
        return Stage::CiDev;
    case HistoryStage::NotesPublished:
        return Stage::NotesPublished;
    case HistoryStage::TicketRaised:
        return Stage::TicketRaised;
    case HistoryStage::StagingRequested:
        return Stage::StagingRequested;
    case HistoryStage::InStaging:
        return Stage::InStaging;
    case HistoryStage::LiveRequested:
        return Stage::LiveRequested;
    case HistoryStage::Live:
        return Stage::Live;
    case HistoryStage::BackedOut:
        return Stage::BackedOut;
    }
    Q_UNREACHABLE();
}

} // namespace ReleaseDesk::Sandbox
