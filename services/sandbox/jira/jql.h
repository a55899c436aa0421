#pragma once

#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// The part of Jira's query language the sandbox understands, with Jira's own
// error messages. A quoted value is one token whatever it contains, so text a
// client puts in quotes can never change the query's structure.

namespace ReleaseDesk::Sandbox::Jira {

class Store;
struct Issue;

struct JqlOperand
{
    enum class Kind { Value, List, Function, Empty };
    Kind kind = Kind::Value;
    QStringList values;         // a value's text, a list's items, a function's arguments
    QString function;           // "currentUser"
    QString text;               // as written, for messages: "(a, b)", "currentUser()"
    bool includesEmpty = false; // a list with EMPTY among its items
};

struct JqlNode
{
    enum class Kind { And, Or, Not, Clause };
    Kind kind = Kind::Clause;
    std::vector<JqlNode> children;
    // A clause: field, operator and operand as the query wrote them.
    QString field;
    QString op; // upper case, single spaces: "=", "IN", "NOT IN", "IS NOT", "~"
    QString opText;
    JqlOperand operand;
};

struct JqlSort
{
    QString field;
    bool descending = false;
};

struct JqlAst
{
    std::vector<JqlNode> where; // empty, or the one root
    QList<JqlSort> order;
};

// The syntax alone; the error is Jira's "Error in the JQL Query: ..." message.
Result<JqlAst> parseJql(const QString &text);

// A query checked against the store's projects, versions, people and statuses.
class JqlQuery
{
public:
    // The messages Jira answers a bad query with: one syntax error, or every
    // unknown field, value and operator at once.
    struct Errors
    {
        QStringList messages;
    };
    static JqlQuery compile(const QString &text, const Store &store, const QString &currentUser,
                            const QDateTime &now, Errors *errors);

    // Cloud refuses a query without a restriction ("ORDER BY key" or nothing).
    bool isBounded() const { return bool(m_where); }
    // Positions in store.issues() of the matching issues, in the query's order.
    std::vector<qsizetype> run(const Store &store) const;

private:
    using Predicate = std::function<bool(const Issue &)>;
    using Comparison = std::function<int(const Issue &, const Issue &)>;
    friend class JqlCompiler;

    Predicate m_where; // empty: every issue
    std::vector<Comparison> m_order;
};

} // namespace ReleaseDesk::Sandbox::Jira
