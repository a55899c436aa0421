#include "jiraparse.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

namespace ReleaseDesk {

namespace {

// The name of the first element of a list of named objects (components, fixVersions).
QString firstName(JsonFields &reader, const QJsonObject &fields, const QString &path,
                  QLatin1String name)
{
    const QJsonArray list = reader.array(fields, path, name, JsonFields::Optional);
    if (reader.failed() || list.isEmpty())
        return {};
    const QString listPath = JsonFields::at(JsonFields::join(path, name), 0);
    return reader.string(reader.element(list, 0, JsonFields::join(path, name)), listPath,
                         QLatin1String("name"));
}

// The text of a custom field's value: a text field's string, a select
// list's option ({"value": "payments"}), a user or version's name, or the
// first of a multi-select's list. Empty for null and any other shape.
QString fieldText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        const QJsonObject option = value.toObject();
        const QJsonValue text = option.contains(QLatin1String("value"))
                                    ? option.value(QLatin1String("value"))
                                    : option.value(QLatin1String("name"));
        return text.isString() ? text.toString().trimmed() : QString();
    }
    for (const QJsonValue &item : value.toArray()) {
        if (const QString text = fieldText(item); !text.isEmpty())
            return text;
    }
    return {};
}

// The first label that starts with `prefix`, without it.
QString labelService(const QJsonValue &labels, const QString &prefix)
{
    for (const QJsonValue &label : labels.toArray()) {
        const QString text = label.toString().trimmed();
        if (!text.isEmpty() && text.startsWith(prefix, Qt::CaseInsensitive)) {
            if (const QString service = text.mid(prefix.size()).trimmed(); !service.isEmpty())
                return service;
        }
    }
    return {};
}

QString serviceOf(JsonFields &reader, const QJsonObject &fields, const QString &path,
                  const JiraServiceField &service)
{
    if (service.id == u"components")
        return firstName(reader, fields, path, QLatin1String("components"));
    const QJsonValue value = fields.value(service.id);
    if (service.id == u"labels")
        return labelService(value, service.labelPrefix);
    return fieldText(value);
}

// One element of a comments[] list, as GET .../comment and a search's
// comment field both show it.
JiraComment comment(JsonFields &reader, const QJsonObject &item, const QString &where)
{
    JiraComment comment;
    comment.id = reader.id(item, where, QLatin1String("id"));
    const QJsonValue body = item.value(QLatin1String("body"));
    if (body.isString())
        comment.text = body.toString();
    else if (body.isObject())
        comment.text = JiraParse::adfText(body.toObject());
    else if (!reader.failed())
        reader.fail(JiraParse::tr("the field '%1' is neither text nor a document")
                        .arg(JsonFields::join(where, QLatin1String("body"))));
    const QJsonObject author =
        reader.object(item, where, QLatin1String("author"), JsonFields::Optional);
    if (!author.isEmpty())
        comment.author = reader.string(author, JsonFields::join(where, QLatin1String("author")),
                                       QLatin1String("displayName"), JsonFields::Optional);
    const QString created = reader.string(item, where, QLatin1String("created"));
    if (!reader.failed()) {
        comment.created = JiraParse::parseTime(created);
        if (!comment.created.isValid()) {
            reader.fail(JiraParse::tr("the field '%1' is not a time: %2")
                            .arg(JsonFields::join(where, QLatin1String("created")), created));
        }
    }
    return comment;
}

// The comments[] of `list`, the list named by `path`.
QList<JiraComment> comments(JsonFields &reader, const QJsonArray &list, const QString &path)
{
    QList<JiraComment> result;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i)
        result.append(comment(reader, reader.element(list, i, path), JsonFields::at(path, i)));
    return result;
}

// The issues[] of a search answer, with the comments of those that carry them.
QList<Change> changes(JsonFields &reader, const QJsonObject &root, const JiraServiceField &service,
                      QList<IssueComments> *commentsOf)
{
    QList<Change> result;
    const QJsonArray issues = reader.array(root, {}, QLatin1String("issues"));
    for (qsizetype i = 0; i < issues.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(QStringLiteral("issues"), i);
        const QJsonObject issue = reader.element(issues, i, QStringLiteral("issues"));
        const auto change = JiraParse::change(issue, where, service);
        if (reader.failed())
            break;
        if (!change) {
            reader.fail(change.error());
            break;
        }
        result.append(change.value());
        const QString path = JsonFields::join(where, QLatin1String("fields"));
        const QJsonObject field =
            reader.object(issue.value(QLatin1String("fields")).toObject(), path,
                          QLatin1String("comment"), JsonFields::Optional);
        if (field.isEmpty())
            continue;
        const QString fieldPath = JsonFields::join(path, QLatin1String("comment"));
        IssueComments read;
        read.key = change->key;
        read.comments = comments(reader, reader.array(field, fieldPath, QLatin1String("comments")),
                                 JsonFields::join(fieldPath, QLatin1String("comments")));
        read.total = field.contains(QLatin1String("total"))
                         ? reader.count(field, fieldPath, QLatin1String("total"))
                         : int(read.comments.size());
        commentsOf->append(read);
    }
    return result;
}

// One version: an element of a project's list, or the answer to a create or update.
JiraVersion readVersion(JsonFields &reader, const QJsonObject &item, const QString &where)
{
    JiraVersion version;
    version.id = reader.id(item, where, QLatin1String("id"));
    version.name = reader.string(item, where, QLatin1String("name"));
    version.released = reader.boolean(item, where, QLatin1String("released"));
    version.archived = reader.boolean(item, where, QLatin1String("archived"));
    const QString date =
        reader.string(item, where, QLatin1String("releaseDate"), JsonFields::Optional);
    if (!date.isEmpty()) {
        version.releaseDate = QDate::fromString(date, Qt::ISODate);
        if (!version.releaseDate.isValid()) {
            reader.fail(JiraParse::tr("the field '%1' is not a date: %2")
                            .arg(JsonFields::join(where, QLatin1String("releaseDate")), date));
        }
    }
    return version;
}

} // namespace

QString JiraParse::searchFields(const JiraServiceField &service)
{
    // The comments carry the verdicts (VerdictComment): one search reads a
    // page of tasks with their verdicts.
    return QStringLiteral("summary,status,assignee,%1,fixVersions,updated,comment").arg(service.id);
}

std::optional<QString> JiraParse::fieldId(const QString &field)
{
    static const QRegularExpression customField(QStringLiteral("^customfield_\\d+$"));
    const QString trimmed = field.trimmed();
    for (const QLatin1String system : {QLatin1String("components"), QLatin1String("labels")}) {
        if (trimmed.compare(system, Qt::CaseInsensitive) == 0)
            return QString(system);
    }
    if (customField.match(trimmed).hasMatch())
        return trimmed;
    return std::nullopt;
}

Result<QString> JiraParse::fieldIdNamed(const QJsonDocument &answer, const QString &name)
{
    JsonFields reader;
    const QJsonArray list = reader.rootList(answer);
    QStringList ids;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(QString(), i);
        const QJsonObject field = reader.element(list, i, QString());
        const QString id = reader.string(field, where, QLatin1String("id"));
        const QString fieldName = reader.string(field, where, QLatin1String("name"));
        if (fieldName.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            ids << id;
    }
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    if (ids.isEmpty())
        return Result<QString>::failure(
            tr("Jira has no field named \"%1\" that this account can see; give the field's "
               "name as Jira lists it, or its id (customfield_…).")
                .arg(name.trimmed()));
    if (ids.size() > 1)
        return Result<QString>::failure(
            tr("Jira has several fields named \"%1\" (%2); give the id of the one that names "
               "the service.")
                .arg(name.trimmed(), ids.join(QLatin1String(", "))));
    return ids.constFirst();
}

Result<Change> JiraParse::change(const QJsonObject &issue, const QString &where,
                                 const JiraServiceField &service)
{
    JsonFields reader;
    Change change;
    change.key = reader.string(issue, where, QLatin1String("key"));
    const QString path = JsonFields::join(where, QLatin1String("fields"));
    const QJsonObject fields = reader.object(issue, where, QLatin1String("fields"));
    change.summary = reader.string(fields, path, QLatin1String("summary"));
    const QString statusPath = JsonFields::join(path, QLatin1String("status"));
    change.status = reader.string(reader.object(fields, path, QLatin1String("status")), statusPath,
                                  QLatin1String("name"));
    // Unassigned issues carry "assignee": null.
    const QJsonObject assignee =
        reader.object(fields, path, QLatin1String("assignee"), JsonFields::Optional);
    if (!assignee.isEmpty()) {
        change.assignee = reader.string(assignee, JsonFields::join(path, QLatin1String("assignee")),
                                        QLatin1String("displayName"));
    }
    change.service = serviceOf(reader, fields, path, service);
    change.fixVersion = firstName(reader, fields, path, QLatin1String("fixVersions"));
    const QString updated = reader.string(fields, path, QLatin1String("updated"));
    if (!reader.failed()) {
        change.updated = parseTime(updated);
        if (!change.updated.isValid()) {
            reader.fail(tr("the field '%1' is not a time: %2")
                            .arg(JsonFields::join(path, QLatin1String("updated")), updated));
        }
    }
    if (reader.failed())
        return Result<Change>::failure(reader.error());
    return change;
}

Result<JiraParse::DataCenterPage> JiraParse::dataCenterPage(const QJsonDocument &answer,
                                                            const JiraServiceField &service)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    DataCenterPage page;
    if (!reader.failed()) {
        page.startAt = reader.count(root, {}, QLatin1String("startAt"));
        page.total = reader.count(root, {}, QLatin1String("total"));
        page.changes = changes(reader, root, service, &page.comments);
    }
    if (reader.failed())
        return Result<DataCenterPage>::failure(reader.error());
    return page;
}

Result<JiraParse::CloudPage> JiraParse::cloudPage(const QJsonDocument &answer,
                                                  const JiraServiceField &service)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    CloudPage page;
    if (!reader.failed()) {
        page.changes = changes(reader, root, service, &page.comments);
        page.nextPageToken =
            reader.string(root, {}, QLatin1String("nextPageToken"), JsonFields::Optional);
        // isLast wins over a token, in case a server sends both.
        if (reader.boolean(root, {}, QLatin1String("isLast")))
            page.nextPageToken.clear();
    }
    if (reader.failed())
        return Result<CloudPage>::failure(reader.error());
    return page;
}

Result<QList<JiraTransition>> JiraParse::transitions(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    QList<JiraTransition> result;
    const QJsonArray list = reader.array(root, {}, QLatin1String("transitions"));
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(QStringLiteral("transitions"), i);
        const QJsonObject item = reader.element(list, i, QStringLiteral("transitions"));
        JiraTransition transition;
        transition.id = reader.id(item, where, QLatin1String("id"));
        transition.name = reader.string(item, where, QLatin1String("name"));
        transition.toStatus =
            reader.string(reader.object(item, where, QLatin1String("to")),
                          JsonFields::join(where, QLatin1String("to")), QLatin1String("name"));
        result.append(transition);
    }
    if (reader.failed())
        return Result<QList<JiraTransition>>::failure(reader.error());
    return result;
}

Result<JiraAccount> JiraParse::account(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    JiraAccount account;
    account.displayName = reader.string(root, {}, QLatin1String("displayName"));
    account.email = reader.string(root, {}, QLatin1String("emailAddress"), JsonFields::Optional);
    const QString zone = reader.string(root, {}, QLatin1String("timeZone"), JsonFields::Optional);
    if (reader.failed())
        return Result<JiraAccount>::failure(reader.error());
    // QTimeZone reads an empty id as this computer's own zone.
    if (const QTimeZone named(zone.toLatin1()); !zone.isEmpty() && named.isValid())
        account.timeZone = named;
    return account;
}

Result<JiraAccount> JiraParse::assignee(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject fields = reader.object(reader.root(answer), {}, QLatin1String("fields"));
    const QString path = QStringLiteral("fields.assignee");
    const QJsonObject person = reader.object(fields, QLatin1String("fields"),
                                             QLatin1String("assignee"), JsonFields::Optional);
    JiraAccount account;
    if (!person.isEmpty()) {
        account.displayName = reader.string(person, path, QLatin1String("displayName"));
        account.email =
            reader.string(person, path, QLatin1String("emailAddress"), JsonFields::Optional);
    }
    if (reader.failed())
        return Result<JiraAccount>::failure(reader.error());
    return account;
}

Result<QString> JiraParse::commentId(const QJsonDocument &answer)
{
    JsonFields reader;
    const QString id = reader.id(reader.root(answer), {}, QLatin1String("id"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return id;
}

Result<QList<JiraVersion>> JiraParse::versions(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonArray list = reader.rootList(answer);
    QList<JiraVersion> result;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(QString(), i);
        result.append(readVersion(reader, reader.element(list, i, QString()), where));
    }
    if (reader.failed())
        return Result<QList<JiraVersion>>::failure(reader.error());
    return result;
}

Result<QStringList> JiraParse::fixVersionNames(const QJsonDocument &answer)
{
    JsonFields reader;
    const QString path = QStringLiteral("fields");
    const QJsonObject fields = reader.object(reader.root(answer), {}, QLatin1String("fields"));
    const QString listPath = JsonFields::join(path, QLatin1String("fixVersions"));
    const QJsonArray list =
        reader.array(fields, path, QLatin1String("fixVersions"), JsonFields::Optional);
    QStringList names;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        names << reader.string(reader.element(list, i, listPath), JsonFields::at(listPath, i),
                               QLatin1String("name"));
    }
    if (reader.failed())
        return Result<QStringList>::failure(reader.error());
    return names;
}

Result<JiraVersion> JiraParse::version(const QJsonDocument &answer)
{
    JsonFields reader;
    const JiraVersion version = readVersion(reader, reader.root(answer), QString());
    if (reader.failed())
        return Result<JiraVersion>::failure(reader.error());
    return version;
}

Result<JiraParse::CommentPage> JiraParse::commentPage(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    CommentPage page;
    page.startAt = reader.count(root, {}, QLatin1String("startAt"));
    page.total = reader.count(root, {}, QLatin1String("total"));
    page.comments = comments(reader, reader.array(root, {}, QLatin1String("comments")),
                             QStringLiteral("comments"));
    if (reader.failed())
        return Result<CommentPage>::failure(reader.error());
    return page;
}

QString JiraParse::serverError(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QStringList parts;
    for (const QJsonValue &message : root.value(QLatin1String("errorMessages")).toArray()) {
        if (message.isString() && !message.toString().isEmpty())
            parts << message.toString();
    }
    const QJsonObject errors = root.value(QLatin1String("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (it.value().isString())
            parts << it.key() + QLatin1String(": ") + it.value().toString();
    }
    return parts.join(u' ');
}

QJsonObject JiraParse::adfDocument(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QJsonArray paragraphs;
    for (const QString &block : normalized.split(blankLine, Qt::SkipEmptyParts)) {
        QJsonArray content;
        const QStringList lines = block.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                content << QJsonObject{{QLatin1String("type"), QStringLiteral("hardBreak")}};
            // ADF refuses empty text nodes.
            if (!lines.at(i).isEmpty()) {
                content << QJsonObject{{QLatin1String("type"), QStringLiteral("text")},
                                       {QLatin1String("text"), lines.at(i)}};
            }
        }
        paragraphs << QJsonObject{{QLatin1String("type"), QStringLiteral("paragraph")},
                                  {QLatin1String("content"), content}};
    }
    return {{QLatin1String("type"), QStringLiteral("doc")},
            {QLatin1String("version"), 1},
            {QLatin1String("content"), paragraphs}};
}

QString JiraParse::adfText(const QJsonObject &document)
{
    // Depth first; a block (a node with content: a paragraph, a heading, a
    // list item) ends with an empty line, inline nodes only add their text.
    QString text;
    const std::function<void(const QJsonObject &)> collect = [&](const QJsonObject &node) {
        const QString type = node.value(QLatin1String("type")).toString();
        if (type == u"text") {
            text += node.value(QLatin1String("text")).toString();
            return;
        }
        if (type == u"hardBreak") {
            text += u'\n';
            return;
        }
        for (const QJsonValue &child : node.value(QLatin1String("content")).toArray())
            collect(child.toObject());
        const bool block = node.contains(QLatin1String("content")) && type != u"doc";
        if (block && !text.isEmpty() && !text.endsWith(QLatin1String("\n\n")))
            text += QLatin1String("\n\n");
    };
    collect(document);
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QDateTime JiraParse::parseTime(const QString &text)
{
    // Jira writes the offset as +hhmm, which Qt's ISO parser wants as +hh:mm.
    static const QRegularExpression offset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    QString iso = text;
    iso.replace(offset, QStringLiteral("\\1:\\2"));
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

} // namespace ReleaseDesk
