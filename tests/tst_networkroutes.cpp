#include "services/connections/connectioncheck.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"
#include "support/cannedserver.h"
#include "support/clienttestbench.h"
#include "support/localproxy.h"
#include "support/privateca.h"

#include <QJsonObject>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// The computer's proxy settings, as Qt's system configuration gives them:
// every address through one proxy.
class EverythingThrough final : public QNetworkProxyFactory
{
public:
    explicit EverythingThrough(quint16 port) : m_port(port) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override
    {
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port)};
    }

private:
    quint16 m_port;
};

} // namespace

// A company's network between the desk and its systems, over real sockets: a
// proxy on this computer and a private CA that inspects TLS. Each connection
// goes by its own proxy and CA bundle, the rest by the computer's; and when
// one of them fails, the message names which.
class TestNetworkRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CannedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    FixedClock m_clock;
    std::unique_ptr<HttpClient> m_http;

    QUrl myself() const { return m_server->url(QStringLiteral("/rest/api/2/myself")); }

    HttpResponse get(const QUrl &url)
    {
        HttpRequest request;
        request.system = QStringLiteral("Jira");
        request.endpoint = QStringLiteral("myself");
        request.url = url;
        // One attempt: a failure is judged as it came.
        request.maxAttempts = 1;
        const auto response = await<HttpResponse>(
            [&](QObject *context, auto done) { m_http->send(request, context, done); });
        return response ? *response : HttpResponse();
    }
    void route(const QUrl &server, const QString &proxy, const QString &caBundle = {})
    {
        m_http->setRoutes({{QStringLiteral("Jira"), server, NetworkRoute{proxy, caBundle}}});
    }
    static QJsonObject only(const char *system, const QJsonObject &connection)
    {
        QJsonObject document;
        document.insert(QLatin1String(system), connection);
        return document;
    }
    // A port on this computer where nothing listens.
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort();
    }
    static QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
    {
        const QString path = dir.filePath(QStringLiteral("bundle.pem"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<CannedServer>();
        QVERIFY(m_server->isListening());
        m_server->answer(QStringLiteral("/rest/api/2/myself"),
                         CannedServer::json(R"({"name":"alice.khan"})"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<HttpClient>(*m_network, m_clock);
    }
    void cleanup()
    {
        m_http.reset();
        m_network.reset();
        m_server.reset();
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
    }

    void withoutARouteARequestGoesStraightToItsServer()
    {
        LocalProxy proxy;
        QVERIFY(proxy.isListening());
        QVERIFY2(get(myself()).ok(), "straight to the server");
        QVERIFY(proxy.requestLines().isEmpty());
    }

    void theComputersProxyIsTakenUnlessTheConnectionSaysNone()
    {
        LocalProxy proxy;
        QVERIFY(proxy.isListening());
        // The computer's proxy (http_proxy) stands in as the application's
        // proxy factory. Qt never takes it to this computer itself, so the
        // server is one only the proxy could look up.
        QNetworkProxyFactory::setApplicationProxyFactory(new EverythingThrough(proxy.port()));
        const QUrl elsewhere(QStringLiteral("https://jira.invalid/rest/api/2/myself"));
        const HttpResponse through = get(elsewhere);
        QCOMPARE(proxy.requestLines(), QList<QByteArray>{"CONNECT jira.invalid:443 HTTP/1.1"});
        QCOMPARE(through.error.kind, ErrorKind::Proxy);
        QVERIFY2(
            through.error.message.contains(u"the proxy 127.0.0.1:" + QString::number(proxy.port())),
            qPrintable(through.error.message));

        route(QUrl(QStringLiteral("https://jira.invalid")), QStringLiteral("none"));
        const HttpResponse straight = get(elsewhere);
        QCOMPARE(proxy.requestLines().size(), 1);
        QCOMPARE(straight.error.kind, ErrorKind::Unreachable);
    }

    void theConnectionsProxyCarriesItsRequestsOnly()
    {
        LocalProxy proxy;
        QVERIFY(proxy.isListening());
        route(m_server->url(QStringLiteral("/")), proxy.address());
        const HttpResponse response = get(myself());
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(response.json[QLatin1String("name")].toString(), u"alice.khan");
        QCOMPARE(proxy.requestLines(),
                 QList<QByteArray>{"GET " + myself().toEncoded() + " HTTP/1.1"});

        // Another server, which no connection names, is not sent through it.
        CannedServer other;
        other.answer(QStringLiteral("/x"), CannedServer::json("{}"));
        QVERIFY(get(other.url(QStringLiteral("/x"))).ok());
        QCOMPARE(proxy.requestLines().size(), 1);
    }

    void aProxyThatRefusesIsNamed()
    {
        const quint16 port = closedPort();
        route(myself(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        const HttpResponse response = get(myself());
        QCOMPARE(response.error.kind, ErrorKind::Proxy);
        QVERIFY2(response.error.message.contains(
                     QStringLiteral("the proxy 127.0.0.1:%1 refused the connection").arg(port)),
                 qPrintable(response.error.message));
        QVERIFY(m_server->requests().isEmpty());
    }

    void aMalformedProxyIsNamedAndNothingIsSent()
    {
        // As a hand-edited connections.ini could hold it, past problems().
        route(myself(), QStringLiteral("proxy.corp"));
        const HttpResponse response = get(myself());
        QCOMPARE(response.error.kind, ErrorKind::Proxy);
        QVERIFY2(response.error.message.contains(u"the proxy proxy.corp is not a proxy address"),
                 qPrintable(response.error.message));
        QVERIFY(m_server->requests().isEmpty());
    }

    void aProxyThatAsksForASignInIsNamed()
    {
        LocalProxy proxy(LocalProxy::Mode::AskForSignIn);
        route(myself(), proxy.address());
        const HttpResponse response = get(myself());
        QCOMPARE(response.error.kind, ErrorKind::Proxy);
        QVERIFY2(response.error.message.contains(u"asks for a sign-in (407)"),
                 qPrintable(response.error.message));
        QCOMPARE(proxy.requestLines().size(), 1);
        QVERIFY(m_server->requests().isEmpty());
    }

    void anInspectingCaIsNamedWhenItIsNotTrusted()
    {
        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        const HttpResponse response = get(ca.url(QStringLiteral("/rest/api/2/myself")));
        QCOMPARE(response.error.kind, ErrorKind::Tls);
        QVERIFY2(response.error.message.contains(u"the server's certificate is not trusted: "
                                                 u"issued by 'Corp Inspection CA', not in the "
                                                 u"system's CA list."),
                 qPrintable(response.error.message));
        QCOMPARE(ca.answered(), 0);

        // Another company's bundle does not vouch for it either, and says so.
        PrivateCa other;
        QVERIFY2(other.problem().isEmpty(), qPrintable(other.problem()));
        route(ca.url(QStringLiteral("/")), {}, other.bundlePath());
        const HttpResponse still = get(ca.url(QStringLiteral("/rest/api/2/myself")));
        QCOMPARE(still.error.kind, ErrorKind::Tls);
        QVERIFY2(still.error.message.contains(u"issued by 'Corp Inspection CA', not in the "
                                              u"system's CA list nor in " +
                                              other.bundlePath()),
                 qPrintable(still.error.message));
        QCOMPARE(ca.answered(), 0);
    }

    void theCaBundleMakesTheInspectedServerTrusted()
    {
        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        route(ca.url(QStringLiteral("/")), {}, ca.bundlePath());
        const HttpResponse response = get(ca.url(QStringLiteral("/rest/api/2/myself")));
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(ca.answered(), 1);
    }

    void httpsGoesThroughTheProxysTunnel()
    {
        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        LocalProxy proxy;
        route(ca.url(QStringLiteral("/")), proxy.address(), ca.bundlePath());
        const HttpResponse response = get(ca.url(QStringLiteral("/rest/api/2/myself")));
        QVERIFY2(response.ok(), qPrintable(response.error.message));
        QCOMPARE(proxy.requestLines().size(), 1);
        const QByteArray tunnel = "CONNECT 127.0.0.1:" + QByteArray::number(ca.url({}).port());
        QVERIFY2(proxy.requestLines().constFirst().startsWith(tunnel),
                 proxy.requestLines().constFirst().constData());
        QCOMPARE(ca.answered(), 1);
    }

    void aBundleThatCannotBeUsedIsNamedBeforeSending_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot be read");
        QTest::newRow("not pem") << QByteArray("<html>Corp CA</html>")
                                 << QStringLiteral("holds no certificate");
        QTest::newRow("broken pem") << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64 at all\n"
                                                  "-----END CERTIFICATE-----\n")
                                    << QStringLiteral("holds no certificate");
    }
    void aBundleThatCannotBeUsedIsNamedBeforeSending()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, said);
        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        QTemporaryDir dir;
        const QString bundle = content.isEmpty() ? dir.filePath(QStringLiteral("absent.pem"))
                                                 : writeFile(dir, content);
        route(ca.url(QStringLiteral("/")), {}, bundle);
        const HttpResponse response = get(ca.url(QStringLiteral("/rest/api/2/myself")));
        QCOMPARE(response.error.kind, ErrorKind::Tls);
        QVERIFY2(response.error.message.contains(bundle + u' ' + said),
                 qPrintable(response.error.message));
        QCOMPARE(ca.handshakes(), 0);
    }

    void theSettingsNameABadRouteBeforeAnythingIsSent()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.jira.url = QUrl(QStringLiteral("https://jira.example.com"));
        settings.jira.project = QStringLiteral("CHS");
        QVERIFY(settings.problems(RemoteSystem::Jira).isEmpty());
        const auto problemsWith = [&](const QString &proxy, const QString &bundle) {
            settings.jira.route = {proxy, bundle};
            return settings.problems(RemoteSystem::Jira).join(u'\n');
        };
        QVERIFY(problemsWith(QStringLiteral("none"), {}).isEmpty());
        QVERIFY(problemsWith(QStringLiteral("proxy.corp:3128"), {}).isEmpty());
        QVERIFY(problemsWith(QStringLiteral("socks5://proxy.corp:1080"), {}).isEmpty());
        for (const char *bad : {"proxy.corp", "ftp://proxy.corp:21", "http://:3128",
                                "http://proxy.corp:port", "<b>none</b>"}) {
            QVERIFY2(problemsWith(QLatin1String(bad), {}).contains(u"is not a proxy address"), bad);
        }
        QVERIFY(problemsWith(QStringLiteral("http://me:secret@proxy.corp:3128"), {})
                    .contains(u"holds a user name or password"));
        QVERIFY(!problemsWith(QStringLiteral("http://me:secret@proxy.corp:3128"), {})
                     .contains(u"secret"));
        const QString absent = dir.filePath(QStringLiteral("absent.pem"));
        QVERIFY2(problemsWith({}, absent)
                     .startsWith(u"Jira: the CA bundle " + absent + u" cannot be read"),
                 qPrintable(problemsWith({}, absent)));
        const QString empty = writeFile(dir, "no certificate here");
        QVERIFY(problemsWith({}, empty).contains(u"holds no certificate"));
        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        QVERIFY(problemsWith({}, ca.bundlePath()).isEmpty());
    }

    void theRouteIsKeptInTheProfileAndReadFromADocument()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.slack.url = QUrl(QStringLiteral("https://slack.com"));
        settings.slack.route = {QStringLiteral("http://proxy.corp:3128"),
                                QStringLiteral("/etc/corp/ca.pem")};
        settings.jira.route.proxy = QStringLiteral("none");
        const QString path = dir.filePath(QStringLiteral("connections.ini"));
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->slack.route, settings.slack.route);
        QCOMPARE(loaded->jira.route.proxy, u"none");
        QVERIFY(loaded->concourse.route == NetworkRoute());

        PrivateCa ca;
        QVERIFY2(ca.problem().isEmpty(), qPrintable(ca.problem()));
        QJsonObject concourse;
        concourse.insert(QLatin1String("url"), QStringLiteral("https://ci.example.com"));
        concourse.insert(QLatin1String("team"), QStringLiteral("main"));
        concourse.insert(QLatin1String("username"), QStringLiteral("alice"));
        concourse.insert(QLatin1String("password"), QStringLiteral("pw"));
        concourse.insert(QLatin1String("proxy"), QStringLiteral("http://proxy.corp:3128"));
        concourse.insert(QLatin1String("caBundle"), ca.bundlePath());
        const auto document = ConnectionDocument::parse(only("concourse", concourse), {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.concourse.route,
                 (NetworkRoute{QStringLiteral("http://proxy.corp:3128"), ca.bundlePath()}));
        // Absent, the computer's way.
        QJsonObject plain = concourse;
        plain.remove(QLatin1String("proxy"));
        plain.remove(QLatin1String("caBundle"));
        QVERIFY(ConnectionDocument::parse(only("concourse", plain), {})->settings.concourse.route ==
                NetworkRoute());
        // A malformed value is a clear error, not a crash.
        QJsonObject wrong = concourse;
        wrong.insert(QLatin1String("proxy"), 3128);
        const auto refused = ConnectionDocument::parse(only("concourse", wrong), {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"\"proxy\" must be text"), qPrintable(refused.error()));
        wrong.insert(QLatin1String("proxy"), QStringLiteral("proxy.corp"));
        QVERIFY(ConnectionDocument::parse(only("concourse", wrong), {})
                    .error()
                    .contains(u"is not a proxy address"));
    }

    void testConnectionGoesByTheConnectionsRoute()
    {
        ClientTestBench bench;
        QVERIFY(bench.isListening());
        QJsonObject jira = bench.fixture().connection(QStringLiteral("jira"));
        const auto check = [&](const QString &proxy) {
            jira.insert(QLatin1String("proxy"), proxy);
            const auto document = ConnectionDocument::parse(only("jira", jira), {});
            Q_ASSERT(document);
            // A manager of the check's own, as the connections dialog gives it.
            QNetworkAccessManager network;
            Integrations integrations(network, bench.clock());
            integrations.configure(document->settings, document->secrets);
            const auto result = await<Result<QString>>([&](QObject *context, auto done) {
                ConnectionCheck::run(integrations, RemoteSystem::Jira, context, done);
            });
            return result ? *result : Result<QString>::failure(QStringLiteral("no answer"));
        };
        LocalProxy proxy;
        const auto through = check(proxy.address());
        QVERIFY2(through, qPrintable(through.error()));
        QVERIFY(through.value().contains(u"project CHS found"));
        // The check's requests went through it (a kept-alive connection carries later ones).
        QVERIFY(!proxy.requestLines().isEmpty());
        QVERIFY(proxy.requestLines().constFirst().contains(
            QUrl(jira.value(QLatin1String("url")).toString()).authority().toLatin1()));

        const quint16 port = closedPort();
        const auto refused = check(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(
                     QStringLiteral("the proxy 127.0.0.1:%1 refused the connection").arg(port)),
                 qPrintable(refused.error()));
    }
};

QTEST_MAIN(TestNetworkRoutes)
#include "tst_networkroutes.moc"
