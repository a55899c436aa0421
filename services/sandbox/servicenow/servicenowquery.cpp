#include "services/sandbox/servicenow/servicenowquery.h"

#include <array>

namespace ReleaseDesk::Sandbox::ServiceNow {
namespace {

// Longest first, so that "ISNOTEMPTY" is not read as "IS..." and "!=" not as "=".
constexpr std::array operators{
    "ISNOTEMPTY", "ISEMPTY", "ANYTHING", "STARTSWITH", "ENDSWITH", "NOT LIKE", "NOT IN", "LIKE",
    "IN",         "!=",      ">=",       "<=",         "=",        ">",        "<"};

bool isUnary(const QString &op)
{
    return op == u"ISEMPTY" || op == u"ISNOTEMPTY" || op == u"ANYTHING";
}

// Splits at single carets; "^^" stands for a caret inside a value.
QStringList segments(const QString &text)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'^') {
            current += text.at(i);
        } else if (i + 1 < text.size() && text.at(i + 1) == u'^') {
            current += u'^';
            ++i;
        } else {
            parts << current;
            current.clear();
        }
    }
    parts << current;
    return parts;
}

// The longest field name the text starts with that an operator follows.
std::optional<Condition> parseCondition(const QString &text,
                                        const std::function<bool(const QString &)> &isField)
{
    for (qsizetype length = text.size(); length > 0; --length) {
        const QString field = text.left(length);
        if (!isField(field))
            continue;
        const QString rest = text.mid(length);
        for (const char *op : operators) {
            const QLatin1String name(op);
            if (rest.startsWith(name)) {
                const QString value = isUnary(name) ? QString() : rest.mid(name.size());
                return Condition{field, QString(name), value};
            }
        }
    }
    return std::nullopt;
}

bool asNumber(const QString &text, double &number)
{
    bool ok = false;
    number = text.toDouble(&ok);
    return ok;
}

// Numbers compare as numbers; everything else, dates in "yyyy-MM-dd HH:mm:ss"
// included, as text.
int compareValues(const QString &a, const QString &b)
{
    double left = 0;
    double right = 0;
    if (asNumber(a, left) && asNumber(b, right))
        return left < right ? -1 : (left > right ? 1 : 0);
    return a.compare(b, Qt::CaseInsensitive);
}

bool equal(const QString &a, const QString &b)
{
    // The instance's database compares text without regard to case.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool inList(const QString &actual, const QString &list)
{
    const QStringList items = list.split(u',');
    return std::any_of(items.cbegin(), items.cend(),
                       [&](const QString &item) { return equal(actual, item); });
}

} // namespace

EncodedQuery parseQuery(const QString &text, const std::function<bool(const QString &)> &isField)
{
    EncodedQuery query;
    query.alternatives.append(QList<QList<Condition>>());
    const QStringList parts = segments(text);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        if (part.isEmpty() || part == u"EQ")
            continue;
        if (part.startsWith(u"ORDERBYDESC") || part.startsWith(u"ORDERBY")) {
            const bool descending = part.startsWith(u"ORDERBYDESC");
            const QString field = part.mid(descending ? 11 : 7);
            if (isField(field))
                query.order.append({field, descending});
            else
                query.ignored << part;
            continue;
        }
        if (part.startsWith(u"GROUPBY"))
            continue; // grouping changes nothing in a Table API list
        bool orWithPrevious = false;
        if (i > 0 && part.startsWith(u"NQ")) {
            query.alternatives.append(QList<QList<Condition>>());
            part = part.mid(2);
        } else if (i > 0 && part.startsWith(u"OR")) {
            orWithPrevious = true;
            part = part.mid(2);
        }
        const auto condition = parseCondition(part, isField);
        if (!condition) {
            query.ignored << part;
            continue;
        }
        auto &groups = query.alternatives.last();
        if (orWithPrevious && !groups.isEmpty())
            groups.last().append(*condition);
        else
            groups.append(QList<Condition>{*condition});
    }
    return query;
}

bool matches(const Condition &condition, const QString &actual)
{
    const QString &op = condition.op;
    const QString &value = condition.value;
    if (op == u"=")
        return equal(actual, value);
    if (op == u"!=")
        return !equal(actual, value);
    if (op == u"LIKE")
        return actual.contains(value, Qt::CaseInsensitive);
    if (op == u"NOT LIKE")
        return !actual.contains(value, Qt::CaseInsensitive);
    if (op == u"STARTSWITH")
        return actual.startsWith(value, Qt::CaseInsensitive);
    if (op == u"ENDSWITH")
        return actual.endsWith(value, Qt::CaseInsensitive);
    if (op == u"IN")
        return inList(actual, value);
    if (op == u"NOT IN")
        return !inList(actual, value);
    if (op == u"ISEMPTY")
        return actual.isEmpty();
    if (op == u"ISNOTEMPTY")
        return !actual.isEmpty();
    if (op == u"ANYTHING")
        return true;
    // An empty field is NULL in the database: no ordering comparison holds for it.
    if (actual.isEmpty())
        return false;
    const int order = compareValues(actual, value);
    if (op == u">")
        return order > 0;
    if (op == u">=")
        return order >= 0;
    if (op == u"<")
        return order < 0;
    if (op == u"<=")
        return order <= 0;
    return false;
}

bool matches(const EncodedQuery &query, const ValueOf &valueOf)
{
    const auto holds = [&](const QList<QList<Condition>> &groups) {
        return std::all_of(groups.cbegin(), groups.cend(), [&](const QList<Condition> &group) {
            return std::any_of(group.cbegin(), group.cend(), [&](const Condition &condition) {
                return matches(condition, valueOf(condition.field));
            });
        });
    };
    return std::any_of(query.alternatives.cbegin(), query.alternatives.cend(), holds);
}

int compareRows(const QList<OrderBy> &order, const ValueOf &a, const ValueOf &b)
{
    for (const OrderBy &key : order) {
        const QString left = a(key.field);
        const QString right = b(key.field);
        // Empty values (NULL) come first in ascending order.
        int result = left.isEmpty() || right.isEmpty() ? int(right.isEmpty()) - int(left.isEmpty())
                                                       : compareValues(left, right);
        if (key.descending)
            result = -result;
        if (result != 0)
            return result;
    }
    return 0;
}

} // namespace ReleaseDesk::Sandbox::ServiceNow
