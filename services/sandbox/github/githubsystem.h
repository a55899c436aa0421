#pragma once

#include "services/sandbox/core/system.h"

#include <QDateTime>

#include <memory>

namespace ReleaseDesk::Sandbox {

// GitHub's REST API as ReleaseDesk reads it for peer review: the signed-in
// user, the organisation's repositories, each repository's pull requests and
// their reviews, paged with per_page, page and Link headers, behind a token
// per person (401 "Bad credentials" otherwise).
class GitHubSystem final : public System
{
public:
    // `conventions`: the "github" part of SandboxOptions::conventions; its
    // "owner" names the organisation ("acme" by default). `offered`: whether
    // connection() names it for the desks to connect (SandboxOptions::peerReview).
    explicit GitHubSystem(const QJsonObject &conventions = {}, bool offered = true);
    ~GitHubSystem() override;

    QString name() const override { return QStringLiteral("github"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    QString account(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    Response rateLimited(int retryAfterSeconds) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    QJsonObject connectionAs(const QString &baseUrl, const QString &person) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;

    // What the people do on GitHub, for the tests and the demo: open a pull
    // request (its number), review one, merge or close one. False for a pull
    // request that does not exist.
    int openPull(const QString &repository, const QString &title, const QString &branch,
                 const QString &author);
    bool review(const QString &repository, int number, const QString &reviewer,
                const QString &state);
    bool merge(const QString &repository, int number);
    bool close(const QString &repository, int number);
    // Spends the primary rate limit: until `resetAt`, every request answers
    // 403 with x-ratelimit-remaining: 0, as GitHub does.
    void spendRateLimit(const QDateTime &resetAt);
    // The organisation's repositories, "acme/chs-orders-api", ...
    QStringList repositories() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
