#pragma once

#include "services/sandbox/sandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

#include <memory>

namespace ReleaseDesk::Testing {

// A sandbox listening on a free loopback port inside the test process, and a
// plain HTTP client to talk to it: what every sandbox test starts from.
class SandboxFixture
{
public:
    explicit SandboxFixture(Sandbox::SandboxOptions options = smallOptions());
    ~SandboxFixture();

    // A small, fixed history and quick simulated people, so tests are fast and repeatable.
    static Sandbox::SandboxOptions smallOptions();
    // The catalogue a sandbox with smallOptions() is seeded from, for tests
    // that compare with it; generated once per test process.
    static const Sandbox::Catalogue &smallCatalogue();

    Sandbox::Sandbox &sandbox() { return *m_sandbox; }
    bool isListening() const { return m_sandbox->port() != 0; }
    // The URL of `path` below a system's prefix: url("jira", "/rest/api/2/myself").
    QUrl url(const QString &system, const QString &path) const;
    // The connection info the sandbox prints on start, for one system.
    QJsonObject connection(const QString &system) const;

    struct Reply
    {
        int status = 0; // 0 when no HTTP answer came
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        bool timedOut = false;

        QByteArray header(const QByteArray &name) const;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
    };
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const Headers &headers = {}, int timeoutMs = 5000);
    Reply get(const QUrl &url, const Headers &headers = {}, int timeoutMs = 5000)
    {
        return send("GET", url, {}, headers, timeoutMs);
    }
    // A JSON request: Content-Type and Accept set.
    Reply sendJson(const QByteArray &method, const QUrl &url, const QJsonDocument &body,
                   const Headers &headers = {});

    static std::pair<QByteArray, QByteArray> basicAuth(const QString &user,
                                                       const QString &password);
    static std::pair<QByteArray, QByteArray> bearer(const QString &token);
    // "Authorization: <value>" as a test row spells it; no header at all for
    // an empty value, so that rows can also send no credentials.
    static Headers authorization(const QByteArray &value);

private:
    std::unique_ptr<Sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
};

// The base of a suite whose every test starts with a fresh sandbox and a
// client of it. QTest looks init() and cleanup() up through the meta-object,
// base classes included, so a suite derived from ClientSuite declares its
// tests only.
class SandboxSuite : public QObject
{
    Q_OBJECT

protected:
    // Makes the test's client; false when its sandbox does not listen.
    virtual bool startClient() = 0;
    virtual void stopClient() = 0;

private slots:
    void init();
    void cleanup();
};

// A SandboxSuite over a client type with fixture(): JiraClient, SlackClient, ...
template <typename Client> class ClientSuite : public SandboxSuite
{
protected:
    Client &client() { return *m_client; }

private:
    bool startClient() override
    {
        m_client = std::make_unique<Client>();
        return m_client->fixture().isListening();
    }
    void stopClient() override { m_client.reset(); }

    std::unique_ptr<Client> m_client;
};

} // namespace ReleaseDesk::Testing
