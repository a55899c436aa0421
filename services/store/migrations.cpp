#include "services/store/migrations.h"

#include "services/store/sqlsupport.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ReleaseDesk {

namespace {

// Version 1: the cache of the remote systems, releases and their history.
// Text columns default to '' rather than allowing NULL so that queries need no
// COALESCE; timestamps are ISO-8601 UTC text and may be NULL when unknown.
// Enums are stored as their toKey() strings, without CHECK constraints: SQLite
// cannot alter a CHECK, so a new enum value would need a table rebuild.
MigrationStep coreTables()
{
    return {
        1,
        QStringLiteral("create the core tables"),
        {
            QStringLiteral("CREATE TABLE services ("
                           " name TEXT PRIMARY KEY NOT NULL,"
                           " pipeline TEXT NOT NULL DEFAULT '',"
                           " deployment_type TEXT NOT NULL DEFAULT '',"
                           " team TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE changes ("
                           " task_key TEXT PRIMARY KEY NOT NULL,"
                           " summary TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '',"
                           " assignee TEXT NOT NULL DEFAULT '',"
                           " service TEXT NOT NULL DEFAULT '',"
                           " branch TEXT NOT NULL DEFAULT '',"
                           " commit_sha TEXT NOT NULL DEFAULT '',"
                           " fix_version TEXT NOT NULL DEFAULT '',"
                           " review TEXT NOT NULL,"
                           " updated TEXT)"),
            QStringLiteral("CREATE INDEX changes_by_service ON changes (service)"),
            QStringLiteral("CREATE INDEX changes_by_fix_version ON changes (fix_version)"),
            QStringLiteral("CREATE TABLE pipeline_builds ("
                           " id INTEGER PRIMARY KEY NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " job TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL,"
                           " version TEXT NOT NULL DEFAULT '',"
                           " started TEXT,"
                           " finished TEXT)"),
            QStringLiteral(
                "CREATE INDEX pipeline_builds_by_service ON pipeline_builds (service, job, id)"),
            // AUTOINCREMENT: a release id is quoted in outbox payloads and
            // remote systems, so it must never be handed out twice.
            QStringLiteral("CREATE TABLE releases ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " stage TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " backout_plan TEXT NOT NULL DEFAULT '',"
                           " config_changes TEXT NOT NULL DEFAULT '',"
                           " no_config_changes INTEGER NOT NULL DEFAULT 0,"
                           " page_id TEXT NOT NULL DEFAULT '',"
                           " page_url TEXT NOT NULL DEFAULT '',"
                           " change_ticket TEXT NOT NULL DEFAULT '',"
                           " change_ticket_url TEXT NOT NULL DEFAULT '',"
                           " staging_request_ref TEXT NOT NULL DEFAULT '',"
                           " test_task_number TEXT NOT NULL DEFAULT '',"
                           " live_request_ref TEXT NOT NULL DEFAULT '',"
                           " live_confirmation_ref TEXT NOT NULL DEFAULT '',"
                           " created TEXT,"
                           " stage_changed TEXT,"
                           " updated TEXT)"),
            // A release's parts are rewritten whole on every save; position
            // keeps the order the user gave them.
            QStringLiteral("CREATE TABLE release_services ("
                           " release_id INTEGER NOT NULL"
                           "  REFERENCES releases (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " service TEXT NOT NULL DEFAULT '',"
                           " version TEXT NOT NULL DEFAULT '',"
                           " deployment_type TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (release_id, position))"),
            QStringLiteral("CREATE TABLE release_tasks ("
                           " release_id INTEGER NOT NULL"
                           "  REFERENCES releases (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " task_key TEXT NOT NULL,"
                           " PRIMARY KEY (release_id, position))"),
            QStringLiteral("CREATE INDEX release_tasks_by_task ON release_tasks (task_key)"),
            QStringLiteral("CREATE TABLE test_results ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " task_key TEXT NOT NULL,"
                           " environment TEXT NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " tester TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " at TEXT)"),
            QStringLiteral("CREATE INDEX test_results_by_task"
                           " ON test_results (task_key, environment, id)"),
            // No ON DELETE here: a release with history cannot be deleted.
            QStringLiteral("CREATE TABLE audit_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " release_id INTEGER REFERENCES releases (id),"
                           " actor TEXT NOT NULL DEFAULT '',"
                           " at TEXT,"
                           " action TEXT NOT NULL DEFAULT '',"
                           " from_stage TEXT NOT NULL DEFAULT '',"
                           " to_stage TEXT NOT NULL DEFAULT '',"
                           " why TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX audit_events_by_release ON audit_events (release_id, id)"),
            // The audit log is evidence: even a bug or a hand-written
            // statement must not be able to rewrite it.
            QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only:"
                           " they cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only:"
                           " they cannot be deleted'); END"),
            // REPLACE deletes the row it displaces without firing DELETE
            // triggers (unless recursive_triggers is on), so refuse it here.
            QStringLiteral("CREATE TRIGGER audit_events_no_replace BEFORE INSERT ON audit_events"
                           " WHEN EXISTS (SELECT 1 FROM audit_events WHERE id = NEW.id)"
                           " BEGIN SELECT RAISE(ABORT, 'audit events are append-only:"
                           " they cannot be replaced'); END"),
        }};
}

// Version 2: writes to the remote systems that wait to be sent. Unlike the
// cache, the outbox cannot be rebuilt from anywhere else.
MigrationStep outbox()
{
    return {2,
            QStringLiteral("add the outbox"),
            {
                QStringLiteral("CREATE TABLE outbox ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " release_id INTEGER REFERENCES releases (id),"
                               " kind TEXT NOT NULL,"
                               " payload BLOB NOT NULL,"
                               " idempotency_key TEXT NOT NULL UNIQUE"
                               "  CHECK (idempotency_key <> ''),"
                               " state TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " next_attempt TEXT,"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " created TEXT)"),
                QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, id)"),
                QStringLiteral("CREATE INDEX outbox_by_release ON outbox (release_id)"),
            }};
}

// Version 3: what incremental sync needs to resume where it stopped, and the
// release channel as sync read it. A cursor is written in the same
// transaction as the page it covers. author and text are NOT NULL DEFAULT ''
// like every other text column, so that reads need no COALESCE.
MigrationStep syncState()
{
    return {3,
            QStringLiteral("add the sync state and the release channel"),
            {
                QStringLiteral("CREATE TABLE sync_cursors ("
                               " source TEXT PRIMARY KEY NOT NULL,"
                               " value TEXT NOT NULL,"
                               " synced TEXT)"),
                QStringLiteral("CREATE TABLE channel_messages ("
                               " ts TEXT PRIMARY KEY NOT NULL,"
                               " thread_ts TEXT NOT NULL DEFAULT '',"
                               " author TEXT NOT NULL DEFAULT '',"
                               " text TEXT NOT NULL DEFAULT '',"
                               " posted TEXT,"
                               " release_name TEXT NOT NULL DEFAULT '',"
                               " kind TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX channel_messages_by_release"
                               " ON channel_messages (release_name, ts)"),
            }};
}

// Version 4: verdicts are shared through Jira; the ref names a verdict on
// every desk (VerdictComment), so that one read back is stored once. Verdicts
// given before have none and stay where they were given.
MigrationStep sharedVerdicts()
{
    return {4,
            QStringLiteral("name verdicts by their ref"),
            {
                QStringLiteral("ALTER TABLE test_results ADD COLUMN ref TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE UNIQUE INDEX test_results_by_ref ON test_results (ref)"
                               " WHERE ref <> ''"),
            }};
}

// Version 5: an entry being sent is leased to the store that claimed it, so
// that a second process on the profile (the window and the CLI) does not take
// it while its write is on the way. Entries stay as they are; one left Sending
// before has no owner and is taken at once, as it was.
MigrationStep outboxLeases()
{
    return {
        5,
        QStringLiteral("lease outbox entries to their sender"),
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_expires TEXT"),
        }};
}

// Version 6: the peer review of each task's change as GitHub's pull requests
// show it, one row per task a pull request names. Part of the cache: a sync
// replaces it whole.
MigrationStep peerReviews()
{
    return {6,
            QStringLiteral("add the peer reviews"),
            {
                QStringLiteral("CREATE TABLE peer_reviews ("
                               " task_key TEXT NOT NULL,"
                               " repository TEXT NOT NULL,"
                               " number INTEGER NOT NULL,"
                               " url TEXT NOT NULL DEFAULT '',"
                               " title TEXT NOT NULL DEFAULT '',"
                               " branch TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL,"
                               " reviewers TEXT NOT NULL DEFAULT '',"
                               " changes_requested_by TEXT NOT NULL DEFAULT '',"
                               " updated TEXT,"
                               " PRIMARY KEY (task_key, repository, number))"),
            }};
}

} // namespace

Migrations::Migrations() : m_steps(standardSteps()) {}

Migrations::Migrations(QList<MigrationStep> steps) : m_steps(std::move(steps)) {}

QList<MigrationStep> Migrations::standardSteps()
{
    return {coreTables(), outbox(), syncState(), sharedVerdicts(), outboxLeases(), peerReviews()};
}

int Migrations::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrations::currentVersion(const QSqlDatabase &db)
{
    Sql::Statement query(db, QStringLiteral("PRAGMA user_version"));
    if (!query.isPrepared() || !query.exec() || !query.next()) {
        return Result<int>::failure(tr("Could not read the schema version of %1: %2")
                                        .arg(db.databaseName(), query.error()));
    }
    return query.value(0).toInt();
}

Status Migrations::check(const QSqlDatabase &db) const
{
    const Result<int> version = currentVersion(db);
    if (!version)
        return version.failure();
    if (version.value() > latestVersion())
        return refuseNewer(version.value());
    return success();
}

Status Migrations::migrate(const QSqlDatabase &db, int targetVersion) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).version != i + 1) {
            return Status::failure(tr("The migration list is broken: step %1 has version %2.")
                                       .arg(i + 1)
                                       .arg(m_steps.at(i).version));
        }
    }
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.failure();
    if (current.value() > latestVersion())
        return refuseNewer(current.value());
    if (current.value() > 0 && current.value() < std::min(targetVersion, latestVersion())) {
        if (Status kept = keepCopy(db, current.value()); !kept)
            return kept;
    }
    for (const MigrationStep &step : m_steps) {
        if (step.version <= current.value())
            continue;
        if (step.version > targetVersion)
            break;
        if (Status applied = apply(db, step); !applied)
            return applied;
    }
    return success();
}

Status Migrations::keepCopy(const QSqlDatabase &db, int version)
{
    const QString file = db.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:"))
        return success();
    const QString copy = file + QStringLiteral(".bak-v%1").arg(version);
    // One taken before (an upgrade that failed half-way) is the older copy: kept.
    if (QFileInfo::exists(copy))
        return success();
    // VACUUM INTO writes a consistent copy under a read transaction, while
    // other processes go on reading and writing.
    Sql::Statement vacuum(db, QStringLiteral("VACUUM INTO ?"));
    if (!vacuum.isPrepared() || !vacuum.exec(copy)) {
        return Status::failure(tr("Could not keep a copy of the database at schema %1 in %2 "
                                  "before upgrading it; it was not changed: %3")
                                   .arg(QString::number(version), copy, vacuum.error()));
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

Status Migrations::refuseNewer(int version) const
{
    return Status::failure(tr("This database was written by a newer ReleaseDesk (schema %1; this "
                              "build knows up to %2). It was not modified.")
                               .arg(version)
                               .arg(latestVersion()));
}

Status Migrations::apply(const QSqlDatabase &db, const MigrationStep &step) const
{
    const auto failed = [&](const QString &why) {
        return Status::failure(tr("Could not upgrade the database to schema %1 (%2); it stays at "
                                  "schema %3: %4")
                                   .arg(QString::number(step.version), step.summary,
                                        QString::number(step.version - 1), why));
    };

    Sql::Transaction transaction(db);
    if (const QString error = transaction.begin(); !error.isEmpty())
        return failed(error);
    // Read again under the write lock: another process may have run this step
    // (or a newer build may have upgraded further) since we last looked.
    const Result<int> version = currentVersion(db);
    if (!version)
        return failed(version.error());
    if (version.value() > latestVersion())
        return refuseNewer(version.value());
    if (version.value() >= step.version)
        return success();

    for (const QString &statement : step.statements) {
        if (const QString error = Sql::execute(db, statement); !error.isEmpty())
            return failed(error + QStringLiteral(" — in: ") + statement);
    }
    // PRAGMA takes no bound parameters; the version is our own integer.
    const QString bump = QStringLiteral("PRAGMA user_version = %1").arg(step.version);
    if (const QString error = Sql::execute(db, bump); !error.isEmpty())
        return failed(error);
    if (const QString error = transaction.commit(); !error.isEmpty())
        return failed(error);
    return success();
}

} // namespace ReleaseDesk
