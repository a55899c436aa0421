#include "services/sandbox/jira/jiraapi.h"

#include "services/sandbox/jira/jql.h"

#include <QCryptographicHash>

// Issue search: Data Center's /rest/api/2/search pages by startAt and tells
// the total; Cloud's /rest/api/{2,3}/search/jql pages by an opaque
// nextPageToken, tells no total and refuses unbounded queries. Cloud's
// removed /rest/api/3/search answers 410 Gone as Cloud does.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

constexpr int defaultPageSize = 50;
constexpr int pageLimit = 100;          // with fields
constexpr int identityPageLimit = 5000; // Cloud's limit when only ids or keys are asked for
constexpr qint64 cacheSeconds = 60;

struct SearchParameters
{
    QString jql;
    int startAt = 0;
    int maxResults = defaultPageSize;
    QStringList fields; // as sent; empty when not sent
    QString nextPageToken;
};

std::optional<SearchParameters> readParameters(const Request &request, Response *error)
{
    SearchParameters parameters;
    if (request.method == "GET") {
        parameters.jql = request.queryValue(QStringLiteral("jql"));
        parameters.nextPageToken = request.queryValue(QStringLiteral("nextPageToken"));
        parameters.fields =
            request.query.allQueryItemValues(QStringLiteral("fields"), QUrl::FullyDecoded);
        const auto startAt = intParameter(request, QStringLiteral("startAt"), 0, error);
        const auto maxResults =
            intParameter(request, QStringLiteral("maxResults"), defaultPageSize, error);
        if (!startAt || !maxResults)
            return std::nullopt;
        parameters.startAt = *startAt;
        parameters.maxResults = *maxResults;
        return parameters;
    }
    const auto body = jsonBody(request, error);
    if (!body)
        return std::nullopt;
    parameters.jql = body->value(QLatin1String("jql")).toString();
    parameters.nextPageToken = body->value(QLatin1String("nextPageToken")).toString();
    const QJsonValue fields = body->value(QLatin1String("fields"));
    for (const QJsonValue &field : fields.toArray())
        parameters.fields << field.toString();
    if (fields.isString())
        parameters.fields << fields.toString();
    for (const QString &name : {QStringLiteral("startAt"), QStringLiteral("maxResults")}) {
        const QJsonValue value = body->value(name);
        if (!value.isUndefined() && !value.isNull() && !value.isDouble()) {
            *error = errorResponse(
                400, {QStringLiteral("The value of '%1' must be a number.").arg(name)});
            return std::nullopt;
        }
    }
    parameters.startAt = body->value(QLatin1String("startAt")).toInt(0);
    parameters.maxResults = body->value(QLatin1String("maxResults")).toInt(defaultPageSize);
    return parameters;
}

// The token names the position of the next page and the query it belongs to.
QString queryDigest(const QString &jql)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(jql.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString encodeToken(qsizetype offset, const QString &jql)
{
    const QString plain = QStringLiteral("%1:%2").arg(offset).arg(queryDigest(jql));
    return QString::fromLatin1(
        plain.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> decodeToken(const QString &token, const QString &jql)
{
    const QString plain = QString::fromUtf8(QByteArray::fromBase64(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors));
    bool ok = false;
    const qsizetype offset = plain.section(u':', 0, 0).toLongLong(&ok);
    if (!ok || offset < 0 || plain.section(u':', 1) != queryDigest(jql))
        return std::nullopt;
    return offset;
}

Response jqlError(const QStringList &messages)
{
    return errorResponse(400, messages);
}

// Data Center: {expand, startAt, maxResults, total, issues}.
Response searchByOffset(Backend &backend, const Request &request, const Link &link)
{
    if (link.api == Api::V3) {
        return errorResponse(
            410,
            {QStringLiteral(
                "The requested API has been removed. Please migrate to the /rest/api/3/search/jql "
                "API. A full migration guideline is available at "
                "https://developer.atlassian.com/changelog/#CHANGE-2046")});
    }
    Response error;
    const auto parameters = readParameters(request, &error);
    if (!parameters)
        return error;
    QStringList messages;
    const Backend::SearchResult *result =
        backend.search(parameters->jql, request.account, &messages);
    if (!result)
        return jqlError(messages);

    const int startAt = qMax(0, parameters->startAt);
    const int maxResults =
        parameters->maxResults < 0 ? defaultPageSize : qMin(parameters->maxResults, pageLimit);
    const FieldSelection fields =
        FieldSelection::parse(parameters->fields, QStringLiteral("*navigable"));
    const qsizetype total = qsizetype(result->issues.size());
    QJsonArray issues;
    for (qsizetype i = startAt; i < qMin<qsizetype>(total, qsizetype(startAt) + maxResults); ++i)
        issues << issueJson(backend.store.issues()[size_t(result->issues[size_t(i)])],
                            backend.store, link, fields);
    return Response::json(QJsonObject{{QLatin1String("expand"), QStringLiteral("schema,names")},
                                      {QLatin1String("startAt"), startAt},
                                      {QLatin1String("maxResults"), maxResults},
                                      {QLatin1String("total"), total},
                                      {QLatin1String("issues"), issues}});
}

// Cloud: {issues, nextPageToken?, isLast}; issues carry only their id unless fields are asked for.
Response searchByToken(Backend &backend, const Request &request, const Link &link)
{
    Response error;
    const auto parameters = readParameters(request, &error);
    if (!parameters)
        return error;
    const QString unbounded = QStringLiteral("Unbounded JQL queries are not allowed here. Please "
                                             "add a search restriction to your query.");
    if (parameters->jql.trimmed().isEmpty())
        return jqlError({unbounded});
    QStringList messages;
    const Backend::SearchResult *result =
        backend.search(parameters->jql, request.account, &messages);
    if (!result)
        return jqlError(messages);
    if (!result->bounded)
        return jqlError({unbounded});

    qsizetype offset = 0;
    if (!parameters->nextPageToken.isEmpty()) {
        const auto decoded = decodeToken(parameters->nextPageToken, parameters->jql);
        if (!decoded) {
            return errorResponse(400, {QStringLiteral("The nextPageToken '%1' is not valid for "
                                                      "this query.")
                                           .arg(parameters->nextPageToken)});
        }
        offset = *decoded;
    }
    const qsizetype total = qsizetype(result->issues.size());
    offset = qMin(offset, total); // the result may have shrunk since the token was made
    const FieldSelection fields = FieldSelection::parse(parameters->fields, {});
    const int limit = fields.isIdentityOnly() ? identityPageLimit : pageLimit;
    const int maxResults =
        parameters->maxResults <= 0 ? defaultPageSize : qMin(parameters->maxResults, limit);
    const qsizetype end = qMin<qsizetype>(total, offset + maxResults);
    QJsonArray issues;
    for (qsizetype i = offset; i < end; ++i) {
        const Issue &issue = backend.store.issues()[size_t(result->issues[size_t(i)])];
        if (parameters->fields.isEmpty())
            issues << QJsonObject{{QLatin1String("id"), QString::number(issue.id)}};
        else
            issues << issueJson(issue, backend.store, link, fields);
    }
    QJsonObject answer{{QLatin1String("issues"), issues}, {QLatin1String("isLast"), end >= total}};
    if (end < total)
        answer.insert(QLatin1String("nextPageToken"), encodeToken(end, parameters->jql));
    return Response::json(answer);
}

} // namespace

const Backend::SearchResult *Backend::search(const QString &jql, const QString &currentUser,
                                             QStringList *errors)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // currentUser() makes the same text a different query for each account.
    const QString cacheKey = currentUser + u'\n' + jql;
    const auto cached = m_searches.constFind(cacheKey);
    // Relative dates ("-1d") move with the clock, so results also age out.
    if (cached != m_searches.constEnd() && cached->revision == store.revision() &&
        cached->computed.secsTo(now) < cacheSeconds) {
        return &cached->result;
    }
    JqlQuery::Errors problems;
    const JqlQuery query = JqlQuery::compile(jql, store, currentUser, now, &problems);
    if (!problems.messages.isEmpty()) {
        *errors = problems.messages;
        return nullptr;
    }
    if (m_searches.size() >= 16)
        m_searches.clear();
    CachedSearch &entry = m_searches[cacheKey];
    entry.revision = store.revision();
    entry.computed = now;
    entry.result.bounded = query.isBounded();
    entry.result.issues = query.run(store);
    return &entry.result;
}

void addSearchRoutes(Router &router, Backend &backend)
{
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        addApiRoute(router, method, QStringLiteral("/search"),
                    [&backend](const Request &request, const Link &link) {
                        return searchByOffset(backend, request, link);
                    });
        addApiRoute(router, method, QStringLiteral("/search/jql"),
                    [&backend](const Request &request, const Link &link) {
                        return searchByToken(backend, request, link);
                    });
    }
}

} // namespace ReleaseDesk::Sandbox::Jira
