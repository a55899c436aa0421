#include "services/sandbox/jira/jirastore.h"

#include "services/sandbox/core/sandboxsupport.h"
#include "services/sandbox/simulation/catalogue.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

namespace ReleaseDesk::Sandbox::Jira {
namespace {

const QString todo = QStringLiteral("To Do");
const QString inProgress = QStringLiteral("In Progress");
const QString inReview = QStringLiteral("In Review");
const QString readyForTest = QStringLiteral("Ready for Test");
const QString testing = QStringLiteral("Testing");
const QString done = QStringLiteral("Done");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString describeRelease(const CatalogueRelease &release)
{
    QStringList parts;
    for (const auto &[service, version] : release.services)
        parts << service + u' ' + version;
    return QStringLiteral("Release %1: %2").arg(release.name, parts.join(QStringLiteral(", ")));
}

} // namespace

const QList<WorkflowStatus> &workflowStatuses()
{
    // Ids and categories as Jira's default software workflow numbers them.
    static const QList<WorkflowStatus> statuses{
        {QStringLiteral("10000"), todo, 2, QStringLiteral("new"), todo,
         QStringLiteral("blue-gray")},
        {QStringLiteral("3"), inProgress, 4, QStringLiteral("indeterminate"), inProgress,
         QStringLiteral("yellow")},
        {QStringLiteral("10001"), inReview, 4, QStringLiteral("indeterminate"), inProgress,
         QStringLiteral("yellow")},
        {QStringLiteral("10002"), readyForTest, 4, QStringLiteral("indeterminate"), inProgress,
         QStringLiteral("yellow")},
        {QStringLiteral("10003"), testing, 4, QStringLiteral("indeterminate"), inProgress,
         QStringLiteral("yellow")},
        {QStringLiteral("10004"), done, 3, QStringLiteral("done"), done, QStringLiteral("green")},
    };
    return statuses;
}

const WorkflowStatus *workflowStatus(const QString &name)
{
    for (const WorkflowStatus &status : workflowStatuses()) {
        if (status.name.compare(name, Qt::CaseInsensitive) == 0 || status.id == name)
            return &status;
    }
    return nullptr;
}

QList<WorkflowTransition> transitionsFrom(const QString &status)
{
    static const QList<WorkflowTransition> transitions{
        {QStringLiteral("11"), QStringLiteral("Start progress"), todo, inProgress},
        {QStringLiteral("21"), QStringLiteral("Submit for review"), inProgress, inReview},
        {QStringLiteral("31"), QStringLiteral("Merge"), inReview, readyForTest},
        {QStringLiteral("41"), QStringLiteral("Start testing"), readyForTest, testing},
        {QStringLiteral("51"), QStringLiteral("Pass"), testing, done},
        {QStringLiteral("61"), QStringLiteral("Fail"), testing, inProgress},
        {QStringLiteral("61"), QStringLiteral("Fail"), readyForTest, inProgress},
        {QStringLiteral("71"), QStringLiteral("Reopen"), done, inProgress},
    };
    QList<WorkflowTransition> allowed;
    for (const WorkflowTransition &transition : transitions) {
        if (transition.from == status)
            allowed << transition;
    }
    return allowed;
}

User userNamed(const QString &name)
{
    User user;
    user.name = name;
    // Cloud account ids are opaque 24-digit hex strings; a hash keeps them stable.
    user.accountId = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    QStringList words = name.split(u'.', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    user.displayName = words.join(u' ');
    user.email = name + QStringLiteral("@example.com");
    return user;
}

QTimeZone Store::timeZoneOf(const QString &name) const
{
    const QString id = timeZones.value(name);
    return id.isEmpty() ? QTimeZone::utc() : QTimeZone(id.toLatin1());
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           QStringLiteral("+0000");
}

QDateTime parseTime(const QString &text)
{
    QDateTime time =
        QDateTime::fromString(text.left(23), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

void Store::seed(const Catalogue &catalogue)
{
    projectKey = catalogue.projectKey;
    projectName = catalogue.projectName;
    people = catalogue.people;
    accounts = catalogue.everyone();
    componentNames.clear();
    for (const CatalogueService &service : catalogue.services)
        componentNames << service.name;
    versions.clear();
    m_issues.clear();
    m_lastId = 10000;
    projectId = nextId();

    for (const CatalogueRelease &release : catalogue.releases) {
        if (versionNamed(release.name))
            continue;
        Version version;
        version.name = release.name;
        version.description = describeRelease(release);
        version.released = release.stage == HistoryStage::Live;
        version.releaseDate = release.started.date().toString(Qt::ISODate);
        addVersion(version);
    }

    m_issues.reserve(catalogue.tasks.size());
    for (const CatalogueTask &task : catalogue.tasks) {
        Issue issue;
        issue.id = nextId();
        issue.key = task.key;
        issue.number = task.key.section(u'-', 1).toInt();
        issue.summary = task.summary;
        issue.description = QStringLiteral("%1 in %2.").arg(task.summary, task.service);
        issue.status = task.status;
        issue.assignee = task.assignee;
        issue.reporter = catalogue.people.isEmpty()
                             ? QString()
                             : catalogue.people.at(issue.number % catalogue.people.size());
        issue.components = {task.service};
        issue.labels = task.labels;
        if (const Version *version = versionNamed(task.fixVersion))
            issue.fixVersions << version->id;
        issue.created = task.created;
        issue.updated = task.updated;
        m_issues.push_back(issue);
    }
    seedOtherProjects(catalogue);
    reindex();

    // A few review notes, on every seventh task that got past review.
    for (Issue &issue : m_issues) {
        if (issue.number % 7 != 0 || issue.status == todo || issue.status == inProgress)
            continue;
        Comment comment;
        comment.author = issue.assignee;
        comment.text = QStringLiteral("Reviewed and merged; the build of %1 is green.")
                           .arg(issue.components.value(0));
        comment.created = issue.updated;
        comment.updated = issue.updated;
        addComment(issue, comment);
    }
    seedVerdicts(*this, catalogue);
    ++m_revision;
}

void Store::seedOtherProjects(const Catalogue &catalogue)
{
    // A task per service in each, waiting to be started: enough for a
    // search across projects to find them, each with its service.
    const QDateTime created = catalogue.tasks.isEmpty() ? QDateTime::currentDateTimeUtc()
                                                        : catalogue.tasks.constFirst().created;
    for (const QString &project : std::as_const(conventions.otherProjects)) {
        if (project.compare(projectKey, Qt::CaseInsensitive) == 0)
            continue;
        int number = 0;
        for (const QString &service : std::as_const(componentNames)) {
            Issue issue;
            issue.id = nextId();
            issue.number = ++number;
            issue.key = QStringLiteral("%1-%2").arg(project).arg(number);
            issue.summary = QStringLiteral("Prepare %1 for %2").arg(service, project);
            issue.description = QStringLiteral("%1 in %2.").arg(issue.summary, service);
            issue.status = todo;
            issue.components = {service};
            issue.created = issue.updated = created;
            m_issues.push_back(issue);
        }
    }
}

QList<WorkflowTransition> Store::transitionsFrom(const QString &status) const
{
    QList<WorkflowTransition> named;
    for (const WorkflowTransition &transition : Jira::transitionsFrom(status))
        named << conventions.named(transition);
    return named;
}

Issue *Store::issue(const QString &idOrKey)
{
    bool numeric = false;
    const qint64 id = idOrKey.toLongLong(&numeric);
    const qsizetype index = numeric ? m_byId.value(id, -1) : m_byKey.value(idOrKey.toUpper(), -1);
    return index < 0 ? nullptr : &m_issues[size_t(index)];
}

const Issue *Store::issue(const QString &idOrKey) const
{
    return const_cast<Store *>(this)->issue(idOrKey);
}

const Version *Store::version(qint64 id) const
{
    for (const Version &version : versions) {
        if (version.id == id)
            return &version;
    }
    return nullptr;
}

QStringList Store::projectKeys() const
{
    QStringList keys{projectKey};
    for (const QString &project : conventions.otherProjects) {
        if (!keys.contains(project, Qt::CaseInsensitive))
            keys << project;
    }
    return keys;
}

QString Store::projectKeyOf(const QString &keyOrId) const
{
    const QStringList keys = projectKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keyOrId.compare(keys.at(i), Qt::CaseInsensitive) == 0 ||
            keyOrId == QString::number(projectId + i))
            return keys.at(i);
    }
    return {};
}

qint64 Store::projectIdOf(const QString &key) const
{
    // The others follow the first's id: ids of projects are a space of their own.
    return projectId + std::max(qsizetype(0), projectKeys().indexOf(key));
}

QString Store::projectOf(const Version &version) const
{
    return version.project.isEmpty() ? projectKey : version.project;
}

const Version *Store::versionNamed(const QString &name, const QString &project) const
{
    const QString key = project.isEmpty() ? projectKey : project;
    for (const Version &version : versions) {
        if (version.name.compare(name, Qt::CaseInsensitive) == 0 &&
            projectOf(version).compare(key, Qt::CaseInsensitive) == 0)
            return &version;
    }
    return nullptr;
}

Version &Store::addVersion(Version version)
{
    version.id = nextId();
    versions << version;
    ++m_revision;
    return versions.last();
}

const Version &Store::updateVersion(const Version &version)
{
    ++m_revision;
    for (Version &existing : versions) {
        if (existing.id == version.id)
            return existing = version;
    }
    return addVersion(version);
}

Comment &Store::addComment(Issue &issue, Comment comment)
{
    comment.id = nextId();
    issue.comments << comment;
    ++m_revision;
    return issue.comments.last();
}

RemoteLink &Store::addRemoteLink(Issue &issue, RemoteLink link)
{
    link.id = nextId();
    issue.remoteLinks << link;
    ++m_revision;
    return issue.remoteLinks.last();
}

void Store::touch(Issue &issue)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two writes in the same millisecond still order by updated.
    issue.updated = now > issue.updated ? now : issue.updated.addMSecs(1);
    ++m_revision;
}

void Store::reindex()
{
    m_byKey.clear();
    m_byId.clear();
    m_byKey.reserve(qsizetype(m_issues.size()));
    m_byId.reserve(qsizetype(m_issues.size()));
    for (size_t i = 0; i < m_issues.size(); ++i) {
        m_byKey.insert(m_issues[i].key, qsizetype(i));
        m_byId.insert(m_issues[i].id, qsizetype(i));
    }
}

qint64 Store::nextId()
{
    return ++m_lastId;
}

QJsonObject Store::toJson() const
{
    QJsonArray versionArray;
    for (const Version &version : versions) {
        QJsonObject saved{{QLatin1String("id"), version.id},
                          {QLatin1String("name"), version.name},
                          {QLatin1String("description"), version.description},
                          {QLatin1String("released"), version.released},
                          {QLatin1String("archived"), version.archived},
                          {QLatin1String("releaseDate"), version.releaseDate}};
        if (!version.project.isEmpty())
            saved.insert(QLatin1String("project"), version.project);
        versionArray << saved;
    }
    QJsonArray issueArray;
    for (const Issue &issue : m_issues) {
        QJsonArray fixVersions;
        for (qint64 id : issue.fixVersions)
            fixVersions << id;
        QJsonArray comments;
        for (const Comment &comment : issue.comments) {
            comments << QJsonObject{{QLatin1String("id"), comment.id},
                                    {QLatin1String("author"), comment.author},
                                    {QLatin1String("text"), comment.text},
                                    {QLatin1String("adf"), comment.adf},
                                    {QLatin1String("created"), formatTime(comment.created)},
                                    {QLatin1String("updated"), formatTime(comment.updated)}};
        }
        QJsonArray links;
        for (const RemoteLink &link : issue.remoteLinks) {
            links << QJsonObject{{QLatin1String("id"), link.id},
                                 {QLatin1String("globalId"), link.globalId},
                                 {QLatin1String("object"), link.object}};
        }
        issueArray << QJsonObject{{QLatin1String("id"), issue.id},
                                  {QLatin1String("key"), issue.key},
                                  {QLatin1String("summary"), issue.summary},
                                  {QLatin1String("description"), issue.description},
                                  {QLatin1String("status"), issue.status},
                                  {QLatin1String("assignee"), issue.assignee},
                                  {QLatin1String("reporter"), issue.reporter},
                                  {QLatin1String("components"), toArray(issue.components)},
                                  {QLatin1String("labels"), toArray(issue.labels)},
                                  {QLatin1String("fixVersions"), fixVersions},
                                  {QLatin1String("created"), formatTime(issue.created)},
                                  {QLatin1String("updated"), formatTime(issue.updated)},
                                  {QLatin1String("comments"), comments},
                                  {QLatin1String("remoteLinks"), links}};
    }
    QJsonObject zones;
    for (auto zone = timeZones.cbegin(); zone != timeZones.cend(); ++zone)
        zones.insert(zone.key(), zone.value());
    return {{QLatin1String("projectId"), projectId},
            {QLatin1String("projectKey"), projectKey},
            {QLatin1String("projectName"), projectName},
            {QLatin1String("components"), toArray(componentNames)},
            {QLatin1String("people"), toArray(people)},
            {QLatin1String("accounts"), toArray(accounts)},
            {QLatin1String("timeZones"), zones},
            {QLatin1String("lastId"), m_lastId},
            {QLatin1String("versions"), versionArray},
            {QLatin1String("issues"), issueArray}};
}

void Store::fromJson(const QJsonObject &object)
{
    projectId = object.value(QLatin1String("projectId")).toInteger();
    projectKey = object.value(QLatin1String("projectKey")).toString();
    projectName = object.value(QLatin1String("projectName")).toString();
    componentNames = toStringList(object.value(QLatin1String("components")));
    people = toStringList(object.value(QLatin1String("people")));
    // States saved before personal accounts knew only the people.
    accounts = object.contains(QLatin1String("accounts"))
                   ? toStringList(object.value(QLatin1String("accounts")))
                   : people;
    timeZones.clear();
    const QJsonObject zones = object.value(QLatin1String("timeZones")).toObject();
    for (auto zone = zones.constBegin(); zone != zones.constEnd(); ++zone)
        timeZones.insert(zone.key(), zone.value().toString());
    m_lastId = object.value(QLatin1String("lastId")).toInteger();
    versions.clear();
    for (const QJsonValue &value : object.value(QLatin1String("versions")).toArray()) {
        const QJsonObject v = value.toObject();
        versions << Version{v.value(QLatin1String("id")).toInteger(),
                            v.value(QLatin1String("name")).toString(),
                            v.value(QLatin1String("description")).toString(),
                            v.value(QLatin1String("released")).toBool(),
                            v.value(QLatin1String("archived")).toBool(),
                            v.value(QLatin1String("releaseDate")).toString(),
                            v.value(QLatin1String("project")).toString()};
    }
    m_issues.clear();
    const QJsonArray issueArray = object.value(QLatin1String("issues")).toArray();
    m_issues.reserve(size_t(issueArray.size()));
    for (const QJsonValue &value : issueArray) {
        const QJsonObject i = value.toObject();
        Issue issue;
        issue.id = i.value(QLatin1String("id")).toInteger();
        issue.key = i.value(QLatin1String("key")).toString();
        issue.number = issue.key.section(u'-', 1).toInt();
        issue.summary = i.value(QLatin1String("summary")).toString();
        issue.description = i.value(QLatin1String("description")).toString();
        issue.status = i.value(QLatin1String("status")).toString();
        issue.assignee = i.value(QLatin1String("assignee")).toString();
        issue.reporter = i.value(QLatin1String("reporter")).toString();
        issue.components = toStringList(i.value(QLatin1String("components")));
        issue.labels = toStringList(i.value(QLatin1String("labels")));
        for (const QJsonValue &id : i.value(QLatin1String("fixVersions")).toArray())
            issue.fixVersions << id.toInteger();
        issue.created = parseTime(i.value(QLatin1String("created")).toString());
        issue.updated = parseTime(i.value(QLatin1String("updated")).toString());
        for (const QJsonValue &c : i.value(QLatin1String("comments")).toArray()) {
            const QJsonObject comment = c.toObject();
            issue.comments << Comment{
                comment.value(QLatin1String("id")).toInteger(),
                comment.value(QLatin1String("author")).toString(),
                comment.value(QLatin1String("text")).toString(),
                comment.value(QLatin1String("adf")).toObject(),
                parseTime(comment.value(QLatin1String("created")).toString()),
                parseTime(comment.value(QLatin1String("updated")).toString())};
        }
        for (const QJsonValue &l : i.value(QLatin1String("remoteLinks")).toArray()) {
            const QJsonObject link = l.toObject();
            issue.remoteLinks << RemoteLink{link.value(QLatin1String("id")).toInteger(),
                                            link.value(QLatin1String("globalId")).toString(),
                                            link.value(QLatin1String("object")).toObject()};
        }
        m_issues.push_back(issue);
    }
    reindex();
    ++m_revision;
}

} // namespace ReleaseDesk::Sandbox::Jira
