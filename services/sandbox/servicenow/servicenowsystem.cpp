#include "services/sandbox/servicenow/servicenowsystem.h"

#include "services/sandbox/servicenow/servicenowoauth.h"
#include "services/sandbox/servicenow/servicenowpolicy.h"
#include "services/sandbox/servicenow/servicenowquery.h"
#include "services/sandbox/servicenow/servicenowrecords.h"
#include "services/sandbox/servicenow/servicenowseed.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <variant>

namespace ReleaseDesk::Sandbox {

using namespace ServiceNow;

namespace {

constexpr int defaultLimit = 10000; // sysparm_limit when the client gives none
constexpr int rateLimitPerHour = 1000;
const char *const rateLimitRule = "c0ffee00d1e5ea5e0000000000000429";

// {"error":{"message":...,"detail":...},"status":"failure"}; a missing detail is null.
Response failure(int status, const QString &message, const QString &detail = {})
{
    const QJsonValue detailValue =
        detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(detail);
    return Response::json(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                          {QStringLiteral("detail"), detailValue}}},
                    {QStringLiteral("status"), QStringLiteral("failure")}},
        status);
}

Response notAuthenticated()
{
    Response response = failure(401, QStringLiteral("User Not Authenticated"),
                                QStringLiteral("Required to provide Auth information"));
    response.setHeader("WWW-Authenticate", "BASIC realm=\"Service-now\"");
    return response;
}

Response noRecord()
{
    return failure(404, QStringLiteral("No Record found"),
                   QStringLiteral("Record doesn't exist or ACL restricts the record retrieval"));
}

Response noResource()
{
    return failure(400, QStringLiteral("Requested URI does not represent any resource"));
}

bool flag(const Request &request, const QString &name)
{
    return request.queryValue(name).compare(u"true", Qt::CaseInsensitive) == 0;
}

QString baseUrl(const Request &request, const QString &system)
{
    QByteArray host = request.header("host");
    if (host.isEmpty())
        host = "127.0.0.1";
    return QStringLiteral("http://%1/%2").arg(QString::fromLatin1(host), system);
}

RenderOptions renderOptions(const Request &request, const QString &system)
{
    RenderOptions options;
    const QString display = request.queryValue(QStringLiteral("sysparm_display_value")).toLower();
    options.mode = display == u"true"  ? DisplayMode::Display
                   : display == u"all" ? DisplayMode::Both
                                       : DisplayMode::Value;
    options.excludeReferenceLink = flag(request, QStringLiteral("sysparm_exclude_reference_link"));
    options.baseUrl = baseUrl(request, system);
    for (const QString &field : request.queryValue(QStringLiteral("sysparm_fields")).split(u',')) {
        if (!field.trimmed().isEmpty())
            options.fields << field.trimmed();
    }
    return options;
}

int numberParam(const Request &request, const QString &name, int fallback, int minimum)
{
    bool ok = false;
    const int value = request.queryValue(name).toInt(&ok);
    return ok && value >= minimum ? value : fallback;
}

// The table a request names: its dictionary, or the platform's answer.
std::variant<const TableSpec *, Response> tableOf(const Request &request)
{
    const QString version = request.param(QStringLiteral("version"));
    if (!version.isEmpty() && version != u"v1" && version != u"v2")
        return noResource();
    const QString table = request.param(QStringLiteral("table"));
    if (const TableSpec *spec = tableSpec(table))
        return spec;
    return failure(400, QStringLiteral("Invalid table %1").arg(table));
}

std::variant<QJsonObject, Response> bodyOf(const Request &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    const auto document = request.json();
    if (!document || !document->isObject()) {
        return failure(400, QStringLiteral("Exception while reading request"),
                       QStringLiteral("The payload is not valid JSON."));
    }
    return document->object();
}

Response forbidden(const QString &operation)
{
    return failure(
        403, QStringLiteral("Operation Failed"),
        QStringLiteral("ACL Exception %1 Failed due to security constraints").arg(operation));
}

// "<url>;rel=\"first\",<url>;rel=\"prev\",..." with the request's own parameters.
QByteArray pageLinks(const Request &request, const QString &base, int limit, int offset, int total)
{
    QString parameters;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyEncoded)) {
        if (name != u"sysparm_limit" && name != u"sysparm_offset")
            parameters += name + u'=' + value + u'&';
    }
    // Concatenated, not arg()-ed: the parameters hold percent escapes like %5E.
    const auto link = [&](int at, const char *rel) -> QString {
        return u'<' + base + request.path + u'?' + parameters + QStringLiteral("sysparm_limit=") +
               QString::number(limit) + QStringLiteral("&sysparm_offset=") + QString::number(at) +
               QStringLiteral(">;rel=\"") + QLatin1String(rel) + u'"';
    };
    QStringList links{link(0, "first")};
    if (offset > 0)
        links << link(qMax(0, offset - limit), "prev");
    if (offset + limit < total)
        links << link(offset + limit, "next");
    links << link(qMax(0, (total - 1) / limit * limit), "last");
    return links.join(u',').toUtf8();
}

// Name-value pairs (&state=3) filter like a query when there is no sysparm_query;
// a choice field also takes its label (&state=Closed).
QString pairsQuery(const Request &request, const TableSpec &spec)
{
    QStringList conditions;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        const Field *field = spec.field(name);
        if (name.startsWith(u"sysparm_") || !field)
            continue;
        QString stored = value;
        for (const auto &[choiceValue, label] : field->choices) {
            if (label.compare(value, Qt::CaseInsensitive) == 0)
                stored = choiceValue;
        }
        conditions << name + u'=' + stored.replace(u'^', QStringLiteral("^^"));
    }
    return conditions.join(u'^');
}

} // namespace

struct ServiceNowSystem::State
{
    explicit State(const QJsonObject &conventions) : oauth(conventions), mandatory(conventions) {}

    Store store;
    OAuthServer oauth;
    MandatoryColumns mandatory;
};

ServiceNowSystem::ServiceNowSystem(const QJsonObject &conventions)
    : m_state(std::make_unique<State>(conventions))
{}
ServiceNowSystem::~ServiceNowSystem() = default;

void ServiceNowSystem::addRoutes(Router &router)
{
    for (const QString &api :
         {QStringLiteral("/api/now/table"), QStringLiteral("/api/now/{version}/table")}) {
        const QString collection = api + QStringLiteral("/{table}");
        const QString record = collection + QStringLiteral("/{sysId}");
        router.add("GET", collection, [this](const Request &request) { return list(request); });
        router.add("POST", collection, [this](const Request &request) { return create(request); });
        router.add("GET", record, [this](const Request &request) { return read(request); });
        router.add("PUT", record, [this](const Request &request) { return modify(request); });
        router.add("PATCH", record, [this](const Request &request) { return modify(request); });
        router.add("DELETE", record, [this](const Request &request) { return remove(request); });
    }
    router.add("POST", QStringLiteral("/oauth_token.do"),
               [this](const Request &request) { return m_state->oauth.token(request); });
}

void ServiceNowSystem::expireAccessTokens()
{
    m_state->oauth.expireAccessTokens();
}

void ServiceNowSystem::revokeRefreshTokens()
{
    m_state->oauth.revokeRefreshTokens();
}

std::optional<Response> ServiceNowSystem::checkAuth(const Request &request) const
{
    // The token endpoint checks the client and the user in its form.
    if (request.path == u"/oauth_token.do")
        return std::nullopt;
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray credentials =
        space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (scheme == "basic" && QByteArray::fromBase64(credentials) ==
                                 (Accounts::user() + u':' + Accounts::password()).toUtf8())
        return std::nullopt;
    if (scheme == "bearer" && (credentials == Accounts::oauthToken().toUtf8() ||
                               m_state->oauth.accepts(QString::fromUtf8(credentials))))
        return std::nullopt;
    return notAuthenticated();
}

bool ServiceNowSystem::changedState(const Request &request, const Response &response) const
{
    return request.path != u"/oauth_token.do" && System::changedState(request, response);
}

Response ServiceNowSystem::error(int status, const QString &message) const
{
    return status == 401 ? notAuthenticated() : failure(status, message);
}

Response ServiceNowSystem::rateLimited(int retryAfterSeconds) const
{
    Response response =
        failure(429, QStringLiteral("Rate limit exceeded"),
                QStringLiteral("Rate limit of %1 requests per hour for Table API exceeded")
                    .arg(rateLimitPerHour));
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + retryAfterSeconds;
    response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    response.setHeader("X-RateLimit-Limit", QByteArray::number(rateLimitPerHour));
    response.setHeader("X-RateLimit-Reset", QByteArray::number(reset));
    response.setHeader("X-RateLimit-Rule", rateLimitRule);
    return response;
}

QJsonObject ServiceNowSystem::connection(const QString &baseUrl) const
{
    return {{QStringLiteral("url"), baseUrl},
            {QStringLiteral("username"), Accounts::user()},
            {QStringLiteral("password"), Accounts::password()},
            {QStringLiteral("token"), Accounts::oauthToken()},
            {QStringLiteral("assignmentGroup"), Accounts::assignmentGroup()},
            {QStringLiteral("assignmentGroupSysId"), Accounts::assignmentGroupSysId()}};
}

void ServiceNowSystem::seed(const Catalogue &catalogue)
{
    seedStore(m_state->store, catalogue);
    m_state->mandatory.seed(m_state->store);
}

QJsonObject ServiceNowSystem::save() const
{
    return {{QStringLiteral("tables"), m_state->store.save()}};
}

void ServiceNowSystem::load(const QJsonObject &state)
{
    m_state->store.load(state.value(u"tables").toObject());
}

QJsonObject ServiceNowSystem::insert(const QString &table, const QJsonObject &fields)
{
    const TableSpec *spec = tableSpec(table);
    if (!spec)
        return {};
    const QJsonObject record =
        m_state->store.insert(table, fields, QDateTime::currentDateTimeUtc(), Accounts::user());
    RenderOptions plain;
    plain.excludeReferenceLink = true;
    return render(m_state->store, *spec, record, plain);
}

std::optional<QJsonObject> ServiceNowSystem::findByNumber(const QString &table,
                                                          const QString &number) const
{
    const TableSpec *spec = tableSpec(table);
    const QJsonObject *record =
        spec ? m_state->store.findBy(table, QStringLiteral("number"), number) : nullptr;
    if (!record)
        return std::nullopt;
    RenderOptions plain;
    plain.excludeReferenceLink = true;
    return render(m_state->store, *spec, *record, plain);
}

Response ServiceNowSystem::list(const Request &request) const
{
    const auto table = tableOf(request);
    if (const Response *refused = std::get_if<Response>(&table))
        return *refused;
    const TableSpec &spec = *std::get<const TableSpec *>(table);
    const Store &store = m_state->store;
    const QJsonObject none;
    const QString text = request.query.hasQueryItem(QStringLiteral("sysparm_query"))
                             ? request.queryValue(QStringLiteral("sysparm_query"))
                             : pairsQuery(request, spec);
    const EncodedQuery query = parseQuery(text, [&](const QString &path) {
        return store.resolve(spec.name, none, path).has_value();
    });
    const auto valueOf = [&](const QJsonObject *record) {
        return [&store, &spec, record](const QString &path) {
            return store.value(spec.name, *record, path).value_or(QString());
        };
    };

    QList<const QJsonObject *> rows;
    if (const Table *records = store.table(spec.name)) {
        for (const QJsonObject &record : records->records) {
            if (matches(query, valueOf(&record)))
                rows << &record;
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject *a, const QJsonObject *b) {
        return compareRows(query.order, valueOf(a), valueOf(b)) < 0;
    });

    const int total = int(rows.size());
    const int limit = numberParam(request, QStringLiteral("sysparm_limit"), defaultLimit, 1);
    const int offset = numberParam(request, QStringLiteral("sysparm_offset"), 0, 0);
    const RenderOptions options = renderOptions(request, name());
    QJsonArray result;
    for (int i = offset; i < total && i < offset + limit; ++i)
        result.append(render(store, spec, *rows.at(i), options));

    Response response = Response::json(QJsonObject{{QStringLiteral("result"), result}});
    if (!flag(request, QStringLiteral("sysparm_no_count")))
        response.setHeader("X-Total-Count", QByteArray::number(total));
    // A result that fits one page from the start has no Link header.
    const bool paged = offset > 0 || offset + limit < total;
    if (paged && !flag(request, QStringLiteral("sysparm_suppress_pagination_header")))
        response.setHeader("Link", pageLinks(request, options.baseUrl, limit, offset, total));
    return response;
}

Response ServiceNowSystem::read(const Request &request) const
{
    const auto table = tableOf(request);
    if (const Response *refused = std::get_if<Response>(&table))
        return *refused;
    const TableSpec &spec = *std::get<const TableSpec *>(table);
    const QJsonObject *record =
        m_state->store.find(spec.name, request.param(QStringLiteral("sysId")));
    if (!record)
        return noRecord();
    return Response::json(
        QJsonObject{{QStringLiteral("result"),
                     render(m_state->store, spec, *record, renderOptions(request, name()))}});
}

Response ServiceNowSystem::create(const Request &request)
{
    const auto table = tableOf(request);
    if (const Response *refused = std::get_if<Response>(&table))
        return *refused;
    const TableSpec &spec = *std::get<const TableSpec *>(table);
    if (spec.readOnly)
        return forbidden(QStringLiteral("Insert"));
    const auto body = bodyOf(request);
    if (const Response *refused = std::get_if<Response>(&body))
        return *refused;
    // What a data policy answers: the operation fails, naming the fields.
    if (const QStringList missing =
            m_state->mandatory.missing(spec.name, std::get<QJsonObject>(body));
        !missing.isEmpty()) {
        return failure(403, QStringLiteral("Operation Failed"),
                       QStringLiteral("Data Policy Exception: \n\tThe following fields are "
                                      "mandatory: %1\n")
                           .arg(missing.join(QStringLiteral(", "))));
    }
    const QJsonObject record = m_state->store.insert(
        spec.name, std::get<QJsonObject>(body), QDateTime::currentDateTimeUtc(), Accounts::user());
    const RenderOptions options = renderOptions(request, name());
    const QString sysId = record.value(u"sys_id").toString();
    Response response =
        request.header("x-no-response-body").toLower() == "true"
            ? Response::empty(201)
            : Response::json(QJsonObject{{QStringLiteral("result"),
                                          render(m_state->store, spec, record, options)}},
                             201);
    response.setHeader(
        "Location",
        (options.baseUrl + QStringLiteral("/api/now/table/") + spec.name + u'/' + sysId).toUtf8());
    return response;
}

Response ServiceNowSystem::modify(const Request &request)
{
    const auto table = tableOf(request);
    if (const Response *refused = std::get_if<Response>(&table))
        return *refused;
    const TableSpec &spec = *std::get<const TableSpec *>(table);
    if (spec.readOnly)
        return forbidden(QStringLiteral("Update"));
    const QString sysId = request.param(QStringLiteral("sysId"));
    if (!m_state->store.find(spec.name, sysId))
        return noRecord();
    const auto body = bodyOf(request);
    if (const Response *refused = std::get_if<Response>(&body))
        return *refused;
    m_state->store.update(spec.name, sysId, std::get<QJsonObject>(body),
                          QDateTime::currentDateTimeUtc(), Accounts::user());
    if (request.header("x-no-response-body").toLower() == "true")
        return Response::empty(200);
    return Response::json(
        QJsonObject{{QStringLiteral("result"),
                     render(m_state->store, spec, *m_state->store.find(spec.name, sysId),
                            renderOptions(request, name()))}});
}

Response ServiceNowSystem::remove(const Request &request)
{
    const auto table = tableOf(request);
    if (const Response *refused = std::get_if<Response>(&table))
        return *refused;
    const TableSpec &spec = *std::get<const TableSpec *>(table);
    if (spec.readOnly)
        return forbidden(QStringLiteral("Delete"));
    if (!m_state->store.remove(spec.name, request.param(QStringLiteral("sysId"))))
        return noRecord();
    return Response::empty(204);
}

} // namespace ReleaseDesk::Sandbox
