#pragma once

#include "githubparse.h"

#include "models/domain/peerreview.h"
#include "models/domain/result.h"
#include "models/ports/clock.h"
#include "services/http/httpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace ReleaseDesk {

// Where and as whom to reach GitHub. The token comes from the keychain.
struct GitHubConnection
{
    QUrl baseUrl; // https://api.github.com, GitHub Enterprise's /api/v3, or the sandbox's /github
    QString token;
    QString owner;            // the organisation
    QStringList repositories; // "payments" or "acme/payments"; empty: all of the owner's
    int pageSize = 100;       // per_page; GitHub's largest
};

// Reads the peer review of the team's changes from GitHub's REST API: the
// pull requests that name a Jira task in their title or branch, and their
// reviews.
//
// Why it lists each repository's pull requests rather than searching per
// task: the search API allows 30 requests a minute, so a few hundred tasks
// would take many minutes, and its hits lack the branch, the merge and the
// reviews, costing two more requests per pull request. A repository's list
// (state=all, 100 a page) carries title, branch and merged_at for a hundred
// pull requests a request; only the reviews of the pull requests that name a
// task cost one request each, and none when the pull request has not changed
// since the review stored for it.
class GitHubClient
{
    Q_DECLARE_TR_FUNCTIONS(GitHubClient)

public:
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    // `http` and `clock` must outlive the client. A callback whose client was
    // destroyed meanwhile is not called.
    GitHubClient(HttpClient &http, const Clock &clock, GitHubConnection connection);
    ~GitHubClient();

    const GitHubConnection &connection() const { return m_connection; }

    // GET /user: the token's login; then the repositories, so that a wrong
    // owner is found now rather than at the first sync.
    void checkCredentials(QObject *context, Done<QString> done);
    // The full names of the repositories to read: the configured ones, or
    // every one of the owner's that is not archived (the organisation's, or
    // failing that the user's).
    void repositories(QObject *context, Done<QStringList> done);

    // Every pull request of the repositories that names a task of the
    // `projectKeys` as a whole word in its title or branch; when `taskKeys` is
    // not empty, only those tasks. One PeerReview per task a pull request
    // names. A pull request in `known` with the same update time keeps the
    // reviewers and state stored for it without asking for its reviews again.
    void peerReviews(const QStringList &projectKeys, const QStringList &taskKeys,
                     const QList<PeerReview> &known, QObject *context,
                     Done<QList<PeerReview>> done);

    // The most pages one list is read from before giving up.
    static constexpr int maxPages = 500;
    // How many review requests are in flight at once.
    static constexpr int reviewConcurrency = 4;

private:
    struct ReviewFetch;
    using Pages = Result<QJsonArray>;

    HttpRequest request(const QString &endpoint, const QUrl &url) const;
    QUrl apiUrl(const QString &path, const QString &query = {}) const;
    Error failure(const HttpResponse &response) const;
    // Every item of a paged list, following the Link header's rel="next".
    void readAll(const QString &endpoint, const QUrl &first, QObject *context,
                 std::function<void(const Pages &)> done);
    void readPage(std::shared_ptr<QJsonArray> items, int pages, const QString &endpoint,
                  const QUrl &url, QObject *context, std::function<void(const Pages &)> done);
    void ownerRepositories(const QString &kind, QObject *context, Done<QStringList> done);

    void readPulls(std::shared_ptr<ReviewFetch> fetch);
    void readReviews(std::shared_ptr<ReviewFetch> fetch);

    HttpClient &m_http;
    const Clock &m_clock;
    GitHubConnection m_connection;
    // Dies with the client, so that answers arriving later are dropped.
    std::unique_ptr<QObject> m_alive;
};

} // namespace ReleaseDesk
