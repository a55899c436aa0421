#include "models/domain/enums.h"

#include <QTest>

using namespace ReleaseDesk;

// Every enum's key must parse back to the same value: storage depends on it.
class TestEnums : public QObject
{
    Q_OBJECT

private:
    template <typename Enum> static void checkKeys(std::initializer_list<Enum> values)
    {
        QSet<QString> keys;
        for (Enum value : values) {
            const QString key = toKey(value);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(fromKey<Enum>(key), std::optional<Enum>(value));
        }
        QCOMPARE(fromKey<Enum>(u"no-such-key"), std::optional<Enum>());
    }

    template <typename Enum> static void checkRoundTrip(std::initializer_list<Enum> values)
    {
        checkKeys(values);
        for (Enum value : values) {
            QVERIFY2(!toKey(value).isEmpty(), "every value has a key");
            QVERIFY(!toTitle(value).isEmpty());
        }
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
        checkKeys({AuditAction::Created,
                   AuditAction::Imported,
                   AuditAction::Transition,
                   AuditAction::TestResult,
                   AuditAction::TestPassed,
                   AuditAction::TestFailed,
                   AuditAction::TestWithdrawn,
                   AuditAction::NotesSaved,
                   AuditAction::NotesPublished,
                   AuditAction::ChangeTicketRecorded,
                   AuditAction::StagingRequestRecorded,
                   AuditAction::TestTaskRecorded,
                   AuditAction::LiveRequestRecorded,
                   AuditAction::LiveConfirmationRecorded,
                   AuditAction::EvidenceRecorded,
                   AuditAction::TaskRemoved,
                   AuditAction::TaskJoined,
                   AuditAction::TaskLeft,
                   AuditAction::Queued,
                   AuditAction::Sent,
                   AuditAction::OutboxDiscarded,
                   AuditAction::Unknown});
        checkKeys({ChannelMessageKind::None, ChannelMessageKind::StagingRequest,
                   ChannelMessageKind::LiveRequest, ChannelMessageKind::AppliedToStaging,
                   ChannelMessageKind::AppliedToLive, ChannelMessageKind::BackedOutOfStaging,
                   ChannelMessageKind::BackedOutOfLive, ChannelMessageKind::Cancelled,
                   ChannelMessageKind::Unrecognised, ChannelMessageKind::NotFromReleaseTeam});
        checkKeys({OutboxKind::ConfluencePublish, OutboxKind::ServiceNowChange,
                   OutboxKind::ServiceNowWorkNote, OutboxKind::SlackPost, OutboxKind::JiraComment,
                   OutboxKind::JiraTransition, OutboxKind::JiraVerdict, OutboxKind::JiraVersion,
                   OutboxKind::JiraFixVersion, OutboxKind::JiraVersionReleased,
                   OutboxKind::JiraVersionArchived, OutboxKind::Unknown});
    }

    // Audit actions are stored by key, in every profile's audit trail: the
    // keys of existing rows must not change.
    void auditActionKeysAreStable_data()
    {
        QTest::addColumn<AuditAction>("action");
        QTest::addColumn<QString>("key");
        const auto row = [](AuditAction action, const char *key) {
            QTest::newRow(key) << action << QString::fromLatin1(key);
        };
        row(AuditAction::Created, "created");
        row(AuditAction::Imported, "imported");
        row(AuditAction::Transition, "transition");
        row(AuditAction::TestResult, "test-result");
        row(AuditAction::TestPassed, "test-passed");
        row(AuditAction::TestFailed, "test-failed");
        row(AuditAction::TestWithdrawn, "test-withdrawn");
        row(AuditAction::NotesSaved, "notes-saved");
        row(AuditAction::NotesPublished, "notes-published");
        row(AuditAction::ChangeTicketRecorded, "change-ticket-recorded");
        row(AuditAction::StagingRequestRecorded, "staging-request-recorded");
        row(AuditAction::TestTaskRecorded, "test-task-recorded");
        row(AuditAction::LiveRequestRecorded, "live-request-recorded");
        row(AuditAction::LiveConfirmationRecorded, "live-confirmation-recorded");
        row(AuditAction::EvidenceRecorded, "evidence-recorded");
        row(AuditAction::TaskRemoved, "task-removed");
        row(AuditAction::TaskJoined, "task-joined");
        row(AuditAction::TaskLeft, "task-left");
        row(AuditAction::Queued, "queued");
        row(AuditAction::Sent, "sent");
        row(AuditAction::OutboxDiscarded, "outbox-discarded");
        row(AuditAction::Unknown, "unknown");
    }
    void auditActionKeysAreStable()
    {
        QFETCH(AuditAction, action);
        QFETCH(QString, key);
        QCOMPARE(toKey(action), key);
    }

    // Channel message kinds are stored by key with each message; a message
    // that asks and answers nothing has always been stored with an empty one.
    void channelKindKeysAreStable_data()
    {
        QTest::addColumn<ChannelMessageKind>("kind");
        QTest::addColumn<QString>("key");
        const auto row = [](ChannelMessageKind kind, const char *key) {
            QTest::newRow(*key ? key : "none") << kind << QString::fromLatin1(key);
        };
        row(ChannelMessageKind::None, "");
        row(ChannelMessageKind::StagingRequest, "staging-request");
        row(ChannelMessageKind::LiveRequest, "live-request");
        row(ChannelMessageKind::AppliedToStaging, "applied-staging");
        row(ChannelMessageKind::AppliedToLive, "applied-live");
        row(ChannelMessageKind::BackedOutOfStaging, "backed-out-staging");
        row(ChannelMessageKind::BackedOutOfLive, "backed-out-live");
        row(ChannelMessageKind::Cancelled, "cancelled");
        row(ChannelMessageKind::Unrecognised, "unrecognised");
        row(ChannelMessageKind::NotFromReleaseTeam, "not-from-release-team");
    }
    void channelKindKeysAreStable()
    {
        QFETCH(ChannelMessageKind, kind);
        QFETCH(QString, key);
        QCOMPARE(toKey(kind), key);
        QCOMPARE(fromKey<ChannelMessageKind>(key), std::optional(kind));
    }

    // Outbox kinds are stored by key with each entry and begin every
    // idempotency key: the keys of queued and sent writes must not change.
    void outboxKindKeysAreStable_data()
    {
        QTest::addColumn<OutboxKind>("kind");
        QTest::addColumn<QString>("key");
        const auto row = [](OutboxKind kind, const char *key) {
            QTest::newRow(key) << kind << QString::fromLatin1(key);
        };
        row(OutboxKind::ConfluencePublish, "confluence.publish");
        row(OutboxKind::ServiceNowChange, "servicenow.change");
        row(OutboxKind::ServiceNowWorkNote, "servicenow.worknote");
        row(OutboxKind::SlackPost, "slack.post");
        row(OutboxKind::JiraComment, "jira.comment");
        row(OutboxKind::JiraTransition, "jira.transition");
        row(OutboxKind::JiraVerdict, "jira.verdict");
        row(OutboxKind::JiraVersion, "jira.version");
        row(OutboxKind::JiraFixVersion, "jira.fix-version");
        row(OutboxKind::JiraVersionReleased, "jira.version-released");
        row(OutboxKind::JiraVersionArchived, "jira.version-archived");
        row(OutboxKind::Unknown, "unknown");
    }
    void outboxKindKeysAreStable()
    {
        QFETCH(OutboxKind, kind);
        QFETCH(QString, key);
        QCOMPARE(toKey(kind), key);
        QCOMPARE(fromKey<OutboxKind>(key), std::optional(kind));
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
