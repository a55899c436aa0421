#include "services/http/attemptoutcome.h"
#include "services/http/httpclient.h"
#include "services/http/retrytiming.h"
#include "support/clienttestbench.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace ReleaseDesk;
using namespace std::chrono_literals;
using Kind = ErrorKind;
using namespace ReleaseDesk::Testing;

namespace {

using Header = std::pair<QByteArray, QByteArray>;

HttpRequest concourseInfo(const SandboxFixture &fixture)
{
    HttpRequest request;
    request.system = QStringLiteral("Concourse");
    request.endpoint = QStringLiteral("info");
    request.url = fixture.url(QStringLiteral("concourse"), QStringLiteral("/api/v1/info"));
    return request;
}

HttpRequest jiraRequest(const SandboxFixture &fixture, const QString &endpoint,
                        const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    HttpRequest request;
    request.system = QStringLiteral("Jira");
    request.endpoint = endpoint;
    request.method = method;
    request.url = fixture.url(QStringLiteral("jira"), path);
    request.headers = {{"Authorization", "Bearer sandbox-jira-pat"}};
    if (!body.isEmpty())
        request.headers.append(Header("Content-Type", "application/json"));
    request.body = body;
    return request;
}

HttpRequest jiraComment(const SandboxFixture &fixture)
{
    HttpRequest request = jiraRequest(fixture, QStringLiteral("comment"), "POST",
                                      QStringLiteral("/rest/api/2/issue/CHS-1001/comment"),
                                      R"({"body":"Failed in CI-Dev"})");
    request.retry = RetryPolicy::OnlyIfNotProcessed;
    return request;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientTestBench> m_bench;

    // Sends and waits for the callback; nothing if it did not come in time.
    std::optional<HttpResponse> run(HttpRequest request, int waitMs = 10000)
    {
        return await<HttpResponse>(
            [&](QObject *context, auto done) {
                m_bench->http().send(std::move(request), context, done);
            },
            waitMs);
    }

    qsizetype journalWrites(const QByteArray &method) const
    {
        qsizetype count = 0;
        for (const auto &entry : m_bench->fixture().sandbox().journal().entries())
            count += entry.method == method ? 1 : 0;
        return count;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void succeeds()
    {
        const auto response = run(concourseInfo(m_bench->fixture()));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->error.message));
        QCOMPARE(response->status, 200);
        QCOMPARE(response->attempts, 1);
        QCOMPARE(response->json.object().value(QLatin1String("version")).toString(),
                 QStringLiteral("7.11.2"));
        QVERIFY(m_bench->delays().isEmpty());
    }

    void serverErrorsAreRetriedWithGrowingJitteredWaits()
    {
        m_bench->inject("concourse:/api/v1/info=status,status=503,times=2");
        m_bench->setJitter(0.5);
        const auto response = run(concourseInfo(m_bench->fixture()));
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->error.message));
        QCOMPARE(response->attempts, 3);
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{250ms, 500ms}));
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        m_bench->inject("jira:/rest/api/2/myself=status,status=503");
        m_bench->setJitter(1.0);
        HttpRequest request = jiraRequest(m_bench->fixture(), QStringLiteral("myself"), "GET",
                                          QStringLiteral("/rest/api/2/myself"));
        request.maxAttempts = 3;
        const auto response = run(request);
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::Server);
        QCOMPARE(response->status, 503);
        QCOMPARE(response->attempts, 3);
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{500ms, 1000ms}));
        QVERIFY2(response->error.message.startsWith(
                     QLatin1String("Jira myself: the server answered 503")) &&
                     response->error.message.contains(QLatin1String("3 times")),
                 qPrintable(response->error.message));
        // The server's own error text stays for the client to show.
        QVERIFY(response->body.contains("errorMessages"));
    }

    void rateLimitsHonourRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("concourse")
            << QByteArray("concourse:/api/v1/info=ratelimit,retry-after=7,times=1")
            << QStringLiteral("concourse") << QStringLiteral("/api/v1/info") << QByteArray()
            << QByteArray("GET");
        QTest::newRow("jira") << QByteArray("jira:/myself=ratelimit,retry-after=7,times=1")
                              << QStringLiteral("jira") << QStringLiteral("/rest/api/2/myself")
                              << QByteArray("Bearer sandbox-jira-pat") << QByteArray("GET");
        QTest::newRow("slack post")
            << QByteArray("slack:/api/chat.postMessage=ratelimit,retry-after=7,times=1")
            << QStringLiteral("slack") << QStringLiteral("/api/chat.postMessage")
            << QByteArray("Bearer xoxb-sandbox-releasedesk") << QByteArray("POST");
    }
    void rateLimitsHonourRetryAfter()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, system);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, method);
        m_bench->inject(spec.constData());
        HttpRequest request;
        request.system = system;
        request.endpoint = path;
        request.method = method;
        request.url = m_bench->fixture().url(system, path);
        if (!authorization.isEmpty())
            request.headers.append(Header("Authorization", authorization));
        if (method == "POST") {
            // A 429 promises the server did nothing, so even a create is resent.
            request.retry = RetryPolicy::OnlyIfNotProcessed;
            request.headers.append(Header("Content-Type", "application/json; charset=utf-8"));
            request.body = R"({"channel":"release_chs","text":"HTTP layer test"})";
        }
        const auto response = run(request);
        QVERIFY(response);
        QVERIFY2(response->ok(), qPrintable(response->error.message));
        QCOMPARE(response->attempts, 2);
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{7000ms}));
        if (method == "POST") {
            QCOMPARE(response->json.object().value(QLatin1String("ok")).toBool(), true);
            QCOMPARE(journalWrites("POST"), 1);
        }
    }

    void rateLimitThatLastsIsReported()
    {
        m_bench->inject("slack:/api/auth.test=ratelimit,retry-after=1");
        HttpRequest request;
        request.system = QStringLiteral("Slack");
        request.endpoint = QStringLiteral("auth.test");
        request.url =
            m_bench->fixture().url(QStringLiteral("slack"), QStringLiteral("/api/auth.test"));
        request.headers = {{"Authorization", "Bearer xoxb-sandbox-releasedesk"}};
        const auto response = run(request);
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::RateLimited);
        QCOMPARE(response->attempts, 4);
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{1000ms, 1000ms, 1000ms}));
        QCOMPARE(response->json.isNull(), true);
        QVERIFY(response->body.contains("ratelimited"));
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<QByteArray>("spec"); // empty: no fault
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("404") << QByteArray("jira:/myself=status,status=404")
                             << QByteArray("Bearer sandbox-jira-pat") << Kind::NotFound;
        QTest::newRow("409") << QByteArray("jira:/myself=status,status=409")
                             << QByteArray("Bearer sandbox-jira-pat") << Kind::Conflict;
        QTest::newRow("400") << QByteArray("jira:/myself=status,status=400")
                             << QByteArray("Bearer sandbox-jira-pat") << Kind::Client;
        QTest::newRow("401 injected")
            << QByteArray("jira:/myself=status,status=401") << QByteArray("Bearer sandbox-jira-pat")
            << Kind::Unauthorized;
        QTest::newRow("401 bad token")
            << QByteArray() << QByteArray("Bearer wrong") << Kind::Unauthorized;
        QTest::newRow("403") << QByteArray("jira:/myself=status,status=403")
                             << QByteArray("Bearer sandbox-jira-pat") << Kind::Forbidden;
    }
    void clientErrorsAreNotRetried()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QByteArray, authorization);
        QFETCH(Kind, kind);
        if (!spec.isEmpty())
            m_bench->inject(spec.constData());
        HttpRequest request = jiraRequest(m_bench->fixture(), QStringLiteral("myself"), "GET",
                                          QStringLiteral("/rest/api/2/myself"));
        request.headers = {{"Authorization", authorization}};
        const auto response = run(request);
        QVERIFY(response);
        QCOMPARE(response->error.kind, kind);
        QCOMPARE(response->attempts, 1);
        QVERIFY(m_bench->delays().isEmpty());
        QVERIFY2(response->error.message.startsWith(QLatin1String("Jira myself: ")),
                 qPrintable(response->error.message));
    }

    void timeoutsAreRetriedWhenIdempotent()
    {
        m_bench->inject("concourse:/api/v1/info=hang");
        HttpRequest request = concourseInfo(m_bench->fixture());
        request.timeout = 300ms;
        request.maxAttempts = 3;
        m_bench->setJitter(0.0);
        QElapsedTimer elapsed;
        elapsed.start();
        const auto response = run(request);
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::Timeout);
        QCOMPARE(response->attempts, 3);
        QCOMPARE(response->status, 0);
        QVERIFY2(elapsed.elapsed() >= 3 * 250, "each attempt waits for its own timeout");
        QVERIFY2(response->error.message.startsWith(QLatin1String("Concourse info: ")),
                 qPrintable(response->error.message));
    }

    // A create that may have taken effect is sent once, whatever comes back.
    void createIsNotResentWhenItMayHaveTakenEffect_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::newRow("hang") << QByteArray("jira:/comment=hang,method=POST")
                              << QList<Kind>{Kind::Timeout};
        QTest::newRow("reset") << QByteArray("jira:/comment=reset,method=POST")
                               << QList<Kind>{Kind::Malformed, Kind::Unreachable};
        QTest::newRow("truncated") << QByteArray("jira:/comment=truncated,method=POST")
                                   << QList<Kind>{Kind::Malformed, Kind::Unreachable};
    }
    void createIsNotResentWhenItMayHaveTakenEffect()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QList<Kind>, kinds);
        m_bench->inject(spec.constData());
        HttpRequest request = jiraComment(m_bench->fixture());
        request.timeout = 300ms;
        const auto response = run(request);
        QVERIFY(response);
        QVERIFY2(kinds.contains(response->error.kind), qPrintable(response->error.message));
        QCOMPARE(response->attempts, 1);
        QVERIFY(m_bench->delays().isEmpty());
        QCOMPARE(journalWrites("POST"), 1);
    }

    void brokenAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QList<Kind>>("kinds");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("mentions");
        // Resets and cut-off bodies may pass on a second try; a wrong body will not.
        QTest::newRow("reset") << QByteArray("concourse:/api/v1/info=reset")
                               << QList<Kind>{Kind::Malformed, Kind::Unreachable} << 4 << QString();
        QTest::newRow("truncated")
            << QByteArray("concourse:/api/v1/info=truncated")
            << QList<Kind>{Kind::Malformed, Kind::Unreachable} << 4 << QString();
        QTest::newRow("malformed json")
            << QByteArray("concourse:/api/v1/info=malformed-json") << QList<Kind>{Kind::Malformed}
            << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("web page") << QByteArray("concourse:/api/v1/info=wrong-content-type")
                                  << QList<Kind>{Kind::Malformed} << 1
                                  << QStringLiteral("web page");
    }
    void brokenAnswersAreErrors()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QList<Kind>, kinds);
        QFETCH(int, attempts);
        QFETCH(QString, mentions);
        m_bench->inject(spec.constData());
        m_bench->setJitter(0.0);
        const auto response = run(concourseInfo(m_bench->fixture()));
        QVERIFY(response);
        QVERIFY2(kinds.contains(response->error.kind), qPrintable(response->error.message));
        QCOMPARE(response->attempts, attempts);
        QVERIFY(response->json.isNull());
        QVERIFY2(response->error.message.startsWith(QLatin1String("Concourse info: ")),
                 qPrintable(response->error.message));
        if (!mentions.isEmpty())
            QVERIFY2(response->error.message.contains(mentions),
                     qPrintable(response->error.message));
    }

    void oversizedAnswerIsStopped()
    {
        m_bench->inject("concourse:/api/v1/info=oversized,bytes=20000000");
        HttpRequest request = concourseInfo(m_bench->fixture());
        request.maxBodyBytes = 1024 * 1024;
        const auto response = run(request, 20000);
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::TooLarge);
        QCOMPARE(response->attempts, 1);
        QCOMPARE(response->error.message,
                 QStringLiteral("Concourse info: the answer is larger than 1.00 MiB; "
                                "stopped reading it. Check the address in the connection "
                                "settings."));
        QVERIFY(response->body.size() <= request.maxBodyBytes);
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("remote http")
            << QUrl(QStringLiteral("http://jira.example.com/rest/api/2/myself")) << true;
        QTest::newRow("private network") << QUrl(QStringLiteral("http://10.1.2.3/api")) << true;
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/x")) << true;
        QTest::newRow("no scheme") << QUrl(QStringLiteral("jira.example.com")) << true;
        // Allowed, and nothing listens there: the request goes out and is refused.
        QTest::newRow("127.0.0.0/8") << QUrl(QStringLiteral("http://127.0.0.2:1/x")) << false;
        QTest::newRow("localhost") << QUrl(QStringLiteral("http://LocalHost:1/x")) << false;
        QTest::newRow("::1") << QUrl(QStringLiteral("http://[::1]:1/x")) << false;
    }
    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, refused);
        QSignalSpy sent(&m_bench->network(), &QNetworkAccessManager::finished);
        HttpRequest request;
        request.system = QStringLiteral("Jira");
        request.endpoint = QStringLiteral("myself");
        request.url = url;
        request.maxAttempts = 1;
        const auto response = run(request);
        QVERIFY(response);
        if (refused) {
            QCOMPARE(response->error.kind, Kind::InsecureUrl);
            QCOMPARE(response->attempts, 0);
            QCOMPARE(sent.count(), 0);
        } else {
            QVERIFY2(response->error.kind == Kind::Unreachable,
                     qPrintable(response->error.message));
            QCOMPARE(sent.count(), 1);
        }
    }

    void abandonedWhenTheContextGoes_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::newRow("answer in flight")
            << QByteArray("concourse:/api/v1/info=delay,delay-ms=400");
        QTest::newRow("waiting to retry")
            << QByteArray("concourse:/api/v1/info=ratelimit,retry-after=1");
    }
    void abandonedWhenTheContextGoes()
    {
        QFETCH(QByteArray, spec);
        m_bench->inject(spec.constData());
        // Real waits here, so that the context dies during one.
        HttpClient client(m_bench->network(), m_bench->clock(), [] { return 1.0; });
        auto *context = new QObject;
        int calls = 0;
        client.send(concourseInfo(m_bench->fixture()), context,
                    [&](const HttpResponse &) { ++calls; });
        QTest::qWait(150);
        delete context;
        QTest::qWait(1500);
        QCOMPARE(calls, 0);
    }

    // A failure carries what a client's message alone does not: its kind,
    // the server's Retry-After, and the system and endpoint it came from, so
    // that the outbox can decide about trying again from the error it is handed.
    void failureCarriesKindRetryAfterAndOrigin()
    {
        m_bench->inject("jira:/comment=ratelimit,retry-after=7");
        const auto response = run(jiraComment(m_bench->fixture()));
        QVERIFY(response);
        QCOMPARE(response->error.kind, Kind::RateLimited);
        QCOMPARE(response->attempts, 4);
        QCOMPARE(response->error.retryAfter, std::optional<std::chrono::milliseconds>(7s));
        QCOMPARE(response->error.system, u"Jira");
        QCOMPARE(response->error.endpoint, u"comment");
    }

    void listenerHearsEveryRequestsEnd()
    {
        QList<std::pair<QString, Kind>> heard;
        m_bench->http().setListener([&](const HttpRequest &request, const HttpResponse &response) {
            heard << std::pair{request.system, response.error.kind};
        });
        QVERIFY(run(concourseInfo(m_bench->fixture())));
        m_bench->inject("jira:/comment=ratelimit,retry-after=1");
        QVERIFY(run(jiraComment(m_bench->fixture())));
        // Once per request, after its last attempt, whoever sent it.
        QCOMPARE(heard.size(), 2);
        QCOMPARE(heard.at(0).second, Kind::None);
        QCOMPARE(heard.at(1).first, u"Jira");
        QCOMPARE(heard.at(1).second, Kind::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
