#pragma once

#include "models/domain/result.h"

#include <QList>
#include <QString>

// Splits a JQL text into tokens: words, quoted strings with their escapes
// decoded, operators, parentheses and commas. Internal to the JQL parser.

namespace ReleaseDesk::Sandbox::Jira {

struct JqlToken
{
    enum class Type { Word, String, Operator, Open, Close, Comma, And, Or, Not, End };
    Type type = Type::End;
    QString text; // decoded
    QString raw;  // as written
    int line = 1;
    int column = 1;

    bool isKeyword(QLatin1String word) const
    {
        return type == Type::Word && text.compare(word, Qt::CaseInsensitive) == 0;
    }
    // A word of the language ("and", "order", "empty", ...) unquoted, which a value cannot be.
    bool isAnyKeyword() const;
    QString where() const
    {
        return QStringLiteral("(line %1, character %2)").arg(line).arg(column);
    }
};

// "Error in the JQL Query: " and the message, as Jira words syntax errors.
QString jqlSyntaxError(const QString &message);
// The tokens, ending with an End token; or the error for an unfinished
// string, a bad escape or a reserved character.
Result<QList<JqlToken>> tokenizeJql(const QString &text);

} // namespace ReleaseDesk::Sandbox::Jira
