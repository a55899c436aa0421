#include "services/sandbox/github/githubsystem.h"

#include "services/sandbox/github/githubdata.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <tuple>

// GitHub's REST API (version 2022-11-28) for the pull requests and reviews
// that peer review reads, with its errors, paging and rate-limit answers.

namespace ReleaseDesk::Sandbox {

using namespace GitHub;

namespace {

const QString botToken = QStringLiteral("ghp_sandbox_releasedesk");
const QString botLogin = QStringLiteral("releasedesk-bot");
const QString personalTokenPrefix = QStringLiteral("ghp_sandbox_");
const QString documentation = QStringLiteral("https://docs.github.com/rest");
constexpr int defaultPerPage = 30;
constexpr int largestPerPage = 100;
constexpr int hourlyLimit = 5000;

QString apiRootOf(const Request &request)
{
    const QByteArray host = request.header("host");
    return QStringLiteral("http://%1/github")
        .arg(host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host));
}

Response notFound()
{
    return Response::json(QJsonObject{{QLatin1String("message"), QStringLiteral("Not Found")},
                                      {QLatin1String("documentation_url"), documentation},
                                      {QLatin1String("status"), QStringLiteral("404")}},
                          404);
}

// One page of `items` as GitHub pages a list: per_page (30 by default, at
// most 100) and page from 1, with a Link header naming the neighbours.
Response page(const Request &request, const QJsonArray &items)
{
    const int perPage = std::clamp(request.queryValue(QStringLiteral("per_page")).toInt() > 0
                                       ? request.queryValue(QStringLiteral("per_page")).toInt()
                                       : defaultPerPage,
                                   1, largestPerPage);
    const int number = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int last = std::max(1, int((items.size() + perPage - 1) / perPage));
    QJsonArray shown;
    for (qsizetype i = qsizetype(number - 1) * perPage;
         i < items.size() && i < qsizetype(number) * perPage; ++i)
        shown << items.at(i);
    Response response = Response::json(shown);
    const auto linkTo = [&](int to, const char *rel) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(to));
        return QStringLiteral("<%1%2?%3>; rel=\"%4\"")
            .arg(apiRootOf(request), request.path, query.toString(QUrl::FullyEncoded),
                 QLatin1String(rel));
    };
    QStringList links;
    if (number < last)
        links << linkTo(number + 1, "next") << linkTo(last, "last");
    if (number > 1)
        links << linkTo(1, "first") << linkTo(number - 1, "prev");
    if (!links.isEmpty())
        response.setHeader("Link", links.join(QLatin1String(", ")).toUtf8());
    return response;
}

} // namespace

struct GitHubSystem::State
{
    QString owner;
    bool offered = true;
    Store store;
    QDateTime limitResets; // the primary rate limit is spent until then
};

GitHubSystem::GitHubSystem(const QJsonObject &conventions, bool offered)
    : m_state(std::make_unique<State>())
{
    m_state->offered = offered;
    m_state->owner = conventions.value(QLatin1String("owner")).toString(QStringLiteral("acme"));
    m_state->store.owner = m_state->owner;
}

GitHubSystem::~GitHubSystem() = default;

void GitHubSystem::addRoutes(Router &router)
{
    Store &store = m_state->store;
    router.add("GET", QStringLiteral("/user"), [](const Request &request) {
        return Response::json(userJson(request.account, apiRootOf(request)));
    });
    const auto ownerRepositories = [&store](const Request &request) {
        if (request.param(QStringLiteral("owner")).compare(store.owner, Qt::CaseInsensitive) != 0)
            return notFound();
        QJsonArray items;
        for (const QString &repository : std::as_const(store.repositories))
            items << repositoryJson(repository, apiRootOf(request));
        return page(request, items);
    };
    router.add("GET", QStringLiteral("/orgs/{owner}/repos"), ownerRepositories);
    router.add("GET", QStringLiteral("/users/{owner}/repos"), [](const Request &) {
        return notFound(); // the owner is an organisation, not a user
    });
    router.add("GET", QStringLiteral("/repos/{owner}/{repo}/pulls"), [&store](const Request &r) {
        const QString repository =
            r.param(QStringLiteral("owner")) + u'/' + r.param(QStringLiteral("repo"));
        if (!store.repositories.contains(repository, Qt::CaseInsensitive))
            return notFound();
        const QString state = r.queryValue(QStringLiteral("state"), QStringLiteral("open"));
        const bool byUpdate = r.queryValue(QStringLiteral("sort")) == QLatin1String("updated");
        // Newest first by default; ascending only when asked, or by default for other sorts.
        const QString direction = r.queryValue(
            QStringLiteral("direction"), byUpdate ? QStringLiteral("asc") : QStringLiteral("desc"));
        QList<const Pull *> chosen;
        for (const Pull &pull : std::as_const(store.pulls)) {
            if (pull.repository.compare(repository, Qt::CaseInsensitive) == 0 &&
                (state == QLatin1String("all") ||
                 (state == QLatin1String("closed")) == pull.closed))
                chosen << &pull;
        }
        std::stable_sort(chosen.begin(), chosen.end(), [&](const Pull *a, const Pull *b) {
            const QDateTime &x = byUpdate ? a->updated : a->created;
            const QDateTime &y = byUpdate ? b->updated : b->created;
            return direction == QLatin1String("asc")
                       ? std::tie(x, a->number) < std::tie(y, b->number)
                       : std::tie(x, a->number) > std::tie(y, b->number);
        });
        QJsonArray items;
        for (const Pull *pull : std::as_const(chosen))
            items << pullJson(*pull, apiRootOf(r));
        return page(r, items);
    });
    const auto pullOf = [&store](const Request &r) {
        return store.pull(r.param(QStringLiteral("owner")) + u'/' + r.param(QStringLiteral("repo")),
                          r.param(QStringLiteral("number")).toInt());
    };
    router.add("GET", QStringLiteral("/repos/{owner}/{repo}/pulls/{number}"),
               [pullOf](const Request &r) {
                   const Pull *pull = pullOf(r);
                   if (!pull)
                       return notFound();
                   QJsonObject json = pullJson(*pull, apiRootOf(r));
                   json.insert(QLatin1String("merged"), !pull->merged.isNull());
                   return Response::json(json);
               });
    router.add("GET", QStringLiteral("/repos/{owner}/{repo}/pulls/{number}/reviews"),
               [pullOf](const Request &r) {
                   const Pull *pull = pullOf(r);
                   if (!pull)
                       return notFound();
                   QJsonArray items;
                   for (const Review &review : pull->reviews)
                       items << reviewJson(review, *pull, apiRootOf(r));
                   return page(r, items);
               });
}

std::optional<Response> GitHubSystem::checkAuth(const Request &request) const
{
    if (account(request).isEmpty()) {
        Response refused = Response::json(
            QJsonObject{{QLatin1String("message"), QStringLiteral("Bad credentials")},
                        {QLatin1String("documentation_url"), documentation},
                        {QLatin1String("status"), QStringLiteral("401")}},
            401);
        return refused;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_state->limitResets.isValid() && now < m_state->limitResets) {
        Response spent = error(403, QStringLiteral("API rate limit exceeded for user ID 1. If you "
                                                   "reach out to GitHub Support for help, please "
                                                   "include the request ID."));
        spent.setHeader("x-ratelimit-limit", QByteArray::number(hourlyLimit));
        spent.setHeader("x-ratelimit-remaining", "0");
        spent.setHeader("x-ratelimit-used", QByteArray::number(hourlyLimit));
        spent.setHeader("x-ratelimit-reset",
                        QByteArray::number(m_state->limitResets.toSecsSinceEpoch()));
        spent.setHeader("x-ratelimit-resource", "core");
        return spent;
    }
    return std::nullopt;
}

QString GitHubSystem::account(const Request &request) const
{
    // GitHub takes "Bearer <token>" and the older "token <token>".
    const QByteArray authorization = request.header("authorization");
    QString token;
    if (authorization.startsWith("Bearer "))
        token = QString::fromUtf8(authorization.mid(7)).trimmed();
    else if (authorization.startsWith("token "))
        token = QString::fromUtf8(authorization.mid(6)).trimmed();
    if (token == botToken)
        return botLogin;
    if (token.startsWith(personalTokenPrefix) && token.size() > personalTokenPrefix.size())
        return loginOf(token.mid(personalTokenPrefix.size()));
    return {};
}

Response GitHubSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message},
                                      {QLatin1String("documentation_url"), documentation},
                                      {QLatin1String("status"), QString::number(status)}},
                          status);
}

Response GitHubSystem::rateLimited(int retryAfterSeconds) const
{
    // The secondary rate limit: too many requests at once; it says when to come back.
    Response response = error(429, QStringLiteral("You have exceeded a secondary rate limit. "
                                                  "Please wait a few minutes before you try "
                                                  "again."));
    response.setHeader("retry-after", QByteArray::number(retryAfterSeconds));
    response.setHeader("x-ratelimit-limit", QByteArray::number(hourlyLimit));
    response.setHeader("x-ratelimit-remaining", QByteArray::number(hourlyLimit - 1));
    return response;
}

QJsonObject GitHubSystem::connection(const QString &baseUrl) const
{
    if (!m_state->offered)
        return {};
    return {{QLatin1String("url"), baseUrl},
            {QLatin1String("token"), botToken},
            {QLatin1String("owner"), m_state->store.owner}};
}

QJsonObject GitHubSystem::connectionAs(const QString &baseUrl, const QString &person) const
{
    QJsonObject connection = this->connection(baseUrl);
    if (!connection.isEmpty())
        connection.insert(QLatin1String("token"), QString(personalTokenPrefix + person));
    return connection;
}

void GitHubSystem::seed(const Catalogue &catalogue)
{
    m_state->store = Store::seeded(catalogue, m_state->owner);
}

QJsonObject GitHubSystem::save() const
{
    return m_state->store.toJson();
}

void GitHubSystem::load(const QJsonObject &state)
{
    m_state->store = Store::fromJson(state);
}

int GitHubSystem::openPull(const QString &repository, const QString &title, const QString &branch,
                           const QString &author)
{
    return m_state->store.open(repository, title, branch, author, QDateTime::currentDateTimeUtc())
        .number;
}

bool GitHubSystem::review(const QString &repository, int number, const QString &reviewer,
                          const QString &state)
{
    Pull *pull = m_state->store.pull(repository, number);
    if (!pull)
        return false;
    // Strictly later than anything before, so that an update is always seen.
    const QDateTime at = std::max(QDateTime::currentDateTimeUtc(), pull->updated.addSecs(1));
    m_state->store.review(*pull, reviewer, state, at);
    return true;
}

bool GitHubSystem::merge(const QString &repository, int number)
{
    Pull *pull = m_state->store.pull(repository, number);
    if (!pull || pull->closed)
        return false;
    pull->merged = std::max(QDateTime::currentDateTimeUtc(), pull->updated.addSecs(1));
    pull->closed = true;
    pull->updated = pull->merged;
    return true;
}

bool GitHubSystem::close(const QString &repository, int number)
{
    Pull *pull = m_state->store.pull(repository, number);
    if (!pull || pull->closed)
        return false;
    pull->closed = true;
    pull->updated = std::max(QDateTime::currentDateTimeUtc(), pull->updated.addSecs(1));
    return true;
}

void GitHubSystem::spendRateLimit(const QDateTime &resetAt)
{
    m_state->limitResets = resetAt;
}

QStringList GitHubSystem::repositories() const
{
    return m_state->store.repositories;
}

} // namespace ReleaseDesk::Sandbox
