// The cache's rows: what sync reads from the remote systems, and how far it read.

#include "services/store/sqliterows.h"

#include <initializer_list>

namespace ReleaseDesk::Rows {

using Sql::toValue;

namespace {

// INSERT of `columns` (the first is the key) that updates an existing row only
// when one of its values differs: SQLite then counts a row as changed exactly
// when it was new or different, and an identical re-save writes nothing. IS NOT
// compares NULLs (unknown timestamps) as values. The names are our own fixed
// column names, never input.
QString changedOnlyUpsert(const char *table, std::initializer_list<const char *> columns)
{
    QStringList names;
    QStringList placeholders;
    QStringList assignments;
    QStringList differences;
    for (const char *name : columns) {
        const QLatin1String column(name);
        names << column;
        placeholders << QStringLiteral("?");
        if (names.size() == 1)
            continue;
        assignments << column + QLatin1String(" = excluded.") + column;
        differences << column + QLatin1String(" IS NOT excluded.") + column;
    }
    const QLatin1String comma(", ");
    return QLatin1String("INSERT INTO ") + QLatin1String(table) + QLatin1String(" (") +
           names.join(comma) + QLatin1String(") VALUES (") + placeholders.join(comma) +
           QLatin1String(") ON CONFLICT (") + names.constFirst() +
           QLatin1String(") DO UPDATE SET ") + assignments.join(comma) + QLatin1String(" WHERE ") +
           differences.join(QLatin1String(" OR "));
}

} // namespace

QString ServiceRow::upsertSql()
{
    return changedOnlyUpsert("services", {"name", "pipeline", "deployment_type", "team"});
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
    return changedOnlyUpsert("changes",
                             {"task_key", "summary", "status", "assignee", "service", "branch",
                              "commit_sha", "fix_version", "review", "updated"});
}

QString ChangeRow::selectSql()
{
    return QStringLiteral("SELECT task_key, summary, status, assignee, service, branch, commit_sha,"
                          " fix_version, review, updated FROM changes ORDER BY task_key");
}

QString placeholders(int count)
{
    QString list;
    list.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        list += i == 0 ? QLatin1String("?") : QLatin1String(", ?");
    return list;
}

QString ChangeRow::selectOfKeysSql(int count)
{
    return QStringLiteral("SELECT task_key, summary, status, assignee, service, branch, commit_sha,"
                          " fix_version, review, updated FROM changes WHERE task_key IN (%1)")
        .arg(placeholders(count));
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
    return changedOnlyUpsert("pipeline_builds", {"id", "service", "job", "name", "status",
                                                 "version", "started", "finished"});
}

QString BuildRow::selectOfVersionSql()
{
    return QStringLiteral("SELECT id, service, job, name, status, version, started, finished"
                          " FROM pipeline_builds WHERE service = ? AND (? = 1 OR version = ?)"
                          " ORDER BY id");
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

QString ChannelMessageRow::upsertSql()
{
    return changedOnlyUpsert("channel_messages", {"ts", "thread_ts", "author", "text", "posted",
                                                  "release_name", "kind"});
}

// Slack's ts is the message's time, and unique: ordered as text it is time order.
QString ChannelMessageRow::selectSql()
{
    return QStringLiteral("SELECT ts, thread_ts, author, text, posted, release_name, kind"
                          " FROM channel_messages ORDER BY ts");
}

QString ChannelMessageRow::selectOfReleaseSql()
{
    return QStringLiteral("SELECT ts, thread_ts, author, text, posted, release_name, kind"
                          " FROM channel_messages WHERE release_name = ? ORDER BY ts");
}

QVariantList ChannelMessageRow::values(const ChannelMessage &message)
{
    return {toValue(message.ts),         toValue(message.threadTs), toValue(message.author),
            toValue(message.text),       toValue(message.posted),   toValue(message.releaseName),
            toValue(toKey(message.kind))};
}

ChannelMessage ChannelMessageRow::read(Sql::RowReader &row)
{
    ChannelMessage message;
    message.ts = row.text(0);
    message.threadTs = row.text(1);
    message.author = row.text(2);
    message.text = row.text(3);
    message.posted = row.timestamp(4);
    message.releaseName = row.text(5);
    // A kind this version does not know, a newer version's, reads as None:
    // a message that asks and answers nothing, as it always was to this version.
    message.kind = fromKey<ChannelMessageKind>(row.text(6)).value_or(ChannelMessageKind::None);
    return message;
}

QString ChannelMessageRow::label(const ChannelMessage &message)
{
    return QStringLiteral("channel message %1").arg(message.ts);
}

QString SyncCursorRow::upsertSql()
{
    return QStringLiteral("INSERT INTO sync_cursors (source, value, synced) VALUES (?, ?, ?)"
                          " ON CONFLICT (source) DO UPDATE SET value = excluded.value,"
                          " synced = excluded.synced");
}

QString SyncCursorRow::selectSql()
{
    return QStringLiteral("SELECT source, value, synced FROM sync_cursors WHERE source = ?");
}

QVariantList SyncCursorRow::values(const SyncCursor &cursor)
{
    return {toValue(cursor.source), toValue(cursor.value), toValue(cursor.synced)};
}

SyncCursor SyncCursorRow::read(Sql::RowReader &row)
{
    SyncCursor cursor;
    cursor.source = row.text(0);
    cursor.value = row.text(1);
    cursor.synced = row.timestamp(2);
    return cursor;
}

} // namespace ReleaseDesk::Rows
