// What the dashboard offers for a release, and why not: each action's state
// follows the use case it runs, so a button is enabled exactly when its click
// can succeed.

#include "models/formats/outboxpayload.h"
#include "models/usecases/releaseactionrunner.h"
#include "models/usecases/releaseactions.h"
#include "models/usecases/releaserequests.h"

#include <QTest>

using namespace ReleaseDesk;
using Action = ReleaseActions::Action;

namespace {

ReleaseFacts factsAt(Stage stage)
{
    ReleaseFacts facts;
    facts.release.id = 7;
    facts.release.name = QStringLiteral("2026.11.3");
    facts.release.stage = stage;
    facts.release.taskKeys = {QStringLiteral("CHS-1201")};
    facts.release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.2.0"), QStringLiteral("ECS")}};
    facts.release.notes.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.1.0.");
    if (stage >= Stage::NotesPublished)
        facts.release.notes.pageUrl = QStringLiteral("https://confluence.example/77");
    return facts;
}

} // namespace

class TestReleaseActions : public QObject
{
    Q_OBJECT

private slots:
    // The dialog's OK button and the command line ask for the same things.
    void movesByHandNeedTheirReferenceOrReason()
    {
        using Runner = ReleaseActionRunner;
        QCOMPARE(Runner::reference(Action::MarkAppliedToStaging, QStringLiteral(" ctask0010002 ")),
                 QStringLiteral("CTASK0010002"));
        QCOMPARE(Runner::reference(Action::MarkAppliedToLive, QStringLiteral(" Sam, 14:05 ")),
                 QStringLiteral("Sam, 14:05"));
        QVERIFY(Runner::decisionProblem(Action::MarkAppliedToStaging,
                                        {QStringLiteral("ctask0010002"), {}})
                    .isEmpty());
        QVERIFY(!Runner::decisionProblem(Action::MarkAppliedToStaging, {QStringLiteral("12"), {}})
                     .isEmpty());
        QVERIFY(!Runner::decisionProblem(Action::MarkAppliedToLive, {QStringLiteral(" "), {}})
                     .isEmpty());
        QVERIFY(!Runner::decisionProblem(Action::BackOut, {{}, QStringLiteral("  ")}).isEmpty());
        QVERIFY(Runner::decisionProblem(Action::Cancel, {{}, QStringLiteral("Split")}).isEmpty());
        QVERIFY(Runner::decisionProblem(Action::MarkReadyForStaging, {}).isEmpty());
    }

    void requestsFollowTheirUseCase_data()
    {
        QTest::addColumn<Stage>("stage");
        for (Stage stage :
             {Stage::CiDev, Stage::ReadyForStaging, Stage::NotesPublished, Stage::TicketRaised,
              Stage::StagingRequested, Stage::Live, Stage::Cancelled})
            QTest::newRow(qPrintable(toKey(stage))) << stage;
    }
    void requestsFollowTheirUseCase()
    {
        QFETCH(Stage, stage);
        const ReleaseFacts facts = factsAt(stage);
        const std::pair<Action, ReleaseRequests::Request> pairs[] = {
            {Action::RaiseChange, ReleaseRequests::Request::RaiseChange},
            {Action::RequestStaging, ReleaseRequests::Request::RequestStaging}};
        for (const auto &[action, request] : pairs) {
            const auto state = ReleaseActions::state(action, facts, {});
            const Status check = ReleaseRequests::check(request, facts.release);
            QCOMPARE(state.enabled, check.ok());
            if (!check)
                QCOMPARE(state.explanation, check.error());
        }
    }

    void aWaitingWriteIsNotOfferedAgain()
    {
        const ReleaseFacts facts = factsAt(Stage::NotesPublished);
        QVERIFY(ReleaseActions::state(Action::RaiseChange, facts, {}).enabled);
        OutboxEntry waiting;
        waiting.id = 12;
        waiting.releaseId = facts.release.id;
        waiting.kind = OutboxKind::ServiceNowChange;
        waiting.idempotencyKey = OutboxPayloads::idempotencyKey(waiting.kind, facts.release.name,
                                                                QStringLiteral("change"), 1);
        waiting.state = OutboxState::Failed;
        const auto state = ReleaseActions::state(Action::RaiseChange, facts, {waiting});
        QVERIFY(!state.enabled);
        QVERIFY2(state.explanation.contains(u"entry 12"), qPrintable(state.explanation));
        // Sent, it no longer waits: the change can be updated.
        waiting.state = OutboxState::Done;
        QVERIFY(ReleaseActions::state(Action::RaiseChange, facts, {waiting}).enabled);
    }

    void raisingAgainSaysItUpdates()
    {
        ReleaseFacts facts = factsAt(Stage::TicketRaised);
        facts.release.changeTicket = QStringLiteral("CHG0030001");
        const auto state = ReleaseActions::state(Action::RaiseChange, facts, {});
        QVERIFY(state.enabled);
        QVERIFY2(state.explanation.contains(u"Update change CHG0030001"),
                 qPrintable(state.explanation));
    }

    void readyForStagingNamesWhatBlocksIt()
    {
        const auto state =
            ReleaseActions::state(Action::MarkReadyForStaging, factsAt(Stage::CiDev), {});
        QVERIFY(!state.enabled);
        QVERIFY2(state.explanation.contains(u"CHS-1201"), qPrintable(state.explanation));
        QVERIFY(
            !ReleaseActions::state(Action::MarkReadyForStaging, factsAt(Stage::ReadyForStaging), {})
                 .enabled);
    }

    void handMovesOnlyFromTheirRequest()
    {
        QVERIFY(ReleaseActions::state(Action::MarkAppliedToStaging,
                                      factsAt(Stage::StagingRequested), {})
                    .enabled);
        QVERIFY(
            !ReleaseActions::state(Action::MarkAppliedToStaging, factsAt(Stage::TicketRaised), {})
                 .enabled);
        QVERIFY(ReleaseActions::state(Action::MarkAppliedToLive, factsAt(Stage::LiveRequested), {})
                    .enabled);
        QVERIFY(!ReleaseActions::state(Action::MarkAppliedToLive, factsAt(Stage::InStaging), {})
                     .enabled);
    }

    void backOutNeedsARequestAndAPlan()
    {
        QVERIFY(!ReleaseActions::state(Action::BackOut, factsAt(Stage::TicketRaised), {}).enabled);
        QVERIFY(ReleaseActions::state(Action::BackOut, factsAt(Stage::InStaging), {}).enabled);
        ReleaseFacts noPlan = factsAt(Stage::InStaging);
        noPlan.release.notes.backoutPlan.clear();
        const auto state = ReleaseActions::state(Action::BackOut, noPlan, {});
        QVERIFY(!state.enabled);
        QVERIFY2(state.explanation.contains(u"backout plan"), qPrintable(state.explanation));
    }

    void cancelUntilTheRecordCloses()
    {
        QVERIFY(ReleaseActions::state(Action::Cancel, factsAt(Stage::CiDev), {}).enabled);
        QVERIFY(ReleaseActions::state(Action::Cancel, factsAt(Stage::LiveRequested), {}).enabled);
        QVERIFY(!ReleaseActions::state(Action::Cancel, factsAt(Stage::Live), {}).enabled);
    }
};

QTEST_GUILESS_MAIN(TestReleaseActions)
#include "tst_releaseactions.moc"
