#include "models/formats/jql.h"

#include <QRegularExpression>

namespace ReleaseDesk {
namespace {

// What Jira's JQL grammar (JqlParser.g, CONTROLCHARS) refuses inside a quoted
// string: C0 and C1 controls and the non-characters. \uXXXX is accepted for them.
bool needsUnicodeEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffe;
}

} // namespace

QString Jql::fieldName(Field field)
{
    switch (field) {
    case Field::Project:
        return QStringLiteral("project");
    case Field::Key:
        return QStringLiteral("key");
    case Field::FixVersion:
        return QStringLiteral("fixVersion");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Labels:
        return QStringLiteral("labels");
    case Field::Component:
        return QStringLiteral("component");
    case Field::Assignee:
        return QStringLiteral("assignee");
    case Field::Updated:
        return QStringLiteral("updated");
    case Field::Created:
        return QStringLiteral("created");
    }
    Q_UNREACHABLE();
    return {};
}

QString Jql::quote(const QString &value)
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            quoted += u"\\\"";
            break;
        case u'\\':
            quoted += u"\\\\";
            break;
        case u'\t':
            quoted += u"\\t";
            break;
        case u'\n':
            quoted += u"\\n";
            break;
        case u'\r':
            quoted += u"\\r";
            break;
        default:
            if (needsUnicodeEscape(c.unicode()))
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                quoted += c;
        }
    }
    quoted += u'"';
    return quoted;
}

JqlQuery &JqlQuery::whereEquals(Jql::Field field, const QString &value)
{
    m_clauses << Jql::fieldName(field) + u" = " + Jql::quote(value);
    return *this;
}

JqlQuery &JqlQuery::whereIn(Jql::Field field, const QStringList &values)
{
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted << Jql::quote(value);
    m_matchesNothing = m_matchesNothing || values.isEmpty();
    m_clauses << Jql::fieldName(field) + u" IN (" + quoted.join(u", ") + u')';
    return *this;
}

Result<QString> JqlQuery::restriction(const QString &text)
{
    const QString trimmed = text.trimmed();
    int depth = 0;
    QChar quote;
    QString outside; // the text outside quotes, for the ORDER BY check
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i; // an escaped character never ends the literal
            else if (c == quote)
                quote = QChar();
            outside += u' ';
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'\\') {
            // Jira escapes outside quotes too (a\"b is one word), so a quote
            // after it would not open a literal as this check assumes.
            return Result<QString>::failure(
                tr("The extra JQL has a backslash outside quotes; put the value in quotes: %1")
                    .arg(trimmed));
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth < 0) {
            return Result<QString>::failure(
                tr("The extra JQL closes a parenthesis it did not open: %1").arg(trimmed));
        }
        outside += c;
    }
    if (!quote.isNull())
        return Result<QString>::failure(tr("The extra JQL leaves a quote open: %1").arg(trimmed));
    if (depth != 0)
        return Result<QString>::failure(
            tr("The extra JQL leaves a parenthesis open: %1").arg(trimmed));
    static const QRegularExpression orderBy(QStringLiteral("\\border\\s+by\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (orderBy.match(outside).hasMatch())
        return Result<QString>::failure(
            tr("The extra JQL may only restrict the search; ReleaseDesk sets the order: %1")
                .arg(trimmed));
    return trimmed;
}

JqlQuery &JqlQuery::whereJql(const QString &restriction)
{
    const auto checked = JqlQuery::restriction(restriction);
    if (!checked)
        m_matchesNothing = true;
    else if (!checked->isEmpty())
        m_clauses << u'(' + checked.value() + u')';
    return *this;
}

JqlQuery &JqlQuery::whereUpdatedSince(const QDateTime &since, const QTimeZone &userZone)
{
    if (!since.isValid())
        return *this;
    const QString when = since.toTimeZone(userZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_clauses << Jql::fieldName(Jql::Field::Updated) + u" >= " + Jql::quote(when);
    return *this;
}

JqlQuery &JqlQuery::orderBy(Jql::Field field, Qt::SortOrder order)
{
    m_order << Jql::fieldName(field) +
                   (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return *this;
}

QString JqlQuery::toString() const
{
    QString text = m_clauses.join(QStringLiteral(" AND "));
    if (!m_order.isEmpty()) {
        if (!text.isEmpty())
            text += u' ';
        text += u"ORDER BY " + m_order.join(u", ");
    }
    return text;
}

} // namespace ReleaseDesk
