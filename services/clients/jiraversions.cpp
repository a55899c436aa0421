// JiraClient's fix versions: a release is a version of the project, and its
// tasks are the issues that carry it. Created, released and archived through
// /version; put on an issue and taken off it through the issue's `update`
// form, which leaves the issue's other fix versions alone.

#include "jiraclient.h"

#include "clientsupport.h"

#include "services/http/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ReleaseDesk {

namespace {

using ClientSupport::encoded;

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

void JiraClient::createVersion(const QString &projectKey, const QString &name, QObject *context,
                               Callback<JiraVersion> done)
{
    const QString endpoint = tr("new version");
    HttpRequest post = request(m_connection, endpoint, "POST", QStringLiteral("/version"));
    post.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    // Both flavours take the project by key; the id would cost a read first.
    post.body = compact({{QLatin1String("name"), name}, {QLatin1String("project"), projectKey}});
    // A resent create after a lost answer is refused as a duplicate name;
    // the outbox looks the version up by name before it creates one.
    post.retry = RetryPolicy::OnlyIfNotProcessed;
    m_http.send(std::move(post), context, versionAnswer(endpoint, std::move(done)));
}

std::function<void(const HttpResponse &)> JiraClient::versionAnswer(const QString &endpoint,
                                                                    Callback<JiraVersion> done)
{
    return [endpoint, done = std::move(done)](const HttpResponse &response) {
        using Answer = Result<JiraVersion>;
        if (!response.ok())
            return done(Answer::failure(failureOf(response)));
        const auto version = JiraParse::version(response.json);
        if (!version)
            return done(Answer::failure(unreadable(endpoint, version.error())));
        done(version);
    };
}

void JiraClient::releaseVersion(const QString &versionId, const QDate &releaseDate,
                                QObject *context, Callback<JiraVersion> done)
{
    putVersion(versionId,
               {{QLatin1String("released"), true},
                {QLatin1String("releaseDate"), releaseDate.toString(QStringLiteral("yyyy-MM-dd"))}},
               tr("release version"), context, std::move(done));
}

void JiraClient::archiveVersion(const QString &versionId, QObject *context,
                                Callback<JiraVersion> done)
{
    putVersion(versionId, {{QLatin1String("archived"), true}}, tr("archive version"), context,
               std::move(done));
}

void JiraClient::putVersion(const QString &versionId, const QJsonObject &fields,
                            const QString &endpoint, QObject *context, Callback<JiraVersion> done)
{
    HttpRequest put = request(m_connection, endpoint, "PUT",
                              QStringLiteral("/version/%1").arg(encoded(versionId)));
    put.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    put.body = compact(fields);
    m_http.send(std::move(put), context, versionAnswer(endpoint, std::move(done)));
}

void JiraClient::fixVersionsOf(const QString &issueKey, QObject *context,
                               Callback<QStringList> done)
{
    const QString endpoint = tr("fix versions");
    m_http.send(
        request(m_connection, endpoint, "GET", QStringLiteral("/issue/%1").arg(encoded(issueKey)),
                ClientSupport::queryItem(QStringLiteral("fields"), QStringLiteral("fixVersions"))),
        context, [endpoint, done = std::move(done)](const HttpResponse &response) {
            using Answer = Result<QStringList>;
            if (!response.ok())
                return done(Answer::failure(failureOf(response)));
            const auto names = JiraParse::fixVersionNames(response.json);
            if (!names)
                return done(Answer::failure(unreadable(endpoint, names.error())));
            done(names);
        });
}

void JiraClient::addFixVersion(const QString &issueKey, const QString &versionName,
                               QObject *context, Callback<Done> done)
{
    editFixVersions(issueKey, QStringLiteral("add"), versionName, context, std::move(done));
}

void JiraClient::removeFixVersion(const QString &issueKey, const QString &versionName,
                                  QObject *context, Callback<Done> done)
{
    editFixVersions(issueKey, QStringLiteral("remove"), versionName, context, std::move(done));
}

void JiraClient::editFixVersions(const QString &issueKey, const QString &operation,
                                 const QString &versionName, QObject *context, Callback<Done> done)
{
    HttpRequest put = request(m_connection, tr("fix version"), "PUT",
                              QStringLiteral("/issue/%1").arg(encoded(issueKey)));
    put.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    const QJsonObject edit{{operation, QJsonObject{{QLatin1String("name"), versionName}}}};
    put.body = compact(
        {{QLatin1String("update"), QJsonObject{{QLatin1String("fixVersions"), QJsonArray{edit}}}}});
    put.expectJson = false; // 204 No Content
    m_http.send(std::move(put), context, [done = std::move(done)](const HttpResponse &response) {
        if (!response.ok())
            return done(Status::failure(failureOf(response)));
        done(success());
    });
}

} // namespace ReleaseDesk
