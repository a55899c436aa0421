#include "sandboxfixture.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace ReleaseDesk::Testing {

SandboxFixture::SandboxFixture(Sandbox::SandboxOptions options)
    : m_sandbox(std::make_unique<Sandbox::Sandbox>(std::move(options)))
{
    if (const auto port = m_sandbox->listen(0); !port)
        qWarning("sandbox did not listen: %s", qPrintable(port.error()));
    // Every test starts with fresh connections: no reuse across tests' sandboxes.
    m_network.setAutoDeleteReplies(false);
}

SandboxFixture::~SandboxFixture() = default;

Sandbox::SandboxOptions SandboxFixture::smallOptions()
{
    Sandbox::SandboxOptions options;
    options.catalogue.jiraIssues = 60;
    options.catalogue.releases = 12;
    options.catalogue.seed = 7;
    options.catalogue.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    options.replyDelayMs = 200;
    options.buildStepMs = 100;
    options.buildFailureRate = 0.0;
    return options;
}

const Sandbox::Catalogue &SandboxFixture::smallCatalogue()
{
    static const Sandbox::Catalogue generated =
        Sandbox::Catalogue::generate(smallOptions().catalogue);
    return generated;
}

QUrl SandboxFixture::url(const QString &system, const QString &path) const
{
    return QUrl(m_sandbox->baseUrl() + u'/' + system + path);
}

QJsonObject SandboxFixture::connection(const QString &system) const
{
    return m_sandbox->connectionInfo().value(system).toObject();
}

QByteArray SandboxFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxFixture::Reply SandboxFixture::send(const QByteArray &method, const QUrl &url,
                                           const QByteArray &body, const Headers &headers,
                                           int timeoutMs)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    Reply result;
    // An event loop that ends on finished() answers at once; polling would add
    // its own interval to every request.
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    result.timedOut = !reply->isFinished();
    if (result.timedOut) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    return result;
}

SandboxFixture::Reply SandboxFixture::sendJson(const QByteArray &method, const QUrl &url,
                                               const QJsonDocument &body, const Headers &headers)
{
    Headers all = headers;
    all.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    all.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
    return send(method, url, body.toJson(QJsonDocument::Compact), all);
}

std::pair<QByteArray, QByteArray> SandboxFixture::basicAuth(const QString &user,
                                                            const QString &password)
{
    return {"Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64()};
}

std::pair<QByteArray, QByteArray> SandboxFixture::bearer(const QString &token)
{
    return {"Authorization", "Bearer " + token.toUtf8()};
}

SandboxFixture::Headers SandboxFixture::authorization(const QByteArray &value)
{
    if (value.isEmpty())
        return {};
    return {{"Authorization", value}};
}

void SandboxSuite::init()
{
    QVERIFY(startClient());
}

void SandboxSuite::cleanup()
{
    stopClient();
}

} // namespace ReleaseDesk::Testing
