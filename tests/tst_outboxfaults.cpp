#include "support/outboxbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const OutboxKind kinds[] = {OutboxKind::ConfluencePublish, OutboxKind::ServiceNowChange,
                            OutboxKind::SlackPost, OutboxKind::JiraComment,
                            OutboxKind::JiraTransition};

// What a row expects of the entry.
enum class Outcome {
    Sent,   // retried as needed, then Done, the write taken once
    Failed, // Failed at once with a message a person can act on; nothing written
    GaveUp, // Failed after the attempts allowed; nothing written
};

} // namespace

Q_DECLARE_METATYPE(Outcome)

// Every fault the sandbox injects, on the request of each kind that creates
// (or moves) something: the right outcome, a readable message, and, through
// the sandbox's journal, each write taken exactly once, also when the answer
// to the creating POST was lost (reset, truncated, garbled, hung).
class TestOutboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void faultOnTheCreatingWrite_data()
    {
        QTest::addColumn<OutboxKind>("kind");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Outcome>("outcome");
        // Part of lastError, per kind; empty: not checked.
        QTest::addColumn<QString>("message");
        // Attempts until Done; 0 for the rows that fail.
        QTest::addColumn<int>("attempts");
        for (OutboxKind k : kinds) {
            const QByteArray kind = toKey(k).toLatin1();
            const bool slack = k == OutboxKind::SlackPost;
            // Publishing a page and moving a task look again within the same
            // attempt when an answer is lost; the other writes look on the next.
            const int afterLostAnswer =
                k == OutboxKind::ConfluencePublish || k == OutboxKind::JiraTransition ? 1 : 2;
            const auto row = [&](const char *name, const char *fault, Outcome outcome, int attempts,
                                 const QString &message = {}) {
                QTest::addRow("%s, %s", kind.constData(), name)
                    << k << QString::fromLatin1(fault) << outcome << message << attempts;
            };
            // Refused, so not done: the next attempt does it.
            row("503 once", "status,status=503,times=1", Outcome::Sent, 2);
            row("503 lasting", "status,status=503", Outcome::GaveUp, 0,
                QStringLiteral("Gave up after 4 attempts:"));
            row("rate limited past the HTTP retries", "ratelimit,retry-after=1,times=4",
                Outcome::Sent, 2);
            // Done, the answer lost or garbled: found, not made again.
            row("hang", "hang,times=1", Outcome::Sent, 2);
            row("reset", "reset,times=1", Outcome::Sent, afterLostAnswer);
            row("truncated", "truncated,times=1", Outcome::Sent, afterLostAnswer);
            row("oversized", "oversized,times=1", Outcome::Sent, afterLostAnswer);
            // A move answers 204 without a body, so a body that is not JSON is no loss.
            row("malformed json", "malformed-json,times=1", Outcome::Sent, afterLostAnswer);
            row("wrong content type", "wrong-content-type,times=1", Outcome::Sent, afterLostAnswer);
            // Slack refuses in its own envelope, HTTP 200 with ok:false.
            row("400", "status,status=400", Outcome::Failed, 0,
                slack ? QStringLiteral("Slack refused the request (invalid_arguments)")
                      : QStringLiteral("(400 Bad Request)"));
            row("401", "status,status=401", Outcome::Failed, 0,
                slack ? QStringLiteral("Slack did not accept the token")
                      : QStringLiteral("did not accept the credentials (401 Unauthorized)"));
            row("403", "status,status=403", Outcome::Failed, 0,
                slack ? QStringLiteral("the Slack app lacks a permission")
                      : QStringLiteral("is not allowed to do this (403 Forbidden)"));
        }
    }
    void faultOnTheCreatingWrite()
    {
        QFETCH(OutboxKind, kind);
        QFETCH(QString, fault);
        QFETCH(Outcome, outcome);
        QFETCH(QString, message);
        QFETCH(int, attempts);
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const qint64 id = bench.queueSample(kind, QStringLiteral("2027.7.1"));
        QVERIFY(id);
        const auto write = OutboxBench::creatingWrite(kind);
        const QByteArray spec =
            (write.system + u':' + write.path + u'=' + fault + QStringLiteral(",method=POST"))
                .toLatin1();
        bench.inject(spec.constData());
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        QSignalSpy failed(&bench.worker(), &OutboxWorker::failed);
        QSignalSpy sent(&bench.worker(), &OutboxWorker::sent);

        QVERIFY(bench.runUntilSettled(20000));
        const OutboxEntry entry = bench.entry(id);
        switch (outcome) {
        case Outcome::Sent:
            QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
            QCOMPARE(sent.size(), 1);
            QCOMPARE(entry.attempts, attempts);
            QCOMPARE(deferred.size(), attempts - 1);
            QCOMPARE(bench.creates(kind), 1);
            break;
        case Outcome::Failed:
            QCOMPARE(entry.state, OutboxState::Failed);
            QCOMPARE(entry.attempts, 1);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(bench.creates(kind), 0);
            break;
        case Outcome::GaveUp:
            QCOMPARE(entry.state, OutboxState::Failed);
            QCOMPARE(entry.attempts, OutboxBench::testPolicy().maxAttempts);
            QCOMPARE(deferred.size(), OutboxBench::testPolicy().maxAttempts - 1);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(bench.creates(kind), 0);
            break;
        }
        if (outcome != Outcome::Sent) {
            QVERIFY2(!entry.lastError.isEmpty() && entry.lastError.contains(message),
                     qPrintable(entry.lastError));
            for (const char *secret : {"sandbox-jira-pat", "sandbox-confluence-pat",
                                       "sandbox-servicenow", "xoxb-sandbox-releasedesk"})
                QVERIFY(!entry.lastError.contains(QLatin1String(secret)));
        }
    }

    // A rate limit that outlasts the HTTP layer's own retries is honoured: the
    // entry waits what the answer asked before it is tried again.
    void rateLimitWaitsWhatTheAnswerAsked()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const qint64 id = bench.queueSample(OutboxKind::SlackPost, QStringLiteral("2027.8.1"));
        bench.inject("slack:/api/chat.postMessage=ratelimit,retry-after=2,times=4");
        QSignalSpy deferred(&bench.worker(), &OutboxWorker::deferred);
        QDateTime deferredAt;
        QObject::connect(&bench.worker(), &OutboxWorker::deferred, &bench.worker(),
                         [&] { deferredAt = bench.clock().now(); });
        QVERIFY(bench.runUntilSettled(20000));
        QCOMPARE(deferred.size(), 1);
        const OutboxEntry waited = deferred.constFirst().constFirst().value<OutboxEntry>();
        const qint64 wait = deferredAt.msecsTo(waited.nextAttempt);
        QVERIFY2(wait > 1900 && wait <= 2000, qPrintable(QString::number(wait)));
        QVERIFY2(waited.lastError.contains(QLatin1String("429")) ||
                     waited.lastError.contains(QLatin1String("rate")),
                 qPrintable(waited.lastError));
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
        QCOMPARE(bench.creates(OutboxKind::SlackPost), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outboxfaults.moc"
