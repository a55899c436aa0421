#pragma once

#include "models/domain/domain.h"
#include "services/store/sqlsupport.h"

#include <QString>
#include <QVariantList>

// How each domain type maps onto its table: the statements that write and read
// it, the values to bind in the order those statements name the columns, and
// how to rebuild a value from a row. Keeping a type's column order in one
// place is what keeps the INSERT and the SELECT from drifting apart.
//
// The cache's rows (sqliterows.cpp) are upserted by their key, which
// key() gives as text. Their upsert only touches a row whose values differ,
// so that the rows SQLite counts as changed are exactly the new or different
// ones. The release side (sqlitereleaserows.cpp) is written by id.

namespace ReleaseDesk::Rows {

struct ServiceRow
{
    static QString upsertSql();
    static QString selectSql();
    static QVariantList values(const Service &service);
    static Service read(Sql::RowReader &row);
    static QString key(const Service &service) { return service.name; }
    static QString label(const Service &service);
};

// "?, ?, ?": the placeholders of an IN list of `count` values.
QString placeholders(int count);

struct ChangeRow
{
    static QString upsertSql();
    static QString selectSql();
    static QString selectOfKeysSql(int count); // binds `count` task keys
    static QVariantList values(const Change &change);
    static Change read(Sql::RowReader &row);
    static QString key(const Change &change) { return change.key; }
    static QString label(const Change &change);
};

struct BuildRow
{
    static QString upsertSql();
    static QString selectSql();
    // Of one service at one version; binds the service, 1 for any version or 0, the version.
    static QString selectOfVersionSql();
    static QVariantList values(const PipelineBuild &build);
    static PipelineBuild read(Sql::RowReader &row);
    static QString key(const PipelineBuild &build) { return QString::number(build.id); }
    static QString label(const PipelineBuild &build);
};

struct ChannelMessageRow
{
    static QString upsertSql();
    static QString selectSql();          // all, oldest first
    static QString selectOfReleaseSql(); // of one release, oldest first
    static QVariantList values(const ChannelMessage &message);
    static ChannelMessage read(Sql::RowReader &row);
    static QString key(const ChannelMessage &message) { return message.ts; }
    static QString label(const ChannelMessage &message);
};

struct SyncCursorRow
{
    static QString upsertSql();
    static QString selectSql(); // of one source
    static QVariantList values(const SyncCursor &cursor);
    static SyncCursor read(Sql::RowReader &row);
};

// The release row itself; its services and tasks live in their own tables.
struct ReleaseRow
{
    static QString insertSql();
    static QString updateSql(); // the values, then the id
    static QString selectSql(); // without WHERE and ORDER BY
    static QVariantList values(const Release &release);
    static Release read(Sql::RowReader &row);
};

struct TestResultRow
{
    static QString insertSql();
    static QString selectSql();
    static QString selectOfKeysSql(int count); // binds `count` task keys, oldest first
    static QString updateByRefSql();           // binds updateValues()
    static QVariantList values(const TestResult &result);
    static QVariantList updateValues(const TestResult &result);
    static TestResult read(Sql::RowReader &row);
};

struct AuditEventRow
{
    static QString insertSql();
    static QString selectSql(); // of one release
    static QVariantList values(const AuditEvent &event);
    static AuditEvent read(Sql::RowReader &row);
};

struct OutboxRow
{
    static QString insertSql();
    // The attempt's fields, then the id, Sending and the owner: it ends the
    // lease, and changes no row while another owner's lease holds it.
    static QString updateSql();
    static QString selectSql();          // in one state, oldest first
    static QString selectAllSql();       // newest first
    static QString selectOfReleaseSql(); // of one release, oldest first
    static QString selectByIdSql();
    // The entries still Sending, oldest first: id, lease owner, lease expiry;
    // binds Sending.
    static QString selectSendingSql();
    // The oldest entry that is Pending and due; binds pending and now.
    static QString selectNextPendingSql();
    static QString selectLeaseOwnerSql(); // of one entry; binds the id
    // One attempt more, leased; binds Sending, the owner, the lease's expiry,
    // the id and the state it was found in. Changes no row if another
    // process moved it meanwhile.
    static QString claimSql();
    static QString setStateSql(); // binds the state, the next attempt and the id
    static QString completeSql(); // Done, nothing due, no error; binds Done and the id
    static QVariantList values(const OutboxEntry &entry);
    static QVariantList attemptValues(const OutboxEntry &entry, const QString &owner);
    static OutboxEntry read(Sql::RowReader &row);
};

} // namespace ReleaseDesk::Rows
