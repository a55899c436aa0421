#pragma once

#include "concourseparse.h"

#include "models/domain/connectionsettings.h"
#include "models/domain/domain.h"
#include "models/domain/enums.h"
#include "models/domain/result.h"
#include "models/ports/clock.h"
#include "services/http/httpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace ReleaseDesk {

// Where and as whom to reach Concourse. The password comes from the keychain
// and is only sent to the login endpoint.
struct ConcourseConnection
{
    QUrl baseUrl; // https://ci.example.com, or the sandbox's /concourse
    QString team;
    QString username;
    QString password;
    int pageLimit = 100; // builds per page; Concourse's own default
    // The team's conventions: what it names the jobs and the version resource.
    // Its address and account are not read; those above are.
    ConcourseSettings conventions;
    ConcourseSignIn signIn = ConcourseSignIn::Password;
    QString token;     // ConcourseSignIn::Token: the bearer token pasted in
    QString flyTarget; // ConcourseSignIn::Fly: the ~/.flyrc target
    QString flyrcPath; // empty: ~/.flyrc, where fly keeps it
};

// Reads the team's pipelines from Concourse the way fly does: logs in with the
// password grant, keeps the token in memory, and logs in again once when it
// expires or a call answers 401. Signed in with a token (pasted, or fly's),
// it cannot log in again: an expired or refused token is an Unauthorized
// error that says how to renew it.
class ConcourseClient
{
    Q_DECLARE_TR_FUNCTIONS(ConcourseClient)

public:
    using Progress = std::function<void(int fetched)>;
    template <typename T> using Done = std::function<void(const Result<T> &)>;

    // `http` and `clock` must outlive the client. A callback whose client was
    // destroyed meanwhile is not called. Signed in by fly without an address
    // or team, it takes the fly target's.
    ConcourseClient(HttpClient &http, const Clock &clock, ConcourseConnection connection);
    ~ConcourseClient();

    // As given, with the address and team a fly target filled in.
    const ConcourseConnection &connection() const { return m_connection; }

    // Logs in (or takes the token) and reads /api/v1/info, with the token: the
    // server's version.
    void checkCredentials(QObject *context, Done<QString> done);

    // The names of the team's pipelines, archived ones left out; for a sync
    // that is not given a list of pipelines to read.
    void pipelines(QObject *context, Done<QStringList> done);

    // The pipeline's jobs with their newest finished and oldest running
    // build: which jobs have builds a sync has not read.
    void jobs(const QString &pipeline, QObject *context, Done<QList<ConcourseJob>> done);

    // A job's builds newer than `sinceBuildId` (0: all), newest first, each
    // with its version. Follows the Link paging until it reaches a build at or
    // below `sinceBuildId`. The versions cost one request per build, sent
    // four at a time.
    void jobBuilds(const QString &service, const QString &pipeline, PipelineJob job,
                   qint64 sinceBuildId, Progress progress, QObject *context,
                   Done<QList<PipelineBuild>> done);

    // The build, plan and apply jobs' builds together, newest first.
    void pipelineBuilds(const QString &service, const QString &pipeline, qint64 sinceBuildId,
                        QObject *context, Done<QList<PipelineBuild>> done);

    // The most pages a job's builds are read from before giving up.
    static constexpr int maxPages = 200;
    // How many build-resource requests are in flight at once.
    static constexpr int versionConcurrency = 4;

private:
    struct JobFetch;
    using Token = Result<QString>;

    HttpRequest request(const QString &endpoint, const QUrl &url) const;
    QUrl apiUrl(const QString &path) const;
    // `done` gets a token: the one in memory while it lasts, else a fresh login.
    void withToken(QObject *context, std::function<void(const Token &)> done);
    void login(QObject *context, std::function<void(const Token &)> done);
    // The pasted or fly's token, read now, in place of a login.
    void takeToken(QObject *context, std::function<void(const Token &)> done);
    // Sends with the token; on a 401 logs in again and sends once more.
    void sendAuthorized(HttpRequest request, QObject *context, HttpClient::Done done,
                        bool retried = false);
    Error failure(const HttpResponse &response) const;

    void fetchPage(std::shared_ptr<JobFetch> fetch, const QUrl &url);
    void fetchVersions(std::shared_ptr<JobFetch> fetch);

    HttpClient &m_http;
    const Clock &m_clock;
    ConcourseConnection m_connection;
    QString m_token;
    QDateTime m_tokenExpires;
    // Dies with the client, so that answers arriving later are dropped.
    std::unique_ptr<QObject> m_alive;
};

} // namespace ReleaseDesk
