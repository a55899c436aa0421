#include "models/domain/addressrules.h"
#include "services/http/attemptoutcome.h"
#include "services/http/retrytiming.h"
#include "services/http/urlrules.h"

#include <QHostAddress>
#include <QTest>

using namespace ReleaseDesk;
using namespace std::chrono_literals;
using Kind = ErrorKind;

// The HTTP layer's pure rules, apart from any network: how long to wait before
// the next try, how Retry-After is read, and how each kind of answer is judged.
class TestHttpRetryRules : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

private slots:
    void backoffGrowsAndIsCapped_data()
    {
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first, full") << 1 << 1.0 << qint64(500);
        QTest::newRow("second, full") << 2 << 1.0 << qint64(1000);
        QTest::newRow("third, half") << 3 << 0.5 << qint64(1000);
        QTest::newRow("seventh, capped") << 7 << 1.0 << qint64(30000);
        QTest::newRow("fiftieth, capped") << 50 << 1.0 << qint64(30000);
        QTest::newRow("no jitter") << 3 << 0.0 << qint64(0);
        QTest::newRow("jitter out of range") << 1 << 7.0 << qint64(500);
    }
    void backoffGrowsAndIsCapped()
    {
        QFETCH(int, failedAttempts);
        QFETCH(double, jitter);
        QFETCH(qint64, expectedMs);
        QCOMPARE(RetryTiming::backoff(failedAttempts, jitter).count(), expectedMs);
    }

    void retryAfterIsRead_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("capped") << QByteArray("3600") << qint64(120000);
        // seconds * 1000 would overflow a qint64.
        QTest::newRow("huge") << QByteArray("9223372036854775") << qint64(120000);
        QTest::newRow("largest") << QByteArray("9223372036854775807") << qint64(120000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("nonsense") << QByteArray("soon") << qint64(-1);
        QTest::newRow("http-date") << QByteArray("Fri, 20 Nov 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("http-date past") << QByteArray("Fri, 20 Nov 2026 11:00:00 GMT") << qint64(0);
    }
    void retryAfterIsRead()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto parsed = RetryTiming::parseRetryAfter(header, m_now);
        QCOMPARE(parsed ? parsed->count() : qint64(-1), expectedMs);
    }

    // The outbox waits between attempts as long as the server asked, up to a day.
    void serverWaitIsNotCut_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("an hour") << QByteArray("3600") << qint64(3600000);
        QTest::newRow("a week") << QByteArray("604800") << qint64(86400000);
        QTest::newRow("huge") << QByteArray("9223372036854775807") << qint64(86400000);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("http-date")
            << QByteArray("Fri, 20 Nov 2026 14:00:00 GMT") << qint64(7200000);
    }
    void serverWaitIsNotCut()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto parsed = RetryTiming::serverWait(header, m_now);
        QCOMPARE(parsed ? parsed->count() : qint64(-1), expectedMs);
    }

    void attemptsAreJudged_data()
    {
        using Facts = AttemptFacts;
        QTest::addColumn<AttemptFacts>("facts");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retryIdempotent");
        QTest::addColumn<bool>("retryCreate");
        const auto status = [](int code, QList<std::pair<QByteArray, QByteArray>> headers = {}) {
            Facts facts;
            facts.status = code;
            facts.headers = std::move(headers);
            return facts;
        };
        const auto json = [](QByteArray body, QList<std::pair<QByteArray, QByteArray>> headers) {
            Facts facts;
            facts.status = 200;
            facts.body = std::move(body);
            facts.headers = std::move(headers);
            return facts;
        };
        const std::pair<QByteArray, QByteArray> jsonType{"Content-Type",
                                                         "application/json; charset=utf-8"};
        Facts refused;
        refused.networkError = QNetworkReply::ConnectionRefusedError;
        Facts closed;
        closed.networkError = QNetworkReply::RemoteHostClosedError;
        Facts timedOut;
        timedOut.networkError = QNetworkReply::OperationCanceledError;
        timedOut.timedOut = true;
        Facts tls;
        tls.networkError = QNetworkReply::SslHandshakeFailedError;

        QTest::newRow("200 json") << json("{}", {jsonType}) << Kind::None << false << false;
        QTest::newRow("204 empty") << status(204) << Kind::None << false << false;
        QTest::newRow("401") << status(401) << Kind::Unauthorized << false << false;
        QTest::newRow("403") << status(403) << Kind::Forbidden << false << false;
        QTest::newRow("404") << status(404) << Kind::NotFound << false << false;
        QTest::newRow("409") << status(409) << Kind::Conflict << false << false;
        QTest::newRow("400") << status(400) << Kind::Client << false << false;
        QTest::newRow("408") << status(408) << Kind::Timeout << true << true;
        QTest::newRow("429") << status(429) << Kind::RateLimited << true << true;
        QTest::newRow("500") << status(500) << Kind::Server << true << false;
        QTest::newRow("501") << status(501) << Kind::Server << false << false;
        QTest::newRow("503") << status(503) << Kind::Server << true << false;
        QTest::newRow("503 Retry-After")
            << status(503, {{"Retry-After", "2"}}) << Kind::Server << true << true;
        QTest::newRow("refused") << refused << Kind::Unreachable << true << true;
        QTest::newRow("closed") << closed << Kind::Unreachable << true << false;
        QTest::newRow("timed out") << timedOut << Kind::Timeout << true << false;
        QTest::newRow("tls") << tls << Kind::Tls << false << false;
        QTest::newRow("cut off") << json("{\"a\":", {jsonType, {"Content-Length", "100"}})
                                 << Kind::Malformed << true << false;
        QTest::newRow("gzip length not compared")
            << json("{}", {jsonType, {"Content-Length", "100"}, {"Content-Encoding", "gzip"}})
            << Kind::None << false << false;
        QTest::newRow("not json") << json("{oops", {jsonType}) << Kind::Malformed << false << false;
        QTest::newRow("web page") << json("<html></html>", {{"Content-Type", "text/html"}})
                                  << Kind::Malformed << false << false;
        QTest::newRow("plain text")
            << json("fine", {{"Content-Type", "text/plain"}}) << Kind::Malformed << false << false;
        QTest::newRow("slack ratelimited")
            << json(R"({"ok":false,"error":"ratelimited"})", {jsonType}) << Kind::RateLimited
            << true << true;
        QTest::newRow("slack other error")
            << json(R"({"ok":false,"error":"channel_not_found"})", {jsonType}) << Kind::None
            << false << false;
    }
    void attemptsAreJudged()
    {
        QFETCH(AttemptFacts, facts);
        QFETCH(Kind, kind);
        QFETCH(bool, retryIdempotent);
        QFETCH(bool, retryCreate);
        HttpRequest request;
        request.system = QStringLiteral("Jira");
        request.endpoint = QStringLiteral("search");
        const auto outcome = judgeAttempt(request, facts, 1, m_now);
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.mayRetry(RetryPolicy::Idempotent), retryIdempotent);
        QCOMPARE(outcome.mayRetry(RetryPolicy::OnlyIfNotProcessed), retryCreate);
        if (kind != Kind::None)
            QVERIFY2(outcome.error.message.startsWith(QLatin1String("Jira search: ")),
                     qPrintable(outcome.error.message));
    }

    void sameOriginIsSchemeHostAndPort_data()
    {
        QTest::addColumn<QUrl>("a");
        QTest::addColumn<QUrl>("b");
        QTest::addColumn<bool>("same");
        const auto url = [](const char *text) { return QUrl(QString::fromLatin1(text)); };
        QTest::newRow("paths differ")
            << url("https://ci.example.com/a") << url("https://ci.example.com/b?c=1") << true;
        QTest::newRow("default port")
            << url("https://ci.example.com/") << url("https://ci.example.com:443/") << true;
        QTest::newRow("host case")
            << url("https://CI.example.com/") << url("https://ci.example.com/") << true;
        QTest::newRow("other port")
            << url("http://127.0.0.1:4000/") << url("http://127.0.0.1:4001/") << false;
        QTest::newRow("other scheme")
            << url("http://localhost/") << url("https://localhost/") << false;
        QTest::newRow("longer host")
            << url("https://ci.example.com/") << url("https://ci.example.com.evil.net/") << false;
        QTest::newRow("other host")
            << url("http://localhost:4000/") << url("http://127.0.0.1:4000/") << false;
        QTest::newRow("relative") << url("https://ci.example.com/") << url("/api") << false;
    }
    void sameOriginIsSchemeHostAndPort()
    {
        QFETCH(QUrl, a);
        QFETCH(QUrl, b);
        QFETCH(bool, same);
        QCOMPARE(UrlRules::sameOrigin(a, b), same);
        QCOMPARE(UrlRules::sameOrigin(b, a), same);
    }

    void redirectsStayWithTheOrigin_data()
    {
        QTest::addColumn<QUrl>("from");
        QTest::addColumn<QUrl>("to");
        QTest::addColumn<QString>("refusal"); // empty: followed
        const auto url = [](const char *text) { return QUrl(QString::fromLatin1(text)); };
        QTest::newRow("relative") << url("https://ci.example.com/sky/token") << url("/sky/login")
                                  << QString();
        QTest::newRow("same origin")
            << url("http://localhost:4000/a") << url("http://localhost:4000/b") << QString();
        QTest::newRow("other port")
            << url("http://127.0.0.1:4000/a") << url("http://127.0.0.1:4001/a")
            << QStringLiteral("Concourse login: http://127.0.0.1:4000 sent the request on to "
                              "http://127.0.0.1:4001; refusing");
        QTest::newRow("this computer to a remote host")
            << url("http://localhost:4000/a") << url("http://remote-host.example/a")
            << QStringLiteral(
                   "http://localhost:4000 sent the request on to http://remote-host.example;");
        QTest::newRow("https to http")
            << url("https://ci.example.com/a") << url("http://ci.example.com/a")
            << QStringLiteral(
                   "https://ci.example.com sent the request on to http://ci.example.com;");
        QTest::newRow("credentials not shown")
            << url("https://ci.example.com/a") << url("https://u:hunter2@evil.example.net/a?t=1")
            << QStringLiteral("sent the request on to https://evil.example.net;");
    }
    void redirectsStayWithTheOrigin()
    {
        QFETCH(QUrl, from);
        QFETCH(QUrl, to);
        QFETCH(QString, refusal);
        HttpRequest request;
        request.system = QStringLiteral("Concourse");
        request.endpoint = QStringLiteral("login");
        request.url = from;
        const auto refused = checkRedirect(request, to);
        QCOMPARE(refused.has_value(), !refusal.isEmpty());
        if (refused) {
            QCOMPARE(refused->kind, Kind::InsecureUrl);
            QVERIFY2(refused->message.contains(refusal), qPrintable(refused->message));
            QVERIFY2(!refused->message.contains(u"hunter2"), qPrintable(refused->message));
        }
    }

    // A refused redirect ends the attempt for good: it is no passing failure.
    void aRefusedRedirectIsNotRetried()
    {
        HttpRequest request;
        request.url = QUrl(QStringLiteral("https://ci.example.com/"));
        AttemptFacts facts;
        facts.networkError = QNetworkReply::OperationCanceledError;
        facts.refusedRedirect =
            checkRedirect(request, QUrl(QStringLiteral("https://evil.example/")));
        const auto outcome = judgeAttempt(request, facts, 1, m_now);
        QCOMPARE(outcome.error.kind, Kind::InsecureUrl);
        QCOMPARE(outcome.error.message, facts.refusedRedirect->message);
        QVERIFY(!outcome.mayRetry(RetryPolicy::Idempotent));
    }

    // The core's rule reads this computer's addresses without QtNetwork: it
    // must agree with QHostAddress on every spelling QUrl may hand it.
    void credentialsGoOverHttpsOrToThisComputer_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        const auto row = [](const char *address, bool allowed) {
            QTest::newRow(address) << QString::fromLatin1(address) << allowed;
        };
        row("https://ci.example.com/", true);
        row("http://ci.example.com/", false);
        row("ftp://localhost/", false);
        row("http://localhost:4000/", true);
        row("http://LOCALHOST/", true);
        row("http://localhost./", false);
        row("http://127.0.0.1:4000/jira", true);
        row("http://127.255.255.254/", true);
        row("http://127.1/", true);
        row("http://0x7f.0.0.1/", true);
        row("http://2130706433/", true);
        row("http://128.0.0.1/", false);
        row("http://127.0.0.256/", false);
        row("http://127.example.com/", false);
        row("http://127.0.0.1.nip.io/", false);
        row("http://0.0.0.0/", false);
        row("http://[::1]:4000/", true);
        row("http://[0:0:0:0:0:0:0:1]/", true);
        row("http://[::2]/", false);
        row("http://[::ffff:127.0.0.1]/", true);
        row("http://[::FFFF:7f00:1]/", true);
        row("http://[::ffff:10.0.0.1]/", false);
        row("http://[::127.0.0.1]/", false);
        row("http://[fe80::1]/", false);
    }
    void credentialsGoOverHttpsOrToThisComputer()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        const QUrl url(address);
        QCOMPARE(UrlRules::allowsCredentials(url), allowed);
        const QString host = url.host();
        const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                              QHostAddress(host).isLoopback();
        QCOMPARE(AddressRules::isThisComputer(host), loopback);
    }
};

QTEST_GUILESS_MAIN(TestHttpRetryRules)
#include "tst_httprules.moc"
