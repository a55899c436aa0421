#include "models/formats/outboxpayload.h"
#include "models/formats/releaseteamreply.h"
#include "support/workflowfixture.h"

#include <QTest>

#include <algorithm>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Environment)

namespace {

const QString rita = QStringLiteral("Rita Release");

SlackPostPayload slackPostOf(const OutboxEntry &entry)
{
    return std::get<SlackPostPayload>(OutboxPayloads::parse(entry.kind, entry.payload).value());
}

} // namespace

// What the workflow does for the release team: a person's record of their
// action queues the team's words for the release channel (and a back out a
// note on the change) in the move's own write; the team's own word from
// Slack is recorded as it happened.
class TestReleaseTeamActions : public QObject, private WorkflowFixture
{
    Q_OBJECT

    // The release team's writes; the verdicts' and the fix version's to Jira
    // are other suites'.
    QList<OutboxEntry> outbox() const
    {
        QList<OutboxEntry> entries = m_store->outboxEntries().value();
        entries.removeIf([](const OutboxEntry &e) {
            return OutboxPayloads::systemTitle(e.kind) == QLatin1String("Jira");
        });
        return entries;
    }

    // A release at `stage` with no backout plan, as one taken over from the
    // remote systems may be.
    qint64 withoutBackoutPlan(Stage stage)
    {
        const qint64 id = create(s("2026.11.7"), {s("CHS-1201")});
        if (!driveTo(id, stage))
            return 0;
        Release release = stored(id);
        release.notes.backoutPlan.clear();
        return m_store->saveRelease(release, {}) ? id : 0;
    }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
    }
    void cleanup() { tearDownWorkflow(); }

    void appliedByHandQueuesTheTeamsWordsInTheRequestsThread_data()
    {
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("thread");
        QTest::addColumn<QString>("text");
        QTest::newRow("staging") << Environment::Staging << s("ctask0010099")
                                 << s("release_chs:1.1")
                                 << s("Applied to staging: 2026.11.1. ServiceNow test task "
                                      "CTASK0010099.");
        QTest::newRow("live") << Environment::Live << s("on the phone") << s("release_chs:2.1")
                              << s("Applied to live: 2026.11.1.");
    }
    void appliedByHandQueuesTheTeamsWordsInTheRequestsThread()
    {
        QFETCH(Environment, environment);
        QFETCH(QString, reference);
        QFETCH(QString, thread);
        QFETCH(QString, text);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const Stage requested =
            environment == Environment::Staging ? Stage::StagingRequested : Stage::LiveRequested;
        QVERIFY(driveTo(id, requested));
        QVERIFY(outbox().isEmpty());

        const Status recorded =
            m_workflow->recordAppliedByHand(id, environment, reference, rita, {});
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(stored(id).stage,
                 environment == Environment::Staging ? Stage::InStaging : Stage::Live);
        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().releaseId, id);
        QCOMPARE(queued.first().created, m_clock->now());
        const SlackPostPayload post = slackPostOf(queued.first());
        QCOMPARE(post.text, text);
        QCOMPARE(post.threadTs, thread);
        QCOMPARE(post.purpose, SlackPurpose::ReleaseTeamAction);
        QVERIFY(ReleaseTeamReply::read(post.text).recognised());
    }

    void aRefusedRecordQueuesNothing()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::TicketRaised));
        QVERIFY(!m_workflow->recordAppliedByHand(id, Environment::Live, s("x"), rita, {}).ok());
        QVERIFY(!m_workflow->backOut(id, rita, s("Errors")).ok());
        QVERIFY(outbox().isEmpty());
        QCOMPARE(stored(id).stage, Stage::TicketRaised);
    }

    void backOutQueuesThePostAndTheWorkNote()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::Live));
        QVERIFY(m_workflow->backOut(id, rita, s("Errors after the deploy")).ok());
        QCOMPARE(stored(id).stage, Stage::BackedOut);
        QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 2);
        std::sort(queued.begin(), queued.end(), [](const OutboxEntry &a, const OutboxEntry &b) {
            return a.kind < b.kind; // servicenow.worknote, slack.post
        });
        const SlackPostPayload post = slackPostOf(queued.at(1));
        QCOMPARE(post.text, s("Backed out of live: 2026.11.1. Errors after the deploy"));
        QCOMPARE(post.threadTs, s("release_chs:2.1"));
        QCOMPARE(queued.at(1).idempotencyKey, s("slack.post:2026.11.1:backed-out-live:1"));
        const auto note = OutboxPayloads::parse(queued.at(0).kind, queued.at(0).payload);
        QCOMPARE(note.value(),
                 OutboxPayload(WorkNotePayload{s("releasedesk:2026.11.1"),
                                               s("Backed out of live: Errors after the deploy")}));
        QCOMPARE(queued.at(0).idempotencyKey, s("servicenow.worknote:2026.11.1:backed-out:1"));
    }

    void cancelBeforeAnyRequestPostsAtTheTopWithoutANote()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(m_workflow->cancel(id, rita, s("Not needed")).ok());
        QCOMPARE(stored(id).stage, Stage::Cancelled);
        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 1);
        const SlackPostPayload post = slackPostOf(queued.first());
        QCOMPARE(post.text, s("Cancelled: 2026.11.1. Not needed"));
        QVERIFY(post.threadTs.isEmpty());
    }

    void theTeamsBackOutNeedsNoBackoutPlan()
    {
        const qint64 id = withoutBackoutPlan(Stage::StagingRequested);
        QVERIFY(id);
        // A person's own back out follows the plan, so it needs one...
        QVERIFY(!m_workflow->transition(id, Stage::BackedOut, rita, s("Errors")).ok());
        // ...but when the release team says they backed it out, it happened.
        const Status recorded = m_workflow->recordStopped(id, Stage::BackedOut, rita, s("Errors"));
        QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
        QCOMPARE(stored(id).stage, Stage::BackedOut);
        QCOMPARE(trail(id).last().actor, rita);
        QVERIFY(outbox().isEmpty());
    }

    void theTeamsWordStillFollowsTheLifecycle()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        // Nothing was requested, so nothing can have been backed out.
        QVERIFY(!m_workflow->recordStopped(id, Stage::BackedOut, rita, s("Errors")).ok());
        QVERIFY(!m_workflow->recordStopped(id, Stage::Live, rita, s("Errors")).ok());
        QVERIFY(m_workflow->recordStopped(id, Stage::Cancelled, rita, s("Not needed")).ok());
        QVERIFY(!m_workflow->recordStopped(id, Stage::Cancelled, rita, s("Again")).ok());
        QCOMPARE(stored(id).stage, Stage::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestReleaseTeamActions)
#include "tst_releaseteamactions.moc"
