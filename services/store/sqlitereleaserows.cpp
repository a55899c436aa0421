// The release side's rows: releases, verdicts, the audit trail and the outbox.

#include "services/store/sqliterows.h"

namespace ReleaseDesk::Rows {

using Sql::nullIfZero;
using Sql::toValue;

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
                          " at, ref) VALUES (?, ?, ?, ?, ?, ?, ?)");
}

QString TestResultRow::selectSql()
{
    return QStringLiteral("SELECT id, task_key, environment, outcome, tester, note, at, ref"
                          " FROM test_results ORDER BY id");
}

QString TestResultRow::selectOfKeysSql(int count)
{
    return QStringLiteral("SELECT id, task_key, environment, outcome, tester, note, at, ref"
                          " FROM test_results WHERE task_key IN (%1) ORDER BY id")
        .arg(placeholders(count));
}

QString TestResultRow::updateByRefSql()
{
    return QStringLiteral("UPDATE test_results SET task_key = ?, environment = ?, outcome = ?,"
                          " tester = ?, note = ?, at = ? WHERE ref = ?");
}

QVariantList TestResultRow::values(const TestResult &result)
{
    return {toValue(result.taskKey), toValue(result.environment), toValue(result.outcome),
            toValue(result.tester),  toValue(result.note),        toValue(result.at),
            toValue(result.ref)};
}

QVariantList TestResultRow::updateValues(const TestResult &result)
{
    // The same columns in the same order, the ref last as the WHERE binds it.
    return values(result);
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
    result.ref = row.text(7);
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
    return {nullIfZero(event.releaseId), toValue(event.actor),
            toValue(event.at),           toValue(toKey(event.action)),
            toValue(event.fromStage),    toValue(event.toStage),
            toValue(event.why)};
}

AuditEvent AuditEventRow::read(Sql::RowReader &row)
{
    AuditEvent event;
    event.id = row.integer(0);
    event.releaseId = row.integer(1);
    event.actor = row.text(2);
    event.at = row.timestamp(3);
    // A key this version does not know, a newer version's, reads as Unknown.
    event.action = fromKey<AuditAction>(row.text(4)).value_or(AuditAction::Unknown);
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
                          " last_error = ?, lease_owner = '', lease_expires = NULL"
                          " WHERE id = ? AND (state <> ? OR lease_owner IN ('', ?))");
}

namespace {

const QLatin1String selectOutbox("SELECT id, release_id, kind, payload, idempotency_key, state,"
                                 " attempts, next_attempt, last_error, created FROM outbox");

} // namespace

QString OutboxRow::selectSql()
{
    return selectOutbox + QLatin1String(" WHERE state = ? ORDER BY id");
}

QString OutboxRow::selectAllSql()
{
    return selectOutbox + QLatin1String(" ORDER BY id DESC");
}

QString OutboxRow::selectOfReleaseSql()
{
    return selectOutbox + QLatin1String(" WHERE release_id = ? ORDER BY id");
}

QString OutboxRow::selectByIdSql()
{
    return selectOutbox + QLatin1String(" WHERE id = ?");
}

QString OutboxRow::selectSendingSql()
{
    return QStringLiteral(
        "SELECT id, lease_owner, lease_expires FROM outbox WHERE state = ? ORDER BY id");
}

// The state = ? lets SQLite walk outbox_by_state instead of every entry ever
// sent. Timestamps are ISO-8601 UTC text, so text order is time order.
QString OutboxRow::selectNextPendingSql()
{
    return QStringLiteral("SELECT id FROM outbox WHERE state = ?"
                          " AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY id LIMIT 1");
}

QString OutboxRow::selectLeaseOwnerSql()
{
    return QStringLiteral("SELECT lease_owner FROM outbox WHERE id = ?");
}

QString OutboxRow::claimSql()
{
    return QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, lease_owner = ?,"
                          " lease_expires = ? WHERE id = ? AND state = ?");
}

QString OutboxRow::completeSql()
{
    return QStringLiteral("UPDATE outbox SET state = ?, next_attempt = NULL, last_error = '',"
                          " lease_owner = '', lease_expires = NULL WHERE id = ?");
}

QString OutboxRow::setStateSql()
{
    return QStringLiteral("UPDATE outbox SET state = ?, next_attempt = ? WHERE id = ?");
}

QVariantList OutboxRow::values(const OutboxEntry &entry)
{
    return {nullIfZero(entry.releaseId),   toValue(entry.kindKey()), toValue(entry.payload),
            toValue(entry.idempotencyKey), toValue(entry.state),     toValue(entry.attempts),
            toValue(entry.nextAttempt),    toValue(entry.lastError), toValue(entry.created)};
}

QVariantList OutboxRow::attemptValues(const OutboxEntry &entry, const QString &owner)
{
    return {toValue(entry.state),
            toValue(entry.attempts),
            toValue(entry.nextAttempt),
            toValue(entry.lastError),
            toValue(entry.id),
            toValue(OutboxState::Sending),
            toValue(owner)};
}

OutboxEntry OutboxRow::read(Sql::RowReader &row)
{
    OutboxEntry entry;
    entry.id = row.integer(0);
    entry.releaseId = row.integer(1);
    // A kind a newer version wrote is kept by its text, to be shown and
    // named when it cannot be sent.
    const QString kind = row.text(2);
    entry.kind = fromKey<OutboxKind>(kind).value_or(OutboxKind::Unknown);
    if (entry.kind == OutboxKind::Unknown)
        entry.unknownKind = kind;
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
