#include "services/sandbox/jira/jiraapi.h"

#include "services/sandbox/core/events.h"

// One issue and what hangs off it: reading and editing it, its workflow
// transitions, its comments and its remote links.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

QString cannotSet(const QString &field)
{
    return QStringLiteral(
               "Field '%1' cannot be set. It is not on the appropriate screen, or unknown.")
        .arg(field);
}

// Jira's words for an update operation a field does not have (its typo included).
QString unsupportedOperation(const QString &id, const QString &name, const QString &operation,
                             const QString &supported)
{
    return QStringLiteral("Field with id' %1' and name '%2' does not support operation '%3' "
                          "Supported operation(s) are: '%4'")
        .arg(id, name, operation, supported);
}

// A comment body as the API version takes it: a string on v2, a document on v3;
// written by the request's account.
std::optional<Comment> readCommentBody(const QJsonValue &body, const Request &request,
                                       const Link &link, QString *problem)
{
    Comment comment;
    if (link.api == Api::V3 && isAdfDocument(body)) {
        comment.adf = body.toObject();
        comment.text = adfToText(comment.adf);
    } else if (link.api == Api::V2 && body.isString()) {
        comment.text = body.toString();
    } else if (!body.isUndefined() && !body.isNull()) {
        *problem = QStringLiteral("Comment body is not valid!");
        return std::nullopt;
    }
    if (comment.text.trimmed().isEmpty()) {
        *problem = QStringLiteral("Comment body can not be empty!");
        return std::nullopt;
    }
    comment.author = request.account;
    comment.created = comment.updated = QDateTime::currentDateTimeUtc();
    return comment;
}

// An edit of an issue from {"fields": {...}, "update": {...}}, checked in full
// on a copy before anything changes; its comments are the request's account's.
class Edit
{
public:
    Edit(const Store &store, const Issue &issue, const Request &request, const Link &link)
        : result(issue), m_store(store), m_request(request), m_link(link)
    {}

    Issue result;
    QList<Comment> comments;
    QJsonObject errors;

    void apply(const QJsonObject &body)
    {
        const QJsonObject fields = body.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            setField(it.key(), it.value());
        const QJsonObject update = body.value(QLatin1String("update")).toObject();
        for (auto it = update.begin(); it != update.end(); ++it) {
            for (const QJsonValue &operation : it.value().toArray()) {
                const QJsonObject object = operation.toObject();
                for (auto op = object.begin(); op != object.end(); ++op)
                    updateField(it.key(), op.key(), op.value());
            }
        }
    }

private:
    void setField(const QString &field, const QJsonValue &value)
    {
        if (field == u"summary") {
            if (!value.isString() || value.toString().trimmed().isEmpty())
                errors.insert(field, QStringLiteral("You must specify a summary of the issue."));
            else
                result.summary = value.toString();
        } else if (field == u"description") {
            setDescription(value);
        } else if (field == u"labels") {
            result.labels.clear();
            for (const QJsonValue &label : value.toArray())
                addLabel(label);
        } else if (field == u"fixVersions") {
            result.fixVersions.clear();
            for (const QJsonValue &version : value.toArray())
                addVersion(version);
        } else {
            errors.insert(field, cannotSet(field));
        }
    }

    void updateField(const QString &field, const QString &operation, const QJsonValue &value)
    {
        if (field == u"fixVersions") {
            if (operation == u"add")
                addVersion(value);
            else if (operation == u"remove")
                removeVersion(value);
            else if (operation == u"set")
                setField(field, value);
            else
                errors.insert(field,
                              unsupportedOperation(field, QStringLiteral("Fix Version/s"),
                                                   operation, QStringLiteral("set,add,remove")));
        } else if (field == u"labels") {
            if (operation == u"add")
                addLabel(value);
            else if (operation == u"remove")
                result.labels.removeAll(value.toString());
            else if (operation == u"set")
                setField(field, value);
            else
                errors.insert(field,
                              unsupportedOperation(field, QStringLiteral("Labels"), operation,
                                                   QStringLiteral("add,set,remove")));
        } else if (field == u"summary" || field == u"description") {
            if (operation == u"set")
                setField(field, value);
            else
                errors.insert(field, unsupportedOperation(field,
                                                          field == u"summary"
                                                              ? QStringLiteral("Summary")
                                                              : QStringLiteral("Description"),
                                                          operation, QStringLiteral("set")));
        } else if (field == u"comment") {
            if (operation != u"add") {
                errors.insert(
                    field,
                    QStringLiteral("The sandbox supports only adding comments in an update."));
                return;
            }
            QString problem;
            if (auto comment = readCommentBody(value.toObject().value(QLatin1String("body")),
                                               m_request, m_link, &problem))
                comments << *comment;
            else
                errors.insert(field, problem);
        } else {
            errors.insert(field, cannotSet(field));
        }
    }

    void setDescription(const QJsonValue &value)
    {
        if (value.isNull()) {
            result.description.clear();
        } else if (m_link.api == Api::V3 && isAdfDocument(value)) {
            result.description = adfToText(value.toObject());
        } else if (m_link.api == Api::V2 && value.isString()) {
            result.description = value.toString();
        } else {
            errors.insert(QStringLiteral("description"),
                          m_link.api == Api::V3
                              ? QStringLiteral("Operation value must be an Atlassian Document (see "
                                               "the Atlassian Document Format)")
                              : QStringLiteral("Operation value must be a string"));
        }
    }

    void addLabel(const QJsonValue &value)
    {
        const QString label = value.toString();
        if (!value.isString() || label.isEmpty() || label.contains(u' ')) {
            errors.insert(
                QStringLiteral("labels"),
                QStringLiteral("The label '%1' contains spaces which is invalid.").arg(label));
        } else if (!result.labels.contains(label)) {
            result.labels << label;
        }
    }

    // {"name": "2026.11.3"} or {"id": "10042"}; nullptr after noting the error.
    // As in Jira, only a version of the issue's own project: one of another
    // project is not valid for it, though it exists.
    const Version *findVersion(const QJsonValue &value)
    {
        const QString project = Store::projectOf(result);
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        if (!id.isUndefined()) {
            const QString text = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
            if (const Version *version = m_store.version(text.toLongLong());
                version && m_store.projectOf(*version).compare(project, Qt::CaseInsensitive) == 0)
                return version;
            errors.insert(QStringLiteral("fixVersions"),
                          QStringLiteral("Version id '%1' is not valid").arg(text));
            return nullptr;
        }
        const QString name = object.value(QLatin1String("name")).toString();
        if (const Version *version = m_store.versionNamed(name, project))
            return version;
        errors.insert(QStringLiteral("fixVersions"),
                      QStringLiteral("Version name '%1' is not valid").arg(name));
        return nullptr;
    }

    void addVersion(const QJsonValue &value)
    {
        if (const Version *version = findVersion(value);
            version && !result.fixVersions.contains(version->id))
            result.fixVersions << version->id;
    }

    void removeVersion(const QJsonValue &value)
    {
        if (const Version *version = findVersion(value))
            result.fixVersions.removeAll(version->id);
    }

    const Store &m_store;
    const Request &m_request;
    const Link &m_link;
};

// Applies an edit, or answers why not; nullopt on success.
std::optional<Response> applyEdit(Backend &backend, Issue &issue, const QJsonObject &body,
                                  const Request &request, const Link &link)
{
    Edit edit(backend.store, issue, request, link);
    edit.apply(body);
    if (!edit.errors.isEmpty())
        return errorResponse(400, {}, edit.errors);
    // Like Jira, an edit that changes nothing leaves "updated" alone.
    const Issue &after = edit.result;
    const bool changed = after.summary != issue.summary || after.description != issue.description ||
                         after.labels != issue.labels || after.fixVersions != issue.fixVersions ||
                         !edit.comments.isEmpty();
    if (!changed)
        return std::nullopt;
    issue = after;
    for (const Comment &comment : std::as_const(edit.comments))
        backend.store.addComment(issue, comment);
    backend.store.touch(issue);
    return std::nullopt;
}

QJsonObject transitionJson(const WorkflowTransition &transition, const Link &link)
{
    return {{QLatin1String("id"), transition.id},
            {QLatin1String("name"), transition.name},
            {QLatin1String("to"), statusJson(*workflowStatus(transition.to), link)},
            {QLatin1String("hasScreen"), false},
            {QLatin1String("isGlobal"), false},
            {QLatin1String("isInitial"), false},
            {QLatin1String("isAvailable"), true},
            {QLatin1String("isConditional"), false},
            {QLatin1String("isLooped"), false}};
}

Response transition(Backend &backend, Issue &issue, const Request &request, const Link &link)
{
    Response error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QJsonValue idValue =
        body->value(QLatin1String("transition")).toObject().value(QLatin1String("id"));
    if (idValue.isUndefined() || idValue.isNull())
        return errorResponse(400, {QStringLiteral("Missing 'transition' identifier")});
    const QString id =
        idValue.isDouble() ? QString::number(idValue.toInteger()) : idValue.toString();
    bool numeric = false;
    id.toInt(&numeric);
    if (!numeric)
        return errorResponse(400, {QStringLiteral("'transition' identifier must be an integer")});
    const QList<WorkflowTransition> allowed = backend.store.transitionsFrom(issue.status);
    const auto chosen = std::find_if(allowed.cbegin(), allowed.cend(),
                                     [&](const WorkflowTransition &t) { return t.id == id; });
    if (chosen == allowed.cend())
        return errorResponse(
            400, {QStringLiteral("Transition id '%1' is not valid for this issue.").arg(id)});
    if (auto refused = applyEdit(backend, issue, *body, request, link))
        return *refused;
    backend.move(issue, chosen->to);
    return Response::empty(204);
}

Response addComment(Backend &backend, Issue &issue, const Request &request, const Link &link)
{
    Response error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    QString problem;
    const auto comment =
        readCommentBody(body->value(QLatin1String("body")), request, link, &problem);
    if (!comment)
        return fieldError(400, QStringLiteral("comment"), problem);
    const Comment &added = backend.store.addComment(issue, *comment);
    const QJsonObject answer = commentJson(issue, added, link);
    backend.store.touch(issue);
    return Response::json(answer, 201);
}

Response listComments(const Issue &issue, const Request &request, const Link &link)
{
    Response error;
    const auto startAt = intParameter(request, QStringLiteral("startAt"), 0, &error);
    const auto maxResults = intParameter(request, QStringLiteral("maxResults"), 5000, &error);
    if (!startAt || !maxResults)
        return error;
    QList<Comment> comments = issue.comments;
    if (request.queryValue(QStringLiteral("orderBy")) == u"-created")
        std::reverse(comments.begin(), comments.end());
    const int start = qMax(0, *startAt);
    const int count = qMax(0, *maxResults);
    QJsonArray page;
    for (qsizetype i = start; i < qMin<qsizetype>(comments.size(), qsizetype(start) + count); ++i)
        page << commentJson(issue, comments.at(i), link);
    return Response::json(QJsonObject{{QLatin1String("startAt"), start},
                                      {QLatin1String("maxResults"), count},
                                      {QLatin1String("total"), comments.size()},
                                      {QLatin1String("comments"), page}});
}

QJsonObject remoteLinkJson(const Issue &issue, const RemoteLink &link, const Link &to)
{
    QJsonObject object{
        {QLatin1String("id"), link.id},
        {QLatin1String("self"),
         to.to(QStringLiteral("/issue/%1/remotelink/%2").arg(issue.key).arg(link.id))},
        {QLatin1String("object"), link.object}};
    if (!link.globalId.isEmpty())
        object.insert(QLatin1String("globalId"), link.globalId);
    return object;
}

// Creates a link, or updates the one with the same globalId as Jira does.
Response addRemoteLink(Backend &backend, Issue &issue, const Request &request, const Link &link)
{
    Response error;
    const auto body = jsonBody(request, &error);
    if (!body)
        return error;
    const QJsonObject object = body->value(QLatin1String("object")).toObject();
    QJsonObject errors;
    if (object.value(QLatin1String("url")).toString().isEmpty())
        errors.insert(QLatin1String("url"), QStringLiteral("'URL' is required."));
    if (object.value(QLatin1String("title")).toString().isEmpty())
        errors.insert(QLatin1String("title"), QStringLiteral("'Link Text' is required."));
    if (!errors.isEmpty())
        return errorResponse(400, {}, errors);
    const QString globalId = body->value(QLatin1String("globalId")).toString();
    backend.store.touch(issue);
    for (RemoteLink &existing : issue.remoteLinks) {
        if (!globalId.isEmpty() && existing.globalId == globalId) {
            existing.object = object;
            const QJsonObject answer = remoteLinkJson(issue, existing, link);
            return Response::json(
                QJsonObject{{QLatin1String("id"), answer.value(QLatin1String("id"))},
                            {QLatin1String("self"), answer.value(QLatin1String("self"))}});
        }
    }
    const RemoteLink &added = backend.store.addRemoteLink(issue, RemoteLink{0, globalId, object});
    const QJsonObject answer = remoteLinkJson(issue, added, link);
    return Response::json(QJsonObject{{QLatin1String("id"), answer.value(QLatin1String("id"))},
                                      {QLatin1String("self"), answer.value(QLatin1String("self"))}},
                          201);
}

Response listRemoteLinks(const Issue &issue, const Request &request, const Link &link)
{
    const QString globalId = request.queryValue(QStringLiteral("globalId"));
    QJsonArray links;
    for (const RemoteLink &remote : issue.remoteLinks) {
        if (!globalId.isEmpty() && remote.globalId == globalId)
            return Response::json(remoteLinkJson(issue, remote, link));
        links << remoteLinkJson(issue, remote, link);
    }
    if (!globalId.isEmpty())
        return errorResponse(404,
                             {QStringLiteral("No remote link with globalId '%1'.").arg(globalId)});
    return Response::json(links);
}

using IssueHandler = std::function<Response(Issue &, const Request &, const Link &)>;

// A route below /issue/{key}; an unknown key answers Jira's 404.
void addIssueRoute(Router &router, Backend &backend, const QByteArray &method, const QString &path,
                   IssueHandler handler)
{
    addApiRoute(router, method, QStringLiteral("/issue/{key}") + path,
                [&backend, handler = std::move(handler)](const Request &request, const Link &link) {
                    Issue *issue = backend.store.issue(request.param(QStringLiteral("key")));
                    return issue ? handler(*issue, request, link) : issueNotFound();
                });
}

} // namespace

void Backend::move(Issue &issue, const QString &to)
{
    const QString from = issue.status;
    issue.status = to;
    store.touch(issue);
    emit m_events.jiraIssueTransitioned(issue.key, from, to);
}

void addIssueRoutes(Router &router, Backend &backend)
{
    addIssueRoute(router, backend, "GET", {},
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      const FieldSelection fields =
                          FieldSelection::parse(request.query.allQueryItemValues(
                                                    QStringLiteral("fields"), QUrl::FullyDecoded),
                                                QStringLiteral("*all"));
                      return Response::json(issueJson(issue, backend.store, link, fields));
                  });
    addIssueRoute(router, backend, "PUT", {},
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      Response error;
                      const auto body = jsonBody(request, &error);
                      if (!body)
                          return error;
                      if (auto refused = applyEdit(backend, issue, *body, request, link))
                          return *refused;
                      return Response::empty(204);
                  });
    addIssueRoute(router, backend, "GET", QStringLiteral("/transitions"),
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      const QString only = request.queryValue(QStringLiteral("transitionId"));
                      QJsonArray transitions;
                      for (const WorkflowTransition &transition :
                           backend.store.transitionsFrom(issue.status)) {
                          if (only.isEmpty() || only == transition.id)
                              transitions << transitionJson(transition, link);
                      }
                      return Response::json(
                          QJsonObject{{QLatin1String("expand"), QStringLiteral("transitions")},
                                      {QLatin1String("transitions"), transitions}});
                  });
    addIssueRoute(router, backend, "POST", QStringLiteral("/transitions"),
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      return transition(backend, issue, request, link);
                  });
    addIssueRoute(router, backend, "GET", QStringLiteral("/comment"),
                  [](Issue &issue, const Request &request, const Link &link) {
                      return listComments(issue, request, link);
                  });
    addIssueRoute(router, backend, "POST", QStringLiteral("/comment"),
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      return addComment(backend, issue, request, link);
                  });
    addIssueRoute(router, backend, "GET", QStringLiteral("/remotelink"),
                  [](Issue &issue, const Request &request, const Link &link) {
                      return listRemoteLinks(issue, request, link);
                  });
    addIssueRoute(router, backend, "POST", QStringLiteral("/remotelink"),
                  [&backend](Issue &issue, const Request &request, const Link &link) {
                      return addRemoteLink(backend, issue, request, link);
                  });
}

} // namespace ReleaseDesk::Sandbox::Jira
