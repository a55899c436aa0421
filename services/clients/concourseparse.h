#pragma once

#include "models/domain/connectionsettings.h"
#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace ReleaseDesk {

// The access token the fly login hands out; kept in memory only.
struct ConcourseToken
{
    QString accessToken;
    qint64 expiresInSeconds = 0;
};

// A job of a pipeline as its list shows it: which of its builds are new
// without reading them.
struct ConcourseJob
{
    QString name;               // "cidev-apply"
    qint64 finishedBuildId = 0; // the newest finished build; 0: none yet
    qint64 nextBuildId = 0;     // the oldest build still running; 0: none
    friend bool operator==(const ConcourseJob &, const ConcourseJob &) = default;
};

// Concourse's JSON as ReleaseDesk reads it: pure functions, so that odd or
// broken answers can be tested without a server. A missing field or one of the
// wrong type is an error that names it, never a half-filled value.
class ConcourseParse
{
    Q_DECLARE_TR_FUNCTIONS(ConcourseParse)

public:
    // dex's answer to the password grant.
    static Result<ConcourseToken> token(const QJsonDocument &document);
    // GET /api/v1/info → the server's version, "7.11.2".
    static Result<QString> serverVersion(const QJsonDocument &document);
    // GET /api/v1/teams/{team}/pipelines → the names of the pipelines that
    // are not archived, in the server's order. An archived pipeline builds
    // nothing any more.
    static Result<QStringList> pipelineNames(const QJsonDocument &document);
    // GET /api/v1/teams/{team}/pipelines/{pipeline}/jobs → the jobs, in the
    // server's order.
    static Result<QList<ConcourseJob>> jobs(const QJsonDocument &document);
    // One Build object, for `service`; the version is not in it (see
    // buildVersion()). Its job_name is one of the jobs `conventions` name.
    static Result<PipelineBuild> build(const QJsonValue &value, const QString &service,
                                       const ConcourseSettings &conventions = {});
    // A page of builds (a JSON array), in the order the server sent them.
    static Result<QList<PipelineBuild>> builds(const QJsonDocument &document,
                                               const QString &service,
                                               const ConcourseSettings &conventions = {});
    // GET /api/v1/builds/{id}/resources → the version the build built or
    // deployed: the `image` output's tag (only a succeeded build has outputs),
    // else the number of the input named `versionResource` (a semver
    // resource's), else the `image` input's tag. Empty when the build has none
    // of them (a build that never got its inputs).
    static Result<QString>
    buildVersion(const QJsonDocument &document,
                 const QString &versionResource = ConcourseSettings().versionResource);
    // The URL of the Link header with rel="next", resolved against `base`;
    // empty when there is none. Accepts one header per link or comma-joined links.
    static QUrl nextPage(const QList<std::pair<QByteArray, QByteArray>> &headers, const QUrl &base);
    // The server's own words in an error answer: dex's {error, error_description}
    // or Concourse's short text body ("not authorized"); empty when it sent none.
    static QString serverErrorText(const QByteArray &body);
};

} // namespace ReleaseDesk
