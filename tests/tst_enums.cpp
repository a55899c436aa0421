#include "models/enums.h"

#include <QTest>

using namespace ReleaseDesk;

// Every enum's key must parse back to the same value: storage depends on it.
class TestEnums : public QObject
{
    Q_OBJECT

private:
    template <typename Enum> static void checkRoundTrip(std::initializer_list<Enum> values)
    {
        QSet<QString> keys;
        for (Enum value : values) {
            const QString key = toKey(value);
            QVERIFY2(!key.isEmpty(), "every value has a key");
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(fromKey<Enum>(key), std::optional<Enum>(value));
            QVERIFY(!toTitle(value).isEmpty());
        }
        QCOMPARE(fromKey<Enum>(u"no-such-key"), std::optional<Enum>());
    }

private slots:
    void roundTrips()
    {
        checkRoundTrip({Stage::CiDev, Stage::ReadyForStaging, Stage::NotesPublished,
                        Stage::TicketRaised, Stage::StagingRequested, Stage::InStaging,
                        Stage::StagingPassed, Stage::LiveRequested, Stage::Live, Stage::BackedOut,
                        Stage::Cancelled});
        checkRoundTrip({Environment::CiDev, Environment::Staging, Environment::Live});
        checkRoundTrip({TestOutcome::Passed, TestOutcome::Failed});
        checkRoundTrip(
            {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply});
        checkRoundTrip({BuildStatus::Pending, BuildStatus::Started, BuildStatus::Succeeded,
                        BuildStatus::Failed, BuildStatus::Errored, BuildStatus::Aborted});
        checkRoundTrip({ReviewState::Unknown, ReviewState::Open, ReviewState::ChangesRequested,
                        ReviewState::Approved, ReviewState::Merged});
        checkRoundTrip({OutboxState::Pending, OutboxState::Sending, OutboxState::Done,
                        OutboxState::Failed, OutboxState::Discarded});
    }

    void jobKeysAreConcourseJobNames()
    {
        QCOMPARE(toKey(PipelineJob::DockerBuildEcr), u"docker-build-ecr");
        QCOMPARE(toKey(PipelineJob::CidevPlan), u"cidev-plan");
        QCOMPARE(toKey(PipelineJob::CidevApply), u"cidev-apply");
        QCOMPARE(fromKey<BuildStatus>(u"errored"), std::optional(BuildStatus::Errored));
    }

    // Outbox states are stored by key: the keys of existing rows must not change.
    void outboxKeysAreStable()
    {
        QCOMPARE(toKey(OutboxState::Pending), u"pending");
        QCOMPARE(toKey(OutboxState::Sending), u"sending");
        QCOMPARE(toKey(OutboxState::Done), u"done");
        QCOMPARE(toKey(OutboxState::Failed), u"failed");
        QCOMPARE(toKey(OutboxState::Discarded), u"discarded");
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
