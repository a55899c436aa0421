#include "services/sandbox/confluence/confluenceapi.h"

#include "services/sandbox/confluence/confluencestorage.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>

namespace ReleaseDesk::Sandbox::Confluence {
namespace {

constexpr int defaultLimit = 25;
constexpr int maximumLimit = 200;

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QString exceptionClassFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequestException");
    case 403:
        return QStringLiteral("PermissionException");
    case 404:
        return QStringLiteral("NotFoundException");
    case 409:
        return QStringLiteral("ConflictException");
    default:
        return QStringLiteral("ServiceException");
    }
}

int intValue(const Request &request, const QString &name, int fallback)
{
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    return ok ? value : fallback;
}

// The collection's own link with new paging, relative to _links.base.
QString pagedLink(const Request &request, int start, int limit,
                  const QString &path = QStringLiteral("/rest/api/content"))
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("start"));
    query.removeAllQueryItems(QStringLiteral("limit"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

QString notFound(const QString &id)
{
    return QStringLiteral("No content found with id : ContentId{id=%1}").arg(id);
}

QString titleTaken(const QString &title, const QString &spaceKey)
{
    return QStringLiteral("A page with this title already exists: A page already exists with "
                          "the title %1 in the space with key %2")
        .arg(title, spaceKey);
}

// A JSON object body, or the refusal Confluence gives instead.
std::optional<Response> unreadable(const Request &request, const Site &site, QJsonObject &object)
{
    if (!request.hasJsonContentType()) {
        return failure(site, 415,
                       QStringLiteral("Unsupported media type: send the content as "
                                      "application/json"));
    }
    const auto document = request.json();
    if (!document || !document->isObject())
        return failure(site, 400, QStringLiteral("The request body is not a JSON object."));
    object = document->object();
    return std::nullopt;
}

struct BodyRead
{
    std::optional<QString> value; // nullopt: the request leaves the body as it is
    std::optional<Response> error;
};

BodyRead readBody(const QJsonObject &content, const Site &site)
{
    const QJsonObject body = content.value(key("body")).toObject();
    if (body.isEmpty())
        return {};
    if (!body.contains(key("storage"))) {
        return {std::nullopt, failure(site, 400,
                                      QStringLiteral("The sandbox accepts page bodies "
                                                     "in the storage representation only."))};
    }
    const QJsonObject storage = body.value(key("storage")).toObject();
    const QString representation = storage.value(key("representation")).toString();
    if (representation != QLatin1String("storage")) {
        return {std::nullopt,
                failure(site, 400,
                        QStringLiteral("Unsupported representation \"%1\" for the storage "
                                       "body; expected \"storage\".")
                            .arg(representation))};
    }
    const QString value = storage.value(key("value")).toString();
    if (const auto problem = storageFormatError(value))
        return {std::nullopt, failure(site, 400, *problem)};
    return {value, std::nullopt};
}

// The direct parent named by "ancestors": [{"id": "42"}], as a string id.
std::optional<QString> requestedParent(const QJsonObject &content)
{
    const QJsonArray ancestors = content.value(key("ancestors")).toArray();
    if (ancestors.isEmpty())
        return std::nullopt;
    const QJsonValue id = ancestors.first().toObject().value(key("id"));
    return id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
}

QJsonObject withSiteLinks(QJsonObject object, const Site &site)
{
    QJsonObject links = object.value(key("_links")).toObject();
    links.insert(key("base"), site.base());
    links.insert(key("context"), site.context());
    object.insert(key("_links"), links);
    return object;
}

} // namespace

QJsonObject errorBody(int status, const QString &message, const QString &exceptionClass)
{
    const QString text = exceptionClass.isEmpty()
                             ? message
                             : QStringLiteral("com.atlassian.confluence.api.service.exceptions.") +
                                   exceptionClass + QStringLiteral(": ") + message;
    return {{key("statusCode"), status},
            {key("data"), QJsonObject{{key("authorized"), status != 401},
                                      {key("valid"), true},
                                      {key("errors"), QJsonArray()},
                                      {key("successful"), false}}},
            {key("message"), text}};
}

Response failure(const Site &site, int status, const QString &message)
{
    QJsonObject body = errorBody(status, message, exceptionClassFor(status));
    if (!site.isCloud())
        body.insert(key("reason"), QString::fromLatin1(reasonPhrase(status)));
    return Response::json(body, status);
}

namespace {

// A page of `matches` as a content listing answers it, with links onwards below `path`.
Response contentPage(const Store &store, const Request &request, const Site &site,
                     const QList<const Page *> &matches, const QString &path)
{
    const Expansions expand(request.queryValue(QStringLiteral("expand")));
    const int start = qMax(0, intValue(request, QStringLiteral("start"), 0));
    const int limit =
        qBound(1, intValue(request, QStringLiteral("limit"), defaultLimit), maximumLimit);
    QJsonArray results;
    for (qsizetype i = start; i < matches.size() && results.size() < limit; ++i)
        results.append(contentJson(store, *matches.at(i), site, expand, false));
    const QString query = request.query.toString(QUrl::FullyEncoded);
    QJsonObject links{
        {key("base"), site.base()},
        {key("context"), site.context()},
        {key("self"),
         QString(site.base() + path + (query.isEmpty() ? QString() : QString(u'?' + query)))}};
    if (start + limit < matches.size())
        links.insert(key("next"), pagedLink(request, start + limit, limit, path));
    if (start > 0)
        links.insert(key("prev"), pagedLink(request, qMax(0, start - limit), limit, path));
    return Response::json(QJsonObject{{key("results"), results},
                                      {key("start"), start},
                                      {key("limit"), limit},
                                      {key("size"), results.size()},
                                      {key("_links"), links}});
}

} // namespace

Response searchContent(const Store &store, const Request &request, const Site &site)
{
    const QString type = request.queryValue(QStringLiteral("type"), QStringLiteral("page"));
    const QString status = request.queryValue(QStringLiteral("status"), QStringLiteral("current"));
    const QString spaceKey = request.queryValue(QStringLiteral("spaceKey"));
    const bool byTitle = request.query.hasQueryItem(QStringLiteral("title"));
    const QString title = request.queryValue(QStringLiteral("title"));

    // Only current pages exist here: blog posts, drafts and trashed pages never match.
    const bool servable = type == QLatin1String("page") &&
                          (status == QLatin1String("current") || status == QLatin1String("any"));
    QList<const Page *> matches;
    for (const Page &page : store.pages) {
        if (servable && (spaceKey.isEmpty() || page.spaceKey == spaceKey) &&
            (!byTitle || page.title == title))
            matches.append(&page);
    }

    return contentPage(store, request, site, matches, QStringLiteral("/rest/api/content"));
}

namespace {

// One CQL condition of the subset the sandbox reads: `space = "KEY"`,
// `type = page`, `title = "..."` or `title ~ "..."` (every word of it in the
// title, case aside, as Confluence's text search finds a page).
std::optional<std::function<bool(const Page &)>> cqlCondition(const QString &text)
{
    static const QRegularExpression clause(
        QStringLiteral(R"re(^\s*(space|type|title)\s*(=|~)\s*(?:"((?:[^"\\]|\\.)*)"|(\w+))\s*$)re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = clause.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString field = match.captured(1).toLower();
    const bool contains = match.captured(2) == u"~";
    QString value = match.captured(3).isNull() ? match.captured(4) : match.captured(3);
    value.replace(QRegularExpression(QStringLiteral(R"(\\(.))")), QStringLiteral("\\1"));
    if (field == u"space" && !contains)
        return [value](const Page &page) { return page.spaceKey == value; };
    if (field == u"type" && !contains)
        return [value](const Page &) { return value == u"page"; };
    if (field == u"title" && !contains)
        return [value](const Page &page) { return page.title == value; };
    if (field == u"title") {
        const QStringList words = value.toLower().split(
            QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
        return [words](const Page &page) {
            const QString title = page.title.toLower();
            return std::all_of(words.cbegin(), words.cend(),
                               [&](const QString &word) { return title.contains(word); });
        };
    }
    return std::nullopt;
}

// The conditions of a CQL query joined by AND, split outside quoted values:
// a release's name may hold " and " or an escaped quote.
QStringList cqlClauses(const QString &cql)
{
    static const QRegularExpression conjunction(QStringLiteral("\\s+and\\s+"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList clauses{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < cql.size(); ++i) {
        const QChar c = cql.at(i);
        if (!quoted) {
            const auto match = conjunction.match(cql, i, QRegularExpression::NormalMatch,
                                                 QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                clauses << QString();
                i += match.capturedLength() - 1;
                continue;
            }
        }
        clauses.last() += c;
        if (quoted && c == u'\\' && i + 1 < cql.size())
            clauses.last() += cql.at(++i);
        else if (c == u'"')
            quoted = !quoted;
    }
    return clauses;
}

} // namespace

Response searchByCql(const Store &store, const Request &request, const Site &site)
{
    const QString cql = request.queryValue(QStringLiteral("cql"));
    QList<std::function<bool(const Page &)>> conditions;
    for (const QString &part : cqlClauses(cql)) {
        const auto condition = cqlCondition(part);
        if (!condition) {
            return failure(site, 400, QStringLiteral("Could not parse cql : %1").arg(cql));
        }
        conditions << *condition;
    }
    QList<const Page *> matches;
    for (const Page &page : store.pages) {
        if (std::all_of(conditions.cbegin(), conditions.cend(),
                        [&](const auto &condition) { return condition(page); }))
            matches.append(&page);
    }
    return contentPage(store, request, site, matches, QStringLiteral("/rest/api/content/search"));
}

Response getContent(const Store &store, const Request &request, const Site &site)
{
    const QString id = request.param(QStringLiteral("id"));
    const Page *page = store.page(id);
    if (!page)
        return failure(site, 404, notFound(id));
    const Expansions expand(request.queryValue(QStringLiteral("expand")));
    return Response::json(contentJson(store, *page, site, expand, true));
}

Response createContent(Store &store, const Request &request, const Site &site)
{
    QJsonObject content;
    if (auto refused = unreadable(request, site, content))
        return *refused;
    const QString type = content.value(key("type")).toString();
    if (type != QLatin1String("page")) {
        return failure(site, 400,
                       type.isEmpty() ? QStringLiteral("Content type is required.")
                                      : QStringLiteral("The sandbox creates pages only, "
                                                       "not \"%1\".")
                                            .arg(type));
    }
    const QString title = content.value(key("title")).toString();
    if (title.trimmed().isEmpty())
        return failure(site, 400, QStringLiteral("Title cannot be empty"));
    const QString spaceKey = content.value(key("space")).toObject().value(key("key")).toString();
    if (spaceKey.isEmpty())
        return failure(site, 400, QStringLiteral("Content must have a space"));
    if (!store.space(spaceKey))
        return failure(site, 404, QStringLiteral("No space with key : %1").arg(spaceKey));
    const std::optional<QString> parentId = requestedParent(content);
    if (parentId) {
        const Page *parent = store.page(*parentId);
        if (!parent || parent->spaceKey != spaceKey) {
            return failure(site, 400,
                           QStringLiteral("The parent ID specified (ContentId{id=%1}) "
                                          "does not exist?")
                               .arg(*parentId));
        }
    }
    if (store.pageTitled(spaceKey, title))
        return failure(site, 400, titleTaken(title, spaceKey));
    const BodyRead body = readBody(content, site);
    if (body.error)
        return *body.error;

    const QJsonObject version = content.value(key("version")).toObject();
    Page page;
    page.id = store.takeId();
    page.title = title;
    page.spaceKey = spaceKey;
    page.parentId = parentId.value_or(QString());
    page.body = body.value.value_or(QString());
    page.versionMessage = version.value(key("message")).toString();
    page.created = page.updated = QDateTime::currentDateTimeUtc();
    page.createdBy = page.updatedBy = botUsername;
    store.pages.append(page);
    return Response::json(
        contentJson(store, store.pages.constLast(), site, Expansions::all(), true));
}

Response updateContent(Store &store, const Request &request, const Site &site)
{
    QJsonObject content;
    if (auto refused = unreadable(request, site, content))
        return *refused;
    const QString id = request.param(QStringLiteral("id"));
    Page *page = store.page(id);
    if (!page)
        return failure(site, 404, notFound(id));
    const QJsonValue number = content.value(key("version")).toObject().value(key("number"));
    if (!number.isDouble()) {
        return failure(site, 400,
                       QStringLiteral("Must supply an incremented version when "
                                      "updating Content. No version supplied."));
    }
    const QString type = content.value(key("type")).toString();
    const QString title = content.value(key("title")).toString();
    if (type != QLatin1String("page") || title.trimmed().isEmpty()) {
        return failure(site, 400,
                       QStringLiteral("An update needs the content's type (\"page\"), "
                                      "title and version."));
    }
    // The optimistic lock: only the next number wins; a repeat or a skip is a conflict.
    if (number.toInteger() != page->version + 1) {
        return failure(site, 409,
                       QStringLiteral("Version must be incremented on update. Current "
                                      "version is: %1")
                           .arg(page->version));
    }
    const Page *sameTitle = store.pageTitled(page->spaceKey, title);
    if (sameTitle && sameTitle->id != page->id)
        return failure(site, 400, titleTaken(title, page->spaceKey));
    const std::optional<QString> parentId = requestedParent(content);
    if (parentId) {
        const Page *parent = store.page(*parentId);
        if (!parent || parent->spaceKey != page->spaceKey) {
            return failure(site, 400,
                           QStringLiteral("The parent ID specified (ContentId{id=%1}) "
                                          "does not exist?")
                               .arg(*parentId));
        }
        if (store.isDescendant(*parentId, page->id)) {
            return failure(site, 400,
                           QStringLiteral("A page cannot be moved below itself or its "
                                          "descendants."));
        }
    }
    const BodyRead body = readBody(content, site);
    if (body.error)
        return *body.error;

    const QJsonObject version = content.value(key("version")).toObject();
    page->title = title;
    if (parentId)
        page->parentId = *parentId;
    if (body.value)
        page->body = *body.value;
    page->version += 1;
    page->versionMessage = version.value(key("message")).toString();
    page->minorEdit = version.value(key("minorEdit")).toBool();
    page->updated = QDateTime::currentDateTimeUtc();
    page->updatedBy = botUsername;
    return Response::json(contentJson(store, *page, site, Expansions::all(), true));
}

Response getSpace(const Store &store, const Request &request, const Site &site)
{
    const QString spaceKey = request.param(QStringLiteral("key"));
    const Space *space = store.space(spaceKey);
    if (!space)
        return failure(site, 404, QStringLiteral("No space with key : %1").arg(spaceKey));
    return Response::json(withSiteLinks(spaceJson(*space, site), site));
}

Response currentUser(const Request &, const Site &site)
{
    return Response::json(withSiteLinks(userJson(botUsername, site), site));
}

} // namespace ReleaseDesk::Sandbox::Confluence
