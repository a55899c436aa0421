#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// JQL text for the Jira client's searches. Values are always quoted string
// literals and fields come from a fixed list, so nothing a user typed (a fix
// version, a label, a name) can add a clause, close a parenthesis or name a
// field or function.

namespace ReleaseDesk {

namespace Jql {

// The fields ReleaseDesk searches by. An enum rather than a name, so that a
// field can only ever be one of these.
enum class Field {
    Project,
    Key,
    FixVersion,
    Status,
    Labels,
    Component,
    Assignee,
    Updated,
    Created
};

// The field's JQL name: "fixVersion".
QString fieldName(Field field);

// `value` as one JQL string literal: in double quotes, with \" and \\ escaped,
// tab, line breaks and other control characters written as escapes (Jira's
// lexer refuses them raw inside quotes). Keywords, operators and reserved
// characters such as ( ) , = ~ ! * % need nothing more: in quotes they are text.
QString quote(const QString &value);

} // namespace Jql

// A search as clauses joined by AND, then an optional ORDER BY.
class JqlQuery
{
    Q_DECLARE_TR_FUNCTIONS(JqlQuery)

public:
    // `text`, JQL that whoever set up a connection wrote ("labels = release"),
    // trimmed, if it can be ANDed to a query as one condition in parentheses:
    // its quotes close, its parentheses balance outside them, it has no
    // backslash outside them and no ORDER BY. The error says what is wrong,
    // for the connection's settings.
    static Result<QString> restriction(const QString &text);

    JqlQuery &whereEquals(Jql::Field field, const QString &value);
    // An empty list matches no issue; it renders as `field IN ()`, which Jira
    // refuses (400), so a forgotten check fails loudly instead of widening the
    // search. matchesNothing() lets a caller skip the request.
    JqlQuery &whereIn(Jql::Field field, const QStringList &values);
    // A restriction written in JQL (see restriction()), in parentheses so
    // that an OR inside it cannot widen the rest; empty adds nothing. One that
    // is not a single condition makes the query match nothing rather than more.
    JqlQuery &whereJql(const QString &restriction);
    // `updated >= "yyyy-MM-dd HH:mm"`. Jira reads a JQL date in the searching
    // user's time zone, so `since` is converted to `userZone` (the zone of the
    // account the client searches as; UTC for the bot accounts). JQL has no
    // seconds: the minute is rounded down, so an incremental sync fetches a
    // few issues twice rather than missing one. An invalid `since` (never
    // synced) adds no clause.
    JqlQuery &whereUpdatedSince(const QDateTime &since,
                                const QTimeZone &userZone = QTimeZone::utc());
    // Each call adds a sort key after the earlier ones.
    JqlQuery &orderBy(Jql::Field field, Qt::SortOrder order = Qt::AscendingOrder);

    bool matchesNothing() const { return m_matchesNothing; }
    QString toString() const;

private:
    QStringList m_clauses;
    QStringList m_order;
    bool m_matchesNothing = false;
};

} // namespace ReleaseDesk
