#pragma once

#include "models/domain/enums.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <type_traits>

// Small tools shared by the store and its migrations: how domain values become
// SQL values and back, prepared statements that explain their failures, and a
// transaction that cannot be left open by an early return.

namespace ReleaseDesk::Sql {

// Text columns are NOT NULL, and Qt binds a null QString as SQL NULL, so a
// null string is written as ''. Both read back equal to QString().
QVariant toValue(const QString &text);
QVariant toValue(const QByteArray &bytes);
// ISO-8601 in UTC with milliseconds, so that text order is time order and a
// value reads back as the same instant; NULL for an invalid QDateTime.
QVariant toValue(const QDateTime &when);
inline QVariant toValue(qint64 number)
{
    return QVariant(number);
}
inline QVariant toValue(int number)
{
    return QVariant(number);
}
inline QVariant toValue(bool flag)
{
    return QVariant(flag);
}
inline QVariant toValue(const QVariant &value)
{
    return value;
}
template <typename Enum>
requires std::is_enum_v<Enum> QVariant toValue(Enum value)
{
    return toKey(value);
}

// Row ids of 0 mean "none": stored as NULL so that foreign keys accept them.
QVariant nullIfZero(qint64 id);

QString timestampText(const QDateTime &when);

// A statement prepared once and executed as often as needed, with values bound
// by position: never concatenated into the SQL.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    bool isPrepared() const { return m_prepared; }

    template <typename... Values> bool exec(const Values &...values)
    {
        [[maybe_unused]] int position = 0;
        (m_query.bindValue(position++, toValue(values)), ...);
        return m_query.exec();
    }
    bool execValues(const QVariantList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        return m_query.exec();
    }
    bool next() { return m_query.next(); }
    // next() returns false both at the end and on an error; this tells them apart.
    bool failed() const;
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    // Lets a finished read stop holding its snapshot before the transaction ends.
    void finish() { m_query.finish(); }

    // SQLite's own words for the last failure ("UNIQUE constraint failed: ...").
    QString error() const;

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Runs one statement that binds nothing (PRAGMAs, DDL); an empty string on
// success, SQLite's words otherwise.
QString execute(const QSqlDatabase &db, const QString &sql);

// BEGIN ... COMMIT, rolled back by the destructor unless committed. Writes take
// the write lock at BEGIN (IMMEDIATE): a deferred transaction that reads first
// and then writes can fail at once with SQLITE_BUSY when another process wrote
// meanwhile, without waiting for the busy timeout.
class Transaction
{
public:
    enum class Mode { Read, Write };

    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // An empty string on success, SQLite's words otherwise.
    QString begin(Mode mode = Mode::Write);
    QString commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Runs `work` inside one write transaction and commits it unless `work`
// returns what failed. An empty string on success.
QString inTransaction(const QSqlDatabase &db, const std::function<QString()> &work);

// Reads one row's columns into domain values, remembering the first value it
// could not understand (an unknown enum key, a malformed timestamp) so that a
// damaged row is reported instead of being read as a default.
class RowReader
{
public:
    explicit RowReader(const Statement &statement) : m_statement(statement) {}

    QString text(int column) const { return m_statement.value(column).toString(); }
    qint64 integer(int column) const { return m_statement.value(column).toLongLong(); }
    bool flag(int column) const { return m_statement.value(column).toLongLong() != 0; }
    QByteArray bytes(int column) const { return m_statement.value(column).toByteArray(); }
    QDateTime timestamp(int column);

    template <typename Enum> Enum key(int column, const char *what)
    {
        const QString text = m_statement.value(column).toString();
        if (const std::optional<Enum> value = fromKey<Enum>(text))
            return *value;
        remember(QStringLiteral("“%1” is not a known %2").arg(text, QLatin1String(what)));
        return Enum{};
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    void remember(const QString &error);

    const Statement &m_statement;
    QString m_error;
};

// The same result, with its error put into `failure` ("Could not read the
// services: %1").
template <typename T> Result<T> explained(Result<T> result, const QString &failure)
{
    if (result)
        return result;
    return Result<T>::failure(failure.arg(result.error()));
}

// Runs a prepared SELECT and reads every row with `read`; the error is the
// statement's, or the first value a row could not be read back as.
template <typename Row>
Result<QList<Row>> selectRows(const QSqlDatabase &db, const QString &sql, Row (*read)(RowReader &),
                              const QVariantList &values = {})
{
    using Rows = Result<QList<Row>>;
    Statement select(db, sql);
    if (!select.isPrepared() || !select.execValues(values))
        return Rows::failure(select.error());
    QList<Row> rows;
    while (select.next()) {
        RowReader reader(select);
        Row row = read(reader);
        if (!reader.ok())
            return Rows::failure(reader.error());
        rows.append(std::move(row));
    }
    if (select.failed())
        return Rows::failure(select.error());
    return rows;
}

} // namespace ReleaseDesk::Sql
