#pragma once

#include <QString>

#include <optional>

// The closed vocabularies of the release process. Each enum has a stable key,
// used in storage and on the wire, and a title for people; both come from one
// table per enum in enums.cpp, so the two can never drift apart.

namespace ReleaseDesk {

// Where a release stands; the order is the happy path, BackedOut and Cancelled
// are the two ways out of it.
enum class Stage {
    CiDev,
    ReadyForStaging,
    NotesPublished,
    TicketRaised,
    StagingRequested,
    InStaging,
    StagingPassed,
    LiveRequested,
    Live,
    BackedOut,
    Cancelled,
};

// The environments a change is deployed to, and tested in (Live is not tested).
enum class Environment { CiDev, Staging, Live };

// Untested withdraws an earlier verdict: a tester's mis-click corrected.
enum class TestOutcome { Passed, Failed, Untested };

// The three Concourse jobs that take a merged change to CI-Dev, in pipeline order.
enum class PipelineJob { DockerBuildEcr, CidevPlan, CidevApply };

// Concourse's build statuses; Pending and Started mean the build is running.
enum class BuildStatus { Pending, Started, Succeeded, Failed, Errored, Aborted };

// Peer review of the branch behind a change. Closed: the pull request was
// closed without being merged.
enum class ReviewState { Unknown, Open, ChangesRequested, Approved, Merged, Closed };

// What an outbox entry is doing: waiting to be sent, being sent, sent, given
// up on until a person retries or discards it, or dropped by a person. Sending
// is written before the request goes out, so an entry still Sending after a
// crash may or may not have reached the remote system: it is checked there
// before it is sent again.
enum class OutboxState { Pending, Sending, Done, Failed, Discarded };

// What an audit event records. Unknown is what a stored key this version does
// not know reads as (one a newer version wrote): the event stays in the trail
// and is shown by that key, "unknown", rather than refused. TestResult is
// the one verdict event of the first versions, kept so their trails still read.
enum class AuditAction {
    Created,
    Imported,
    Transition,
    TestResult,
    TestPassed,
    TestFailed,
    TestWithdrawn,
    NotesSaved,
    NotesPublished,
    ChangeTicketRecorded,
    StagingRequestRecorded,
    TestTaskRecorded,
    LiveRequestRecorded,
    LiveConfirmationRecorded,
    EvidenceRecorded,
    TaskRemoved,
    TaskJoined,
    TaskLeft,
    Queued,
    Sent,
    OutboxDiscarded,
    Unknown,
};

// What sync made of a message in the release channel (ReleaseChannel::read).
// None, whose key is empty, is a message that asks and answers nothing, or
// one not looked at yet; a stored key this version does not know reads as
// None too, which is what such a message always meant to this version.
enum class ChannelMessageKind {
    None,
    StagingRequest,
    LiveRequest,
    AppliedToStaging,
    AppliedToLive,
    BackedOutOfStaging,
    BackedOutOfLive,
    Cancelled,
    Unrecognised,
    // The release team's words from someone who is not in the release team:
    // kept, shown, and acted on by nobody.
    NotFromReleaseTeam,
};

// What an outbox entry writes, and to which system. Unknown is what a stored
// kind this version does not know reads as (one a newer version wrote): the
// entry keeps that kind's text beside it (OutboxEntry::unknownKind), is shown
// by it, and fails when sent rather than being refused when read.
enum class OutboxKind {
    ConfluencePublish,
    ServiceNowChange,
    ServiceNowWorkNote,
    SlackPost,
    JiraComment,
    JiraTransition,
    JiraVerdict,
    JiraVersion,
    JiraFixVersion,
    JiraVersionReleased,
    JiraVersionArchived,
    Unknown,
};

QString toKey(Stage value);
QString toKey(Environment value);
QString toKey(TestOutcome value);
QString toKey(PipelineJob value);
QString toKey(BuildStatus value);
QString toKey(ReviewState value);
QString toKey(OutboxState value);
QString toKey(AuditAction value);
QString toKey(ChannelMessageKind value);
QString toKey(OutboxKind value);

QString toTitle(Stage value);
QString toTitle(Environment value);
QString toTitle(TestOutcome value);
QString toTitle(PipelineJob value);
QString toTitle(BuildStatus value);
QString toTitle(ReviewState value);
QString toTitle(OutboxState value);
// Audit actions, channel message kinds and outbox kinds have keys only: the words people
// read for them depend on where they are shown.

// Parses a key written by toKey(); nullopt for anything else.
template <typename Enum> std::optional<Enum> fromKey(QStringView key);

bool isRunning(BuildStatus status);
bool isTerminal(Stage stage);

} // namespace ReleaseDesk
