#include "connectionsettings.h"

#include "services/http/urlrules.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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
}

QString required(RemoteSystem system, const QString &what)
{
    return ConnectionSettings::tr("%1: %2 is missing.").arg(toTitle(system), what);
}

} // namespace

QList<RemoteSystem> allRemoteSystems()
{
    return {RemoteSystem::Concourse, RemoteSystem::Jira, RemoteSystem::Confluence,
            RemoteSystem::ServiceNow, RemoteSystem::Slack};
}

QString toKey(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Concourse: return QStringLiteral("concourse");
    case RemoteSystem::Jira: return QStringLiteral("jira");
    case RemoteSystem::Confluence: return QStringLiteral("confluence");
    case RemoteSystem::ServiceNow: return QStringLiteral("servicenow");
    case RemoteSystem::Slack: return QStringLiteral("slack");
    }
    return {};
}

QString toTitle(RemoteSystem system)
{
    switch (system) {
    case RemoteSystem::Concourse: return QStringLiteral("Concourse");
    case RemoteSystem::Jira: return QStringLiteral("Jira");
    case RemoteSystem::Confluence: return QStringLiteral("Confluence");
    case RemoteSystem::ServiceNow: return QStringLiteral("ServiceNow");
    case RemoteSystem::Slack: return QStringLiteral("Slack");
    }
    return {};
}

QUrl ConnectionSettings::url(RemoteSystem system) const
{
    switch (system) {
    case RemoteSystem::Concourse: return concourse.url;
    case RemoteSystem::Jira: return jira.url;
    case RemoteSystem::Confluence: return confluence.url;
    case RemoteSystem::ServiceNow: return serviceNow.url;
    case RemoteSystem::Slack: return slack.url;
    }
    return {};
}

bool ConnectionSettings::isConfigured(RemoteSystem system) const
{
    return !url(system).isEmpty();
}

void ConnectionSettings::adopt(RemoteSystem system, const ConnectionSettings &other)
{
    switch (system) {
    case RemoteSystem::Concourse: concourse = other.concourse; break;
    case RemoteSystem::Jira: jira = other.jira; break;
    case RemoteSystem::Confluence: confluence = other.confluence; break;
    case RemoteSystem::ServiceNow: serviceNow = other.serviceNow; break;
    case RemoteSystem::Slack: slack = other.slack; break;
    }
}

QString ConnectionSettings::secretKey(RemoteSystem system) const
{
    QString account;
    switch (system) {
    case RemoteSystem::Concourse: account = concourse.username; break;
    case RemoteSystem::Jira: account = jira.cloud ? jira.email : QStringLiteral("pat"); break;
    case RemoteSystem::Confluence:
        account = confluence.cloud ? confluence.email : QStringLiteral("pat");
        break;
    case RemoteSystem::ServiceNow:
        account = serviceNow.oauth ? QStringLiteral("oauth") : serviceNow.username;
        break;
    case RemoteSystem::Slack: account = QStringLiteral("bot"); break;
    }
    return toKey(system) + u' ' + account + u'@' + url(system).toString(QUrl::StripTrailingSlash);
}

QStringList ConnectionSettings::problems(RemoteSystem system) const
{
    QStringList found;
    if (!isConfigured(system))
        return found;
    const QUrl address = url(system);
    // Shown without its user name and password, which a message must not
    // repeat; an address Qt cannot read at all is not shown.
    const QString shown = address.toDisplayString(QUrl::RemoveUserInfo);
    if (!address.isValid() || address.host().isEmpty()
        || (address.scheme() != u"https" && address.scheme() != u"http"))
        found << (shown.isEmpty()
                      ? tr("%1: the address is not a web address.").arg(toTitle(system))
                      : tr("%1: the address %2 is not a web address.").arg(toTitle(system), shown));
    else if (!address.userInfo().isEmpty())
        found << tr("%1: the address %2 holds a user name or password; give the account and its "
                    "secret in their own fields instead.")
                     .arg(toTitle(system), shown);
    else if (!UrlRules::allowsCredentials(address))
        found << tr("%1: the address %2 is plain http://, which is allowed only to this computer; "
                    "use https://.")
                     .arg(toTitle(system), shown);
    const auto need = [&](bool missing, const QString &what) {
        if (missing)
            found << required(system, what);
    };
    switch (system) {
    case RemoteSystem::Concourse:
        need(concourse.team.isEmpty(), tr("the team"));
        need(concourse.username.isEmpty(), tr("the user name"));
        break;
    case RemoteSystem::Jira:
        need(jira.cloud && jira.email.isEmpty(), tr("the account's email"));
        need(jira.project.isEmpty(), tr("the project"));
        break;
    case RemoteSystem::Confluence:
        need(confluence.cloud && confluence.email.isEmpty(), tr("the account's email"));
        need(confluence.space.isEmpty(), tr("the space"));
        break;
    case RemoteSystem::ServiceNow:
        need(!serviceNow.oauth && serviceNow.username.isEmpty(), tr("the user name"));
        need(serviceNow.assignmentGroup.isEmpty(), tr("the assignment group"));
        break;
    case RemoteSystem::Slack:
        need(slack.channel.isEmpty(), tr("the channel"));
        need(slack.releaseTeamGroup.trimmed().isEmpty() && slack.releaseTeamUsers.isEmpty(),
             tr("the release team (a user group or user ids)"));
        for (const QString &user : slack.releaseTeamUsers) {
            static const QRegularExpression userId(QStringLiteral("^[UW][A-Z0-9]{2,}$"));
            if (!userId.match(user).hasMatch())
                found << tr("Slack: %1 is not a Slack user id (U…); find it in the person's "
                            "profile, under Copy member ID.")
                             .arg(user);
        }
        break;
    }
    return found;
}

Result<ConnectionSettings> ConnectionSettings::load(const QString &path)
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

Status ConnectionSettings::save(const QString &path) const
{
    ConnectionSettings copy = *this;
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
