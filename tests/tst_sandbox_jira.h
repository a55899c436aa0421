#pragma once

#include "support/sandboxfixture.h"

#include "services/sandbox/jira/jirasystem.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace ReleaseDesk::Testing {

// Which credentials a request carries: Cloud's email and API token, or Data
// Center's personal access token. The sandbox accepts both on both API versions.
enum class JiraAuth { Cloud, DataCenter, None };

// A sandbox and a Jira client of it: requests below /jira with the chosen
// credentials, and the catalogue the sandbox was seeded from.
class JiraClient
{
public:
    explicit JiraClient(Sandbox::SandboxOptions options = SandboxFixture::smallOptions())
        : m_catalogue(Sandbox::Catalogue::generate(options.catalogue)),
          m_fixture(std::make_unique<SandboxFixture>(std::move(options)))
    {}

    SandboxFixture &fixture() { return *m_fixture; }
    const Sandbox::Catalogue &catalogue() const { return m_catalogue; }
    Sandbox::JiraSystem &jira()
    {
        return *static_cast<Sandbox::JiraSystem *>(
            m_fixture->sandbox().system(QStringLiteral("jira")));
    }
    QUrl url(const QString &path) const { return m_fixture->url(QStringLiteral("jira"), path); }

    static SandboxFixture::Headers headers(JiraAuth auth)
    {
        switch (auth) {
        case JiraAuth::Cloud:
            return {SandboxFixture::basicAuth(QString::fromLatin1(Sandbox::JiraSystem::email),
                                              QString::fromLatin1(Sandbox::JiraSystem::apiToken))};
        case JiraAuth::DataCenter:
            return {SandboxFixture::bearer(
                QString::fromLatin1(Sandbox::JiraSystem::personalAccessToken))};
        case JiraAuth::None:
            break;
        }
        return {};
    }

    SandboxFixture::Reply get(const QString &path, JiraAuth auth = JiraAuth::DataCenter)
    {
        SandboxFixture::Headers all = headers(auth);
        all.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
        return m_fixture->get(url(path), all);
    }
    SandboxFixture::Reply send(const QByteArray &method, const QString &path,
                               const QJsonObject &body, JiraAuth auth = JiraAuth::DataCenter)
    {
        return m_fixture->sendJson(method, url(path), QJsonDocument(body), headers(auth));
    }
    SandboxFixture::Reply sendRaw(const QByteArray &method, const QString &path,
                                  const QByteArray &body, JiraAuth auth = JiraAuth::DataCenter)
    {
        SandboxFixture::Headers all = headers(auth);
        all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        return m_fixture->send(method, url(path), body, all);
    }

    // The issue as v2 or v3 shows it; empty when it cannot be read.
    QJsonObject issue(const QString &key, const QString &query = {},
                      const QString &version = QStringLiteral("2"))
    {
        const auto reply = get(QStringLiteral("/rest/api/%1/issue/%2%3").arg(version, key, query));
        return reply.status == 200 ? reply.object() : QJsonObject();
    }
    QString statusOf(const QString &key)
    {
        return issue(key)[u"fields"][u"status"][u"name"].toString();
    }

    // The task of the catalogue with this status, or nullptr.
    const Sandbox::CatalogueTask *taskIn(const QString &status) const
    {
        for (const Sandbox::CatalogueTask &task : m_catalogue.tasks) {
            if (task.status == status)
                return &task;
        }
        return nullptr;
    }
    // A task still in To Do: nothing has commented on it or merged it, so
    // tests can count from zero.
    QString quietKey() const { return taskIn(QStringLiteral("To Do"))->key; }
    int countIn(const QString &status) const
    {
        return int(std::count_if(
            m_catalogue.tasks.cbegin(), m_catalogue.tasks.cend(),
            [&](const Sandbox::CatalogueTask &task) { return task.status == status; }));
    }

private:
    Sandbox::Catalogue m_catalogue;
    std::unique_ptr<SandboxFixture> m_fixture;
};

// A JSON text written with single quotes, so that it reads well in C++.
inline QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A one-paragraph Atlassian Document, as v3 takes rich text.
inline QJsonObject adf(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("doc")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("content"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("paragraph")},
                         {QStringLiteral("content"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"), text}}}}}}}};
}

// {"errorMessages": [...], "errors": {...}}: the first message, and the error of a field.
inline QString firstErrorMessage(const SandboxFixture::Reply &reply)
{
    return reply.object().value(QLatin1String("errorMessages")).toArray().first().toString();
}
inline QString fieldErrorOf(const SandboxFixture::Reply &reply, const QString &field)
{
    return reply.object().value(QLatin1String("errors")).toObject().value(field).toString();
}

} // namespace ReleaseDesk::Testing
