#include "services/sandbox/jira/jqllexer.h"

#include <QHash>

namespace ReleaseDesk::Sandbox::Jira {
namespace {

// Words that are part of the language; as a value they need quotes.
const QStringList keywords{
    QStringLiteral("and"),    QStringLiteral("or"),    QStringLiteral("not"),
    QStringLiteral("in"),     QStringLiteral("is"),    QStringLiteral("empty"),
    QStringLiteral("null"),   QStringLiteral("order"), QStringLiteral("by"),
    QStringLiteral("asc"),    QStringLiteral("desc"),  QStringLiteral("was"),
    QStringLiteral("changed")};

// Characters Jira reserves; unquoted they are an error rather than part of a word.
const QString reservedCharacters = QStringLiteral("{}*/%+^$#@?;");
// Characters that end an unquoted word.
const QString wordStops = QStringLiteral("\"'=!<>()~,|&");

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Result<QList<JqlToken>> tokens()
    {
        QList<JqlToken> tokens;
        while (true) {
            skipSpace();
            JqlToken token;
            token.line = m_line;
            token.column = m_column;
            if (m_pos >= m_text.size()) {
                tokens << token;
                return tokens;
            }
            const QChar c = m_text.at(m_pos);
            const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            if (c == u'"' || c == u'\'') {
                const auto quoted = readQuoted(token);
                if (!quoted)
                    return quoted.failure();
                tokens << quoted.value();
                continue;
            }
            if (c == u'(' || c == u')' || c == u',') {
                token.type = c == u'('   ? JqlToken::Type::Open
                             : c == u')' ? JqlToken::Type::Close
                                         : JqlToken::Type::Comma;
                token.text = token.raw = c;
                advance(1);
            } else if ((c == u'&' && next == u'&') || (c == u'|' && next == u'|')) {
                token.type = c == u'&' ? JqlToken::Type::And : JqlToken::Type::Or;
                token.text = token.raw = m_text.mid(m_pos, 2);
                advance(2);
            } else if (c == u'&' || c == u'|') {
                token.type = c == u'&' ? JqlToken::Type::And : JqlToken::Type::Or;
                token.text = token.raw = c;
                advance(1);
            } else if ((c == u'!' || c == u'<' || c == u'>') && next == u'=') {
                token.type = JqlToken::Type::Operator;
                token.text = token.raw = m_text.mid(m_pos, 2);
                advance(2);
            } else if (c == u'!' && next == u'~') {
                token.type = JqlToken::Type::Operator;
                token.text = token.raw = QStringLiteral("!~");
                advance(2);
            } else if (c == u'=' || c == u'<' || c == u'>' || c == u'~') {
                token.type = JqlToken::Type::Operator;
                token.text = token.raw = c;
                advance(1);
            } else if (c == u'!') {
                token.type = JqlToken::Type::Not;
                token.text = token.raw = c;
                advance(1);
            } else {
                const auto word = readWord(token);
                if (!word)
                    return word.failure();
                tokens << word.value();
                continue;
            }
            tokens << token;
        }
    }

private:
    void advance(int count)
    {
        for (int i = 0; i < count && m_pos < m_text.size(); ++i) {
            if (m_text.at(m_pos) == u'\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
            ++m_pos;
        }
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            advance(1);
    }

    // Decodes the escape at m_pos (a backslash) into `out`.
    Status readEscape(QString &out)
    {
        const int line = m_line;
        const int column = m_column;
        const QChar code = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
        static const QHash<QChar, QChar> simple{{u'"', u'"'},  {u'\'', u'\''}, {u't', u'\t'},
                                                {u'n', u'\n'}, {u'r', u'\r'},  {u'\\', u'\\'},
                                                {u' ', u' '}};
        if (simple.contains(code)) {
            out += simple.value(code);
            advance(2);
            return success();
        }
        if (code == u'u') {
            bool ok = false;
            const QString hex = m_text.mid(m_pos + 2, 4);
            const uint value = hex.size() == 4 ? hex.toUInt(&ok, 16) : 0;
            if (ok) {
                out += QChar(char16_t(value));
                advance(6);
                return success();
            }
        }
        return Status::failure(jqlSyntaxError(
            QStringLiteral("'\\%1' is an illegal JQL escape sequence. The valid escape sequences "
                           "are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line %2, "
                           "character %3)")
                .arg(code.isNull() ? QString() : QString(code))
                .arg(line)
                .arg(column)));
    }

    Result<JqlToken> readQuoted(JqlToken token)
    {
        const QChar quote = m_text.at(m_pos);
        const qsizetype start = m_pos;
        advance(1);
        token.type = JqlToken::Type::String;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == u'\\') {
                if (const Status escaped = readEscape(token.text); !escaped)
                    return escaped.failure();
                continue;
            }
            token.text += m_text.at(m_pos);
            advance(1);
        }
        if (m_pos >= m_text.size()) {
            return Result<JqlToken>::failure(
                jqlSyntaxError(QStringLiteral("The quoted string '%1' has not been completed. %2")
                                   .arg(token.text, token.where())));
        }
        advance(1);
        token.raw = m_text.mid(start, m_pos - start);
        return token;
    }

    Result<JqlToken> readWord(JqlToken token)
    {
        const qsizetype start = m_pos;
        token.type = JqlToken::Type::Word;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace() || wordStops.contains(c))
                break;
            if (reservedCharacters.contains(c)) {
                return Result<JqlToken>::failure(jqlSyntaxError(
                    QStringLiteral("The character '%1' is a reserved JQL character. You must "
                                   "enclose it in a string or use the escape '\\u%2' instead. "
                                   "(line %3, character %4)")
                        .arg(c)
                        .arg(c.unicode(), 4, 16, QChar(u'0'))
                        .arg(m_line)
                        .arg(m_column)));
            }
            if (c == u'\\') {
                if (const Status escaped = readEscape(token.text); !escaped)
                    return escaped.failure();
                continue;
            }
            token.text += c;
            advance(1);
        }
        token.raw = m_text.mid(start, m_pos - start);
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

bool JqlToken::isAnyKeyword() const
{
    return type == Type::Word && keywords.contains(text.toLower());
}

QString jqlSyntaxError(const QString &message)
{
    return QStringLiteral("Error in the JQL Query: ") + message;
}

Result<QList<JqlToken>> tokenizeJql(const QString &text)
{
    return Lexer(text).tokens();
}

} // namespace ReleaseDesk::Sandbox::Jira
