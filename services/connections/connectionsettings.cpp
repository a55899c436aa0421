#include "connectionsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

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
const QString owner = QStringLiteral("owner");
const QString repositories = QStringLiteral("repositories");
} // namespace Key

// Reads or writes the fields of one system's group.
class Group
{
public:
    Group(QSettings &settings, RemoteSystem system, bool writing)
        : m_settings(settings), m_writing(writing)
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

private:
    QSettings &m_settings;
    bool m_writing;
};

// Both directions walk the same list of fields.
void exchange(ConnectionSettings &s, QSettings &ini, bool writing)
{
    {
        Group g(ini, RemoteSystem::Concourse, writing);
        g.field(Key::url, s.concourse.url);
        g.field(Key::team, s.concourse.team);
        g.field(Key::username, s.concourse.username);
        g.field(Key::pipelines, s.concourse.pipelines);
    }
    {
        Group g(ini, RemoteSystem::Jira, writing);
        g.field(Key::url, s.jira.url);
        g.field(Key::cloud, s.jira.cloud);
        g.field(Key::email, s.jira.email);
        g.field(Key::project, s.jira.project);
        g.field(Key::jql, s.jira.jql);
        g.field(Key::ciDevPassed, s.jira.verdictStatuses.ciDevPassed);
        g.field(Key::ciDevFailed, s.jira.verdictStatuses.ciDevFailed);
        g.field(Key::stagingPassed, s.jira.verdictStatuses.stagingPassed);
        g.field(Key::stagingFailed, s.jira.verdictStatuses.stagingFailed);
    }
    {
        Group g(ini, RemoteSystem::Confluence, writing);
        g.field(Key::url, s.confluence.url);
        g.field(Key::cloud, s.confluence.cloud);
        g.field(Key::email, s.confluence.email);
        g.field(Key::space, s.confluence.space);
        g.field(Key::parentPageId, s.confluence.parentPageId);
    }
    {
        Group g(ini, RemoteSystem::ServiceNow, writing);
        g.field(Key::url, s.serviceNow.url);
        g.field(Key::oauth, s.serviceNow.oauth);
        g.field(Key::username, s.serviceNow.username);
        g.field(Key::assignmentGroup, s.serviceNow.assignmentGroup);
    }
    {
        Group g(ini, RemoteSystem::Slack, writing);
        g.field(Key::url, s.slack.url);
        g.field(Key::channel, s.slack.channel);
        g.field(Key::releaseTeamGroup, s.slack.releaseTeamGroup);
        g.field(Key::releaseTeamUsers, s.slack.releaseTeamUsers);
        g.field(Key::historyDays, s.slack.historyDays);
    }
    {
        Group g(ini, RemoteSystem::GitHub, writing);
        g.field(Key::url, s.gitHub.url);
        g.field(Key::owner, s.gitHub.owner);
        g.field(Key::repositories, s.gitHub.repositories);
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
    exchange(settings, ini, false);
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
