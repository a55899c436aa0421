#include "support/contractfixture.h"
#include "support/storefixtures.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QDateTime now = utc("2026-03-02T12:00:00.000Z");

OutboxEntry entryDue(const QString &key, const QDateTime &nextAttempt)
{
    OutboxEntry entry = sampleOutbox(key);
    entry.nextAttempt = nextAttempt;
    return entry;
}

AuditEvent discardEvent()
{
    AuditEvent event = sampleEvent(AuditAction::OutboxDiscarded);
    event.fromStage.clear();
    event.toStage.clear();
    event.why = QStringLiteral("Posted by hand instead");
    return event;
}

} // namespace

// The outbox as the worker and people move it, and a verdict that moves
// releases in its own write; each test runs on the memory store and on SQLite.
class TestStoreOutbox : public QObject, private ContractFixture
{
    Q_OBJECT

private:
    Release m_release;

    // Queues `entries` on the sample release and returns them with their ids;
    // an entry whose releaseId is -1 is queued without a release.
    QList<OutboxEntry> queue(QList<OutboxEntry> entries)
    {
        for (OutboxEntry &entry : entries)
            entry.releaseId = entry.releaseId < 0 ? 0 : m_release.id;
        const Status saved = store().saveRelease(m_release, {}, entries);
        if (!saved)
            QTest::qFail(qPrintable(saved.error()), __FILE__, __LINE__);
        QList<OutboxEntry> stored = store().outbox(OutboxState::Pending).value();
        return stored.mid(stored.size() - entries.size());
    }
    std::optional<OutboxEntry> claim(const QDateTime &at)
    {
        const Result<std::optional<OutboxEntry>> claimed = store().claimNextOutboxEntry(at);
        if (!claimed)
            QTest::qFail(qPrintable(claimed.error()), __FILE__, __LINE__);
        return claimed.ok() ? claimed.value() : std::nullopt;
    }
    OutboxEntry stored(qint64 id) { return store().outboxEntry(id).value(); }

private slots:
    void initTestCase_data() { addStoreKinds(); }
    void init()
    {
        const Status opened = openStore();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_release = sampleRelease(QStringLiteral("2026.11.3"));
        createSampleRelease(m_release);
    }
    void cleanup() { closeStore(); }

    void nothingToClaim()
    {
        QCOMPARE(claim(now), std::optional<OutboxEntry>());
        const QList<OutboxEntry> entries =
            queue({entryDue(QStringLiteral("later"), now.addSecs(1))});
        QCOMPARE(claim(now), std::optional<OutboxEntry>());
        QCOMPARE(stored(entries.at(0).id), entries.at(0)); // looking claimed nothing
        for (OutboxState state : {OutboxState::Done, OutboxState::Failed, OutboxState::Discarded}) {
            OutboxEntry settled = entries.at(0);
            settled.state = state;
            settled.nextAttempt = QDateTime();
            QVERIFY(store().updateOutboxEntry(settled).ok());
            QCOMPARE(claim(now.addDays(1)), std::optional<OutboxEntry>());
        }
    }

    // Oldest first among the due ones; each claim counts an attempt.
    void claimTakesTheOldestDueEntry()
    {
        const QList<OutboxEntry> entries =
            queue({entryDue(QStringLiteral("not yet"), now.addMSecs(1)),
                   entryDue(QStringLiteral("no wait"), QDateTime()),
                   entryDue(QStringLiteral("due exactly"), now)});
        std::optional<OutboxEntry> claimed = claim(now);
        QVERIFY(claimed);
        OutboxEntry expected = entries.at(1);
        expected.attempts += 1;
        QCOMPARE(*claimed, expected); // found Pending: a fresh attempt
        expected.state = OutboxState::Sending;
        QCOMPARE(stored(expected.id), expected);

        OutboxEntry failed = expected;
        failed.state = OutboxState::Failed;
        failed.lastError = QStringLiteral("HTTP 400: channel_not_found");
        QVERIFY(store().updateOutboxEntry(failed).ok());
        claimed = claim(now);
        QVERIFY(claimed);
        QCOMPARE(claimed->idempotencyKey, QStringLiteral("due exactly"));
        QVERIFY(store().completeOutboxEntry(*claimed, nullptr, {}).ok());

        QCOMPARE(claim(now), std::optional<OutboxEntry>());
        claimed = claim(now.addMSecs(1));
        QVERIFY(claimed);
        QCOMPARE(claimed->idempotencyKey, QStringLiteral("not yet"));
    }

    // An attempt whose outcome was never recorded comes back first, as
    // Sending, so the worker looks for it remotely before sending it again.
    void interruptedAttemptComesBackAsSending()
    {
        const QList<OutboxEntry> entries =
            queue({entryDue(QStringLiteral("a"), now), entryDue(QStringLiteral("b"), QDateTime())});
        const std::optional<OutboxEntry> first = claim(now);
        QVERIFY(first);
        QCOMPARE(first->state, OutboxState::Pending);
        QCOMPARE(first->attempts, entries.at(0).attempts + 1);

        const Status reopened = reopenStore(); // the worker's process died here
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        // Even before its next attempt was due: it may already have been sent.
        const std::optional<OutboxEntry> again = claim(now.addDays(-1));
        QVERIFY(again);
        QCOMPARE(again->id, entries.at(0).id);
        QCOMPARE(again->state, OutboxState::Sending);
        QCOMPARE(again->attempts, entries.at(0).attempts + 2);
        QCOMPARE(stored(again->id).state, OutboxState::Sending);
        QCOMPARE(stored(again->id).attempts, again->attempts);
        QCOMPARE(stored(entries.at(1).id), entries.at(1));
    }

    // The entry is Done and the release records the write's result in one write.
    void completeRecordsTheResultWithTheEntry()
    {
        const QList<OutboxEntry> entries = queue({entryDue(QStringLiteral("publish"), now)});
        const std::optional<OutboxEntry> claimed = claim(now);
        QVERIFY(claimed);
        const qsizetype trailBefore = store().auditTrail(m_release.id)->size();

        Release published = m_release;
        published.notes.pageId = QStringLiteral("555001");
        published.notes.pageUrl = QStringLiteral("https://wiki.example/pages/555001");
        AuditEvent event = sampleEvent(AuditAction::NotesPublished);
        const Status completed = store().completeOutboxEntry(*claimed, &published, {event});
        QVERIFY2(completed.ok(), qPrintable(completed.error()));

        OutboxEntry done = *claimed;
        done.state = OutboxState::Done;
        done.nextAttempt = QDateTime();
        done.lastError.clear(); // the error of an earlier attempt no longer holds
        QCOMPARE(stored(claimed->id), done);
        QCOMPARE(store().release(m_release.id).value(), published);
        const QList<AuditEvent> trail = store().auditTrail(m_release.id).value();
        QCOMPARE(trail.size(), trailBefore + 1);
        event.id = trail.last().id;
        event.releaseId = m_release.id; // filed under the entry's release
        QCOMPARE(trail.last(), event);

        // Done is final: a second completion is refused and changes nothing.
        const Status twice = store().completeOutboxEntry(*claimed, &m_release, {event});
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(toTitle(OutboxState::Done)), qPrintable(twice.error()));
        QCOMPARE(store().release(m_release.id).value(), published);
        QCOMPARE(store().auditTrail(m_release.id)->size(), trailBefore + 1);
    }

    void completeFailsWhole_data()
    {
        QTest::addColumn<bool>("claimFirst");
        QTest::addColumn<qint64>("releaseId");
        QTest::newRow("an entry not being sent") << false << qint64(0);
        QTest::newRow("a release that is not there") << true << qint64(4242);
    }

    void completeFailsWhole()
    {
        QFETCH(bool, claimFirst);
        QFETCH(qint64, releaseId);
        const QList<OutboxEntry> entries = queue({entryDue(QStringLiteral("publish"), now)});
        OutboxEntry entry = entries.at(0);
        if (claimFirst)
            entry = *claim(now);
        const OutboxEntry before = stored(entry.id);
        const QList<AuditEvent> trailBefore = store().auditTrail(m_release.id).value();

        Release published = m_release;
        published.notes.pageId = QStringLiteral("555001");
        if (releaseId != 0)
            published.id = releaseId;
        const Status completed = store().completeOutboxEntry(
            entry, &published, {sampleEvent(AuditAction::NotesPublished)});
        QVERIFY(!completed.ok());
        QVERIFY2(completed.error().contains(releaseId ? QString::number(releaseId)
                                                      : toTitle(OutboxState::Pending)),
                 qPrintable(completed.error()));
        QCOMPARE(stored(entry.id), before);
        QCOMPARE(store().release(m_release.id).value(), m_release);
        QCOMPARE(store().auditTrail(m_release.id).value(), trailBefore);
    }

    void retryPutsAFailedEntryBack()
    {
        const QList<OutboxEntry> entries = queue({entryDue(QStringLiteral("a"), now.addDays(1))});
        OutboxEntry failed = entries.at(0);
        failed.state = OutboxState::Failed;
        failed.attempts = 5;
        failed.lastError = QStringLiteral("HTTP 400: channel_not_found");
        QVERIFY(store().updateOutboxEntry(failed).ok());

        QVERIFY(store().retryOutboxEntry(failed.id).ok());
        OutboxEntry retried = failed;
        retried.state = OutboxState::Pending;
        retried.nextAttempt = QDateTime(); // due at once
        QCOMPARE(stored(failed.id), retried);
        QCOMPARE(claim(now)->id, failed.id);

        // Only a failed entry: the claimed one is Sending now.
        const Status again = store().retryOutboxEntry(failed.id);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(toTitle(OutboxState::Sending)), qPrintable(again.error()));
        QVERIFY(!store().retryOutboxEntry(4242).ok());
    }

    void discardDropsAnEntryWithItsReason()
    {
        OutboxEntry loose = entryDue(QStringLiteral("no release"), QDateTime());
        loose.releaseId = -1; // queued without a release
        const QList<OutboxEntry> entries =
            queue({entryDue(QStringLiteral("pending"), QDateTime()),
                   entryDue(QStringLiteral("failed"), QDateTime()), loose});
        OutboxEntry failed = entries.at(1);
        failed.state = OutboxState::Failed;
        QVERIFY(store().updateOutboxEntry(failed).ok());
        const qsizetype trailBefore = store().auditTrail(m_release.id)->size();

        for (const OutboxEntry &entry : entries) {
            const Status discarded = store().discardOutboxEntry(entry.id, discardEvent());
            QVERIFY2(discarded.ok(), qPrintable(discarded.error()));
            QCOMPARE(stored(entry.id).state, OutboxState::Discarded);
        }
        // One event per entry of the release; the loose one has no trail to go to.
        const QList<AuditEvent> trail = store().auditTrail(m_release.id).value();
        QCOMPARE(trail.size(), trailBefore + 2);
        AuditEvent expected = discardEvent();
        expected.releaseId = m_release.id;
        expected.id = trail.last().id;
        QCOMPARE(trail.last(), expected);
        QVERIFY(store().auditTrail(0)->isEmpty());
        QCOMPARE(claim(now), std::optional<OutboxEntry>());
    }

    void discardRefusesWhatMayHaveBeenSent()
    {
        const QList<OutboxEntry> entries = queue(
            {entryDue(QStringLiteral("sending"), now), entryDue(QStringLiteral("done"), now)});
        const OutboxEntry sending = *claim(now);
        OutboxEntry done = entries.at(1);
        done.state = OutboxState::Done;
        QVERIFY(store().updateOutboxEntry(done).ok());
        const qsizetype trailBefore = store().auditTrail(m_release.id)->size();

        for (const OutboxEntry &entry : {sending, done}) {
            const OutboxState before = stored(entry.id).state;
            const Status discarded = store().discardOutboxEntry(entry.id, discardEvent());
            QVERIFY(!discarded.ok());
            QVERIFY2(discarded.error().contains(toTitle(before)), qPrintable(discarded.error()));
            QCOMPARE(stored(entry.id).state, before);
        }
        QCOMPARE(store().auditTrail(m_release.id)->size(), trailBefore);
        const Status missing = store().discardOutboxEntry(4242, discardEvent());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("4242")), qPrintable(missing.error()));
    }

    void entriesAreListedNewestFirst()
    {
        const QList<OutboxEntry> entries = queue({entryDue(QStringLiteral("a"), QDateTime()),
                                                  entryDue(QStringLiteral("b"), QDateTime()),
                                                  entryDue(QStringLiteral("c"), QDateTime())});
        OutboxEntry failed = entries.at(1);
        failed.state = OutboxState::Failed;
        QVERIFY(store().updateOutboxEntry(failed).ok());
        QCOMPARE(store().outboxEntries().value(),
                 (QList<OutboxEntry>{entries.at(2), failed, entries.at(0)}));
        QCOMPARE(store().outbox(OutboxState::Pending).value(),
                 (QList<OutboxEntry>{entries.at(0), entries.at(2)}));
        QCOMPARE(stored(failed.id), failed);
        const Result<OutboxEntry> missing = store().outboxEntry(4242);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("4242")), qPrintable(missing.error()));
    }

    // A verdict and the releases it moves land together or not at all.
    void verdictMovesReleasesInItsOwnWrite()
    {
        Release other = sampleRelease(QStringLiteral("2026.11.4"));
        createSampleRelease(other);
        Release back = m_release;
        back.stage = Stage::CiDev;
        back.stageChanged = now;
        AuditEvent moved = sampleEvent(AuditAction::Transition);
        moved.releaseId = back.id;
        const TestResult verdict = sampleResult(QStringLiteral("CHS-7"));

        Release ghost = other;
        ghost.id = 4242;
        const Status refused = store().recordTestResult(verdict, {moved}, {}, {back, ghost});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("4242")), qPrintable(refused.error()));
        QVERIFY(store().testResults()->isEmpty());
        QCOMPARE(store().release(m_release.id).value(), m_release);
        QCOMPARE(store().auditTrail(m_release.id)->size(), qsizetype(1));

        const Status recorded = store().recordTestResult(verdict, {moved}, {}, {back});
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(store().testResults()->size(), qsizetype(1));
        QCOMPARE(store().release(m_release.id).value(), back);
        QCOMPARE(store().release(other.id).value(), other);
        QCOMPARE(store().auditTrail(m_release.id)->last().action, AuditAction::Transition);
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_storeoutbox.moc"
