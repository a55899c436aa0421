#pragma once

#include "models/domain/verdictstatuses.h"
#include "models/formats/notesconventions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ReleaseDesk {

// The five systems ReleaseDesk connects to, in the order a release meets them.
enum class RemoteSystem { Concourse, Jira, Confluence, ServiceNow, Slack };

QList<RemoteSystem> allRemoteSystems();
QString toKey(RemoteSystem system);   // "servicenow": settings groups, documents, the CLI
QString toTitle(RemoteSystem system); // "ServiceNow"

struct ConcourseSettings
{
    QUrl url;
    QString team;
    QString username; // the password is the secret
    // The pipelines to read, each named after the service it builds; empty:
    // every pipeline the team has.
    QStringList pipelines;
    friend bool operator==(const ConcourseSettings &, const ConcourseSettings &) = default;
};

struct JiraSettings
{
    QUrl url;
    bool cloud = false; // Cloud: email + API token; Data Center: personal access token
    QString email;
    QString project;
    // An extra restriction ANDed to the project's ("labels = release"); empty: none.
    QString jql;
    // Where a verdict moves its task, in the team's own workflow.
    VerdictStatuses verdictStatuses;
    friend bool operator==(const JiraSettings &, const JiraSettings &) = default;
};

struct ConfluenceSettings
{
    QUrl url; // Data Center: the site root; Cloud: the /wiki root
    bool cloud = false;
    QString email;
    QString space;
    QString parentPageId; // release-notes pages are created below it
    // The title of a release's notes page, with {release} where its name goes.
    // New pages get exactly this title; existing ones are recognised loosely
    // (NotesTitle), so that a page typed by hand is found as well.
    QString titlePattern = NotesTitle::defaultPattern();
    // The template's section headings by field ("backout": "Backout plan"),
    // as the team's pages have them (NotesSections).
    QMap<QString, QString> sectionHeadings = NotesSections::defaultHeadings();
    friend bool operator==(const ConfluenceSettings &, const ConfluenceSettings &) = default;
};

struct ServiceNowSettings
{
    QUrl url;
    bool oauth = false; // OAuth bearer token instead of user + password
    QString username;
    QString assignmentGroup;
    friend bool operator==(const ServiceNowSettings &, const ServiceNowSettings &) = default;
};

struct SlackSettings
{
    QUrl url; // https://slack.com
    QString channel = QStringLiteral("release_chs");
    // The release team, whose word alone moves a release on: a user group
    // (its handle, "release-team", or its id, "S0…"; empty: none) and/or
    // Slack user ids ("U0…").
    QString releaseTeamGroup = QStringLiteral("release-team");
    QStringList releaseTeamUsers;
    // How many days back a desk's first sync reads the channel: a busy
    // channel's whole history would take long and matters little. Later
    // syncs read on from the newest message stored.
    int historyDays = 30;
    friend bool operator==(const SlackSettings &, const SlackSettings &) = default;
};

// Where and as whom ReleaseDesk reaches each system: everything but the
// secrets, which live in the keychain under secretKey(). A system without a
// URL is not connected. Kept in the profile as an INI file that a person may
// read (ConnectionSettingsFile), so nothing secret may ever be added here.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    ConcourseSettings concourse;
    JiraSettings jira;
    ConfluenceSettings confluence;
    ServiceNowSettings serviceNow;
    SlackSettings slack;

    bool isConfigured(RemoteSystem system) const;
    // Takes one system's connection from `other`, keeping the rest.
    void adopt(RemoteSystem system, const ConnectionSettings &other);
    QUrl url(RemoteSystem system) const;
    // The keychain entry that holds the system's secret. It names the system,
    // the account and the server, so that two profiles pointing at different
    // servers (the demo's sandbox and the real ones) never share a secret.
    QString secretKey(RemoteSystem system) const;
    // What is missing or wrong for a configured system ("Jira: the project is
    // missing."); empty when it can be used. An address must be https://, or
    // plain http:// to this computer, and hold no user name or password.
    QStringList problems(RemoteSystem system) const;

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

// The secrets of a set of connections, by system: typed in, or read from the keychain.
using Secrets = QHash<RemoteSystem, QString>;

// What importing a team's settings file makes of a desk's settings.
struct TeamSettingsImport
{
    ConnectionSettings settings; // the desk's own accounts, the team's everything else
    QStringList changed;         // the settings the import changed: "confluence/titlePattern"
};

} // namespace ReleaseDesk
