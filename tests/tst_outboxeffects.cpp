#include "models/usecases/outboxeffects.h"

#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::OutboxPayload)
Q_DECLARE_METATYPE(ReleaseDesk::Stage)
Q_DECLARE_METATYPE(ReleaseDesk::OutboxAnswer)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QDateTime queued(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

// A release whose notes are complete, at `stage`, with what the stages
// before it need; the reference the tested write sets is left empty.
Release releaseAt(Stage stage)
{
    Release release;
    release.id = 7;
    release.name = s("2026.11.3");
    release.services = {{s("chs-orders-api"), s("1.2.0"), s("ECS")}};
    release.taskKeys = {s("CHS-1201")};
    release.stage = stage;
    release.notes = {s("Paging."), s("Redeploy 1.1.0."), {}, true, {}, {}};
    if (stage >= Stage::NotesPublished) {
        release.notes.pageId = s("2293761");
        release.notes.pageUrl = s("https://wiki.example/2293761");
    }
    if (stage > Stage::TicketRaised)
        release.changeTicket = s("CHG0030001");
    release.created = release.stageChanged = release.updated = queued;
    return release;
}

OutboxEntry entryFor(const OutboxPayload &payload, qint64 releaseId = 7)
{
    OutboxEntry entry = OutboxPayloads::entry(payload, releaseId, s("key:1"), queued);
    entry.id = 3;
    entry.state = OutboxState::Sending;
    entry.attempts = 1;
    return entry;
}

ReleaseFacts factsOf(const Release &release)
{
    return ReleaseFacts{release, {}, {}};
}

} // namespace

class TestOutboxEffects : public QObject
{
    Q_OBJECT

private slots:
    // Each write that answers with a reference records it and makes the move
    // it was asked for, with "sent to <system>" then the move in the trail.
    void recordsAndMoves_data()
    {
        QTest::addColumn<OutboxPayload>("payload");
        QTest::addColumn<Stage>("from");
        QTest::addColumn<OutboxAnswer>("answer");
        QTest::addColumn<Stage>("to");
        QTest::addColumn<QString>("why");
        QTest::newRow("notes page")
            << OutboxPayload(PublishPagePayload{s("t"), s("<p/>")}) << Stage::ReadyForStaging
            << OutboxAnswer{s("2293761"), s("https://wiki.example/2293761")}
            << Stage::NotesPublished << s("sent to Confluence: https://wiki.example/2293761");
        QTest::newRow("change") << OutboxPayload(RaiseChangePayload{
                                       s("releasedesk:2026.11.3"), s("R"), {}, s("B"), {}, {}})
                                << Stage::NotesPublished
                                << OutboxAnswer{s("CHG0030001"),
                                                s("https://snow.example/CHG0030001")}
                                << Stage::TicketRaised
                                << s("sent to ServiceNow: https://snow.example/CHG0030001");
        QTest::newRow("staging request")
            << OutboxPayload(
                   SlackPostPayload{s("Staging request"), {}, SlackPurpose::StagingRequest})
            << Stage::TicketRaised << OutboxAnswer{s("1732100000.000100"), {}}
            << Stage::StagingRequested << s("sent to Slack: 1732100000.000100");
        QTest::newRow("live request")
            << OutboxPayload(SlackPostPayload{s("Live request"), {}, SlackPurpose::LiveRequest})
            << Stage::StagingPassed << OutboxAnswer{s("1732100000.000200"), {}}
            << Stage::LiveRequested << s("sent to Slack: 1732100000.000200");
    }
    void recordsAndMoves()
    {
        QFETCH(OutboxPayload, payload);
        QFETCH(Stage, from);
        QFETCH(OutboxAnswer, answer);
        QFETCH(Stage, to);
        QFETCH(QString, why);
        const Release before = releaseAt(from);
        const OutboxEffect effect =
            OutboxEffects::of(entryFor(payload), payload, answer, factsOf(before), now);
        QVERIFY(effect.release);
        const Release &after = *effect.release;
        QCOMPARE(after.stage, to);
        QCOMPARE(after.stageChanged, now);
        QCOMPARE(after.updated, now);
        switch (to) {
        case Stage::NotesPublished:
            QCOMPARE(after.notes.pageId, answer.reference);
            QCOMPARE(after.notes.pageUrl, answer.url);
            break;
        case Stage::TicketRaised:
            QCOMPARE(after.changeTicket, answer.reference);
            QCOMPARE(after.changeTicketUrl, answer.url);
            break;
        case Stage::StagingRequested:
            QCOMPARE(after.stagingRequestRef, answer.reference);
            break;
        default:
            QCOMPARE(after.liveRequestRef, answer.reference);
        }
        QCOMPARE(effect.events.size(), 2);
        const AuditEvent &sent = effect.events.at(0);
        QCOMPARE(sent.releaseId, before.id);
        QCOMPARE(sent.action, AuditAction::Sent);
        QCOMPARE(sent.actor, OutboxEffects::actor());
        QCOMPARE(sent.at, now);
        QCOMPARE(sent.why, why);
        const AuditEvent &moved = effect.events.at(1);
        QCOMPARE(moved.action, AuditAction::Transition);
        QCOMPARE(moved.fromStage, toKey(from));
        QCOMPARE(moved.toStage, toKey(to));
        QCOMPARE(moved.actor, OutboxEffects::actor());
    }

    // A release that moved on meanwhile keeps its stage; the reference is
    // still recorded (the write happened) and the event says why it stays.
    void keepsAReleaseThatMovedOn()
    {
        const OutboxPayload payload = PublishPagePayload{s("t"), s("<p/>")};
        Release before = releaseAt(Stage::ReadyForStaging);
        before.stage = Stage::CiDev; // a task failed a retest while the page was on its way
        const OutboxEffect effect = OutboxEffects::of(
            entryFor(payload), payload, {s("2293761"), s("https://wiki.example/2293761")},
            factsOf(before), now);
        QVERIFY(effect.release);
        QCOMPARE(effect.release->stage, Stage::CiDev);
        QCOMPARE(effect.release->stageChanged, queued);
        QCOMPARE(effect.release->notes.pageId, s("2293761"));
        QCOMPARE(effect.events.size(), 1);
        QCOMPARE(effect.events.constFirst().action, AuditAction::Sent);
    }

    // The move goes through the lifecycle's gate: notes that lost their
    // backout plan meanwhile do not reach Notes published.
    void moveRespectsTheGate()
    {
        const OutboxPayload payload = PublishPagePayload{s("t"), s("<p/>")};
        Release before = releaseAt(Stage::ReadyForStaging);
        before.notes.backoutPlan.clear();
        const OutboxEffect effect =
            OutboxEffects::of(entryFor(payload), payload, {s("1"), s("https://wiki.example/1")},
                              factsOf(before), now);
        QVERIFY(effect.release);
        QCOMPARE(effect.release->stage, Stage::ReadyForStaging);
        QCOMPARE(effect.release->notes.pageId, s("1"));
        QCOMPARE(effect.events.size(), 1);
        const QString why = effect.events.constFirst().why;
        QVERIFY2(why.startsWith(s("sent to Confluence: https://wiki.example/1 It stays "
                                  "Ready for staging: Notes published is blocked:")) &&
                     why.contains(s("the backout plan is missing")),
                 qPrintable(why));
    }

    // A finished release keeps the record it finished with; only the trail grows.
    void finishedReleaseOnlyGetsTheEvent()
    {
        const OutboxPayload payload =
            SlackPostPayload{s("Staging request"), {}, SlackPurpose::StagingRequest};
        Release before = releaseAt(Stage::TicketRaised);
        before.stage = Stage::Cancelled;
        const OutboxEffect effect = OutboxEffects::of(
            entryFor(payload), payload, {s("1732100000.000100"), {}}, factsOf(before), now);
        QVERIFY(!effect.release);
        QCOMPARE(effect.events.size(), 1);
        QCOMPARE(effect.events.constFirst().why, s("sent to Slack: 1732100000.000100"));
    }

    // Writes that change nothing on the release: the developers' notices and a
    // page published again with the same id.
    void onlyTheEvent_data()
    {
        QTest::addColumn<OutboxPayload>("payload");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<OutboxAnswer>("answer");
        QTest::addColumn<QString>("why");
        QTest::newRow("failure message")
            << OutboxPayload(SlackPostPayload{s("CHS-1201 failed"), {}, SlackPurpose::TestFailure})
            << Stage::InStaging << OutboxAnswer{s("1732100000.000300"), {}}
            << s("sent to Slack: 1732100000.000300");
        QTest::newRow("comment") << OutboxPayload(JiraCommentPayload{s("CHS-1201"), s("Failed")})
                                 << Stage::InStaging << OutboxAnswer{s("10001"), {}}
                                 << s("sent to Jira: 10001");
        QTest::newRow("transition")
            << OutboxPayload(JiraTransitionPayload{s("CHS-1201"), s("In Progress")})
            << Stage::InStaging << OutboxAnswer{s("In Progress"), {}}
            << s("sent to Jira: In Progress");
        QTest::newRow("page again")
            << OutboxPayload(PublishPagePayload{s("t"), s("<p/>")}) << Stage::TicketRaised
            << OutboxAnswer{s("2293761"), s("https://wiki.example/2293761")}
            << s("sent to Confluence: https://wiki.example/2293761");
    }
    void onlyTheEvent()
    {
        QFETCH(OutboxPayload, payload);
        QFETCH(Stage, stage);
        QFETCH(OutboxAnswer, answer);
        QFETCH(QString, why);
        const OutboxEffect effect =
            OutboxEffects::of(entryFor(payload), payload, answer, factsOf(releaseAt(stage)), now);
        QVERIFY(!effect.release);
        QCOMPARE(effect.events.size(), 1);
        QCOMPARE(effect.events.constFirst().why, why);
    }

    // An entry of no release (a failed task in no release) has nothing to record.
    void entryWithoutRelease()
    {
        const OutboxPayload payload = JiraCommentPayload{s("CHS-1201"), s("Failed")};
        const OutboxEffect effect =
            OutboxEffects::of(entryFor(payload, 0), payload, {s("10001"), {}}, std::nullopt, now);
        QVERIFY(!effect.release);
        QVERIFY(effect.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxEffects)
#include "tst_outboxeffects.moc"
