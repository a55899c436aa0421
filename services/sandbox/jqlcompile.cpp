#include "jql.h"

#include "jirastore.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

// Checks a parsed query against the store and turns it into predicates and
// comparisons, with Jira's messages for unknown fields, values and operators.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

enum class Field { Project, Key, Status, StatusCategory, IssueType, FixVersion, Component, Labels,
                   Assignee, Reporter, Summary, Updated, Created, NotEmulated, Unknown };

Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("project"), Field::Project},
        {QStringLiteral("key"), Field::Key},
        {QStringLiteral("issuekey"), Field::Key},
        {QStringLiteral("issue"), Field::Key},
        {QStringLiteral("id"), Field::Key},
        {QStringLiteral("status"), Field::Status},
        {QStringLiteral("statuscategory"), Field::StatusCategory},
        {QStringLiteral("issuetype"), Field::IssueType},
        {QStringLiteral("type"), Field::IssueType},
        {QStringLiteral("fixversion"), Field::FixVersion},
        {QStringLiteral("component"), Field::Component},
        {QStringLiteral("labels"), Field::Labels},
        {QStringLiteral("assignee"), Field::Assignee},
        {QStringLiteral("reporter"), Field::Reporter},
        {QStringLiteral("summary"), Field::Summary},
        {QStringLiteral("updated"), Field::Updated},
        {QStringLiteral("updateddate"), Field::Updated},
        {QStringLiteral("created"), Field::Created},
        {QStringLiteral("createddate"), Field::Created},
    };
    // Real Jira fields the sandbox's issues do not have.
    static const QStringList notEmulated{
        QStringLiteral("priority"), QStringLiteral("resolution"), QStringLiteral("resolved"),
        QStringLiteral("resolutiondate"), QStringLiteral("due"), QStringLiteral("duedate"),
        QStringLiteral("sprint"), QStringLiteral("parent"), QStringLiteral("description"),
        QStringLiteral("comment"), QStringLiteral("text"), QStringLiteral("environment"),
        QStringLiteral("creator"), QStringLiteral("watcher"), QStringLiteral("votes"),
        QStringLiteral("affectedversion"), QStringLiteral("lastviewed"), QStringLiteral("filter"),
        QStringLiteral("issuelinktype"), QStringLiteral("attachments"), QStringLiteral("rank"),
        QStringLiteral("timespent"), QStringLiteral("worklogdate"), QStringLiteral("level")};
    const QString lower = name.toLower();
    if (notEmulated.contains(lower))
        return Field::NotEmulated;
    return fields.value(lower, Field::Unknown);
}

QString unknownField(const QString &name)
{
    return QStringLiteral("Field '%1' does not exist or you do not have permission to view it.")
        .arg(name);
}

// A JQL date: "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", the same without the
// time, or a period from now such as "-5d" or "4w 2d"; in the bot's zone, UTC.
std::optional<QDateTime> parseDate(const QString &value, const QDateTime &now)
{
    static const QRegularExpression period(
        QStringLiteral("^\\s*([-+]?)\\s*((?:\\d+\\s*[wdhm]\\s*)+)$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([wdhm])"));
    if (const auto match = period.match(value); match.hasMatch()) {
        qint64 seconds = 0;
        static const QHash<QChar, qint64> unit{
            {u'w', 7 * 86400}, {u'd', 86400}, {u'h', 3600}, {u'm', 60}};
        for (auto it = part.globalMatch(match.captured(2)); it.hasNext();) {
            const auto term = it.next();
            seconds += term.captured(1).toLongLong() * unit.value(term.captured(2).at(0));
        }
        return now.addSecs(match.captured(1) == u"-" ? -seconds : seconds);
    }
    for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy/MM/dd HH:mm"),
                                  QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/MM/dd")}) {
        QDateTime time = QDateTime::fromString(value.trimmed(), format);
        if (time.isValid()) {
            time.setTimeZone(QTimeZone::utc());
            return time;
        }
    }
    return std::nullopt;
}

// Where a status stands in the workflow, for ORDER BY status.
qint64 statusRank(const QString &name)
{
    const QList<WorkflowStatus> &statuses = workflowStatuses();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (statuses.at(i).name == name)
            return i;
    }
    return statuses.size();
}

bool isKeyLike(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*-\\d+$"));
    return pattern.match(value).hasMatch();
}

} // namespace

class JqlCompiler
{
public:
    using Predicate = JqlQuery::Predicate;
    using Comparison = JqlQuery::Comparison;

    JqlCompiler(const Store &store, const QString &currentUser, const QDateTime &now)
        : m_store(store), m_currentUser(currentUser), m_now(now)
    {
    }

    JqlQuery compile(const JqlAst &ast)
    {
        JqlQuery query;
        if (!ast.where.empty())
            query.m_where = node(ast.where.front());
        for (const JqlSort &sort : ast.order) {
            if (Comparison comparison = order(sort.field)) {
                query.m_order.push_back(sort.descending
                                            ? Comparison([comparison](const Issue &a, const Issue &b) {
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

    Predicate fail(const QString &message)
    {
        if (!errors.contains(message))
            errors << message;
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
                            QStringLiteral(">=")}.contains(clause.op)) {
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
        const bool canBeEmpty = field == Field::FixVersion || field == Field::Component
                                || field == Field::Labels || field == Field::Assignee
                                || field == Field::Reporter;
        QStringList allowed{QStringLiteral("="), QStringLiteral("!="), QStringLiteral("IN"),
                            QStringLiteral("NOT IN")};
        if (canBeEmpty)
            allowed << QStringLiteral("IS") << QStringLiteral("IS NOT");
        if (!checkOperator(clause, allowed))
            return fail({});

        const JqlOperand &operand = clause.operand;
        const bool listOperator = clause.op == u"IN" || clause.op == u"NOT IN";
        const bool negated = clause.op == u"!=" || clause.op == u"NOT IN" || clause.op == u"IS NOT";
        bool wantsEmpty = operand.kind == JqlOperand::Kind::Empty || operand.includesEmpty;
        if (wantsEmpty && !canBeEmpty) {
            return fail(QStringLiteral("The field '%1' does not support searching for EMPTY values.")
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
                return fail({});
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
        for (const QString &value : std::as_const(values)) {
            const QString canonical = resolve(field, value, clause.field, versionIds);
            if (!canonical.isNull())
                accepted.insert(canonical);
        }
        if (!errors.isEmpty())
            return fail({});

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
        if ((name == u"releasedversions" || name == u"unreleasedversions")
            && field == Field::FixVersion) {
            if (!listOperator) {
                fail(QStringLiteral("Operator '%1' does not support the list value '%2' for field "
                                    "'%3'.")
                         .arg(clause.opText, clause.operand.text, clause.field));
                return std::nullopt;
            }
            for (const QString &project : clause.operand.values) {
                if (project.compare(m_store.projectKey, Qt::CaseInsensitive) != 0
                    && project.compare(m_store.projectName, Qt::CaseInsensitive) != 0) {
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
        fail(QStringLiteral("The value '%1' does not exist for the field '%2'.").arg(value, fieldName));
        return {};
    }

    // The value as the issues hold it (a status name, a username, ...); a null
    // string after recording the error when nothing has that value.
    QString resolve(Field field, const QString &value, const QString &fieldName,
                    QSet<qint64> &versionIds)
    {
        switch (field) {
        case Field::Project:
            if (value.compare(m_store.projectKey, Qt::CaseInsensitive) == 0
                || value.compare(m_store.projectName, Qt::CaseInsensitive) == 0
                || value == QString::number(m_store.projectId)) {
                return m_store.projectKey;
            }
            return valueError(value, fieldName);
        case Field::Key:
            return resolveKey(value, fieldName);
        case Field::Status:
            if (const WorkflowStatus *status = workflowStatus(value))
                return status->name;
            return valueError(value, fieldName);
        case Field::StatusCategory:
            for (const WorkflowStatus &status : workflowStatuses()) {
                if (status.categoryKey.compare(value, Qt::CaseInsensitive) == 0
                    || status.categoryName.compare(value, Qt::CaseInsensitive) == 0
                    || QString::number(status.categoryId) == value) {
                    return status.categoryKey;
                }
            }
            return valueError(value, fieldName);
        case Field::IssueType:
            if (value.compare(QLatin1String("Task"), Qt::CaseInsensitive) == 0
                || value == QLatin1String("10002")) {
                return QStringLiteral("Task");
            }
            return valueError(value, fieldName);
        case Field::FixVersion: {
            const Version *version = m_store.versionNamed(value);
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
            QStringList people = m_store.people;
            people << QString::fromLatin1(botName);
            for (const QString &name : std::as_const(people)) {
                const User user = userNamed(name);
                for (const QString &form : {user.name, user.accountId, user.email, user.displayName}) {
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
            fail(QStringLiteral("The issue key '%1' for field '%2' is invalid.").arg(value, fieldName));
            return {};
        }
        if (const Issue *issue = m_store.issue(value))
            return issue->key;
        fail(QStringLiteral("An issue with key '%1' does not exist for field '%2'.")
                 .arg(value, fieldName));
        return {};
    }

    static Predicate matcher(Field field, const QSet<QString> &accepted,
                             const QSet<qint64> &versionIds)
    {
        const auto anyOf = [accepted](const QStringList &values) {
            return std::any_of(values.cbegin(), values.cend(),
                               [&](const QString &value) { return accepted.contains(value); });
        };
        switch (field) {
        case Field::Project:
        case Field::IssueType: // one project of tasks: a valid value matches every issue
            return [any = !accepted.isEmpty()](const Issue &) { return any; };
        case Field::Key:
            return [accepted](const Issue &issue) { return accepted.contains(issue.key); };
        case Field::Status:
            return [accepted](const Issue &issue) { return accepted.contains(issue.status); };
        case Field::StatusCategory:
            return [accepted](const Issue &issue) {
                const WorkflowStatus *status = workflowStatus(issue.status);
                return status && accepted.contains(status->categoryKey);
            };
        case Field::FixVersion:
            return [versionIds](const Issue &issue) {
                return std::any_of(issue.fixVersions.cbegin(), issue.fixVersions.cend(),
                                   [&](qint64 id) { return versionIds.contains(id); });
            };
        case Field::Component:
            return [anyOf](const Issue &issue) { return anyOf(issue.components); };
        case Field::Labels:
            return [accepted](const Issue &issue) {
                return std::any_of(issue.labels.cbegin(), issue.labels.cend(),
                                   [&](const QString &label) { return accepted.contains(label.toLower()); });
            };
        case Field::Assignee:
            return [accepted](const Issue &issue) { return accepted.contains(issue.assignee); };
        case Field::Reporter:
            return [accepted](const Issue &issue) { return accepted.contains(issue.reporter); };
        default:
            return [](const Issue &) { return false; };
        }
    }

    static Predicate emptiness(Field field)
    {
        switch (field) {
        case Field::FixVersion:
            return [](const Issue &issue) { return issue.fixVersions.isEmpty(); };
        case Field::Component:
            return [](const Issue &issue) { return issue.components.isEmpty(); };
        case Field::Labels:
            return [](const Issue &issue) { return issue.labels.isEmpty(); };
        case Field::Assignee:
            return [](const Issue &issue) { return issue.assignee.isEmpty(); };
        case Field::Reporter:
            return [](const Issue &issue) { return issue.reporter.isEmpty(); };
        default:
            return [](const Issue &) { return false; };
        }
    }

    // One value compared with <, <=, >, >=, = or !=, as ordered numbers.
    static Predicate compare(const QString &op, std::function<qint64(const Issue &)> value,
                             qint64 bound)
    {
        return [op, value, bound](const Issue &issue) {
            const qint64 v = value(issue);
            if (op == u"<") return v < bound;
            if (op == u"<=") return v <= bound;
            if (op == u">") return v > bound;
            if (op == u">=") return v >= bound;
            if (op == u"!=") return v != bound;
            return v == bound;
        };
    }

    bool singleValue(const JqlNode &clause)
    {
        if (clause.operand.kind == JqlOperand::Kind::Value)
            return true;
        if (clause.operand.kind == JqlOperand::Kind::List) {
            fail(QStringLiteral("Operator '%1' does not support the list value '%2' for field '%3'.")
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
            return fail({});
        const QString key = resolveKey(clause.operand.values.value(0), clause.field);
        if (key.isNull())
            return fail({});
        return compare(clause.op, [](const Issue &issue) { return qint64(issue.number); },
                       key.section(u'-', 1).toLongLong());
    }

    Predicate date(const JqlNode &clause, QDateTime Issue::*member)
    {
        if (!checkOperator(clause, {QStringLiteral("="), QStringLiteral("!="), QStringLiteral("<"),
                                    QStringLiteral(">"), QStringLiteral("<="), QStringLiteral(">=")})
            || !singleValue(clause)) {
            return fail({});
        }
        const QString value = clause.operand.values.value(0);
        const auto when = parseDate(value, m_now);
        if (!when) {
            return fail(QStringLiteral("Date value '%1' for field '%2' is invalid. Valid formats "
                                       "include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', "
                                       "'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. "
                                       "'-5d', '4w 2d'.")
                            .arg(value, clause.field));
        }
        return compare(clause.op, [member](const Issue &issue) {
            return (issue.*member).toMSecsSinceEpoch();
        }, when->toMSecsSinceEpoch());
    }

    // "~": every word of the value appears in the summary, case aside.
    Predicate summary(const JqlNode &clause)
    {
        if (!checkOperator(clause, {QStringLiteral("~"), QStringLiteral("!~")}) || !singleValue(clause))
            return fail({});
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
        const auto byNumber = [](qint64 a, qint64 b) { return a < b ? -1 : a > b ? 1 : 0; };
        switch (fieldNamed(name)) {
        case Field::Key:
            return [byNumber](const Issue &a, const Issue &b) { return byNumber(a.number, b.number); };
        case Field::Updated:
            return [byNumber](const Issue &a, const Issue &b) {
                return byNumber(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
            };
        case Field::Created:
            return [byNumber](const Issue &a, const Issue &b) {
                return byNumber(a.created.toMSecsSinceEpoch(), b.created.toMSecsSinceEpoch());
            };
        case Field::Summary:
            return [](const Issue &a, const Issue &b) {
                return a.summary.compare(b.summary, Qt::CaseInsensitive);
            };
        case Field::Status:
            return [byNumber](const Issue &a, const Issue &b) {
                return byNumber(statusRank(a.status), statusRank(b.status));
            };
        case Field::Assignee:
            return [](const Issue &a, const Issue &b) { return a.assignee.compare(b.assignee); };
        case Field::Project:
        case Field::IssueType:
            return [](const Issue &, const Issue &) { return 0; };
        case Field::Unknown:
            fail(unknownField(name));
            return {};
        default:
            fail(QStringLiteral("Not able to sort using field '%1'.").arg(name));
            return {};
        }
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
    compiler.errors.removeAll(QString());
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
