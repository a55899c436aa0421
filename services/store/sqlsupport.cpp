#include "services/store/sqlsupport.h"

#include <QSqlError>

namespace ReleaseDesk::Sql {

namespace {

QString describe(const QSqlError &error)
{
    // The database text is SQLite's message; Qt's driver text ("Unable to
    // fetch row") adds nothing a person could act on.
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

} // namespace

QVariant toValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant toValue(const QByteArray &bytes)
{
    return bytes.isNull() ? QVariant(QByteArray("")) : QVariant(bytes);
}

QVariant toValue(const QDateTime &when)
{
    return when.isValid() ? QVariant(timestampText(when)) : QVariant();
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QString timestampText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

Statement::Statement(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    // Forward-only: Qt need not keep rows already read, which matters when a
    // load walks 100,000 rows.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

bool Statement::failed() const
{
    return m_query.lastError().isValid();
}

QString Statement::error() const
{
    return describe(m_query.lastError());
}

QString execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return describe(query.lastError());
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {}

Transaction::~Transaction()
{
    if (m_open)
        execute(m_db, QStringLiteral("ROLLBACK"));
}

QString Transaction::begin(Mode mode)
{
    const QString error = execute(m_db, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                                            : QStringLiteral("BEGIN"));
    m_open = error.isEmpty();
    return error;
}

QString Transaction::commit()
{
    const QString error = execute(m_db, QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open; the destructor rolls it back.
    if (error.isEmpty())
        m_open = false;
    return error;
}

QString inTransaction(const QSqlDatabase &db, const std::function<QString()> &work)
{
    Transaction transaction(db);
    if (const QString error = transaction.begin(); !error.isEmpty())
        return error;
    if (const QString error = work(); !error.isEmpty())
        return error;
    return transaction.commit();
}

QDateTime RowReader::timestamp(int column)
{
    const QVariant value = m_statement.value(column);
    if (value.isNull())
        return {};
    const QString text = value.toString();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        remember(QStringLiteral("“%1” is not a timestamp").arg(text));
        return {};
    }
    return when.toUTC();
}

void RowReader::remember(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

} // namespace ReleaseDesk::Sql
