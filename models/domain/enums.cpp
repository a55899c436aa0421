#include "models/domain/enums.h"

#include <QCoreApplication>

#include <array>

namespace ReleaseDesk {
namespace {

template <typename Enum> struct Name
{
    Enum value;
    const char *key;
    const char *title;
};

// The key-only vocabularies' tables.
template <typename Enum> struct Key
{
    Enum value;
    const char *key;
};

// Titles are translated in the "ReleaseDesk" context of the .ts files.
constexpr std::array<Name<Stage>, 11> stageNames{{
    {Stage::CiDev, "ci-dev", QT_TRANSLATE_NOOP("ReleaseDesk", "CI-Dev")},
    {Stage::ReadyForStaging, "ready-for-staging",
     QT_TRANSLATE_NOOP("ReleaseDesk", "Ready for staging")},
    {Stage::NotesPublished, "notes-published", QT_TRANSLATE_NOOP("ReleaseDesk", "Notes published")},
    {Stage::TicketRaised, "ticket-raised", QT_TRANSLATE_NOOP("ReleaseDesk", "Ticket raised")},
    {Stage::StagingRequested, "staging-requested",
     QT_TRANSLATE_NOOP("ReleaseDesk", "Staging requested")},
    {Stage::InStaging, "in-staging", QT_TRANSLATE_NOOP("ReleaseDesk", "In staging")},
    {Stage::StagingPassed, "staging-passed", QT_TRANSLATE_NOOP("ReleaseDesk", "Staging passed")},
    {Stage::LiveRequested, "live-requested", QT_TRANSLATE_NOOP("ReleaseDesk", "Live requested")},
    {Stage::Live, "live", QT_TRANSLATE_NOOP("ReleaseDesk", "Live")},
    {Stage::BackedOut, "backed-out", QT_TRANSLATE_NOOP("ReleaseDesk", "Backed out")},
    {Stage::Cancelled, "cancelled", QT_TRANSLATE_NOOP("ReleaseDesk", "Cancelled")},
}};

constexpr std::array<Name<Environment>, 3> environmentNames{{
    {Environment::CiDev, "ci-dev", QT_TRANSLATE_NOOP("ReleaseDesk", "CI-Dev")},
    {Environment::Staging, "staging", QT_TRANSLATE_NOOP("ReleaseDesk", "Staging")},
    {Environment::Live, "live", QT_TRANSLATE_NOOP("ReleaseDesk", "Live")},
}};

constexpr std::array<Name<TestOutcome>, 3> outcomeNames{{
    {TestOutcome::Passed, "passed", QT_TRANSLATE_NOOP("ReleaseDesk", "Passed")},
    {TestOutcome::Failed, "failed", QT_TRANSLATE_NOOP("ReleaseDesk", "Failed")},
    {TestOutcome::Untested, "untested", QT_TRANSLATE_NOOP("ReleaseDesk", "Not tested")},
}};

// Job keys are the Concourse job names themselves.
constexpr std::array<Name<PipelineJob>, 3> jobNames{{
    {PipelineJob::DockerBuildEcr, "docker-build-ecr", "docker-build-ecr"},
    {PipelineJob::CidevPlan, "cidev-plan", "cidev-plan"},
    {PipelineJob::CidevApply, "cidev-apply", "cidev-apply"},
}};

// Build status keys are Concourse's own status strings.
constexpr std::array<Name<BuildStatus>, 6> buildStatusNames{{
    {BuildStatus::Pending, "pending", QT_TRANSLATE_NOOP("ReleaseDesk", "Pending")},
    {BuildStatus::Started, "started", QT_TRANSLATE_NOOP("ReleaseDesk", "Running")},
    {BuildStatus::Succeeded, "succeeded", QT_TRANSLATE_NOOP("ReleaseDesk", "Succeeded")},
    {BuildStatus::Failed, "failed", QT_TRANSLATE_NOOP("ReleaseDesk", "Failed")},
    {BuildStatus::Errored, "errored", QT_TRANSLATE_NOOP("ReleaseDesk", "Errored")},
    {BuildStatus::Aborted, "aborted", QT_TRANSLATE_NOOP("ReleaseDesk", "Aborted")},
}};

constexpr std::array<Name<ReviewState>, 6> reviewNames{{
    {ReviewState::Unknown, "unknown", QT_TRANSLATE_NOOP("ReleaseDesk", "Unknown")},
    {ReviewState::Open, "open", QT_TRANSLATE_NOOP("ReleaseDesk", "In review")},
    {ReviewState::ChangesRequested, "changes-requested",
     QT_TRANSLATE_NOOP("ReleaseDesk", "Changes requested")},
    {ReviewState::Approved, "approved", QT_TRANSLATE_NOOP("ReleaseDesk", "Approved")},
    {ReviewState::Merged, "merged", QT_TRANSLATE_NOOP("ReleaseDesk", "Merged")},
    {ReviewState::Closed, "closed", QT_TRANSLATE_NOOP("ReleaseDesk", "Closed without merge")},
}};

constexpr std::array<Name<OutboxState>, 5> outboxNames{{
    {OutboxState::Pending, "pending", QT_TRANSLATE_NOOP("ReleaseDesk", "Pending")},
    {OutboxState::Sending, "sending", QT_TRANSLATE_NOOP("ReleaseDesk", "Sending")},
    {OutboxState::Done, "done", QT_TRANSLATE_NOOP("ReleaseDesk", "Sent")},
    {OutboxState::Failed, "failed", QT_TRANSLATE_NOOP("ReleaseDesk", "Failed")},
    {OutboxState::Discarded, "discarded", QT_TRANSLATE_NOOP("ReleaseDesk", "Discarded")},
}};

// Stored in the audit trail: the keys of existing rows must not change.
constexpr std::array<Key<AuditAction>, 22> auditActionKeys{{
    {AuditAction::Created, "created"},
    {AuditAction::Imported, "imported"},
    {AuditAction::Transition, "transition"},
    {AuditAction::TestResult, "test-result"},
    {AuditAction::TestPassed, "test-passed"},
    {AuditAction::TestFailed, "test-failed"},
    {AuditAction::TestWithdrawn, "test-withdrawn"},
    {AuditAction::NotesSaved, "notes-saved"},
    {AuditAction::NotesPublished, "notes-published"},
    {AuditAction::ChangeTicketRecorded, "change-ticket-recorded"},
    {AuditAction::StagingRequestRecorded, "staging-request-recorded"},
    {AuditAction::TestTaskRecorded, "test-task-recorded"},
    {AuditAction::LiveRequestRecorded, "live-request-recorded"},
    {AuditAction::LiveConfirmationRecorded, "live-confirmation-recorded"},
    {AuditAction::EvidenceRecorded, "evidence-recorded"},
    {AuditAction::TaskRemoved, "task-removed"},
    {AuditAction::TaskJoined, "task-joined"},
    {AuditAction::TaskLeft, "task-left"},
    {AuditAction::Queued, "queued"},
    {AuditAction::Sent, "sent"},
    {AuditAction::OutboxDiscarded, "outbox-discarded"},
    {AuditAction::Unknown, "unknown"},
}};

// Stored with each channel message: the keys of existing rows must not change.
constexpr std::array<Key<ChannelMessageKind>, 10> channelKindKeys{{
    {ChannelMessageKind::None, ""},
    {ChannelMessageKind::StagingRequest, "staging-request"},
    {ChannelMessageKind::LiveRequest, "live-request"},
    {ChannelMessageKind::AppliedToStaging, "applied-staging"},
    {ChannelMessageKind::AppliedToLive, "applied-live"},
    {ChannelMessageKind::BackedOutOfStaging, "backed-out-staging"},
    {ChannelMessageKind::BackedOutOfLive, "backed-out-live"},
    {ChannelMessageKind::Cancelled, "cancelled"},
    {ChannelMessageKind::Unrecognised, "unrecognised"},
    {ChannelMessageKind::NotFromReleaseTeam, "not-from-release-team"},
}};

// Stored with each outbox entry and the first part of its idempotency key:
// the keys of existing rows and of the writes already sent must not change.
constexpr std::array<Key<OutboxKind>, 12> outboxKindKeys{{
    {OutboxKind::ConfluencePublish, "confluence.publish"},
    {OutboxKind::ServiceNowChange, "servicenow.change"},
    {OutboxKind::ServiceNowWorkNote, "servicenow.worknote"},
    {OutboxKind::SlackPost, "slack.post"},
    {OutboxKind::JiraComment, "jira.comment"},
    {OutboxKind::JiraTransition, "jira.transition"},
    {OutboxKind::JiraVerdict, "jira.verdict"},
    {OutboxKind::JiraVersion, "jira.version"},
    {OutboxKind::JiraFixVersion, "jira.fix-version"},
    {OutboxKind::JiraVersionReleased, "jira.version-released"},
    {OutboxKind::JiraVersionArchived, "jira.version-archived"},
    {OutboxKind::Unknown, "unknown"},
}};

template <typename Enum> constexpr const auto &namesOf()
{
    if constexpr (std::is_same_v<Enum, Stage>)
        return stageNames;
    else if constexpr (std::is_same_v<Enum, Environment>)
        return environmentNames;
    else if constexpr (std::is_same_v<Enum, TestOutcome>)
        return outcomeNames;
    else if constexpr (std::is_same_v<Enum, PipelineJob>)
        return jobNames;
    else if constexpr (std::is_same_v<Enum, BuildStatus>)
        return buildStatusNames;
    else if constexpr (std::is_same_v<Enum, ReviewState>)
        return reviewNames;
    else if constexpr (std::is_same_v<Enum, AuditAction>)
        return auditActionKeys;
    else if constexpr (std::is_same_v<Enum, ChannelMessageKind>)
        return channelKindKeys;
    else if constexpr (std::is_same_v<Enum, OutboxKind>)
        return outboxKindKeys;
    else
        return outboxNames;
}

template <typename Enum> const auto &nameOf(Enum value)
{
    for (const auto &name : namesOf<Enum>()) {
        if (name.value == value)
            return name;
    }
    Q_UNREACHABLE();
}

template <typename Enum> QString keyOf(Enum value)
{
    return QString::fromLatin1(nameOf(value).key);
}

template <typename Enum> QString titleOf(Enum value)
{
    return QCoreApplication::translate("ReleaseDesk", nameOf(value).title);
}

} // namespace

template <typename Enum> std::optional<Enum> fromKey(QStringView key)
{
    for (const auto &name : namesOf<Enum>()) {
        if (key == QLatin1String(name.key))
            return name.value;
    }
    return std::nullopt;
}

template std::optional<Stage> fromKey<Stage>(QStringView);
template std::optional<Environment> fromKey<Environment>(QStringView);
template std::optional<TestOutcome> fromKey<TestOutcome>(QStringView);
template std::optional<PipelineJob> fromKey<PipelineJob>(QStringView);
template std::optional<BuildStatus> fromKey<BuildStatus>(QStringView);
template std::optional<ReviewState> fromKey<ReviewState>(QStringView);
template std::optional<OutboxState> fromKey<OutboxState>(QStringView);
template std::optional<AuditAction> fromKey<AuditAction>(QStringView);
template std::optional<ChannelMessageKind> fromKey<ChannelMessageKind>(QStringView);
template std::optional<OutboxKind> fromKey<OutboxKind>(QStringView);

QString toKey(Stage value)
{
    return keyOf(value);
}
QString toKey(Environment value)
{
    return keyOf(value);
}
QString toKey(TestOutcome value)
{
    return keyOf(value);
}
QString toKey(PipelineJob value)
{
    return keyOf(value);
}
QString toKey(BuildStatus value)
{
    return keyOf(value);
}
QString toKey(ReviewState value)
{
    return keyOf(value);
}
QString toKey(OutboxState value)
{
    return keyOf(value);
}
QString toKey(AuditAction value)
{
    return keyOf(value);
}
QString toKey(ChannelMessageKind value)
{
    return keyOf(value);
}
QString toKey(OutboxKind value)
{
    return keyOf(value);
}

QString toTitle(Stage value)
{
    return titleOf(value);
}
QString toTitle(Environment value)
{
    return titleOf(value);
}
QString toTitle(TestOutcome value)
{
    return titleOf(value);
}
QString toTitle(PipelineJob value)
{
    return titleOf(value);
}
QString toTitle(BuildStatus value)
{
    return titleOf(value);
}
QString toTitle(ReviewState value)
{
    return titleOf(value);
}
QString toTitle(OutboxState value)
{
    return titleOf(value);
}

bool isRunning(BuildStatus status)
{
    return status == BuildStatus::Pending || status == BuildStatus::Started;
}

bool isTerminal(Stage stage)
{
    return stage == Stage::Live || stage == Stage::BackedOut || stage == Stage::Cancelled;
}

} // namespace ReleaseDesk
