#pragma once

#include "models/domain.h"
#include "sqlsupport.h"

#include <QString>
#include <QVariantList>

// How each domain type maps onto its table: the statements that write and read
// it, the values to bind in the order those statements name the columns, and
// how to rebuild a value from a row. Keeping a type's column order in one
// place is what keeps the INSERT and the SELECT from drifting apart.

namespace ReleaseDesk::Rows {

struct ServiceRow
{
    static QString upsertSql();
    static QString selectSql();
    static QVariantList values(const Service &service);
    static Service read(Sql::RowReader &row);
    static QString label(const Service &service);
};

struct ChangeRow
{
    static QString upsertSql();
    static QString selectSql();
    static QVariantList values(const Change &change);
    static Change read(Sql::RowReader &row);
    static QString label(const Change &change);
};

struct BuildRow
{
    static QString upsertSql();
    static QString selectSql();
    static QVariantList values(const PipelineBuild &build);
    static PipelineBuild read(Sql::RowReader &row);
    static QString label(const PipelineBuild &build);
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
    static QVariantList values(const TestResult &result);
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
    static QString updateSql(); // the attempt's fields, then the id
    static QString selectSql(); // in one state
    static QVariantList values(const OutboxEntry &entry);
    static QVariantList attemptValues(const OutboxEntry &entry);
    static OutboxEntry read(Sql::RowReader &row);
};

} // namespace ReleaseDesk::Rows
