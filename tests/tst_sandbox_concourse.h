#pragma once

// What the Concourse sandbox suites share: a fresh sandbox and a client that
// logs in as fly does, through dex's token endpoint, then sends bearer tokens.

#include "support/sandboxfixture.h"

#include "services/sandbox/concourse/concoursesystem.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace ReleaseDesk::Testing {

// fly's public OAuth client (fly:Zmx5) and its password grant for the sandbox's user.
inline const QByteArray flyClient = "Basic Zmx5OlpteDU=";
inline const QByteArray flyForm =
    "grant_type=password&username=releasedesk&password=sandbox-concourse"
    "&scope=openid+profile+email+federated%3Aid+groups";
inline const QString jobsPath = QStringLiteral("/api/v1/teams/chs/pipelines/chs-orders-api/jobs");

class ConcourseClient
{
public:
    explicit ConcourseClient(Sandbox::SandboxOptions options = SandboxFixture::smallOptions())
        : m_fixture(std::make_unique<SandboxFixture>(std::move(options)))
    {}

    SandboxFixture &fixture() { return *m_fixture; }
    // The catalogue of a sandbox with the small options.
    static const Sandbox::Catalogue &catalogue() { return SandboxFixture::smallCatalogue(); }

    QUrl api(const QString &path) const
    {
        return m_fixture->url(QStringLiteral("concourse"), path);
    }
    Sandbox::ConcourseSystem &concourse() const
    {
        return *static_cast<Sandbox::ConcourseSystem *>(
            m_fixture->sandbox().system(QStringLiteral("concourse")));
    }

    // A token request; `authorization` names the OAuth client, none when empty.
    SandboxFixture::Reply postToken(const QByteArray &body,
                                    const QByteArray &authorization = flyClient)
    {
        SandboxFixture::Headers headers = SandboxFixture::authorization(authorization);
        headers.prepend({"Content-Type", "application/x-www-form-urlencoded"});
        return m_fixture->send("POST", api(QStringLiteral("/sky/issuer/token")), body, headers);
    }
    // A fresh access token, as `fly login` gets one.
    QString login()
    {
        return postToken(flyForm).object().value(QLatin1String("access_token")).toString();
    }
    // A GET with the token, below the prefix or of a full URL (a Link header's).
    SandboxFixture::Reply get(const QString &pathOrUrl, const QString &token)
    {
        const QUrl url =
            pathOrUrl.startsWith(QLatin1String("http")) ? QUrl(pathOrUrl) : api(pathOrUrl);
        return m_fixture->get(url, {SandboxFixture::bearer(token)});
    }
    // A GET without any token.
    SandboxFixture::Reply getAnonymously(const QString &path) { return m_fixture->get(api(path)); }
    QJsonArray allBuilds(const QString &job, const QString &token)
    {
        return get(jobsPath + u'/' + job + QStringLiteral("/builds"), token).json().array();
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

} // namespace ReleaseDesk::Testing
