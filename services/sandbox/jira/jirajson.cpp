#include "services/sandbox/jira/jiraapi.h"

#include <QLocale>

// The JSON shapes of Jira's answers and its error bodies.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

const QStringList navigableFields{
    QStringLiteral("summary"),  QStringLiteral("status"),     QStringLiteral("issuetype"),
    QStringLiteral("project"),  QStringLiteral("components"), QStringLiteral("labels"),
    QStringLiteral("assignee"), QStringLiteral("reporter"),   QStringLiteral("fixVersions"),
    QStringLiteral("created"),  QStringLiteral("updated"),    QStringLiteral("description")};
// Shown by "*all" (an issue's default) but not by "*navigable" (search's default).
const QStringList otherFields{QStringLiteral("comment")};

QJsonValue userOrNull(const QString &name, const Link &link)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(userJson(name, link));
}

// Components have no data of their own here; their id is their place in the project.
QString componentId(const Store &store, const QString &name)
{
    return QString::number(10100 + qMax(0, int(store.componentNames.indexOf(name))));
}

QJsonObject issueTypeJson(const Link &link)
{
    return {{QLatin1String("self"), link.to(QStringLiteral("/issuetype/10002"))},
            {QLatin1String("id"), QStringLiteral("10002")},
            {QLatin1String("description"), QStringLiteral("A small, distinct piece of work.")},
            {QLatin1String("iconUrl"),
             QString(link.base + QStringLiteral("/images/icons/issuetypes/task.svg"))},
            {QLatin1String("name"), QStringLiteral("Task")},
            {QLatin1String("subtask"), false},
            {QLatin1String("hierarchyLevel"), 0}};
}

// Paragraphs and line breaks become newlines; everything else contributes its text.
void collectText(const QJsonObject &node, QString &out)
{
    const QString type = node.value(QLatin1String("type")).toString();
    if (type == u"text")
        out += node.value(QLatin1String("text")).toString();
    else if (type == u"hardBreak")
        out += u'\n';
    for (const QJsonValue &child : node.value(QLatin1String("content")).toArray())
        collectText(child.toObject(), out);
    if (type == u"paragraph" || type == u"heading" || type == u"codeBlock" || type == u"listItem")
        out += u'\n';
}

} // namespace

QString Link::rest() const
{
    return base + (api == Api::V3 ? QStringLiteral("/rest/api/3") : QStringLiteral("/rest/api/2"));
}

void addApiRoute(Router &router, const QByteArray &method, const QString &path, Handler handler)
{
    router.add(method, QStringLiteral("/rest/api/{version}") + path,
               [handler = std::move(handler)](const Request &request) {
                   const QString version = request.param(QStringLiteral("version"));
                   if (version != u"2" && version != u"3" && version != u"latest") {
                       return errorResponse(
                           404, {QStringLiteral("No resource at /rest/api/%1").arg(version)});
                   }
                   QString host = QString::fromLatin1(request.header("host"));
                   if (host.isEmpty())
                       host = QStringLiteral("localhost");
                   const Link link{QStringLiteral("http://") + host + QStringLiteral("/jira"),
                                   version == u"3" ? Api::V3 : Api::V2};
                   return handler(request, link);
               });
}

Response errorResponse(int status, const QStringList &messages, const QJsonObject &errors)
{
    return Response::json(
        QJsonObject{{QLatin1String("errorMessages"), QJsonArray::fromStringList(messages)},
                    {QLatin1String("errors"), errors}},
        status);
}

Response fieldError(int status, const QString &field, const QString &message)
{
    return errorResponse(status, {}, QJsonObject{{field, message}});
}

Response issueNotFound()
{
    return errorResponse(404, {QStringLiteral("Issue does not exist or you do not have permission "
                                              "to see it.")});
}

std::optional<QJsonObject> jsonBody(const Request &request, Response *error)
{
    // Jira's JSON reader (Jackson) words these two failures so.
    if (request.body.trimmed().isEmpty()) {
        *error =
            errorResponse(400, {QStringLiteral("No content to map to Object due to end of input")});
        return std::nullopt;
    }
    const auto document = request.json();
    if (!document || !document->isObject()) {
        *error = errorResponse(400, {QStringLiteral("Unexpected character in the request body: "
                                                    "it is not a JSON object.")});
        return std::nullopt;
    }
    return document->object();
}

std::optional<int> intParameter(const Request &request, const QString &name, int fallback,
                                Response *error)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        *error = errorResponse(400, {QStringLiteral("The value '%1' of the parameter '%2' is not "
                                                    "a valid number.")
                                         .arg(text, name)});
        return std::nullopt;
    }
    return value;
}

FieldSelection FieldSelection::parse(const QStringList &specs, const QString &fallback)
{
    QStringList items;
    for (const QString &spec : specs)
        items << spec.split(u',', Qt::SkipEmptyParts);
    if (items.isEmpty() && !fallback.isEmpty())
        items << fallback;
    FieldSelection selection;
    QStringList removed;
    for (QString item : std::as_const(items)) {
        item = item.trimmed();
        if (item == u"*all") {
            for (const QString &field : navigableFields + otherFields)
                selection.m_fields.insert(field);
        } else if (item == u"*navigable") {
            for (const QString &field : navigableFields)
                selection.m_fields.insert(field);
        } else if (item.startsWith(u'-')) {
            removed << item.mid(1);
        } else if (item.startsWith(QLatin1String("customfield_"))) {
            // Served only by an issue that has the field.
            selection.m_fields.insert(item);
        } else {
            // Unknown names are left out without complaint, as Jira does.
            for (const QString &field : navigableFields + otherFields) {
                if (field.compare(item, Qt::CaseInsensitive) == 0)
                    selection.m_fields.insert(field);
            }
        }
    }
    for (const QString &field : std::as_const(removed))
        selection.m_fields.remove(field);
    return selection;
}

QJsonObject userJson(const QString &name, const Link &link)
{
    const User user = userNamed(name);
    const QString self = link.api == Api::V3
                             ? link.to(QStringLiteral("/user?accountId=")) + user.accountId
                             : link.to(QStringLiteral("/user?username=")) + user.name;
    return {{QLatin1String("self"), self},
            {QLatin1String("accountId"), user.accountId},
            {QLatin1String("name"), user.name},
            {QLatin1String("key"), user.name},
            {QLatin1String("emailAddress"), user.email},
            {QLatin1String("displayName"), user.displayName},
            {QLatin1String("active"), true},
            {QLatin1String("timeZone"), QStringLiteral("Etc/UTC")},
            {QLatin1String("accountType"), QStringLiteral("atlassian")}};
}

QJsonObject statusJson(const WorkflowStatus &status, const Link &link)
{
    const QJsonObject category{
        {QLatin1String("self"),
         link.to(QStringLiteral("/statuscategory/%1").arg(status.categoryId))},
        {QLatin1String("id"), status.categoryId},
        {QLatin1String("key"), status.categoryKey},
        {QLatin1String("colorName"), status.colorName},
        {QLatin1String("name"), status.categoryName}};
    return {{QLatin1String("self"), link.to(QString(QStringLiteral("/status/") + status.id))},
            {QLatin1String("description"), QString()},
            {QLatin1String("iconUrl"),
             QString(link.base + QStringLiteral("/images/icons/statuses/generic.png"))},
            {QLatin1String("name"), status.name},
            {QLatin1String("id"), status.id},
            {QLatin1String("statusCategory"), category}};
}

QJsonObject versionJson(const Version &version, qint64 projectId, const Link &link)
{
    QJsonObject object{
        {QLatin1String("self"), link.to(QStringLiteral("/version/%1").arg(version.id))},
        {QLatin1String("id"), QString::number(version.id)},
        {QLatin1String("description"), version.description},
        {QLatin1String("name"), version.name},
        {QLatin1String("archived"), version.archived},
        {QLatin1String("released"), version.released},
        {QLatin1String("projectId"), projectId}};
    if (!version.releaseDate.isEmpty()) {
        object.insert(QLatin1String("releaseDate"), version.releaseDate);
        const QDate date = QDate::fromString(version.releaseDate, Qt::ISODate);
        object.insert(QLatin1String("userReleaseDate"),
                      QLocale::c().toString(date, QStringLiteral("d/MMM/yy")));
    }
    return object;
}

QJsonObject projectJson(const Store &store, const Link &link, const QString &key)
{
    const bool first = key.isEmpty() || key == store.projectKey;
    const qint64 id = first ? store.projectId : store.projectIdOf(key);
    return {{QLatin1String("self"), link.to(QStringLiteral("/project/%1").arg(id))},
            {QLatin1String("id"), QString::number(id)},
            {QLatin1String("key"), first ? store.projectKey : key},
            {QLatin1String("name"), first ? store.projectName : key},
            {QLatin1String("projectTypeKey"), QStringLiteral("software")},
            {QLatin1String("simplified"), false}};
}

QJsonObject commentJson(const Issue &issue, const Comment &comment, const Link &link)
{
    const QJsonObject author = userJson(comment.author, link);
    return {{QLatin1String("self"),
             link.to(QStringLiteral("/issue/%1/comment/%2").arg(issue.id).arg(comment.id))},
            {QLatin1String("id"), QString::number(comment.id)},
            {QLatin1String("author"), author},
            {QLatin1String("body"), richText(comment.text, comment.adf, link)},
            {QLatin1String("updateAuthor"), author},
            {QLatin1String("created"), formatTime(comment.created)},
            {QLatin1String("updated"), formatTime(comment.updated)}};
}

QJsonObject issueJson(const Issue &issue, const Store &store, const Link &link,
                      const FieldSelection &selection)
{
    QJsonObject fields;
    const auto wants = [&](QLatin1String field) { return selection.contains(QString(field)); };
    if (wants(QLatin1String("summary")))
        fields.insert(QLatin1String("summary"), issue.summary);
    if (wants(QLatin1String("status"))) {
        const WorkflowStatus *status = workflowStatus(issue.status);
        fields.insert(QLatin1String("status"), status ? statusJson(*status, link) : QJsonObject());
    }
    if (wants(QLatin1String("issuetype")))
        fields.insert(QLatin1String("issuetype"), issueTypeJson(link));
    if (wants(QLatin1String("project")))
        fields.insert(QLatin1String("project"), projectJson(store, link, Store::projectOf(issue)));
    // A team that keeps the service elsewhere leaves the components empty.
    const Conventions &conventions = store.conventions;
    if (wants(QLatin1String("components"))) {
        QJsonArray components;
        for (const QString &name : conventions.inComponents() ? issue.components : QStringList()) {
            const QString id = componentId(store, name);
            components << QJsonObject{
                {QLatin1String("self"), link.to(QStringLiteral("/component/") + id)},
                {QLatin1String("id"), id},
                {QLatin1String("name"), name}};
        }
        fields.insert(QLatin1String("components"), components);
    }
    if (wants(QLatin1String("labels"))) {
        QStringList labels = issue.labels;
        if (conventions.inLabels() && !issue.components.isEmpty())
            labels << conventions.serviceLabelPrefix + issue.components.constFirst();
        fields.insert(QLatin1String("labels"), QJsonArray::fromStringList(labels));
    }
    if (!conventions.inComponents() && !conventions.inLabels() &&
        selection.contains(conventions.customFieldId())) {
        // A single-select list's option; null when the task names no service.
        const QString service = issue.components.value(0);
        fields.insert(conventions.customFieldId(),
                      service.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(QJsonObject{
                                              {QLatin1String("self"),
                                               link.to(QStringLiteral("/customFieldOption/") +
                                                       componentId(store, service))},
                                              {QLatin1String("value"), service},
                                              {QLatin1String("id"), componentId(store, service)}}));
    }
    if (wants(QLatin1String("assignee")))
        fields.insert(QLatin1String("assignee"), userOrNull(issue.assignee, link));
    if (wants(QLatin1String("reporter")))
        fields.insert(QLatin1String("reporter"), userOrNull(issue.reporter, link));
    if (wants(QLatin1String("fixVersions"))) {
        QJsonArray versions;
        for (qint64 id : issue.fixVersions) {
            if (const Version *version = store.version(id)) {
                QJsonObject object = versionJson(*version, store.projectId, link);
                object.remove(QLatin1String("projectId"));
                object.remove(QLatin1String("userReleaseDate"));
                versions << object;
            }
        }
        fields.insert(QLatin1String("fixVersions"), versions);
    }
    if (wants(QLatin1String("created")))
        fields.insert(QLatin1String("created"), formatTime(issue.created));
    if (wants(QLatin1String("updated")))
        fields.insert(QLatin1String("updated"), formatTime(issue.updated));
    if (wants(QLatin1String("description"))) {
        fields.insert(QLatin1String("description"), issue.description.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : richText(issue.description, {}, link));
    }
    if (wants(QLatin1String("comment"))) {
        QJsonArray comments;
        for (const Comment &comment : issue.comments)
            comments << commentJson(issue, comment, link);
        fields.insert(QLatin1String("comment"),
                      QJsonObject{{QLatin1String("comments"), comments},
                                  {QLatin1String("self"),
                                   link.to(QStringLiteral("/issue/%1/comment").arg(issue.id))},
                                  {QLatin1String("maxResults"), comments.size()},
                                  {QLatin1String("total"), comments.size()},
                                  {QLatin1String("startAt"), 0}});
    }
    return {
        {QLatin1String("expand"),
         QStringLiteral(
             "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations")},
        {QLatin1String("id"), QString::number(issue.id)},
        {QLatin1String("self"), link.to(QStringLiteral("/issue/%1").arg(issue.id))},
        {QLatin1String("key"), issue.key},
        {QLatin1String("fields"), fields}};
}

QJsonObject textToAdf(const QString &text)
{
    QJsonArray paragraphs;
    for (const QString &line : text.split(u'\n')) {
        QJsonObject paragraph{{QLatin1String("type"), QStringLiteral("paragraph")}};
        if (!line.isEmpty()) {
            paragraph.insert(QLatin1String("content"),
                             QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("text")},
                                                    {QLatin1String("text"), line}}});
        }
        paragraphs << paragraph;
    }
    return {{QLatin1String("type"), QStringLiteral("doc")},
            {QLatin1String("version"), 1},
            {QLatin1String("content"), paragraphs}};
}

QString adfToText(const QJsonObject &document)
{
    QString text;
    collectText(document, text);
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

bool isAdfDocument(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && object.value(QLatin1String("type")).toString() == u"doc" &&
           object.value(QLatin1String("version")).toInt() == 1 &&
           object.value(QLatin1String("content")).isArray();
}

QJsonValue richText(const QString &text, const QJsonObject &adf, const Link &link)
{
    if (link.api == Api::V2)
        return text;
    return adf.isEmpty() ? textToAdf(text) : adf;
}

} // namespace ReleaseDesk::Sandbox::Jira
