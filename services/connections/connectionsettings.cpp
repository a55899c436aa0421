#include "connectionsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

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
    // A map of text, as a JSON object in one line.
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

// Both directions walk the same list of fields.
void exchange(ConnectionSettings &s, QSettings &ini, bool writing,
              QStringList *unreadable = nullptr)
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
        Group g(ini, RemoteSystem::Confluence, writing, unreadable);
        g.field(Key::url, s.confluence.url);
        g.field(Key::cloud, s.confluence.cloud);
        g.field(Key::email, s.confluence.email);
        g.field(Key::space, s.confluence.space);
        g.field(Key::parentPageId, s.confluence.parentPageId);
        g.field(Key::titlePattern, s.confluence.titlePattern);
        g.field(Key::sectionHeadings, s.confluence.sectionHeadings);
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
