#include "services/sync/syncengine.h"
#include "support/outboxbench.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// Two minutes fast: past the minute a text-and-time match allows.
constexpr qint64 twoMinutes = 120;

// Syncs `store` from every system the bench connects; false unless it finished cleanly.
bool sync(OutboxBench &bench, ReleaseStore &store)
{
    SyncEngine engine(bench.integrations(), store);
    std::optional<SyncResult> result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    if (!engine.start({}))
        return false;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result || !result->adoptionError.isEmpty())
        qWarning("the sync did not finish: %s", result ? qPrintable(result->adoptionError) : "");
    return result && result->adoptionError.isEmpty();
}

} // namespace

// A write is found again by the key its entry left on the remote object, not
// by its text or this desk's clock: a retry after a lost answer finds the
// Slack message or Jira comment of the first attempt though the clock is
// wrong and Slack rewrote the text, and two entries that say the same thing
// are two messages or two comments.
class TestOutboxIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void slackPostWhoseAnswerWasLostIsPostedOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("reset") << QStringLiteral("reset,times=1");
        QTest::newRow("hang") << QStringLiteral("hang,times=1");
    }
    void slackPostWhoseAnswerWasLostIsPostedOnce()
    {
        QFETCH(QString, fault);
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        bench.setClockAhead(twoMinutes);
        const qint64 release = bench.addRelease(QStringLiteral("2027.7.1"), Stage::InStaging);
        // Slack keeps the link as <https://…> and the & as &amp;.
        const qint64 id = bench.queue(
            SlackPostPayload{QStringLiteral("Notes & plan: https://wiki.example/2027.7.1"),
                             {},
                             SlackPurpose::StagingRequest},
            release, QStringLiteral("slack.post:2027.7.1:staging-request:1"));
        QVERIFY(id);
        bench.inject(qPrintable(QStringLiteral("slack:/api/chat.postMessage=") + fault +
                                QStringLiteral(",method=POST")));

        QVERIFY(bench.runUntilSettled(20000));
        const OutboxEntry entry = bench.entry(id);
        QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(bench.creates(OutboxKind::SlackPost), 1);
    }

    void twoIdenticalSlackNoticesQueuedOfflineAreBothPosted()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        const qint64 release = bench.addRelease(QStringLiteral("2027.7.2"), Stage::InStaging);
        const SlackPostPayload notice{QStringLiteral("Backed out of staging: 2027.7.2."),
                                      {},
                                      SlackPurpose::ReleaseTeamAction};
        QVERIFY(bench.queue(notice, release, QStringLiteral("notice:1")));
        QVERIFY(bench.queue(notice, release, QStringLiteral("notice:2")));
        QVERIFY(bench.connect());

        QVERIFY(bench.runUntilSettled(20000));
        QCOMPARE(bench.creates(OutboxKind::SlackPost), 2);
        const auto entries = bench.store().outboxEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        for (const OutboxEntry &entry : entries.value())
            QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
    }

    void jiraCommentWhoseAnswerWasLostIsAddedOnce()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        bench.setClockAhead(twoMinutes);
        const QString task = OutboxBench::taskIn(QStringLiteral("Testing"));
        const qint64 release =
            bench.addRelease(QStringLiteral("2027.7.3"), Stage::InStaging, {task});
        const qint64 id =
            bench.queue(JiraCommentPayload{task, QStringLiteral("Failed testing in 2027.7.3")},
                        release, QStringLiteral("jira.comment:2027.7.3:sample:1"));
        QVERIFY(id);
        bench.inject("jira:/comment=reset,times=1,method=POST");

        QVERIFY(bench.runUntilSettled(20000));
        const OutboxEntry entry = bench.entry(id);
        QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(bench.creates(OutboxKind::JiraComment), 1);
    }

    void twoIdenticalJiraCommentsQueuedOfflineAreBothAdded()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        const QString task = OutboxBench::taskIn(QStringLiteral("Testing"));
        const qint64 release =
            bench.addRelease(QStringLiteral("2027.7.4"), Stage::InStaging, {task});
        const JiraCommentPayload comment{task, QStringLiteral("Failed testing in 2027.7.4")};
        QVERIFY(bench.queue(comment, release, QStringLiteral("comment:1")));
        QVERIFY(bench.queue(comment, release, QStringLiteral("comment:2")));
        QVERIFY(bench.connect());

        QVERIFY(bench.runUntilSettled(20000));
        QCOMPARE(bench.creates(OutboxKind::JiraComment), 2);
        const auto entries = bench.store().outboxEntries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        for (const OutboxEntry &entry : entries.value())
            QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
    }

    // An entry queued before refs has none in its stored payload: it is
    // still found by its text and time, on a desk whose clock is right.
    void entryQueuedBeforeRefsIsFoundByItsText_data()
    {
        QTest::addColumn<OutboxKind>("kind");
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("slack post")
            << OutboxKind::SlackPost
            << QByteArray(R"({"text":"Release 2027.7.6 is waiting","threadTs":"",)"
                          R"("purpose":"staging-request"})");
        QTest::newRow("jira comment")
            << OutboxKind::JiraComment
            << QByteArray(R"({"key":")") + OutboxBench::taskIn(QStringLiteral("Testing")).toUtf8() +
                   QByteArray(R"(","text":"Failed testing in 2027.7.6"})");
    }
    void entryQueuedBeforeRefsIsFoundByItsText()
    {
        QFETCH(OutboxKind, kind);
        QFETCH(QByteArray, stored);
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const QString task = OutboxBench::taskIn(QStringLiteral("Testing"));
        const qint64 release =
            bench.addRelease(QStringLiteral("2027.7.6"), Stage::InStaging, {task});
        OutboxEntry old;
        old.releaseId = release;
        old.kind = kind;
        old.payload = stored;
        old.idempotencyKey = toKey(kind) + QStringLiteral(":2027.7.6:old:1");
        old.created = bench.clock().now();
        QVERIFY(bench.store().saveRelease(bench.store().release(release).value(), {}, {old}));
        const auto write = OutboxBench::creatingWrite(kind);
        bench.inject(qPrintable(write.system + u':' + write.path +
                                QStringLiteral("=reset,times=1,method=POST")));

        QVERIFY(bench.runUntilSettled(20000));
        const OutboxEntry entry = bench.store().outboxEntries()->constFirst();
        QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(bench.creates(kind), 1);
    }

    // ServiceNow keeps 100 characters of correlation_id: the change of a
    // release whose name is longer is still raised once when the answer to
    // the POST is lost, and a sync links it to the release.
    void changeOfALongReleaseNameIsRaisedOnceAndLinked()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const QString name = QStringLiteral("2027.7.5-") + QString(141, u'x');
        QCOMPARE(name.size(), 150);
        const qint64 id = bench.queueSample(OutboxKind::ServiceNowChange, name);
        QVERIFY(id);
        bench.inject("servicenow:/api/now/table/change_request=reset,times=1,method=POST");

        QVERIFY(bench.runUntilSettled(20000));
        const OutboxEntry entry = bench.entry(id);
        QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QCOMPARE(bench.creates(OutboxKind::ServiceNowChange), 1);

        // A desk that has the release but not its ticket links it on sync.
        Release release = bench.store().release(entry.releaseId).value();
        QVERIFY(!release.changeTicket.isEmpty());
        const QString raised = release.changeTicket;
        release.changeTicket.clear();
        release.changeTicketUrl.clear();
        QVERIFY(bench.store().saveRelease(release, {}));
        QVERIFY(sync(bench, bench.store()));
        QCOMPARE(bench.store().release(entry.releaseId)->changeTicket, raised);
    }
};

QTEST_GUILESS_MAIN(TestOutboxIdempotency)
#include "tst_outboxidempotency.moc"
