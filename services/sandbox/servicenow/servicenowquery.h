#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// ServiceNow's encoded query (sysparm_query): "state=-5^ORstate=-1^short_descriptionLIKErelease
// ^ORDERBYDESCnumber". Conditions are joined by ^ (AND), ^OR (OR, binding tighter than AND)
// and ^NQ (a new query whose rows are added); a literal ^ in a value is written ^^.

namespace ReleaseDesk::Sandbox::ServiceNow {

struct Condition
{
    QString field; // may dot-walk: "change_request.number"
    QString op;    // "=", "!=", "LIKE", "NOT LIKE", "STARTSWITH", "ENDSWITH", "IN", "NOT IN",
                   // "ISEMPTY", "ISNOTEMPTY", "ANYTHING", ">", ">=", "<", "<="
    QString value;
};

struct OrderBy
{
    QString field;
    bool descending = false;
};

struct EncodedQuery
{
    // Each alternative (split by ^NQ) is an AND of OR-groups of conditions.
    QList<QList<QList<Condition>>> alternatives;
    QList<OrderBy> order;
    // Conditions naming no field, or with no known operator. The platform
    // ignores them (unless glide.invalid_query.returns_no_rows is set), and so do we.
    QStringList ignored;
};

// Parses the query; isField tells whether a (dot-walked) field exists.
EncodedQuery parseQuery(const QString &text, const std::function<bool(const QString &)> &isField);

// The database value of a (dot-walked) field of the record being tested.
using ValueOf = std::function<QString(const QString &field)>;

bool matches(const EncodedQuery &query, const ValueOf &valueOf);
bool matches(const Condition &condition, const QString &actual);

// Orders a against b by the query's ORDERBY clauses: negative, zero or positive.
int compareRows(const QList<OrderBy> &order, const ValueOf &a, const ValueOf &b);

} // namespace ReleaseDesk::Sandbox::ServiceNow
