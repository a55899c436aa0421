#include "services/sandbox/servicenow/servicenowseed.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QCryptographicHash>
#include <QHash>

namespace ReleaseDesk::Sandbox::ServiceNow {
namespace {

// Seeded sys_ids are derived from the record's identity, so every seed of the
// same catalogue gives the same ids.
QString stableSysId(const QString &identity)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Md5).toHex());
}

QString listServices(const QList<std::pair<QString, QString>> &services, const Catalogue &catalogue)
{
    QStringList lines;
    for (const auto &[name, version] : services) {
        const CatalogueService *service = catalogue.service(name);
        lines << QStringLiteral("- %1@%2 (%3)")
                     .arg(name, version, service ? service->deploymentType : QStringLiteral("ECS"));
    }
    return lines.join(u'\n');
}

// When each step of a release happened, never later than the catalogue's present.
struct Timeline
{
    QDateTime ticketRaised, stagingRequested, inStaging, liveRequested, live, backedOut;

    Timeline(const CatalogueRelease &release, const QDateTime &now)
    {
        const auto at = [&](qint64 seconds) { return qMin(release.started.addSecs(seconds), now); };
        ticketRaised = at(3 * 3600);
        stagingRequested = at(5 * 3600);
        inStaging = at(6 * 3600);
        liveRequested = at(24 * 3600);
        live = at(26 * 3600);
        backedOut = at(29 * 3600);
    }
};

class Seeder
{
public:
    Seeder(Store &store, const Catalogue &catalogue) : m_store(store), m_catalogue(catalogue) {}

    void run()
    {
        m_store.clear();
        const QDateTime founded = m_catalogue.releases.isEmpty()
                                      ? m_catalogue.now
                                      : m_catalogue.releases.first().started.addDays(-1);
        m_store.insert(
            QStringLiteral("sys_user_group"),
            {{QStringLiteral("name"), Accounts::assignmentGroup()},
             {QStringLiteral("description"),
              QStringLiteral("Applies CHS releases to staging and live.")},
             {QStringLiteral("email"), QStringLiteral("release-management@example.org")}},
            founded, QStringLiteral("admin"), Accounts::assignmentGroupSysId());
        for (const CatalogueRelease &release : m_catalogue.releases) {
            if (!release.changeNumber.isEmpty())
                seedRelease(release);
            for (const auto &[service, version] : release.services) {
                if (release.stage == HistoryStage::Live)
                    m_live[service] = version;
            }
        }
    }

private:
    void seedRelease(const CatalogueRelease &release)
    {
        const Timeline when(release, m_catalogue.now);
        const QString changeTable = QStringLiteral("change_request");
        const QString user = Accounts::user();
        const QString manager = m_catalogue.releaseManager;
        const QJsonObject change =
            m_store.insert(changeTable, changeFields(release, when), when.ticketRaised, user,
                           stableSysId(changeTable + u':' + release.changeNumber));
        const QString changeId = change.value(u"sys_id").toString();
        const HistoryStage stage = release.stage;
        if (stage < HistoryStage::StagingRequested)
            return;
        update(
            changeTable, changeId, when.stagingRequested, user,
            {{QStringLiteral("state"), QStringLiteral("-1")},
             {QStringLiteral("work_notes"), QStringLiteral("Staging deployment requested in #%1.")
                                                .arg(m_catalogue.releaseChannel)}});
        if (stage < HistoryStage::InStaging)
            return;
        const QString taskTable = QStringLiteral("change_task");
        const QJsonObject task = m_store.insert(
            taskTable,
            {{QStringLiteral("short_description"),
              QStringLiteral("Test release %1 in staging").arg(release.name)},
             {QStringLiteral("description"),
              QStringLiteral("Test the Jira tasks of the release in staging: %1.")
                  .arg(release.taskKeys.join(QStringLiteral(", ")))},
             {QStringLiteral("number"), release.testTaskNumber},
             {QStringLiteral("change_task_type"), QStringLiteral("testing")},
             {QStringLiteral("state"), QStringLiteral("2")},
             {QStringLiteral("change_request"), changeId},
             {QStringLiteral("assignment_group"), Accounts::assignmentGroupSysId()}},
            when.inStaging, manager, stableSysId(taskTable + u':' + release.changeNumber));
        const QString taskId = task.value(u"sys_id").toString();
        update(
            changeTable, changeId, when.inStaging, manager,
            {{QStringLiteral("work_notes"), QStringLiteral("Applied to staging. Testing task %1.")
                                                .arg(task.value(u"number").toString())}});
        if (stage < HistoryStage::LiveRequested)
            return;
        update(taskTable, taskId, when.liveRequested, user,
               {{QStringLiteral("state"), QStringLiteral("3")},
                {QStringLiteral("close_notes"),
                 QStringLiteral("Every Jira task passed in staging.")}});
        update(changeTable, changeId, when.liveRequested, user,
               {{QStringLiteral("work_notes"), QStringLiteral("Live deployment requested.")}});
        if (stage == HistoryStage::Live) {
            update(changeTable, changeId, when.live, manager,
                   {{QStringLiteral("state"), QStringLiteral("3")},
                    {QStringLiteral("close_code"), QStringLiteral("successful")},
                    {QStringLiteral("close_notes"), QStringLiteral("Applied to live.")}});
        } else if (stage == HistoryStage::BackedOut) {
            update(changeTable, changeId, when.live, manager,
                   {{QStringLiteral("work_notes"), QStringLiteral("Applied to live.")}});
            update(changeTable, changeId, when.backedOut, manager,
                   {{QStringLiteral("state"), QStringLiteral("3")},
                    {QStringLiteral("close_code"), QStringLiteral("unsuccessful")},
                    {QStringLiteral("close_notes"),
                     QStringLiteral("Backed out: errors in live after the deployment; the previous "
                                    "versions were redeployed.")}});
        }
    }

    QJsonObject changeFields(const CatalogueRelease &release, const Timeline &when) const
    {
        QStringList backout;
        for (const auto &[service, version] : release.services) {
            backout << (m_live.contains(service)
                            ? QStringLiteral("- %1@%2").arg(service, m_live.value(service))
                            : QStringLiteral("- %1: the version live before this release")
                                  .arg(service));
        }
        return {
            {QStringLiteral("number"), release.changeNumber},
            {QStringLiteral("short_description"), QStringLiteral("Release %1").arg(release.name)},
            {QStringLiteral("description"),
             QStringLiteral("Release %1 of %2.\n\nServices:\n%3\n\nJira tasks: %4")
                 .arg(release.name, m_catalogue.projectName,
                      listServices(release.services, m_catalogue),
                      release.taskKeys.join(QStringLiteral(", ")))},
            {QStringLiteral("implementation_plan"),
             QStringLiteral("Deploy each service version through its Concourse pipeline, first "
                            "to staging, then to live.")},
            {QStringLiteral("backout_plan"),
             QStringLiteral("Redeploy the previous versions:\n%1").arg(backout.join(u'\n'))},
            {QStringLiteral("test_plan"),
             QStringLiteral("Testers verify %1 in staging against their acceptance criteria.")
                 .arg(release.taskKeys.join(QStringLiteral(", ")))},
            {QStringLiteral("justification"), QStringLiteral("Ships %1 Jira tasks of the %2 team.")
                                                  .arg(release.taskKeys.size())
                                                  .arg(m_catalogue.team.toUpper())},
            {QStringLiteral("type"), QStringLiteral("normal")},
            {QStringLiteral("category"), QStringLiteral("Software")},
            {QStringLiteral("risk"), QStringLiteral("4")},
            {QStringLiteral("assignment_group"), Accounts::assignmentGroupSysId()},
            {QStringLiteral("start_date"), formatDateTime(when.stagingRequested)},
            {QStringLiteral("end_date"), formatDateTime(when.live)},
            {QStringLiteral("correlation_id"), QStringLiteral("releasedesk:%1").arg(release.name)},
            {QStringLiteral("correlation_display"), QStringLiteral("ReleaseDesk")},
        };
    }

    void update(const QString &table, const QString &sysId, const QDateTime &when,
                const QString &user, const QJsonObject &fields)
    {
        m_store.update(table, sysId, fields, when, user);
    }

    Store &m_store;
    const Catalogue &m_catalogue;
    QHash<QString, QString> m_live; // service -> the version live so far
};

} // namespace

void seedStore(Store &store, const Catalogue &catalogue)
{
    Seeder(store, catalogue).run();
}

} // namespace ReleaseDesk::Sandbox::ServiceNow
