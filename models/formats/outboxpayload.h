#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <variant>

// The writes the outbox sends to the remote systems, one value per kind, and
// the JSON each is stored as. Pure, so that every payload the worker may meet
// after a restart (including one an older version wrote) can be tested from a
// table.

namespace ReleaseDesk {

// "confluence.publish": the release-notes page, created or brought up to date.
struct PublishPagePayload
{
    QString title;   // StorageFormat::pageTitle(), which is how the page is found again
    QString storage; // the body in storage format
    friend bool operator==(const PublishPagePayload &, const PublishPagePayload &) = default;
};

// "servicenow.change": the release's change request, found again by its correlation id.
struct RaiseChangePayload
{
    QString correlationId; // "releasedesk:<release>"
    QString shortDescription;
    QString description;
    QString backoutPlan;
    QString implementationPlan;
    QString testPlan;
    friend bool operator==(const RaiseChangePayload &, const RaiseChangePayload &) = default;
};

// Why a message goes to the release channel; it decides what its answer changes.
// ReleaseTeamAction: what a person recorded by hand for the release team
// (applied, backed out, cancelled), in the team's words.
enum class SlackPurpose { StagingRequest, LiveRequest, TestFailure, ReleaseTeamAction };

// "slack.post": a message in the release channel, or in a thread of it.
struct SlackPostPayload
{
    QString text;     // mrkdwn, built with SlackFormat
    QString threadTs; // empty: a top-level message
    SlackPurpose purpose = SlackPurpose::StagingRequest;
    // Names the message on Slack, in its metadata, so that a retry finds it
    // whatever Slack made of the text and however wrong this desk's clock is.
    // Given by OutboxPayloads::entry(); empty in an entry queued before refs,
    // which is found by its text and time instead. Defaulted, as those who
    // build a post leave it to entry().
    QString ref = {};
    // A failure notice's task, whose assignee the notice is addressed to in
    // the developers' channel; empty for every other post.
    QString taskKey = {};
    friend bool operator==(const SlackPostPayload &, const SlackPostPayload &) = default;
};

// "jira.comment": a comment on a task.
struct JiraCommentPayload
{
    QString key; // "CHS-1234"
    QString text;
    // Named on the comment's last line (commentText()), as a verdict's ref
    // is, so that a retry finds it. Given by OutboxPayloads::entry(); empty
    // in an entry queued before refs, which is found by its text and time.
    // Defaulted, as those who build a comment leave it to entry().
    QString ref = {};
    friend bool operator==(const JiraCommentPayload &, const JiraCommentPayload &) = default;
};

// "jira.transition": a task moved to a status, by whichever transition leads there.
struct JiraTransitionPayload
{
    QString key;
    QString toStatus; // Jira's status name, "In Progress"
    // The transition's name when the team's workflow names it
    // (VerdictStatuses::transitionFor()); empty: the one to toStatus.
    QString transition = {};
    friend bool operator==(const JiraTransitionPayload &, const JiraTransitionPayload &) = default;
};

// "servicenow.worknote": a work note on the release's change, found by its correlation id.
struct WorkNotePayload
{
    QString correlationId; // "releasedesk:<release>"
    QString text;
    friend bool operator==(const WorkNotePayload &, const WorkNotePayload &) = default;
};

// "jira.verdict": a tester's verdict kept on its task (VerdictComment), and
// the task moved to the status the Jira settings give for it.
struct JiraVerdictPayload
{
    QString key;
    QString ref;             // what the comment's last line carries: how a retry finds it
    QString text;            // the whole comment
    QString toStatus;        // empty: the task stays where it is
    QString transition = {}; // by name, as JiraTransitionPayload's
    friend bool operator==(const JiraVerdictPayload &, const JiraVerdictPayload &) = default;
};

// The release as a Jira fix version of the same name, the team's shared
// record of it: which tasks it ships, and whether it went live or was dropped.
// A version belongs to one project, so a release whose tasks span projects
// has one in each; `project` says which ("PAY"). Empty: the first of the
// team's projects, as every entry queued before releases spanned projects.

// "jira.version": the version, created unless the project already has it.
struct JiraVersionPayload
{
    QString name;         // the release's name
    QString project = {}; // empty: the team's first project
    friend bool operator==(const JiraVersionPayload &, const JiraVersionPayload &) = default;
};

// "jira.fix-version": a task put into the release or taken out of it.
struct JiraFixVersionPayload
{
    QString key;     // "CHS-1234"
    QString version; // the release's name
    bool add = true; // false: removed
    // The key's own, which is the only project whose versions Jira lets it take.
    QString project = {};
    friend bool operator==(const JiraFixVersionPayload &, const JiraFixVersionPayload &) = default;
};

// "jira.version-released": the version marked released on the day the release went live.
struct JiraVersionReleasedPayload
{
    QString name;
    QDate releaseDate;
    QString project = {};
    friend bool operator==(const JiraVersionReleasedPayload &,
                           const JiraVersionReleasedPayload &) = default;
};

// "jira.version-archived": the version of a cancelled release, archived.
struct JiraVersionArchivedPayload
{
    QString name;
    QString project = {};
    friend bool operator==(const JiraVersionArchivedPayload &,
                           const JiraVersionArchivedPayload &) = default;
};

using OutboxPayload = std::variant<PublishPagePayload, RaiseChangePayload, SlackPostPayload,
                                   JiraCommentPayload, JiraTransitionPayload, JiraVersionPayload,
                                   JiraFixVersionPayload, JiraVersionReleasedPayload,
                                   JiraVersionArchivedPayload, JiraVerdictPayload, WorkNotePayload>;

class OutboxPayloads
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPayloads)

public:
    // Whether `kind` edits a release's fix version or its tasks' part in it.
    static bool isFixVersionKind(OutboxKind kind);

    static OutboxKind kind(const OutboxPayload &payload);
    // The system a kind writes to, as people call it ("Confluence"); empty for
    // a kind this version does not know.
    static QString systemTitle(OutboxKind kind);

    // "staging-request", "live-request", "test-failure", "release-team-action".
    static QString toKey(SlackPurpose purpose);
    static std::optional<SlackPurpose> purposeFromKey(const QString &key);

    // The stored form: one compact JSON object with the fields of the payload.
    static QByteArray toJson(const OutboxPayload &payload);
    // A stored payload read back. An unknown kind, a body that is not a JSON
    // object, or a required field that is missing, empty or not text fails
    // with a message that names the kind and the field.
    static Result<OutboxPayload> parse(OutboxKind kind, const QByteArray &json);
    // An entry's payload read back; one of a kind this version does not know
    // fails with a message that names the kind as it was stored.
    static Result<OutboxPayload> parse(const OutboxEntry &entry);

    // "<kind>:<subject>:<purpose>:<n>", e.g. "slack.post:2026.11.3:staging-request:1":
    // the same write asked for again gets the next n, so a key never repeats
    // and is the same whoever derives it from the same history.
    static QString idempotencyKey(OutboxKind kind, const QString &subject, const QString &purpose,
                                  int n);
    // The first part of idempotencyKey() up to n, to count earlier ones by.
    static QString keyPrefix(OutboxKind kind, const QString &subject, const QString &purpose);

    // The text a Jira comment is added with: its text, then a last line
    // that names its ref (none when it has no ref).
    static QString commentText(const JiraCommentPayload &comment);
    // Whether a comment's text, as Jira gives it back, is the one added for `ref`.
    static bool isCommentOf(const QString &text, const QString &ref);

    // A Pending entry for `payload`, ready to be queued with the change that
    // causes it. A Slack post or a Jira comment without a ref gets a new one,
    // so that every entry names its own message or comment: two entries that
    // say the same thing are two messages.
    static OutboxEntry entry(const OutboxPayload &payload, qint64 releaseId,
                             const QString &idempotencyKey, const QDateTime &created);
};

} // namespace ReleaseDesk
