#include "services/sandbox/jira/jql.h"

#include "services/sandbox/jira/jirastore.h"
#include "services/sandbox/jira/jqlfields.h"

#include <QRegularExpression>

#include <algorithm>

// Checks a parsed query against the store and turns it into predicates and
// comparisons, with Jira's messages for unknown fields, values and operators.

namespace ReleaseDesk::Sandbox::Jira {

using namespace JqlFields;

class JqlCompiler
{
public:
    using Predicate = JqlQuery::Predicate;
    using Comparison = JqlQuery::Comparison;

    JqlCompiler(const Store &store, const QString &currentUser, const QDateTime &now)
        : m_store(store), m_currentUser(currentUser), m_now(now)
    {}

    JqlQuery compile(const JqlAst &ast)
    {
        JqlQuery query;
        if (!ast.where.empty())
            query.m_where = node(ast.where.front());
        for (const JqlSort &sort : ast.order) {
            if (Comparison comparison = order(sort.field)) {
                query.m_order.push_back(
                    sort.descending ? Comparison([comparison](const Issue &a, const Issue &b) {
                        return comparison(b, a);
                    })
                                    : comparison);
            }
        }
        return query;
    }

    QStringList errors;

private:
    Predicate node(const JqlNode &node)
    {
        switch (node.kind) {
        case JqlNode::Kind::Clause:
            return clause(node);
        case JqlNode::Kind::Not: {
            const Predicate inner = this->node(node.children.front());
            return [inner](const Issue &issue) { return !inner(issue); };
        }
        case JqlNode::Kind::And:
        case JqlNode::Kind::Or: {
            std::vector<Predicate> parts;
            for (const JqlNode &child : node.children)
                parts.push_back(this->node(child));
            const bool all = node.kind == JqlNode::Kind::And;
            return [parts, all](const Issue &issue) {
                for (const Predicate &part : parts) {
                    if (part(issue) != all)
                        return !all;
                }
                return all;
            };
        }
        }
        return {};
    }

    // Records Jira's message for a bad clause; the clause then matches nothing.
    Predicate fail(const QString &message)
    {
        if (!errors.contains(message))
            errors << message;
        return rejected();
    }
    // For a clause whose error is recorded already.
    static Predicate rejected()
    {
        return [](const Issue &) { return false; };
    }

    Predicate clause(const JqlNode &clause)
    {
        switch (fieldNamed(clause.field)) {
        case Field::Unknown:
            return fail(unknownField(clause.field));
        case Field::NotEmulated:
            return fail(QStringLiteral("The sandbox does not emulate the field '%1'; it searches "
                                       "by project, key, status, statusCategory, issuetype, "
                                       "fixVersion, component, labels, assignee, reporter, "
                                       "summary, created and updated.")
                            .arg(clause.field));
        case Field::Summary:
            return summary(clause);
        case Field::Updated:
            return date(clause, &Issue::updated);
        case Field::Created:
            return date(clause, &Issue::created);
        case Field::Key:
            if (QStringList{QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("<="),
                            QStringLiteral(">=")}
                    .contains(clause.op)) {
                return keyRange(clause);
            }
            break;
        default:
            break;
        }
        return membership(clause);
    }

    bool checkOperator(const JqlNode &clause, const QStringList &allowed)
    {
        if (allowed.contains(clause.op))
            return true;
        fail(QStringLiteral("The operator '%1' is not supported by the '%2' field.")
                 .arg(clause.op, clause.field));
        return false;
    }

    // Fields compared by value: =, !=, IN, NOT IN, and IS [NOT] EMPTY where it can be empty.
    Predicate membership(const JqlNode &clause)
    {
        const Field field = fieldNamed(clause.field);
        const bool canBeEmpty = field == Field::FixVersion || field == Field::Component ||
                                field == Field::Labels || field == Field::Assignee ||
                                field == Field::Reporter;
        QStringList allowed{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("IN"),
                            QStringLiteral("NOT IN")};
        if (canBeEmpty)
            allowed << QStringLiteral("IS") << QStringLiteral("IS NOT");
        if (!checkOperator(clause, allowed))
            return rejected();

        const JqlOperand &operand = clause.operand;
        const bool listOperator = clause.op == u"IN" || clause.op == u"NOT IN";
        const bool negated = clause.op == u"!=" || clause.op == u"NOT IN" || clause.op == u"IS NOT";
        const bool wantsEmpty = operand.kind == JqlOperand::Kind::Empty || operand.includesEmpty;
        if (wantsEmpty && !canBeEmpty) {
            return fail(
                QStringLiteral("The field '%1' does not support searching for EMPTY values.")
                    .arg(clause.field));
        }
        if (clause.op.startsWith(u"IS") && operand.kind != JqlOperand::Kind::Empty) {
            return fail(QStringLiteral("The operator '%1' only supports searching for EMPTY "
                                       "values of the field '%2'.")
                            .arg(clause.opText, clause.field));
        }

        QStringList values = operand.values;
        QSet<qint64> versionIds;
        if (operand.kind == JqlOperand::Kind::Function) {
            const auto resolved = functionValues(clause, field, listOperator, versionIds);
            if (!resolved)
                return rejected();
            values = *resolved;
        } else if (operand.kind == JqlOperand::Kind::List && !listOperator) {
            return fail(QStringLiteral("Operator '%1' does not support the list value '%2' for "
                                       "field '%3'.")
                            .arg(clause.opText, operand.text, clause.field));
        } else if (operand.kind == JqlOperand::Kind::Value && listOperator) {
            return fail(QStringLiteral("Operator '%1' does not support the non-list value '%2' "
                                       "for field '%3'.")
                            .arg(clause.opText, operand.text, clause.field));
        }

        // Every value resolved to the form the issues hold, or an error for it.
        QSet<QString> accepted;
        bool unresolved = false;
        for (const QString &value : std::as_const(values)) {
            const QString canonical = resolve(field, value, clause.field, versionIds);
            unresolved = unresolved || canonical.isNull();
            accepted.insert(canonical);
        }
        if (unresolved)
            return rejected();

        const Predicate has = matcher(field, accepted, versionIds);
        const Predicate empty = emptiness(field);
        if (operand.kind == JqlOperand::Kind::Empty)
            return negated ? Predicate([empty](const Issue &i) { return !empty(i); }) : empty;
        if (negated) // Jira's != leaves out issues where the field is empty
            return [has, empty](const Issue &i) { return !empty(i) && !has(i); };
        if (wantsEmpty)
            return [has, empty](const Issue &i) { return empty(i) || has(i); };
        return has;
    }

    std::optional<QStringList> functionValues(const JqlNode &clause, Field field, bool listOperator,
                                              QSet<qint64> &versionIds)
    {
        const QString name = clause.operand.function.toLower();
        const bool userField = field == Field::Assignee || field == Field::Reporter;
        if (name == u"currentuser" && userField && clause.operand.values.isEmpty())
            return QStringList{m_currentUser};
        if ((name == u"releasedversions" || name == u"unreleasedversions") &&
            field == Field::FixVersion) {
            if (!listOperator) {
                fail(QStringLiteral("Operator '%1' does not support the list value '%2' for field "
                                    "'%3'.")
                         .arg(clause.opText, clause.operand.text, clause.field));
                return std::nullopt;
            }
            for (const QString &project : clause.operand.values) {
                if (project.compare(m_store.projectKey, Qt::CaseInsensitive) != 0 &&
                    project.compare(m_store.projectName, Qt::CaseInsensitive) != 0) {
                    fail(QStringLiteral("Could not resolve the project '%1' provided to function "
                                        "'%2'.")
                             .arg(project, clause.operand.function));
                    return std::nullopt;
                }
            }
            const bool released = name == u"releasedversions";
            for (const Version &version : m_store.versions) {
                if (version.released == released)
                    versionIds.insert(version.id);
            }
            return QStringList();
        }
        fail(QStringLiteral("Unable to find JQL function '%1'.").arg(clause.operand.text));
        return std::nullopt;
    }

    QString valueError(const QString &value, const QString &fieldName)
    {
        fail(QStringLiteral("The value '%1' does not exist for the field '%2'.")
                 .arg(value, fieldName));
        return {};
    }

    // The value as the issues hold it (a status name, a username, ...); a null
    // string after recording the error when nothing has that value.
    QString resolve(Field field, const QString &value, const QString &fieldName,
                    QSet<qint64> &versionIds)
    {
        switch (field) {
        case Field::Project:
            if (value.compare(m_store.projectKey, Qt::CaseInsensitive) == 0 ||
                value.compare(m_store.projectName, Qt::CaseInsensitive) == 0 ||
                value == QString::number(m_store.projectId)) {
                return m_store.projectKey;
            }
            if (m_store.conventions.otherProjects.contains(value, Qt::CaseInsensitive))
                return value.toUpper();
            return valueError(value, fieldName);
        case Field::Key:
            return resolveKey(value, fieldName);
        case Field::Status:
            if (const WorkflowStatus *status = workflowStatus(value))
                return status->name;
            return valueError(value, fieldName);
        case Field::StatusCategory:
            for (const WorkflowStatus &status : workflowStatuses()) {
                if (status.categoryKey.compare(value, Qt::CaseInsensitive) == 0 ||
                    status.categoryName.compare(value, Qt::CaseInsensitive) == 0 ||
                    QString::number(status.categoryId) == value) {
                    return status.categoryKey;
                }
            }
            return valueError(value, fieldName);
        case Field::IssueType:
            if (value.compare(QLatin1String("Task"), Qt::CaseInsensitive) == 0 ||
                value == QLatin1String("10002")) {
                return QStringLiteral("Task");
            }
            return valueError(value, fieldName);
        case Field::FixVersion: {
            // A name matches the version of that name in every project, as in Jira.
            const Version *version = nullptr;
            for (const Version &named : m_store.versions) {
                if (named.name.compare(value, Qt::CaseInsensitive) == 0) {
                    version = version ? version : &named;
                    versionIds.insert(named.id);
                }
            }
            bool numeric = false;
            if (!version && value.toLongLong(&numeric) && numeric)
                version = m_store.version(value.toLongLong());
            if (!version)
                return valueError(value, fieldName);
            versionIds.insert(version->id);
            return version->name;
        }
        case Field::Component:
            for (const QString &component : m_store.componentNames) {
                if (component.compare(value, Qt::CaseInsensitive) == 0)
                    return component;
            }
            return valueError(value, fieldName);
        case Field::Labels:
            return value.toLower();
        case Field::Assignee:
        case Field::Reporter: {
            QStringList people = m_store.accounts;
            people << QString::fromLatin1(botName);
            for (const QString &name : std::as_const(people)) {
                const User user = userNamed(name);
                for (const QString &form :
                     {user.name, user.accountId, user.email, user.displayName}) {
                    if (form.compare(value, Qt::CaseInsensitive) == 0)
                        return user.name;
                }
            }
            return valueError(value, fieldName);
        }
        default:
            return valueError(value, fieldName);
        }
    }

    QString resolveKey(const QString &value, const QString &fieldName)
    {
        bool numeric = false;
        value.toLongLong(&numeric);
        if (!numeric && !isKeyLike(value)) {
            fail(QStringLiteral("The issue key '%1' for field '%2' is invalid.")
                     .arg(value, fieldName));
            return {};
        }
        if (const Issue *issue = m_store.issue(value))
            return issue->key;
        fail(QStringLiteral("An issue with key '%1' does not exist for field '%2'.")
                 .arg(value, fieldName));
        return {};
    }

    bool singleValue(const JqlNode &clause)
    {
        if (clause.operand.kind == JqlOperand::Kind::Value)
            return true;
        if (clause.operand.kind == JqlOperand::Kind::List) {
            fail(
                QStringLiteral("Operator '%1' does not support the list value '%2' for field '%3'.")
                    .arg(clause.opText, clause.operand.text, clause.field));
        } else if (clause.operand.kind == JqlOperand::Kind::Empty) {
            fail(QStringLiteral("The operator '%1' does not support searching for EMPTY values of "
                                "the field '%2'.")
                     .arg(clause.op, clause.field));
        } else {
            fail(QStringLiteral("Unable to find JQL function '%1'.").arg(clause.operand.text));
        }
        return false;
    }

    Predicate keyRange(const JqlNode &clause)
    {
        if (!singleValue(clause))
            return rejected();
        const QString key = resolveKey(clause.operand.values.value(0), clause.field);
        if (key.isNull())
            return rejected();
        return compare(
            clause.op, [](const Issue &issue) { return qint64(issue.number); },
            key.section(u'-', 1).toLongLong());
    }

    Predicate date(const JqlNode &clause, QDateTime Issue::*member)
    {
        if (!checkOperator(clause,
                           {QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"),
                            QStringLiteral(">"), QStringLiteral("<="), QStringLiteral(">=")}) ||
            !singleValue(clause)) {
            return rejected();
        }
        const QString value = clause.operand.values.value(0);
        const auto when = parseDate(value, m_now, m_store.timeZoneOf(m_currentUser));
        if (!when) {
            return fail(QStringLiteral("Date value '%1' for field '%2' is invalid. Valid formats "
                                       "include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', "
                                       "'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. "
                                       "'-5d', '4w 2d'.")
                            .arg(value, clause.field));
        }
        return compare(
            clause.op, [member](const Issue &issue) { return (issue.*member).toMSecsSinceEpoch(); },
            when->toMSecsSinceEpoch());
    }

    // "~": every word of the value appears in the summary, case aside.
    Predicate summary(const JqlNode &clause)
    {
        if (!checkOperator(clause, {QStringLiteral("~"), QStringLiteral("!~")}) ||
            !singleValue(clause))
            return rejected();
        QStringList words = clause.operand.values.value(0).toLower().split(
            QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
        const bool negated = clause.op == u"!~";
        return [words, negated](const Issue &issue) {
            const QString text = issue.summary.toLower();
            const bool all = std::all_of(words.cbegin(), words.cend(),
                                         [&](const QString &word) { return text.contains(word); });
            return all != negated;
        };
    }

    Comparison order(const QString &name)
    {
        const Field field = fieldNamed(name);
        if (field == Field::Unknown) {
            fail(unknownField(name));
            return {};
        }
        Comparison comparison = ordering(field);
        if (!comparison)
            fail(QStringLiteral("Not able to sort using field '%1'.").arg(name));
        return comparison;
    }

    const Store &m_store;
    QString m_currentUser;
    QDateTime m_now;
};

JqlQuery JqlQuery::compile(const QString &text, const Store &store, const QString &currentUser,
                           const QDateTime &now, Errors *errors)
{
    const auto ast = parseJql(text);
    if (!ast) {
        errors->messages = {ast.error()};
        return {};
    }
    JqlCompiler compiler(store, currentUser, now);
    JqlQuery query = compiler.compile(ast.value());
    errors->messages = compiler.errors;
    return query;
}

std::vector<qsizetype> JqlQuery::run(const Store &store) const
{
    const std::vector<Issue> &issues = store.issues();
    std::vector<qsizetype> matching;
    for (size_t i = 0; i < issues.size(); ++i) {
        if (!m_where || m_where(issues[i]))
            matching.push_back(qsizetype(i));
    }
    // The requested order, then newest key first as Jira orders by default.
    std::stable_sort(matching.begin(), matching.end(), [&](qsizetype a, qsizetype b) {
        const Issue &left = issues[size_t(a)];
        const Issue &right = issues[size_t(b)];
        for (const Comparison &comparison : m_order) {
            if (const int result = comparison(left, right))
                return result < 0;
        }
        return left.number > right.number;
    });
    return matching;
}

} // namespace ReleaseDesk::Sandbox::Jira
