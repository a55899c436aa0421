#pragma once

#include "models/domain/enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The release process's nouns, as plain values. Ids are the store's row ids,
// 0 until a value has been stored.

namespace ReleaseDesk {

// A deployable service: it has one Concourse pipeline and ships as a Docker image.
struct Service
{
    QString name;           // "chs-orders-api"
    QString pipeline;       // the Concourse pipeline that builds and deploys it
    QString deploymentType; // "ECS", "Mesos", ...
    QString team;           // the Concourse team owning the pipeline
    friend bool operator==(const Service &, const Service &) = default;
};

// A code change, tracked as a Jira task.
struct Change
{
    QString key; // "CHS-1234"
    QString summary;
    QString status; // Jira's own status name: "In Progress", "Ready for Test", ...
    QString assignee;
    QString service;
    QString branch;
    QString commit;
    QString fixVersion;
    ReviewState review = ReviewState::Unknown;
    QDateTime updated;
    friend bool operator==(const Change &, const Change &) = default;
};

// One run of one of a service's pipeline jobs.
struct PipelineBuild
{
    qint64 id = 0; // Concourse's build id
    QString service;
    PipelineJob job = PipelineJob::DockerBuildEcr;
    QString name; // Concourse's build name, "7"
    BuildStatus status = BuildStatus::Pending;
    QString version; // the image tag this build built or deployed
    QDateTime started;
    QDateTime finished;
    friend bool operator==(const PipelineBuild &, const PipelineBuild &) = default;
};

// A service that a release ships, at the version it ships.
struct ReleaseService
{
    QString service;
    QString version;
    QString deploymentType;
    friend bool operator==(const ReleaseService &, const ReleaseService &) = default;
};

// The release-notes template's fields. The description, backout plan and the
// services' versions and deployment types are required; config changes are
// required too, but "none" must be said explicitly with noConfigChanges.
struct ReleaseNotes
{
    QString description;
    QString backoutPlan;
    QString configChanges;
    bool noConfigChanges = false;
    QString pageId; // the published Confluence page, empty until published
    QString pageUrl;
    friend bool operator==(const ReleaseNotes &, const ReleaseNotes &) = default;
};

struct Release
{
    qint64 id = 0;
    QString name; // "2026.11.3"
    QList<ReleaseService> services;
    QStringList taskKeys;
    Stage stage = Stage::CiDev;
    ReleaseNotes notes;
    QString changeTicket; // ServiceNow change number, "CHG0030001"
    QString changeTicketUrl;
    QString stagingRequestRef;   // the Slack message that asked for staging
    QString testTaskNumber;      // ServiceNow test task from the staging reply, "CTASK0010002"
    QString liveRequestRef;      // the Slack message that asked for live
    QString liveConfirmationRef; // the release team's reply that it is live
    QDateTime created;
    QDateTime stageChanged;
    QDateTime updated;
    friend bool operator==(const Release &, const Release &) = default;
};

// A tester's verdict on one task in one environment. The latest verdict per
// task and environment is the one that counts: by its time, then its ref, so
// that every desk that holds the same verdicts picks the same one.
struct TestResult
{
    qint64 id = 0;
    QString taskKey;
    Environment environment = Environment::CiDev;
    TestOutcome outcome = TestOutcome::Passed;
    QString tester; // the signed-in account's display name
    QString note;
    QDateTime at;
    // Names the verdict on every desk: it is written into the Jira comment
    // that records it (VerdictComment). Empty for a verdict given before
    // verdicts were shared, which stays on the desk that gave it.
    QString ref;
    friend bool operator==(const TestResult &, const TestResult &) = default;
};

// Something that happened to a release: who did what, when, and why. A stage
// transition fills fromStage and toStage; other events leave them empty.
struct AuditEvent
{
    qint64 id = 0;
    qint64 releaseId = 0;
    QString actor;
    QDateTime at;
    AuditAction action = AuditAction::Created;
    QString fromStage;
    QString toStage;
    QString why;
    friend bool operator==(const AuditEvent &, const AuditEvent &) = default;
};

// A write to an external system, kept until it has been sent. The idempotency
// key lets a retry find what an earlier attempt already created.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 releaseId = 0; // 0 when the write belongs to no release
    OutboxKind kind = OutboxKind::Unknown;
    // The stored kind when this version does not know it (kind is Unknown):
    // what the entry is shown by, and named by when it cannot be sent.
    QString unknownKind;
    QByteArray payload; // JSON
    QString idempotencyKey;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    QDateTime created;
    // The kind as stored and shown: "jira.comment", "slack.post", ...
    QString kindKey() const { return kind == OutboxKind::Unknown ? unknownKind : toKey(kind); }
    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

// How far an incremental sync of one source has read: the remote system's own
// marker ("updated >= ...", a Concourse build id, a Slack ts) and when it was
// last stored. The cursor is saved with the page it covers, so a sync that
// stops half-way starts again from the last page it stored, never beyond it.
struct SyncCursor
{
    QString source; // "jira", "concourse:chs-orders-api", "slack:C0REL", ...
    QString value;
    QDateTime synced;
    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

// A message in the release channel, as sync read it, with what sync made of it.
struct ChannelMessage
{
    QString ts;       // Slack's message timestamp, "1700000000.000100": its id
    QString threadTs; // the thread's first message; empty for a top-level message
    QString author;
    QString text;
    QDateTime posted;
    QString releaseName; // the release it is about, empty when none was recognised
    ChannelMessageKind kind = ChannelMessageKind::None;
    friend bool operator==(const ChannelMessage &, const ChannelMessage &) = default;
};

} // namespace ReleaseDesk
