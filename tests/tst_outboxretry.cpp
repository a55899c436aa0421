#include "services/outbox/outboxretry.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace std::chrono_literals;
using Kind = ErrorKind;

Q_DECLARE_METATYPE(ReleaseDesk::ErrorKind)
Q_DECLARE_METATYPE(ReleaseDesk::OutboxState)

namespace {

const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

OutboxRetry::Policy policy()
{
    OutboxRetry::Policy policy;
    policy.maxAttempts = 5;
    policy.firstDelay = 10s;
    policy.maxDelay = 60s;
    return policy;
}

} // namespace

// When a failed write is tried again, and when it is left to a person.
class TestOutboxRetry : public QObject
{
    Q_OBJECT

private slots:
    void transientKinds_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("unreachable") << Kind::Unreachable << true;
        QTest::newRow("timeout") << Kind::Timeout << true;
        QTest::newRow("rate limited") << Kind::RateLimited << true;
        QTest::newRow("5xx") << Kind::Server << true;
        QTest::newRow("garbled answer") << Kind::Malformed << true;
        QTest::newRow("oversized answer") << Kind::TooLarge << true;
        QTest::newRow("proxy down or asking for a sign-in") << Kind::Proxy << true;
        QTest::newRow("401") << Kind::Unauthorized << false;
        QTest::newRow("403") << Kind::Forbidden << false;
        QTest::newRow("404") << Kind::NotFound << false;
        QTest::newRow("409") << Kind::Conflict << false;
        QTest::newRow("400") << Kind::Client << false;
        QTest::newRow("tls") << Kind::Tls << false;
        QTest::newRow("insecure url") << Kind::InsecureUrl << false;
        QTest::newRow("a refusal in a good answer") << Kind::Other << false;
    }
    void transientKinds()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        QCOMPARE(OutboxRetry::isTransient(kind), transient);
    }

    // Exponential from the first delay, capped, and never less than half of
    // it, so that no write is retried at once.
    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("first, no jitter") << 1 << 0.0 << qint64(5000);
        QTest::newRow("first, full jitter") << 1 << 1.0 << qint64(10000);
        QTest::newRow("second") << 2 << 1.0 << qint64(20000);
        QTest::newRow("third, half") << 3 << 0.5 << qint64(30000);
        QTest::newRow("capped") << 4 << 1.0 << qint64(60000);
        QTest::newRow("capped far on") << 40 << 0.0 << qint64(30000);
        QTest::newRow("jitter out of range") << 1 << 7.0 << qint64(10000);
    }
    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(double, jitter);
        QFETCH(qint64, ms);
        QCOMPARE(OutboxRetry::backoff(policy(), failures, jitter).count(), ms);
    }

    void afterFailure_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("retryAfterSeconds"); // -1: none
        QTest::addColumn<OutboxState>("state");
        QTest::addColumn<int>("waitSeconds"); // -1: no next attempt
        QTest::addColumn<QString>("error");
        QTest::newRow("503, first attempt")
            << 1 << Kind::Server << -1 << OutboxState::Pending << 10 << QStringLiteral("boom");
        QTest::newRow("timeout, third attempt")
            << 3 << Kind::Timeout << -1 << OutboxState::Pending << 40 << QStringLiteral("boom");
        QTest::newRow("429 waits what it was told")
            << 1 << Kind::RateLimited << 7 << OutboxState::Pending << 7 << QStringLiteral("boom");
        QTest::newRow("429 told a longer wait than the backoff")
            << 2 << Kind::RateLimited << 120 << OutboxState::Pending << 120
            << QStringLiteral("boom");
        QTest::newRow("403 fails at once")
            << 1 << Kind::Forbidden << -1 << OutboxState::Failed << -1 << QStringLiteral("boom");
        QTest::newRow("400 fails at once")
            << 1 << Kind::Client << -1 << OutboxState::Failed << -1 << QStringLiteral("boom");
        QTest::newRow("a refusal in a good answer fails at once")
            << 1 << Kind::Other << -1 << OutboxState::Failed << -1 << QStringLiteral("boom");
        QTest::newRow("a long Retry-After at the last attempt is waited for")
            << 5 << Kind::RateLimited << 3600 << OutboxState::Pending << 3600
            << QStringLiteral("boom");
        QTest::newRow("a 503 with Retry-After past the attempts is waited for")
            << 9 << Kind::Server << 600 << OutboxState::Pending << 600 << QStringLiteral("boom");
        QTest::newRow("too many attempts") << 5 << Kind::Server << -1 << OutboxState::Failed << -1
                                           << QStringLiteral("Gave up after 5 attempts: boom");
    }
    void afterFailure()
    {
        QFETCH(int, attempts);
        QFETCH(Kind, kind);
        QFETCH(int, retryAfterSeconds);
        QFETCH(OutboxState, state);
        QFETCH(int, waitSeconds);
        QFETCH(QString, error);
        Error failure;
        failure.message = QStringLiteral("boom");
        failure.kind = kind;
        if (retryAfterSeconds >= 0)
            failure.retryAfter = std::chrono::seconds(retryAfterSeconds);
        const auto decision = OutboxRetry::afterFailure(policy(), attempts, failure, now, 1.0);
        QCOMPARE(decision.state, state);
        QCOMPARE(decision.lastError, error);
        if (waitSeconds < 0)
            QVERIFY(!decision.nextAttempt.isValid());
        else
            QCOMPARE(decision.nextAttempt, now.addSecs(waitSeconds));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRetry)
#include "tst_outboxretry.moc"
