#pragma once

#include "services/sandbox/core/system.h"

#include <QJsonObject>

#include <memory>

namespace ReleaseDesk::Sandbox {

// Concourse: the fly login at /sky/issuer/token, /api/v1/info, and each
// service pipeline's jobs and builds (docker-build-ecr, cidev-plan,
// cidev-apply, or the names `conventions` give them) with Link paging.
class ConcourseSystem final : public System
{
public:
    // `conventions`: SandboxOptions::conventions' "concourse" object, the
    // team's as the connection document names them; "signIn": "token" plays
    // a Concourse behind single sign-on.
    explicit ConcourseSystem(const QJsonObject &conventions = {});
    ~ConcourseSystem() override;

    QString name() const override { return QStringLiteral("concourse"); }
    void addRoutes(Router &router) override;
    std::optional<Response> checkAuth(const Request &request) const override;
    Response error(int status, const QString &message) const override;
    QJsonObject connection(const QString &baseUrl) const override;
    void seed(const Catalogue &catalogue) override;
    QJsonObject save() const override;
    void load(const QJsonObject &state) override;

    // For the simulated pipeline: a new pending build of a job that builds or
    // deploys `version`; returns the build id.
    qint64 startBuild(const QString &pipeline, const QString &job, const QString &version);
    // pending -> started -> succeeded/failed/errored/aborted, with start and end times.
    void setBuildStatus(qint64 buildId, const QString &status);
    QString buildStatus(qint64 buildId) const;
    // The version the pipeline's newest build-job build built.
    QString latestVersion(const QString &pipeline) const;
    // The pipeline that builds `service`, and the jobs of every service
    // pipeline in the order a merged change passes through them.
    QString pipelineOf(const QString &service) const;
    QStringList serviceJobNames() const;
    // A token of the sandbox user that ends at `expires`, for the sign-ins
    // that take a token (see Concourse::issueToken()).
    QString issueToken(const QDateTime &expires, bool jwt = false);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace ReleaseDesk::Sandbox
