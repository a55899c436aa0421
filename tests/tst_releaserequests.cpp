#include "models/formats/outboxpayload.h"
#include "models/formats/slackformat.h"
#include "models/formats/storageformat.h"
#include "models/usecases/releaserequests.h"
#include "support/workflowfixture.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

using Request = std::function<Status(ReleaseRequests &, qint64, const QString &)>;
Q_DECLARE_METATYPE(Request)
Q_DECLARE_METATYPE(ReleaseDesk::Stage)

namespace {

Request publishNotes = [](ReleaseRequests &r, qint64 id, const QString &who) {
    return r.publishNotes(id, who);
};
Request raiseChange = [](ReleaseRequests &r, qint64 id, const QString &who) {
    return r.raiseChange(id, who);
};
Request requestStaging = [](ReleaseRequests &r, qint64 id, const QString &who) {
    return r.requestStaging(id, who);
};
Request requestLive = [](ReleaseRequests &r, qint64 id, const QString &who) {
    return r.requestLive(id, who);
};

} // namespace

// The use cases that queue the writes to the release team's systems: each
// refused with its reason until its gate is met, then queued in the same store
// write as its audit event, once; and the developers' notices a failed verdict
// queues in the verdict's own write.
class TestReleaseRequests : public QObject, private WorkflowFixture
{
    Q_OBJECT

    std::unique_ptr<ReleaseRequests> m_requests;

    qint64 m_queuedBefore = 0; // the last entry of the set-up that took the release on

    // The writes the test itself queued, newest first; the fix version's,
    // queued with the release and its moves, are tst_releasefixversions'.
    QList<OutboxEntry> outbox() const
    {
        QList<OutboxEntry> entries = m_store->outboxEntries().value();
        entries.removeIf([this](const OutboxEntry &e) {
            return e.id <= m_queuedBefore || OutboxPayloads::isFixVersionKind(e.kind);
        });
        return entries;
    }

    qint64 releaseAt(Stage stage)
    {
        const qint64 id = create(s("2026.11.3"), {s("CHS-1201"), s("CHS-1202")});
        const Status driven = driveTo(id, stage);
        // The verdicts' writes are the set-up's, sent before the test asks for anything.
        while (const auto entry = m_store->claimNextOutboxEntry(m_clock->now()).value())
            (void)m_store->completeOutboxEntry(*entry, nullptr, {});
        const QList<OutboxEntry> setUp = m_store->outboxEntries().value();
        m_queuedBefore = setUp.isEmpty() ? 0 : setUp.constFirst().id;
        return driven ? id : 0;
    }

    // The worker's side, as far as these tests need it: the entry taken and
    // recorded as sent without a change to the release.
    // The fix-version writes queued with the release are older, so go first.
    void markSent(qint64 entryId)
    {
        for (;;) {
            const auto claimed = m_store->claimNextOutboxEntry(m_clock->now());
            QVERIFY(claimed && claimed.value());
            QVERIFY(m_store->completeOutboxEntry(*claimed.value(), nullptr, {}));
            if (claimed.value()->id == entryId)
                return;
            QVERIFY(OutboxPayloads::isFixVersionKind(claimed.value()->kind));
        }
    }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        m_requests = std::make_unique<ReleaseRequests>(*m_store, *m_clock);
        m_queuedBefore = 0;
    }
    void cleanup()
    {
        m_requests.reset();
        tearDownWorkflow();
    }

    // Each request refused before its gate, with the reason, leaving nothing behind.
    void refusedBeforeItsGate_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("error");
        QTest::newRow("notes in CI-Dev")
            << publishNotes << Stage::CiDev
            << s("Release 2026.11.3 is in CI-Dev: its notes are published once it is ready for "
                 "staging.");
        QTest::newRow("notes incomplete")
            << publishNotes << Stage::ReadyForStaging
            << s("Release notes: the description of changes is missing. Release notes: the "
                 "backout plan is missing. Release notes: config changes are not stated "
                 "(describe them, or mark that there are none).");
        QTest::newRow("change before notes")
            << raiseChange << Stage::ReadyForStaging
            << s("The release notes of 2026.11.3 are not published yet; the change ticket links "
                 "to them.");
        QTest::newRow("staging before ticket")
            << requestStaging << Stage::NotesPublished
            << s("Release 2026.11.3 is in Notes published: staging is requested once the change "
                 "ticket is raised.");
        QTest::newRow("staging twice")
            << requestStaging << Stage::StagingRequested
            << s("Staging has already been requested for release 2026.11.3.");
        QTest::newRow("live before staging passed")
            << requestLive << Stage::InStaging
            << s("Release 2026.11.3 is in In staging: live is requested once staging has passed.");
        QTest::newRow("live twice")
            << requestLive << Stage::Live << s("Release 2026.11.3 is live; its record is closed.");
    }
    void refusedBeforeItsGate()
    {
        QFETCH(Request, request);
        QFETCH(Stage, stage);
        QFETCH(QString, error);
        const qint64 id = releaseAt(stage);
        QVERIFY(id);
        const int writes = m_store->writeCount();
        const qsizetype events = trail(id).size();
        const Status refused = request(*m_requests, id, dev);
        QVERIFY(!refused);
        QCOMPARE(refused.error(), error);
        QCOMPARE(m_store->writeCount(), writes);
        QCOMPARE(trail(id).size(), events);
        QVERIFY(outbox().isEmpty());
    }

    // Once its gate is met, each request queues one write with a "queued"
    // event, in one store write; the release waits for the answer to move.
    void queuedWithItsEvent_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("why");
        QTest::newRow("notes") << publishNotes << Stage::ReadyForStaging
                               << s("confluence.publish:2026.11.3:notes:1")
                               << s("Publishing the release notes to Confluence");
        QTest::newRow("change") << raiseChange << Stage::NotesPublished
                                << s("servicenow.change:2026.11.3:change:1")
                                << s("Raising the change ticket in ServiceNow");
        QTest::newRow("staging") << requestStaging << Stage::TicketRaised
                                 << s("slack.post:2026.11.3:staging-request:1")
                                 << s("Requesting staging in the release channel");
        QTest::newRow("live") << requestLive << Stage::StagingPassed
                              << s("slack.post:2026.11.3:live-request:1")
                              << s("Requesting live in the release channel");
    }
    void queuedWithItsEvent()
    {
        QFETCH(Request, request);
        QFETCH(Stage, stage);
        QFETCH(QString, key);
        QFETCH(QString, why);
        const qint64 id = releaseAt(stage);
        QVERIFY(id);
        if (stage == Stage::ReadyForStaging)
            QVERIFY(m_workflow->saveNotes(
                id, {s("Paginate filing history."), s("Redeploy 1.1.0."), {}, true, {}, {}}, dev));
        const Release before = stored(id);
        const int writes = m_store->writeCount();
        m_clock->advance(60);
        const Status queued = request(*m_requests, id, dev);
        QVERIFY2(queued.ok(), qPrintable(queued.error()));
        QCOMPARE(m_store->writeCount(), writes + 1);
        QCOMPARE(stored(id).stage, before.stage);

        const QList<OutboxEntry> entries = outbox();
        QCOMPARE(entries.size(), 1);
        const OutboxEntry &entry = entries.constFirst();
        QCOMPARE(entry.releaseId, id);
        QCOMPARE(entry.idempotencyKey, key);
        QCOMPARE(entry.state, OutboxState::Pending);
        QCOMPARE(entry.created, m_clock->now());
        QVERIFY(OutboxPayloads::parse(entry.kind, entry.payload).ok());

        const AuditEvent last = trail(id).constLast();
        QCOMPARE(last.action, AuditAction::Queued);
        QCOMPARE(last.actor, dev);
        QCOMPARE(last.why, why);
        QCOMPARE(last.at, m_clock->now());
    }

    // What each payload carries, from the release as it stands.
    void payloadsCarryTheRelease()
    {
        const qint64 id = releaseAt(Stage::TicketRaised);
        QVERIFY(id);
        const Release release = stored(id);
        QVERIFY(m_requests->publishNotes(id, dev));
        QVERIFY(m_requests->raiseChange(id, dev));
        QVERIFY(m_requests->requestStaging(id, dev));
        QList<OutboxEntry> entries = outbox();
        std::reverse(entries.begin(), entries.end());
        QCOMPARE(entries.size(), 3);

        const auto page = std::get<PublishPagePayload>(
            OutboxPayloads::parse(entries[0].kind, entries[0].payload).value());
        QCOMPARE(page.title, StorageFormat::pageTitle(s("2026.11.3")));
        QCOMPARE(page.storage,
                 StorageFormat::releaseNotesPage(
                     release, {m_store->changes().value()[0], m_store->changes().value()[1]}));

        const auto change = std::get<RaiseChangePayload>(
            OutboxPayloads::parse(entries[1].kind, entries[1].payload).value());
        QCOMPARE(change.correlationId, s("releasedesk:2026.11.3"));
        QCOMPARE(change.shortDescription, s("Release 2026.11.3: chs-orders-api 1.2.0"));
        QCOMPARE(change.backoutPlan, s("Redeploy 1.1.0."));
        QCOMPARE(change.description,
                 s("Paginate filing history.\n\nRelease notes: https://confluence.example/2293761\n"
                   "Tasks: CHS-1201, CHS-1202"));
        QCOMPARE(change.implementationPlan,
                 s("Deploy chs-orders-api 1.2.0 (ECS).\nNo config changes."));
        QVERIFY(change.testPlan.endsWith(s("CHS-1201, CHS-1202.")));

        const auto post = std::get<SlackPostPayload>(
            OutboxPayloads::parse(entries[2].kind, entries[2].payload).value());
        QCOMPARE(post.purpose, SlackPurpose::StagingRequest);
        QVERIFY(post.threadTs.isEmpty());
        QCOMPARE(post.text, SlackFormat::stagingRequest(release, QUrl(release.notes.pageUrl),
                                                        s("CHG0030001")));
    }

    // ServiceNow keeps 100 characters of correlation_id: a name that fits is
    // kept readable as it is, a longer one is cut and told apart by a hash,
    // to exactly 100 characters, the same on every desk.
    void correlationIdFitsServiceNow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // empty: the long form
        const QString fits = QString(88, u'a');
        QTest::newRow("short") << s("2026.11.3") << s("releasedesk:2026.11.3");
        QTest::newRow("exactly 100") << fits << s("releasedesk:") + fits;
        QTest::newRow("101") << fits + u'b' << QString();
        QTest::newRow("150") << s("2027.7.5-") + QString(141, u'x') << QString();
    }
    void correlationIdFitsServiceNow()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString id = ReleaseRequests::correlationId(name);
        QVERIFY(id.size() <= 100);
        QVERIFY(id.startsWith(s("releasedesk:")));
        if (!expected.isEmpty()) {
            QCOMPARE(id, expected);
            return;
        }
        QCOMPARE(id.size(), 100);
        // Readable as far as it goes, then "~" and 12 hex digits.
        QVERIFY2(QRegularExpression(s("^releasedesk:(.{75})~[0-9a-f]{12}$")).match(id).hasMatch(),
                 qPrintable(id));
        QVERIFY(name.startsWith(id.mid(12, 75)));
        QCOMPARE(ReleaseRequests::correlationId(name), id);
        // Two long names that start alike still differ.
        QVERIFY(ReleaseRequests::correlationId(name + u'!') != id);
    }

    void changeRequestCarriesTheBoundedCorrelationId()
    {
        const qint64 id = releaseAt(Stage::TicketRaised);
        QVERIFY(id);
        Release release = stored(id);
        release.name = QString(120, u'n');
        QCOMPARE(ReleaseRequests::changeRequest(release).correlationId,
                 ReleaseRequests::correlationId(release.name));
    }

    void liveRequestText()
    {
        const qint64 id = releaseAt(Stage::StagingPassed);
        QVERIFY(id);
        QVERIFY(m_requests->requestLive(id, dev));
        const OutboxEntry entry = outbox().constFirst();
        const auto post =
            std::get<SlackPostPayload>(OutboxPayloads::parse(entry.kind, entry.payload).value());
        QCOMPARE(post.purpose, SlackPurpose::LiveRequest);
        const Release release = stored(id);
        QCOMPARE(post.text, SlackFormat::liveRequest(release, QUrl(release.notes.pageUrl),
                                                     release.changeTicket));
    }

    // Asked again while the first is on its way or waits for a person: refused,
    // so no second page, ticket or message. Once sent, a new one gets the next key.
    void queuedOnce()
    {
        const qint64 id = releaseAt(Stage::NotesPublished);
        QVERIFY(id);
        QVERIFY(m_requests->raiseChange(id, dev));
        const qint64 first = outbox().constFirst().id;
        const QString again =
            s("Raising the change ticket in ServiceNow is already in the outbox for release "
              "2026.11.3 (entry %1, %2).");
        Status refused = m_requests->raiseChange(id, dev);
        QCOMPARE(refused.error(), again.arg(first).arg(s("pending")));

        OutboxEntry failed = outbox().constFirst();
        failed.state = OutboxState::Failed;
        QVERIFY(m_store->updateOutboxEntry(failed));
        refused = m_requests->raiseChange(id, dev);
        QCOMPARE(refused.error(), again.arg(first).arg(s("failed")));
        QCOMPARE(outbox().size(), 1);

        QVERIFY(m_store->retryOutboxEntry(first));
        markSent(first);
        QVERIFY(m_requests->raiseChange(id, dev));
        QCOMPARE(outbox().size(), 2);
        QCOMPARE(outbox().constFirst().idempotencyKey, s("servicenow.change:2026.11.3:change:2"));
    }

    // A discarded write does not block asking again.
    void queuedAgainAfterDiscard()
    {
        const qint64 id = releaseAt(Stage::TicketRaised);
        QVERIFY(id);
        QVERIFY(m_requests->requestStaging(id, dev));
        AuditEvent why;
        why.actor = dev;
        why.at = m_clock->now();
        why.action = AuditAction::OutboxDiscarded;
        why.why = s("posted by hand");
        QVERIFY(m_store->discardOutboxEntry(outbox().constFirst().id, why));
        QVERIFY(m_requests->requestStaging(id, dev));
        QCOMPARE(outbox().constFirst().idempotencyKey, s("slack.post:2026.11.3:staging-request:2"));
    }

    void refusedWithoutActorOrWhenTheStoreFails()
    {
        const qint64 id = releaseAt(Stage::TicketRaised);
        QVERIFY(id);
        QCOMPARE(m_requests->requestStaging(id, s(" ")).error(),
                 s("Say who is making this change."));
        m_store->failNextWrite(s("disk full"));
        QVERIFY(!m_requests->requestStaging(id, dev));
        QVERIFY(outbox().isEmpty());
        QVERIFY(trail(id).constLast().action != AuditAction::Queued);
    }

    // A failed verdict tells the developers, in the verdict's own write: a
    // comment with the note, the task back to In Progress, and a message.
    void failedVerdictQueuesTheNotices()
    {
        const qint64 id = releaseAt(Stage::InStaging);
        QVERIFY(id);
        const int writes = m_store->writeCount();
        m_clock->advance(60);
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::Staging,
                                             TestOutcome::Failed, tester,
                                             s("500 on the filing page")));
        QCOMPARE(m_store->writeCount(), writes + 1);

        QList<OutboxEntry> entries = outbox();
        std::reverse(entries.begin(), entries.end());
        QCOMPARE(entries.size(), 2);
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.releaseId, id);
            QCOMPARE(entry.created, m_clock->now());
        }
        // The verdict itself goes to the task, keyed by its ref.
        const auto verdict = std::get<JiraVerdictPayload>(
            OutboxPayloads::parse(entries[0].kind, entries[0].payload).value());
        QCOMPARE(entries[0].idempotencyKey, s("jira.verdict:%1:failed:1").arg(verdict.ref));
        QCOMPARE(entries[1].idempotencyKey, s("slack.post:%1:test-failure:1").arg(verdict.ref));
        QCOMPARE(verdict.key, s("CHS-1202"));
        QCOMPARE(verdict.text, s("Failed in Staging \u2014 tested by Priya Shah.\n"
                                 "Note: 500 on the filing page\n"
                                 "(ReleaseDesk verdict: staging/failed, ref %1)")
                                   .arg(verdict.ref));
        QCOMPARE(verdict.toStatus, s("In Progress"));
        const auto post = std::get<SlackPostPayload>(
            OutboxPayloads::parse(entries[1].kind, entries[1].payload).value());
        QCOMPARE(post.purpose, SlackPurpose::TestFailure);
        QCOMPARE(post.text, s("CHS-1202 failed testing in S\u2060taging (Priya Shah): 500 on the "
                              "filing page\nIt goes back to In Progress for a fix."));

        // The next failure of the same task is a new verdict with writes of its own.
        m_clock->advance(60);
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::Staging,
                                             TestOutcome::Failed, tester, s("still 500")));
        QCOMPARE(outbox().size(), 4);
        QVERIFY(!outbox().constFirst().idempotencyKey.contains(verdict.ref));
    }

    // A pass goes to its task and tells nobody; a failed task in no release is
    // still told, filed under none.
    void noticesOnlyForFailures()
    {
        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::CiDev, TestOutcome::Passed,
                                             tester, {}));
        QCOMPARE(outbox().size(), 1);
        QCOMPARE(outbox().constFirst().kind, OutboxKind::JiraVerdict);
        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::CiDev, TestOutcome::Failed,
                                             tester, s("crashes")));
        QCOMPARE(outbox().size(), 3);
        for (const OutboxEntry &entry : outbox())
            QCOMPARE(entry.releaseId, qint64(0));
    }

    // The notices go with the verdict or not at all.
    void noticesAndVerdictLandTogether()
    {
        m_store->failNextWrite(s("disk full"));
        QVERIFY(!m_workflow->recordTestResult(s("CHS-1203"), Environment::CiDev,
                                              TestOutcome::Failed, tester, s("crashes")));
        QVERIFY(outbox().isEmpty());
        QVERIFY(m_store->testResults().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseRequests)
#include "tst_releaserequests.moc"
