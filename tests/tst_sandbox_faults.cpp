#include "support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using ReleaseDesk::Testing::SandboxFixture;

// Each kind of injected fault, as a client sees it on the wire. Concourse's
// unauthenticated /api/v1/info is the target; the systems' own suites check
// that status and rate-limit faults take each system's form.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;

    QUrl target() const
    {
        return m_fixture->url(QStringLiteral("concourse"), QStringLiteral("/api/v1/info"));
    }

    void inject(const char *spec)
    {
        const auto rule = FaultRule::parse(QString::fromLatin1(spec));
        QVERIFY2(rule.ok(), qPrintable(rule.error()));
        m_fixture->sandbox().faults().add(rule.value());
    }

private slots:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void healthyAnswerFirst()
    {
        const auto reply = m_fixture->get(target());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QVERIFY(reply.json().isObject());
    }

    void statusFaultHitsTheConfiguredNumberOfTimes()
    {
        inject("concourse=status,status=502,times=2");
        QCOMPARE(m_fixture->get(target()).status, 502);
        QCOMPARE(m_fixture->get(target()).status, 502);
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void faultOnAnotherRouteOrSystemDoesNotHit()
    {
        inject("concourse:/api/v1/teams=status,status=500");
        inject("jira=status,status=500");
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void rateLimitCarriesRetryAfter()
    {
        inject("concourse=ratelimit,retry-after=7,times=1");
        const auto reply = m_fixture->get(target());
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
    }

    void unavailableCarriesRetryAfter()
    {
        inject("concourse=unavailable,retry-after=3,times=1");
        const auto reply = m_fixture->get(target());
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.header("Retry-After"), QByteArray("3"));
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void delayedAnswerComesLate()
    {
        inject("concourse=delay,delay-ms=400");
        QElapsedTimer timer;
        timer.start();
        const auto reply = m_fixture->get(target());
        QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json().isObject());
    }

    void hangNeverAnswers()
    {
        inject("concourse=hang,times=1");
        const auto reply = m_fixture->get(target(), {}, 800);
        QVERIFY(reply.timedOut);
        // The server is fine afterwards.
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void resetBreaksTheConnectionMidBody()
    {
        // Every request is reset while the rule stands, in case the client
        // resends a GET whose kept-alive connection dropped.
        inject("concourse=reset");
        const auto reply = m_fixture->get(target());
        QVERIFY(!reply.timedOut);
        // Qt 6.4 sometimes finishes such a reply without an error but with the
        // partial body: clients must not trust a body they cannot parse.
        QVERIFY2(reply.error != QNetworkReply::NoError || !reply.json().isObject(),
                 reply.body.constData());
        m_fixture->sandbox().faults().clear();
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void dropAnswersNothing()
    {
        inject("concourse=drop");
        const auto dropped = m_fixture->get(target());
        QVERIFY(!dropped.timedOut);
        // No status line at all: to the client, the server was not there.
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        m_fixture->sandbox().faults().clear();
        QCOMPARE(m_fixture->get(target()).status, 200);
    }

    void truncatedBodyStopsShort()
    {
        inject("concourse=truncated,times=1");
        const auto reply = m_fixture->get(target());
        QVERIFY(!reply.timedOut);
        QVERIFY2(reply.error != QNetworkReply::NoError || !reply.json().isObject(),
                 "a truncated body is an error or unparseable");
    }

    void malformedJsonIsNotJson()
    {
        inject("concourse=malformed-json");
        const auto reply = m_fixture->get(target());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void wrongContentTypeIsAnHtmlPage()
    {
        inject("concourse=wrong-content-type");
        const auto reply = m_fixture->get(target());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("<html>"));
    }

    void oversizedBodyIsHuge()
    {
        inject("concourse=oversized,bytes=3000000");
        const auto reply = m_fixture->get(target(), {}, 15000);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.size() > 3000000);
        QVERIFY(reply.json().isObject());
    }

    void faultsAddedThroughTheControlApiApply()
    {
        const auto added = m_fixture->sendJson(
            "POST", m_fixture->url(QStringLiteral("_sandbox"), QStringLiteral("/faults")),
            QJsonDocument(QJsonObject{{QLatin1String("system"), QLatin1String("concourse")},
                                      {QLatin1String("kind"), QLatin1String("status")},
                                      {QLatin1String("status"), 503},
                                      {QLatin1String("times"), 1}}));
        QCOMPARE(added.status, 201);
        QCOMPARE(m_fixture->get(target()).status, 503);
        QCOMPARE(m_fixture->get(target()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
