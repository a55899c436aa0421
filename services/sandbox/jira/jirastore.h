#pragma once

#include "services/sandbox/jira/jiraconventions.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

// The data of the emulated Jira: one project (and the tasks of any others a
// team's conventions add), its versions, its issues with
// their comments and remote links, and the workflow they move through.

namespace ReleaseDesk::Sandbox {

struct Catalogue;

namespace Jira {

struct WorkflowStatus
{
    QString id;
    QString name;
    int categoryId = 0;
    QString categoryKey;  // "new", "indeterminate", "done"
    QString categoryName; // "To Do", "In Progress", "Done"
    QString colorName;
};

struct WorkflowTransition
{
    QString id;
    QString name;
    QString from;
    QString to;
};

// The sandbox's one workflow:
// To Do -> In Progress -> In Review -> Ready for Test -> Testing -> Done, with
// Fail back to In Progress from Ready for Test and Testing, and Reopen from Done.
const QList<WorkflowStatus> &workflowStatuses();
// By name, case-insensitively as JQL matches; nullptr when there is none.
const WorkflowStatus *workflowStatus(const QString &name);
QList<WorkflowTransition> transitionsFrom(const QString &status);

struct User
{
    QString name; // Data Center's username, "alice.khan"
    QString accountId;
    QString displayName;
    QString email;
};
// People are derived from their username, so that the same name always has
// the same account id.
User userNamed(const QString &name);
constexpr auto botName = "release.bot";

struct Version
{
    qint64 id = 0;
    QString name;
    QString description;
    bool released = false;
    bool archived = false;
    QString releaseDate; // "yyyy-MM-dd", or empty
    // The key of the project it belongs to, as in Jira each version belongs
    // to one; empty: the first (and in states saved before versions had one).
    QString project = {};
};

struct Comment
{
    qint64 id = 0;
    QString author;  // username
    QString text;    // the plain text, what v2 shows
    QJsonObject adf; // the document a v3 client sent, shown as is on v3; may be empty
    QDateTime created;
    QDateTime updated;
};

struct RemoteLink
{
    qint64 id = 0;
    QString globalId;
    QJsonObject object; // {url, title, ...} as sent
};

struct Issue
{
    qint64 id = 0;
    int number = 0; // CHS-1001 -> 1001
    QString key;
    QString summary;
    QString description;
    QString status;
    QString assignee; // username; empty: unassigned
    QString reporter;
    QStringList components;
    QStringList labels;
    QList<qint64> fixVersions; // version ids
    QDateTime created;
    QDateTime updated;
    QList<Comment> comments;
    QList<RemoteLink> remoteLinks;
};

class Store
{
public:
    qint64 projectId = 10000;
    QString projectKey = QStringLiteral("CHS");
    QString projectName;
    QStringList componentNames;
    // The team's own conventions, kept across seeds and saved states.
    Conventions conventions;
    QStringList people;   // assignable usernames
    QStringList accounts; // who signs in besides the bot: the people and the release manager
    QList<Version> versions;
    // The zone a person set in their profile, by username: the zone /myself
    // tells and JQL dates are read in. Everyone else's is UTC.
    QHash<QString, QString> timeZones;
    QTimeZone timeZoneOf(const QString &name) const;

    void seed(const Catalogue &catalogue);
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &object);

    // The workflow's moves from `status`, as the conventions name them.
    QList<WorkflowTransition> transitionsFrom(const QString &status) const;

    const std::vector<Issue> &issues() const { return m_issues; }
    // By key ("CHS-1001", in any case) or by numeric id, as Jira's paths take either.
    Issue *issue(const QString &idOrKey);
    const Issue *issue(const QString &idOrKey) const;
    // The first project and those the conventions add, by key.
    QStringList projectKeys() const;
    // The key of the project `keyOrId` names, in any case; empty: none.
    QString projectKeyOf(const QString &keyOrId) const;
    qint64 projectIdOf(const QString &key) const;
    // The project a version or an issue belongs to.
    QString projectOf(const Version &version) const;
    static QString projectOf(const Issue &issue) { return issue.key.section(u'-', 0, 0); }
    const Version *version(qint64 id) const;
    // The version of that name in `project` (empty: the first), in any case.
    const Version *versionNamed(const QString &name, const QString &project = {}) const;
    Version &addVersion(Version version);
    // Replaces the version with the same id.
    const Version &updateVersion(const Version &version);
    Comment &addComment(Issue &issue, Comment comment);
    RemoteLink &addRemoteLink(Issue &issue, RemoteLink link);
    // Marks a write: the issue's updated time moves on and search caches expire.
    void touch(Issue &issue);
    // Counts every change, so that cached search results know when they are stale.
    quint64 revision() const { return m_revision; }

private:
    void seedOtherProjects(const Catalogue &catalogue);
    void reindex();
    qint64 nextId();

    std::vector<Issue> m_issues; // in creation order
    QHash<QString, qsizetype> m_byKey;
    QHash<qint64, qsizetype> m_byId;
    qint64 m_lastId = 10000;
    quint64 m_revision = 0;
};

// The testers' verdicts on the tasks of the history's releases, as comments
// in the form ReleaseDesk writes them (jiraverdicts.cpp).
void seedVerdicts(Store &store, const Catalogue &catalogue);

// Jira's timestamp format, "2026-11-20T12:00:00.000+0000".
QString formatTime(const QDateTime &time);
QDateTime parseTime(const QString &text);

} // namespace Jira
} // namespace ReleaseDesk::Sandbox
