#include "githubclient.h"

#include "clientsupport.h"
#include "linkheader.h"

#include "models/formats/taskkeys.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ReleaseDesk {
namespace {

const QString systemName = QStringLiteral("GitHub");
// The REST API version the client was written against; GitHub answers every
// request in the version it names, whatever its newest is.
constexpr const char *apiVersion = "2022-11-28";

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}

} // namespace

// One peerReviews() call in progress, shared by its requests' callbacks.
struct GitHubClient::ReviewFetch
{
    QStringList projectKeys;
    QSet<QString> wanted;             // empty: every task of the project
    QHash<QString, PeerReview> known; // by reference
    QPointer<QObject> context;
    Done<QList<PeerReview>> done;

    QStringList repositories;
    qsizetype nextRepository = 0;
    // The pull requests that name a wanted task, with the tasks they name.
    QList<std::pair<GitHubPull, QStringList>> named;
    QList<PeerReview> found;
    qsizetype nextReview = 0;
    int inFlight = 0;
    bool finished = false;

    void finish(const Result<QList<PeerReview>> &result)
    {
        if (finished)
            return;
        finished = true;
        done(result);
    }
    // The answer, once every pull request's reviews are in.
    void add(const GitHubPull &pull, const QStringList &keys, const PeerReview &decided)
    {
        for (const QString &key : keys) {
            PeerReview review = decided;
            review.taskKey = key;
            review.repository = pull.repository;
            review.number = pull.number;
            review.url = pull.url;
            review.title = pull.title;
            review.branch = pull.branch;
            review.updated = pull.updated;
            found << review;
        }
    }
};

GitHubClient::GitHubClient(HttpClient &http, const Clock &clock, GitHubConnection connection)
    : m_http(http), m_clock(clock), m_connection(std::move(connection)),
      m_alive(std::make_unique<QObject>())
{}

GitHubClient::~GitHubClient() = default;

QUrl GitHubClient::apiUrl(const QString &path, const QString &query) const
{
    return ClientSupport::urlBelow(m_connection.baseUrl, path, query);
}

HttpRequest GitHubClient::request(const QString &endpoint, const QUrl &url) const
{
    HttpRequest request;
    request.system = systemName;
    request.endpoint = endpoint;
    request.url = url;
    // GitHub refuses a request without a User-Agent.
    request.headers = {{"Accept", "application/vnd.github+json"},
                       {"X-GitHub-Api-Version", apiVersion},
                       {"User-Agent", "ReleaseDesk"},
                       {"Authorization", "Bearer " + m_connection.token.toUtf8()}};
    return request;
}

Error GitHubClient::failure(const HttpResponse &response) const
{
    const QString said = GitHubParse::serverErrorText(response.body);
    // GitHub answers a spent rate limit with 403 as often as with 429.
    if (const auto wait =
            GitHubParse::rateLimitWait(response.status, response.headers, m_clock.now())) {
        Error limited(ErrorKind::RateLimited,
                      tr("GitHub %1: the rate limit is spent; try again in %n minutes.", nullptr,
                         int(std::max<qint64>(1, (wait->count() + 59999) / 60000)))
                          .arg(response.error.endpoint));
        limited.system = response.error.system;
        limited.endpoint = response.error.endpoint;
        if (wait->count() > 0)
            limited.retryAfter = *wait;
        return limited;
    }
    if (said.isEmpty() || response.error.kind == ErrorKind::Malformed)
        return response.error;
    return response.error.withMessage(tr("%1 GitHub said: %2").arg(response.error.message, said));
}

void GitHubClient::readAll(const QString &endpoint, const QUrl &first, QObject *context,
                           std::function<void(const Pages &)> done)
{
    readPage(std::make_shared<QJsonArray>(), 0, endpoint, first, context, std::move(done));
}

void GitHubClient::readPage(std::shared_ptr<QJsonArray> items, int pages, const QString &endpoint,
                            const QUrl &url, QObject *context,
                            std::function<void(const Pages &)> done)
{
    QPointer<QObject> alive = m_alive.get();
    m_http.send(
        request(endpoint, url), context,
        [this, alive, items, pages, endpoint, url, context, done](const HttpResponse &response) {
            if (!alive)
                return;
            if (!response.ok())
                return done(Pages::failure(failure(response)));
            if (!response.json.isArray())
                return done(
                    Pages::failure(tr("GitHub %1: the answer is not a list.").arg(endpoint)));
            for (const QJsonValue &item : response.json.array())
                items->append(item);
            const QUrl next = LinkHeader::target(response.headers, QStringLiteral("next"), url);
            if (next.isEmpty())
                return done(*items);
            // The token goes only where the connection points.
            if (!sameOrigin(next, m_connection.baseUrl))
                return done(Pages::failure(
                    tr("GitHub %1: the next page is on another server (%2); the token "
                       "is not sent there.")
                        .arg(endpoint, next.host())));
            if (pages + 1 >= maxPages)
                return done(Pages::failure(
                    tr("GitHub %1: more than %2 pages; narrow the repositories in the "
                       "connection settings.")
                        .arg(endpoint)
                        .arg(maxPages)));
            readPage(items, pages + 1, endpoint, next, context, done);
        });
}

void GitHubClient::checkCredentials(QObject *context, Done<QString> done)
{
    QPointer<QObject> alive = m_alive.get();
    m_http.send(request(tr("user"), apiUrl(QStringLiteral("/user"))), context,
                [this, alive, context, done](const HttpResponse &response) {
                    if (!alive)
                        return;
                    if (!response.ok())
                        return done(Result<QString>::failure(failure(response)));
                    const auto login = GitHubParse::login(response.json);
                    if (!login)
                        return done(login);
                    repositories(context, [done, login = login.value()](const auto &names) {
                        if (!names)
                            return done(Result<QString>::failure(names.failure()));
                        done(login);
                    });
                });
}

void GitHubClient::repositories(QObject *context, Done<QStringList> done)
{
    if (!m_connection.repositories.isEmpty()) {
        QStringList names;
        for (const QString &repository : m_connection.repositories) {
            const QString name = repository.trimmed();
            names << (name.contains(u'/') ? name : m_connection.owner + u'/' + name);
        }
        // Answered from the event loop, as every client answers.
        QMetaObject::invokeMethod(
            context, [done, names] { done(names); }, Qt::QueuedConnection);
        return;
    }
    ownerRepositories(QStringLiteral("orgs"), context, std::move(done));
}

void GitHubClient::ownerRepositories(const QString &kind, QObject *context, Done<QStringList> done)
{
    const QUrl first =
        apiUrl(QStringLiteral("/%1/%2/repos").arg(kind, ClientSupport::encoded(m_connection.owner)),
               QStringLiteral("per_page=%1").arg(m_connection.pageSize));
    QPointer<QObject> alive = m_alive.get();
    readAll(
        tr("repositories"), first, context, [this, alive, kind, context, done](const Pages &all) {
            if (!alive)
                return;
            // The owner may be a user rather than an organisation.
            if (!all && all.failure().kind == ErrorKind::NotFound && kind == QLatin1String("orgs"))
                return ownerRepositories(QStringLiteral("users"), context, done);
            if (!all && all.failure().kind == ErrorKind::NotFound)
                return done(Result<QStringList>::failure(all.failure().withMessage(
                    tr("GitHub: no organisation or user %1 was found, or the token may not see it; "
                       "check the owner in the connection settings.")
                        .arg(m_connection.owner))));
            if (!all)
                return done(Result<QStringList>::failure(all.failure()));
            done(GitHubParse::repositories(QJsonDocument(all.value())));
        });
}

void GitHubClient::peerReviews(const QStringList &projectKeys, const QStringList &taskKeys,
                               const QList<PeerReview> &known, QObject *context,
                               Done<QList<PeerReview>> done)
{
    auto fetch = std::make_shared<ReviewFetch>();
    fetch->projectKeys = projectKeys;
    for (const QString &key : taskKeys)
        fetch->wanted.insert(key.toUpper());
    for (const PeerReview &review : known)
        fetch->known.insert(review.reference(), review);
    fetch->context = context;
    fetch->done = std::move(done);
    QPointer<QObject> alive = m_alive.get();
    repositories(context, [this, alive, fetch](const Result<QStringList> &names) {
        if (!alive)
            return;
        if (!names)
            return fetch->finish(Result<QList<PeerReview>>::failure(names.failure()));
        fetch->repositories = names.value();
        readPulls(fetch);
    });
}

void GitHubClient::readPulls(std::shared_ptr<ReviewFetch> fetch)
{
    if (fetch->nextRepository >= fetch->repositories.size())
        return readReviews(fetch);
    const QString repository = fetch->repositories.at(fetch->nextRepository++);
    const QString owner = ClientSupport::encoded(repository.section(u'/', 0, 0));
    const QString name = ClientSupport::encoded(repository.section(u'/', 1));
    const QUrl first = apiUrl(QStringLiteral("/repos/%1/%2/pulls").arg(owner, name),
                              QStringLiteral("state=all&sort=updated&direction=desc&per_page=%1")
                                  .arg(m_connection.pageSize));
    QPointer<QObject> alive = m_alive.get();
    readAll(tr("pull requests"), first, fetch->context, [this, alive, fetch](const Pages &all) {
        if (!alive)
            return;
        if (!all)
            return fetch->finish(Result<QList<PeerReview>>::failure(all.failure()));
        const auto pulls = GitHubParse::pulls(QJsonDocument(all.value()));
        if (!pulls)
            return fetch->finish(Result<QList<PeerReview>>::failure(pulls.error()));
        for (const GitHubPull &pull : pulls.value()) {
            QStringList keys = TaskKeys::named(pull.title, fetch->projectKeys);
            for (const QString &key : TaskKeys::named(pull.branch, fetch->projectKeys)) {
                if (!keys.contains(key))
                    keys << key;
            }
            if (!fetch->wanted.isEmpty())
                keys.removeIf([&](const QString &key) { return !fetch->wanted.contains(key); });
            if (!keys.isEmpty())
                fetch->named.append({pull, keys});
        }
        readPulls(fetch);
    });
}

void GitHubClient::readReviews(std::shared_ptr<ReviewFetch> fetch)
{
    while (!fetch->finished && fetch->inFlight < reviewConcurrency &&
           fetch->nextReview < fetch->named.size()) {
        const GitHubPull pull = fetch->named.at(fetch->nextReview).first;
        const QStringList keys = fetch->named.at(fetch->nextReview++).second;
        PeerReview asStored;
        asStored.repository = pull.repository;
        asStored.number = pull.number;
        asStored = fetch->known.value(asStored.reference());
        if (asStored.number != 0 && asStored.updated == pull.updated && pull.updated.isValid()) {
            fetch->add(pull, keys, asStored);
            continue;
        }
        ++fetch->inFlight;
        const QUrl first =
            apiUrl(QStringLiteral("/repos/%1/%2/pulls/%3/reviews")
                       .arg(ClientSupport::encoded(pull.repository.section(u'/', 0, 0)),
                            ClientSupport::encoded(pull.repository.section(u'/', 1)))
                       .arg(pull.number),
                   QStringLiteral("per_page=%1").arg(m_connection.pageSize));
        QPointer<QObject> alive = m_alive.get();
        readAll(tr("reviews"), first, fetch->context,
                [this, alive, fetch, pull, keys](const Pages &all) {
                    if (!alive)
                        return;
                    --fetch->inFlight;
                    if (!all)
                        return fetch->finish(Result<QList<PeerReview>>::failure(all.failure()));
                    const auto votes = GitHubParse::reviews(QJsonDocument(all.value()));
                    if (!votes)
                        return fetch->finish(Result<QList<PeerReview>>::failure(votes.error()));
                    PeerReview decided;
                    PeerReviews::decide(decided, pull.merged, pull.closed, votes.value());
                    fetch->add(pull, keys, decided);
                    readReviews(fetch);
                });
    }
    if (fetch->inFlight == 0 && fetch->nextReview >= fetch->named.size() && fetch->context) {
        // Answered from the event loop even when nothing needed a request.
        // In the same order however the reviews arrived.
        std::sort(fetch->found.begin(), fetch->found.end(),
                  [](const PeerReview &a, const PeerReview &b) {
                      return std::tie(a.repository, a.number, a.taskKey) <
                             std::tie(b.repository, b.number, b.taskKey);
                  });
        QMetaObject::invokeMethod(
            fetch->context, [fetch] { fetch->finish(fetch->found); }, Qt::QueuedConnection);
    }
}

} // namespace ReleaseDesk
