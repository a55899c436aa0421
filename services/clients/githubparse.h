#pragma once

#include "models/domain/peerreview.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace ReleaseDesk {

// One pull request as GitHub's list of a repository's pull requests gives it.
struct GitHubPull
{
    QString repository; // base.repo.full_name, "acme/payments"
    int number = 0;
    QString url; // html_url
    QString title;
    QString branch;      // head.ref
    bool merged = false; // merged_at is set
    bool closed = false; // state "closed"
    QDateTime updated;
};

// GitHub's REST JSON read into ReleaseDesk's values, without I/O.
class GitHubParse
{
    Q_DECLARE_TR_FUNCTIONS(GitHubParse)

public:
    // GET /repos/{owner}/{repo}/pulls: a list of pull requests.
    static Result<QList<GitHubPull>> pulls(const QJsonDocument &answer);
    // GET /repos/{owner}/{repo}/pulls/{n}/reviews: the reviews, oldest first.
    static Result<QList<ReviewVote>> reviews(const QJsonDocument &answer);
    // GET /orgs/{org}/repos: the repositories' full names, archived ones left out.
    static Result<QStringList> repositories(const QJsonDocument &answer);
    // GET /user: the login.
    static Result<QString> login(const QJsonDocument &answer);
    // {"message": "Bad credentials", ...}: what GitHub said; empty when nothing.
    static QString serverErrorText(const QByteArray &body);

    // Whether a 403 or 429 answer is a rate limit rather than a refusal, and
    // how long to wait: GitHub's primary limit says so with
    // x-ratelimit-remaining: 0 and the epoch second of x-ratelimit-reset, its
    // secondary limit with retry-after. nullopt: not a rate limit. A zero
    // wait means "later", unknown how much.
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    static std::optional<std::chrono::milliseconds>
    rateLimitWait(int status, const Headers &headers, const QDateTime &now);
};

} // namespace ReleaseDesk
