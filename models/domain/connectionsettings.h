#pragma once

#include "models/domain/enums.h"
#include "models/domain/networkroute.h"
#include "models/domain/verdictstatuses.h"
#include "models/formats/notesconventions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ReleaseDesk {

// The systems ReleaseDesk connects to, in the order a release meets them;
// GitHub, where changes are peer reviewed, last, as it joined last.
enum class RemoteSystem { Concourse, Jira, Confluence, ServiceNow, Slack, GitHub };

QList<RemoteSystem> allRemoteSystems();
QString toKey(RemoteSystem system);   // "servicenow": settings groups, documents, the CLI
QString toTitle(RemoteSystem system); // "ServiceNow"

// How a desk signs in to Concourse: as a local user with a password, with a
// bearer token pasted in (both secrets kept in the keychain), or with the
// token `fly login` saved in ~/.flyrc, for a Concourse behind single sign-on.
enum class ConcourseSignIn { Password, Token, Fly };

struct ConcourseSettings
{
    QUrl url;         // with the fly sign-in, empty: the fly target's api
    QString team;     // with the fly sign-in, empty: the fly target's team
    QString username; // the password is the secret
    // The pipelines to read, by their names in Concourse; empty: every
    // pipeline the team has.
    QStringList pipelines;
    // "password", "token" or "fly" (see ConcourseSignIn); kept as text so that
    // a hand-edited value that is none of them is reported, not guessed.
    QString signIn = QStringLiteral("password");
    // With the fly sign-in: the ~/.flyrc target (`fly -t <target> login`).
    QString flyTarget;
    // The team's conventions.
    // Which service each pipeline builds, by pipeline name ("payments-ci" ->
    // "payments"); a pipeline not in it builds the service of its own name.
    QMap<QString, QString> pipelineServices;
    // The team's names for the jobs that build the image, plan and apply it
    // to CI-Dev: ReleaseDesk's PipelineJob values.
    QString buildJob = QStringLiteral("docker-build-ecr");
    QString planJob = QStringLiteral("cidev-plan");
    QString applyJob = QStringLiteral("cidev-apply");
    // The resource (a get step, a build's input) whose version a build builds
    // or deploys, read before the image's tag.
    QString versionResource = QStringLiteral("version");

    QString serviceOf(const QString &pipeline) const;
    QString jobName(PipelineJob job) const;
    // The job the team names `name`; nothing for a job ReleaseDesk does not read.
    std::optional<PipelineJob> jobNamed(const QString &name) const;
    // pipelineServices as "pipeline=service" entries, the way the INI file and
    // the form write it; an entry without "=" names a pipeline without a
    // service, which problems() reports.
    QStringList pipelineServiceEntries() const;
    void setPipelineServiceEntries(const QStringList &entries);
    // The sign-in `signIn` names; nullopt when it names none.
    std::optional<ConcourseSignIn> signInKind() const;
    NetworkRoute route; // the proxy and CA bundle on the way to it
    friend bool operator==(const ConcourseSettings &, const ConcourseSettings &) = default;
};

struct JiraSettings
{
    QUrl url;
    bool cloud = false; // Cloud: email + API token; Data Center: personal access token
    QString email;
    // The team's project key, or several apart by commas ("CHS, PAY"): see projects().
    QString project;
    // An extra restriction ANDed to the project's ("labels = release"); empty: none.
    QString jql;
    // Where a verdict moves its task, and by which transitions, in the team's
    // own workflow. A failure's statuses are the team's rework status
    // ("reworkStatus" in a connection document sets both).
    VerdictStatuses verdictStatuses;
    NetworkRoute route; // the proxy and CA bundle on the way to it
    // The field that names a task's service: "components" (the first
    // component), "labels" (the first label that starts with
    // serviceLabelPrefix, which is taken off) or a custom field, by its id
    // ("customfield_10042") or by its name as Jira lists it ("Service").
    QString serviceField = QStringLiteral("components");
    QString serviceLabelPrefix; // labels only: "service:"; empty: the first label

    // The project keys of `project`, trimmed, without empty ones.
    QStringList projects() const;
    friend bool operator==(const JiraSettings &, const JiraSettings &) = default;
};

struct ConfluenceSettings
{
    QUrl url; // Data Center: the site root; Cloud: the /wiki root
    bool cloud = false;
    QString email;
    QString space;
    QString parentPageId; // release-notes pages are created below it
    NetworkRoute route;   // the proxy and CA bundle on the way to it
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
    // The instance's OAuth client (System OAuth → Application Registry) that
    // signs the user in with their password for a token that is renewed;
    // empty: the pasted token (or user + password). Its secret is a secret.
    QString clientId;

    // The team's conventions for the change requests ReleaseDesk raises.
    // An empty value is not sent, so that the instance's default applies.
    QString changeModel;       // chg_model: the change model's sys_id
    QString changeTemplate;    // std_change_producer_version: a standard change template's sys_id
    QString category;          // category, "Software"
    QString configurationItem; // cmdb_ci: the configuration item's sys_id
    QString risk;              // risk's value, "2" (High) … "4" (Low)
    QString impact;            // impact's value, "1" (High) … "3" (Low)
    // The planned window, from when the change is raised: it starts this
    // many hours later and lasts this long. A duration of 0: no window.
    int plannedStartOffsetHours = 0;
    int plannedDurationHours = 0;
    // Further fields the instance asks for, by column name:
    // {"u_business_service": "Payments"}.
    QMap<QString, QString> extraFields;
    // The change_task_type of the task the release team opens for testing.
    QString testTaskType = QStringLiteral("testing");
    NetworkRoute route; // the proxy and CA bundle on the way to it
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
    // Where a failed test is told to the developers, addressed to the task's
    // assignee, so that the release channel carries only releases; empty:
    // the release channel, unaddressed.
    QString developersChannel;
    // The team's conventions (ChannelWording reads them). The release team's
    // own wording, read besides the built-in one: "<kind>: <template>", the
    // kind one of applied, backed out or cancelled, the template's parts
    // {environment}, {release} and {testTask}, as in
    // "applied: shipped {release} to {environment}". Empty: the built-in only.
    QStringList replyPatterns;
    // Hand-written requests, besides the built-in wording: templates with
    // {release} and {environment}, as in "ship {release} to {environment}".
    QStringList requestPatterns;
    // The words the team uses for each environment, in any case.
    QStringList stagingWords{QStringLiteral("staging"), QStringLiteral("stage"),
                             QStringLiteral("stg")};
    QStringList liveWords{QStringLiteral("live"), QStringLiteral("production"),
                          QStringLiteral("prod")};
    NetworkRoute route; // the proxy and CA bundle on the way to it
    friend bool operator==(const SlackSettings &, const SlackSettings &) = default;
};

struct GitHubSettings
{
    // The REST API's root: https://api.github.com, or GitHub Enterprise
    // Server's https://github.example.com/api/v3. Empty: not connected.
    QUrl url;
    QString owner; // the organisation (or user) that owns the repositories
    // The repositories whose pull requests name the tasks ("payments" or
    // "acme/payments"); empty: every repository of the owner.
    QStringList repositories;
    NetworkRoute route; // the proxy and CA bundle on the way to it
    friend bool operator==(const GitHubSettings &, const GitHubSettings &) = default;
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
    GitHubSettings gitHub;

    bool isConfigured(RemoteSystem system) const;
    // Takes one system's connection from `other`, keeping the rest.
    void adopt(RemoteSystem system, const ConnectionSettings &other);
    QUrl url(RemoteSystem system) const;
    // Whether the system signs in with a secret from the keychain; not so for
    // Concourse signed in by fly, whose token stays in ~/.flyrc.
    bool needsSecret(RemoteSystem system) const;
    // The way through the company's network to the system's server.
    const NetworkRoute &route(RemoteSystem system) const;
    NetworkRoute &route(RemoteSystem system);
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
