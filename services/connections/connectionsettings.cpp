#include "connectionsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>

namespace ReleaseDesk {

namespace {

// The INI keys, in one place so that load() and save() cannot drift apart.
namespace Key {
const QString url = QStringLiteral("url");
const QString team = QStringLiteral("team");
const QString username = QStringLiteral("username");
const QString pipelines = QStringLiteral("pipelines");
const QString cloud = QStringLiteral("cloud");
const QString email = QStringLiteral("email");
const QString project = QStringLiteral("project");
const QString jql = QStringLiteral("jql");
const QString space = QStringLiteral("space");
const QString parentPageId = QStringLiteral("parentPageId");
const QString oauth = QStringLiteral("oauth");
const QString assignmentGroup = QStringLiteral("assignmentGroup");
const QString channel = QStringLiteral("channel");
const QString ciDevPassed = QStringLiteral("statusAfterCiDevPass");
const QString ciDevFailed = QStringLiteral("statusAfterCiDevFail");
const QString stagingPassed = QStringLiteral("statusAfterStagingPass");
const QString stagingFailed = QStringLiteral("statusAfterStagingFail");
const QString releaseTeamGroup = QStringLiteral("releaseTeamGroup");
const QString releaseTeamUsers = QStringLiteral("releaseTeamUsers");
const QString historyDays = QStringLiteral("historyDays");
const QString developersChannel = QStringLiteral("developersChannel");
const QString replyPatterns = QStringLiteral("replyPatterns");
const QString requestPatterns = QStringLiteral("requestPatterns");
const QString stagingWords = QStringLiteral("stagingWords");
const QString liveWords = QStringLiteral("liveWords");
const QString pipelineServices = QStringLiteral("pipelineServices");
const QString buildJob = QStringLiteral("buildJob");
const QString planJob = QStringLiteral("planJob");
const QString applyJob = QStringLiteral("applyJob");
const QString versionResource = QStringLiteral("versionResource");
const QString signIn = QStringLiteral("signIn");
const QString flyTarget = QStringLiteral("flyTarget");
const QString clientId = QStringLiteral("clientId");
const QString changeModel = QStringLiteral("changeModel");
const QString changeTemplate = QStringLiteral("template");
const QString category = QStringLiteral("category");
const QString configurationItem = QStringLiteral("configurationItem");
const QString risk = QStringLiteral("risk");
const QString impact = QStringLiteral("impact");
const QString plannedStartOffsetHours = QStringLiteral("plannedStartOffsetHours");
const QString plannedDurationHours = QStringLiteral("plannedDurationHours");
const QString extraFields = QStringLiteral("extraFields");
const QString testTaskType = QStringLiteral("testTaskType");
const QString proxy = QStringLiteral("proxy");
const QString caBundle = QStringLiteral("caBundle");
const QString serviceField = QStringLiteral("serviceField");
const QString serviceLabelPrefix = QStringLiteral("serviceLabelPrefix");
const QString passTransition = QStringLiteral("passTransition");
const QString failTransition = QStringLiteral("failTransition");
const QString owner = QStringLiteral("owner");
const QString repositories = QStringLiteral("repositories");
const QString titlePattern = QStringLiteral("titlePattern");
const QString sectionHeadings = QStringLiteral("sectionHeadings");
} // namespace Key

// Reads or writes the fields of one system's group.
class Group
{
public:
    // `unreadable` (optional) hears of a value that cannot be read at all.
    Group(QSettings &settings, RemoteSystem system, bool writing, QStringList *unreadable = nullptr)
        : m_settings(settings), m_system(system), m_writing(writing), m_unreadable(unreadable)
    {
        m_settings.beginGroup(toKey(system));
    }
    ~Group() { m_settings.endGroup(); }

    template <typename T> void field(const QString &key, T &value)
    {
        if (m_writing) {
            m_settings.setValue(key, QVariant::fromValue(value));
        } else if (m_settings.contains(key)) {
            value = m_settings.value(key).template value<T>();
        }
    }
    void field(const QString &key, QUrl &value)
    {
        QString text = value.toString();
        field(key, text);
        value = QUrl(text);
    }
    void field(const QString &key, bool &value)
    {
        if (m_writing)
            m_settings.setValue(key, value);
        else
            value = m_settings.value(key, value).toBool();
    }
    // A map of text, as a JSON object in one line that a person can still
    // read and edit.
    void field(const QString &key, QMap<QString, QString> &value)
    {
        QJsonObject object;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            object.insert(it.key(), it.value());
        QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        field(key, text);
        if (m_writing || !m_settings.contains(key))
            return;
        const QJsonDocument read = QJsonDocument::fromJson(text.toUtf8());
        const QVariantMap entries = read.object().toVariantMap();
        const bool allText =
            std::all_of(entries.cbegin(), entries.cend(),
                        [](const QVariant &entry) { return entry.typeId() == QMetaType::QString; });
        if (!read.isObject() || !allText) {
            if (m_unreadable)
                m_unreadable->append(
                    ConnectionSettingsFile::tr("%1/%2 is not a JSON object of text: %3")
                        .arg(toKey(m_system), key, text));
            return;
        }
        value.clear();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            value.insert(it.key(), it.value().toString());
    }

private:
    QSettings &m_settings;
    RemoteSystem m_system;
    bool m_writing;
    QStringList *m_unreadable;
};

// The same two fields in every system's group.
void exchangeRoute(Group &g, NetworkRoute &route)
{
    g.field(Key::proxy, route.proxy);
    g.field(Key::caBundle, route.caBundle);
}

// Both directions walk the same list of fields.
void exchange(ConnectionSettings &s, QSettings &ini, bool writing,
              QStringList *unreadable = nullptr)
{
    {
        Group g(ini, RemoteSystem::Concourse, writing, unreadable);
        g.field(Key::url, s.concourse.url);
        g.field(Key::team, s.concourse.team);
        g.field(Key::username, s.concourse.username);
        g.field(Key::pipelines, s.concourse.pipelines);
        // "pipeline=service" entries, which a person can read and edit.
        QStringList pipelineServices = s.concourse.pipelineServiceEntries();
        g.field(Key::pipelineServices, pipelineServices);
        s.concourse.setPipelineServiceEntries(pipelineServices);
        g.field(Key::buildJob, s.concourse.buildJob);
        g.field(Key::planJob, s.concourse.planJob);
        g.field(Key::applyJob, s.concourse.applyJob);
        g.field(Key::versionResource, s.concourse.versionResource);
        g.field(Key::signIn, s.concourse.signIn);
        g.field(Key::flyTarget, s.concourse.flyTarget);
        exchangeRoute(g, s.concourse.route);
    }
    {
        Group g(ini, RemoteSystem::Jira, writing, unreadable);
        g.field(Key::url, s.jira.url);
        g.field(Key::cloud, s.jira.cloud);
        g.field(Key::email, s.jira.email);
        g.field(Key::project, s.jira.project);
        g.field(Key::jql, s.jira.jql);
        g.field(Key::ciDevPassed, s.jira.verdictStatuses.ciDevPassed);
        g.field(Key::ciDevFailed, s.jira.verdictStatuses.ciDevFailed);
        g.field(Key::stagingPassed, s.jira.verdictStatuses.stagingPassed);
        g.field(Key::stagingFailed, s.jira.verdictStatuses.stagingFailed);
        exchangeRoute(g, s.jira.route);
        g.field(Key::serviceField, s.jira.serviceField);
        g.field(Key::serviceLabelPrefix, s.jira.serviceLabelPrefix);
        g.field(Key::passTransition, s.jira.verdictStatuses.passTransition);
        g.field(Key::failTransition, s.jira.verdictStatuses.failTransition);
    }
    {
        Group g(ini, RemoteSystem::Confluence, writing, unreadable);
        g.field(Key::url, s.confluence.url);
        g.field(Key::cloud, s.confluence.cloud);
        g.field(Key::email, s.confluence.email);
        g.field(Key::space, s.confluence.space);
        g.field(Key::parentPageId, s.confluence.parentPageId);
        exchangeRoute(g, s.confluence.route);
        g.field(Key::titlePattern, s.confluence.titlePattern);
        g.field(Key::sectionHeadings, s.confluence.sectionHeadings);
    }
    {
        Group g(ini, RemoteSystem::ServiceNow, writing, unreadable);
        g.field(Key::url, s.serviceNow.url);
        g.field(Key::oauth, s.serviceNow.oauth);
        g.field(Key::username, s.serviceNow.username);
        g.field(Key::assignmentGroup, s.serviceNow.assignmentGroup);
        g.field(Key::clientId, s.serviceNow.clientId);
        g.field(Key::changeModel, s.serviceNow.changeModel);
        g.field(Key::changeTemplate, s.serviceNow.changeTemplate);
        g.field(Key::category, s.serviceNow.category);
        g.field(Key::configurationItem, s.serviceNow.configurationItem);
        g.field(Key::risk, s.serviceNow.risk);
        g.field(Key::impact, s.serviceNow.impact);
        g.field(Key::plannedStartOffsetHours, s.serviceNow.plannedStartOffsetHours);
        g.field(Key::plannedDurationHours, s.serviceNow.plannedDurationHours);
        g.field(Key::extraFields, s.serviceNow.extraFields);
        g.field(Key::testTaskType, s.serviceNow.testTaskType);
        exchangeRoute(g, s.serviceNow.route);
    }
    {
        Group g(ini, RemoteSystem::Slack, writing, unreadable);
        g.field(Key::url, s.slack.url);
        g.field(Key::channel, s.slack.channel);
        g.field(Key::releaseTeamGroup, s.slack.releaseTeamGroup);
        g.field(Key::releaseTeamUsers, s.slack.releaseTeamUsers);
        g.field(Key::historyDays, s.slack.historyDays);
        g.field(Key::developersChannel, s.slack.developersChannel);
        g.field(Key::replyPatterns, s.slack.replyPatterns);
        g.field(Key::requestPatterns, s.slack.requestPatterns);
        g.field(Key::stagingWords, s.slack.stagingWords);
        g.field(Key::liveWords, s.slack.liveWords);
        exchangeRoute(g, s.slack.route);
    }
    {
        Group g(ini, RemoteSystem::GitHub, writing, unreadable);
        g.field(Key::url, s.gitHub.url);
        g.field(Key::owner, s.gitHub.owner);
        g.field(Key::repositories, s.gitHub.repositories);
        exchangeRoute(g, s.gitHub.route);
    }
}

} // namespace

Result<ConnectionSettings> ConnectionSettingsFile::load(const QString &path)
{
    ConnectionSettings settings;
    if (!QFileInfo::exists(path))
        return settings;
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Result<ConnectionSettings>::failure(
            tr("The connection settings in %1 could not be read; fix or remove the file.")
                .arg(path));
    QStringList unreadable;
    exchange(settings, ini, false, &unreadable);
    if (!unreadable.isEmpty())
        return Result<ConnectionSettings>::failure(
            tr("The connection settings in %1 could not be read (%2); fix or remove the file.")
                .arg(path, unreadable.join(QStringLiteral("; "))));
    return settings;
}

Status ConnectionSettingsFile::save(const ConnectionSettings &settings, const QString &path)
{
    ConnectionSettings copy = settings;
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.clear();
        exchange(copy, ini, true);
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return Status::failure(
                tr("The connection settings could not be saved to %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

} // namespace ReleaseDesk

namespace ReleaseDesk {

namespace {

// The mark that tells an exported team file from any other INI file.
const QString teamMarkKey = QStringLiteral("releasedesk/kind");
const QString teamMark = QStringLiteral("team-settings");

// A value as an INI file gives it back: lists line by line, the rest as text.
QString iniText(const QVariant &value)
{
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u'\n')
                                                    : value.toString();
}

} // namespace

QStringList TeamSettingsFile::personalKeys()
{
    const auto key = [](RemoteSystem system, const QString &name) -> QString {
        return toKey(system) + u'/' + name;
    };
    return {key(RemoteSystem::Concourse, Key::username), key(RemoteSystem::Jira, Key::email),
            key(RemoteSystem::Confluence, Key::email),
            key(RemoteSystem::ServiceNow, Key::username)};
}

Status TeamSettingsFile::save(const ConnectionSettings &settings, const QString &path)
{
    ConnectionSettings copy = settings;
    QSettings ini(path, QSettings::IniFormat);
    ini.clear();
    exchange(copy, ini, true);
    for (const QString &key : personalKeys())
        ini.remove(key);
    // A system this desk does not connect says nothing of the team's: its
    // empty address would disconnect it on the desk that imports the file.
    for (RemoteSystem system : allRemoteSystems()) {
        if (!settings.isConfigured(system))
            ini.remove(toKey(system));
    }
    ini.setValue(teamMarkKey, teamMark);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return Status::failure(tr("The team settings could not be saved to %1.").arg(path));
    return success();
}

Result<TeamSettingsImport> TeamSettingsFile::load(const QString &path,
                                                  const ConnectionSettings &desk)
{
    const auto refuse = [&path](const QString &why) {
        return Result<TeamSettingsImport>::failure(
            tr("%1 cannot be imported as team settings: %2. Nothing was changed.").arg(path, why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    file.close();
    const QSettings team(path, QSettings::IniFormat);
    if (team.status() != QSettings::NoError || team.value(teamMarkKey).toString() != teamMark)
        return refuse(tr("it is not a file that \"Export team settings\" wrote"));

    // The desk's settings as connections.ini holds them, with the team's
    // values over them, read back through the same list of fields.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return refuse(scratch.errorString());
    const QString mergedPath = scratch.filePath(ConnectionSettingsFile::fileName());
    if (const Status written = ConnectionSettingsFile::save(desk, mergedPath); !written)
        return refuse(written.error());
    QSettings merged(mergedPath, QSettings::IniFormat);
    TeamSettingsImport imported;
    for (const QString &key : team.allKeys()) {
        // Keys this version does not know stay out, as do the accounts.
        if (!merged.contains(key) || personalKeys().contains(key))
            continue;
        if (iniText(merged.value(key)) != iniText(team.value(key)))
            imported.changed << key;
        merged.setValue(key, team.value(key));
    }
    imported.settings = desk;
    QStringList unreadable;
    exchange(imported.settings, merged, false, &unreadable);
    if (!unreadable.isEmpty())
        return refuse(unreadable.join(QStringLiteral("; ")));

    // The team's part must hold up whoever signs in: checked with stand-in accounts.
    for (const QString &key : personalKeys())
        merged.setValue(key, QStringLiteral("account"));
    ConnectionSettings checked = desk;
    exchange(checked, merged, false);
    for (RemoteSystem system : allRemoteSystems()) {
        if (const QStringList problems = checked.problems(system); !problems.isEmpty())
            return refuse(problems.constFirst());
    }
    return imported;
}

} // namespace ReleaseDesk
