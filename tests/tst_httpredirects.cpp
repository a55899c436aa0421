#include "services/http/httpclient.h"
#include "support/cannedserver.h"
#include "support/clienttestbench.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Kind = ErrorKind;

namespace {

const QByteArray password = "hunter2-secret";

HttpRequest loginRequest(const QByteArray &method, const QUrl &url)
{
    HttpRequest request;
    request.system = QStringLiteral("Concourse");
    request.endpoint = QStringLiteral("login");
    request.method = method;
    request.url = url;
    request.maxAttempts = 1;
    request.headers = {{"Authorization", "Bearer " + password}};
    if (method != "GET") {
        request.headers.append(
            std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
        request.body = "username=releasedesk&password=" + password;
    }
    return request;
}

} // namespace

// HttpClient follows a redirect only within the origin (scheme, host and port)
// the request was sent to, so that credentials and a form's password never go
// to a server the connection does not name.
class TestHttpRedirects : public QObject
{
    Q_OBJECT

    FixedClock m_clock;

    std::optional<HttpResponse> send(HttpRequest request)
    {
        QNetworkAccessManager network;
        HttpClient client(network, m_clock, [] { return 0.0; });
        return await<HttpResponse>(
            [&](QObject *context, auto done) { client.send(std::move(request), context, done); });
    }

private slots:
    void toAnotherOriginIsRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("301 GET") << 301 << QByteArray("GET");
        QTest::newRow("302 GET") << 302 << QByteArray("GET");
        QTest::newRow("307 POST") << 307 << QByteArray("POST");
        QTest::newRow("308 POST") << 308 << QByteArray("POST");
    }
    void toAnotherOriginIsRefused()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        CannedServer elsewhere;
        CannedServer origin;
        QVERIFY(origin.isListening() && elsewhere.isListening());
        elsewhere.answer(QStringLiteral("/steal"), CannedServer::json("{}"));
        origin.answer(QStringLiteral("/sky/token"),
                      CannedServer::redirect(status, elsewhere.url(QStringLiteral("/steal"))));

        const auto response = send(loginRequest(method, origin.url(QStringLiteral("/sky/token"))));
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::InsecureUrl);
        const QString &message = response->error.message;
        QVERIFY2(message.startsWith(QLatin1String("Concourse login: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(origin.port())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(elsewhere.port())),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(password)), qPrintable(message));
        QCOMPARE(origin.requests().size(), 1);
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    // Plain http:// is allowed to this computer only, whichever hop it is.
    void fromThisComputerToARemoteHostIsRefused()
    {
        CannedServer origin;
        QVERIFY(origin.isListening());
        origin.answer(
            QStringLiteral("/info"),
            CannedServer::redirect(302, QUrl(QStringLiteral("http://remote-host.example/x"))));
        // By address: a fresh machine may not resolve "localhost".
        const auto response = send(
            loginRequest("GET", origin.url(QStringLiteral("/info"), QStringLiteral("127.0.0.1"))));
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::InsecureUrl);
        QVERIFY2(response->error.message.contains(QLatin1String("127.0.0.1")) &&
                     response->error.message.contains(QLatin1String("remote-host.example")),
                 qPrintable(response->error.message));
        QCOMPARE(origin.requests().size(), 1);
    }

    void withinTheOriginIsFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("keepsBody");
        QTest::newRow("302 GET") << 302 << QByteArray("GET") << false;
        QTest::newRow("307 POST") << 307 << QByteArray("POST") << true;
        QTest::newRow("308 POST") << 308 << QByteArray("POST") << true;
    }
    void withinTheOriginIsFollowed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, keepsBody);
        CannedServer origin;
        QVERIFY(origin.isListening());
        // Relative, as servers often send it.
        origin.answer(QStringLiteral("/start"),
                      CannedServer::redirect(status, QUrl(QStringLiteral("/moved?page=2"))));
        origin.answer(QStringLiteral("/moved"), CannedServer::json(R"({"ok":true})"));

        const auto response = send(loginRequest(method, origin.url(QStringLiteral("/start"))));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->error.message));
        QCOMPARE(response->json.object().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(origin.requests().size(), 2);
        const QByteArray &followed = origin.requests().at(1);
        QVERIFY2(followed.startsWith(QByteArray(method + " /moved?page=2 ")), followed.constData());
        QVERIFY2(followed.contains(QByteArray("Authorization: Bearer " + password)),
                 followed.constData());
        QCOMPARE(followed.endsWith(QByteArray("password=" + password)), keepsBody);
    }
};

QTEST_GUILESS_MAIN(TestHttpRedirects)
#include "tst_httpredirects.moc"
