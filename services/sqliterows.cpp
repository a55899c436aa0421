#include "sqliterows.h"

namespace ReleaseDesk::Rows {

using Sql::nullIfZero;
using Sql::toValue;

QString ServiceRow::upsertSql()
{
    return QStringLiteral("INSERT INTO services (name, pipeline, deployment_type, team)"
                          " VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (name) DO UPDATE SET pipeline = excluded.pipeline,"
                          " deployment_type = excluded.deployment_type, team = excluded.team");
}

QString ServiceRow::selectSql()
{
    return QStringLiteral(
        "SELECT name, pipeline, deployment_type, team FROM services ORDER BY name");
}

QVariantList ServiceRow::values(const Service &service)
{
    return {toValue(service.name), toValue(service.pipeline), toValue(service.deploymentType),
            toValue(service.team)};
}

Service ServiceRow::read(Sql::RowReader &row)
{
    Service service;
    service.name = row.text(0);
    service.pipeline = row.text(1);
    service.deploymentType = row.text(2);
    service.team = row.text(3);
    return service;
}

QString ServiceRow::label(const Service &service)
{
    return QStringLiteral("service “%1”").arg(service.name);
}

QString ChangeRow::upsertSql()
{
    return QStringLiteral(
        "INSERT INTO changes (task_key, summary, status, assignee, service, branch, commit_sha,"
        " fix_version, review, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (task_key) DO UPDATE SET summary = excluded.summary,"
        " status = excluded.status, assignee = excluded.assignee, service = excluded.service,"
        " branch = excluded.branch, commit_sha = excluded.commit_sha,"
        " fix_version = excluded.fix_version, review = excluded.review,"
        " updated = excluded.updated");
}

QString ChangeRow::selectSql()
{
    return QStringLiteral("SELECT task_key, summary, status, assignee, service, branch, commit_sha,"
                          " fix_version, review, updated FROM changes ORDER BY task_key");
}

QVariantList ChangeRow::values(const Change &change)
{
    return {toValue(change.key),      toValue(change.summary),    toValue(change.status),
            toValue(change.assignee), toValue(change.service),    toValue(change.branch),
            toValue(change.commit),   toValue(change.fixVersion), toValue(change.review),
            toValue(change.updated)};
}

Change ChangeRow::read(Sql::RowReader &row)
{
    Change change;
    change.key = row.text(0);
    change.summary = row.text(1);
    change.status = row.text(2);
    change.assignee = row.text(3);
    change.service = row.text(4);
    change.branch = row.text(5);
    change.commit = row.text(6);
    change.fixVersion = row.text(7);
    change.review = row.key<ReviewState>(8, "review state");
    change.updated = row.timestamp(9);
    return change;
}

QString ChangeRow::label(const Change &change)
{
    return QStringLiteral("change “%1”").arg(change.key);
}

QString BuildRow::upsertSql()
{
    return QStringLiteral(
        "INSERT INTO pipeline_builds (id, service, job, name, status, version, started, finished)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET service = excluded.service, job = excluded.job,"
        " name = excluded.name, status = excluded.status, version = excluded.version,"
        " started = excluded.started, finished = excluded.finished");
}

QString BuildRow::selectSql()
{
    return QStringLiteral("SELECT id, service, job, name, status, version, started, finished"
                          " FROM pipeline_builds ORDER BY id");
}

QVariantList BuildRow::values(const PipelineBuild &build)
{
    return {toValue(build.id),      toValue(build.service), toValue(build.job),
            toValue(build.name),    toValue(build.status),  toValue(build.version),
            toValue(build.started), toValue(build.finished)};
}

PipelineBuild BuildRow::read(Sql::RowReader &row)
{
    PipelineBuild build;
    build.id = row.integer(0);
    build.service = row.text(1);
    build.job = row.key<PipelineJob>(2, "pipeline job");
    build.name = row.text(3);
    build.status = row.key<BuildStatus>(4, "build status");
    build.version = row.text(5);
    build.started = row.timestamp(6);
    build.finished = row.timestamp(7);
    return build;
}

QString BuildRow::label(const PipelineBuild &build)
{
    return QStringLiteral("build %1").arg(build.id);
}

QString ReleaseRow::insertSql()
{
    return QStringLiteral(
        "INSERT INTO releases (name, stage, description, backout_plan, config_changes,"
        " no_config_changes, page_id, page_url, change_ticket, change_ticket_url,"
        " staging_request_ref, test_task_number, live_request_ref, live_confirmation_ref,"
        " created, stage_changed, updated)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString ReleaseRow::updateSql()
{
    return QStringLiteral(
        "UPDATE releases SET name = ?, stage = ?, description = ?, backout_plan = ?,"
        " config_changes = ?, no_config_changes = ?, page_id = ?, page_url = ?,"
        " change_ticket = ?, change_ticket_url = ?, staging_request_ref = ?,"
        " test_task_number = ?, live_request_ref = ?, live_confirmation_ref = ?,"
        " created = ?, stage_changed = ?, updated = ? WHERE id = ?");
}

QString ReleaseRow::selectSql()
{
    return QStringLiteral(
        "SELECT id, name, stage, description, backout_plan, config_changes, no_config_changes,"
        " page_id, page_url, change_ticket, change_ticket_url, staging_request_ref,"
        " test_task_number, live_request_ref, live_confirmation_ref, created, stage_changed,"
        " updated FROM releases");
}

QVariantList ReleaseRow::values(const Release &release)
{
    const ReleaseNotes &notes = release.notes;
    return {toValue(release.name),
            toValue(release.stage),
            toValue(notes.description),
            toValue(notes.backoutPlan),
            toValue(notes.configChanges),
            toValue(notes.noConfigChanges),
            toValue(notes.pageId),
            toValue(notes.pageUrl),
            toValue(release.changeTicket),
            toValue(release.changeTicketUrl),
            toValue(release.stagingRequestRef),
            toValue(release.testTaskNumber),
            toValue(release.liveRequestRef),
            toValue(release.liveConfirmationRef),
            toValue(release.created),
            toValue(release.stageChanged),
            toValue(release.updated)};
}

Release ReleaseRow::read(Sql::RowReader &row)
{
    Release release;
    release.id = row.integer(0);
    release.name = row.text(1);
    release.stage = row.key<Stage>(2, "stage");
    release.notes.description = row.text(3);
    release.notes.backoutPlan = row.text(4);
    release.notes.configChanges = row.text(5);
    release.notes.noConfigChanges = row.flag(6);
    release.notes.pageId = row.text(7);
    release.notes.pageUrl = row.text(8);
    release.changeTicket = row.text(9);
    release.changeTicketUrl = row.text(10);
    release.stagingRequestRef = row.text(11);
    release.testTaskNumber = row.text(12);
    release.liveRequestRef = row.text(13);
    release.liveConfirmationRef = row.text(14);
    release.created = row.timestamp(15);
    release.stageChanged = row.timestamp(16);
    release.updated = row.timestamp(17);
    return release;
}

QString TestResultRow::insertSql()
{
    return QStringLiteral("INSERT INTO test_results (task_key, environment, outcome, tester, note,"
                          " at) VALUES (?, ?, ?, ?, ?, ?)");
}

QString TestResultRow::selectSql()
{
    return QStringLiteral("SELECT id, task_key, environment, outcome, tester, note, at"
                          " FROM test_results ORDER BY id");
}

QVariantList TestResultRow::values(const TestResult &result)
{
    return {toValue(result.taskKey), toValue(result.environment), toValue(result.outcome),
            toValue(result.tester),  toValue(result.note),        toValue(result.at)};
}

TestResult TestResultRow::read(Sql::RowReader &row)
{
    TestResult result;
    result.id = row.integer(0);
    result.taskKey = row.text(1);
    result.environment = row.key<Environment>(2, "environment");
    result.outcome = row.key<TestOutcome>(3, "test outcome");
    result.tester = row.text(4);
    result.note = row.text(5);
    result.at = row.timestamp(6);
    return result;
}

QString AuditEventRow::insertSql()
{
    return QStringLiteral("INSERT INTO audit_events (release_id, actor, at, action, from_stage,"
                          " to_stage, why) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

QString AuditEventRow::selectSql()
{
    return QStringLiteral("SELECT id, release_id, actor, at, action, from_stage, to_stage, why"
                          " FROM audit_events WHERE release_id = ? ORDER BY id");
}

QVariantList AuditEventRow::values(const AuditEvent &event)
{
    return {nullIfZero(event.releaseId), toValue(event.actor),     toValue(event.at),
            toValue(event.action),       toValue(event.fromStage), toValue(event.toStage),
            toValue(event.why)};
}

AuditEvent AuditEventRow::read(Sql::RowReader &row)
{
    AuditEvent event;
    event.id = row.integer(0);
    event.releaseId = row.integer(1);
    event.actor = row.text(2);
    event.at = row.timestamp(3);
    event.action = row.text(4);
    event.fromStage = row.text(5);
    event.toStage = row.text(6);
    event.why = row.text(7);
    return event;
}

QString OutboxRow::insertSql()
{
    return QStringLiteral("INSERT INTO outbox (release_id, kind, payload, idempotency_key, state,"
                          " attempts, next_attempt, last_error, created)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QString OutboxRow::updateSql()
{
    return QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, next_attempt = ?,"
                          " last_error = ? WHERE id = ?");
}

QString OutboxRow::selectSql()
{
    return QStringLiteral("SELECT id, release_id, kind, payload, idempotency_key, state, attempts,"
                          " next_attempt, last_error, created FROM outbox WHERE state = ?"
                          " ORDER BY id");
}

QVariantList OutboxRow::values(const OutboxEntry &entry)
{
    return {nullIfZero(entry.releaseId),   toValue(entry.kind),      toValue(entry.payload),
            toValue(entry.idempotencyKey), toValue(entry.state),     toValue(entry.attempts),
            toValue(entry.nextAttempt),    toValue(entry.lastError), toValue(entry.created)};
}

QVariantList OutboxRow::attemptValues(const OutboxEntry &entry)
{
    return {toValue(entry.state), toValue(entry.attempts), toValue(entry.nextAttempt),
            toValue(entry.lastError), toValue(entry.id)};
}

OutboxEntry OutboxRow::read(Sql::RowReader &row)
{
    OutboxEntry entry;
    entry.id = row.integer(0);
    entry.releaseId = row.integer(1);
    entry.kind = row.text(2);
    entry.payload = row.bytes(3);
    entry.idempotencyKey = row.text(4);
    entry.state = row.key<OutboxState>(5, "outbox state");
    entry.attempts = int(row.integer(6));
    entry.nextAttempt = row.timestamp(7);
    entry.lastError = row.text(8);
    entry.created = row.timestamp(9);
    return entry;
}

} // namespace ReleaseDesk::Rows
