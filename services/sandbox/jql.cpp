#include "jql.h"

// The lexer and parser. Messages copy Jira's: "Error in the JQL Query: " and
// the position as "(line 1, character 9)", counted from 1.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

const QString validOperators = QStringLiteral(
    "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', "
    "'IS' and 'IS NOT'.");

// Words that are part of the language; as a value they need quotes.
const QStringList keywords{QStringLiteral("and"),   QStringLiteral("or"),
                           QStringLiteral("not"),   QStringLiteral("in"),
                           QStringLiteral("is"),    QStringLiteral("empty"),
                           QStringLiteral("null"),  QStringLiteral("order"),
                           QStringLiteral("by"),    QStringLiteral("asc"),
                           QStringLiteral("desc"),  QStringLiteral("was"),
                           QStringLiteral("changed")};

// Characters Jira reserves; unquoted they are an error rather than part of a word.
const QString reservedCharacters = QStringLiteral("{}*/%+^$#@?;");
// Characters that end an unquoted word.
const QString wordStops = QStringLiteral("\"'=!<>()~,|&");

struct Token
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
    bool isAnyKeyword() const { return type == Type::Word && keywords.contains(text.toLower()); }
    QString where() const { return QStringLiteral("(line %1, character %2)").arg(line).arg(column); }
};

QString syntaxError(const QString &message)
{
    return QStringLiteral("Error in the JQL Query: ") + message;
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Result<QList<Token>> tokens()
    {
        QList<Token> tokens;
        while (true) {
            skipSpace();
            Token token;
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
                    return Result<QList<Token>>::failure(quoted.error());
                tokens << quoted.value();
                continue;
            }
            if (c == u'(' || c == u')' || c == u',') {
                token.type = c == u'(' ? Token::Type::Open
                             : c == u')' ? Token::Type::Close
                                         : Token::Type::Comma;
                token.text = token.raw = c;
                advance(1);
            } else if ((c == u'&' && next == u'&') || (c == u'|' && next == u'|')) {
                token.type = c == u'&' ? Token::Type::And : Token::Type::Or;
                token.text = token.raw = m_text.mid(m_pos, 2);
                advance(2);
            } else if (c == u'&' || c == u'|') {
                token.type = c == u'&' ? Token::Type::And : Token::Type::Or;
                token.text = token.raw = c;
                advance(1);
            } else if ((c == u'!' || c == u'<' || c == u'>') && next == u'=') {
                token.type = Token::Type::Operator;
                token.text = token.raw = m_text.mid(m_pos, 2);
                advance(2);
            } else if (c == u'!' && next == u'~') {
                token.type = Token::Type::Operator;
                token.text = token.raw = QStringLiteral("!~");
                advance(2);
            } else if (c == u'=' || c == u'<' || c == u'>' || c == u'~') {
                token.type = Token::Type::Operator;
                token.text = token.raw = c;
                advance(1);
            } else if (c == u'!') {
                token.type = Token::Type::Not;
                token.text = token.raw = c;
                advance(1);
            } else {
                const auto word = readWord(token);
                if (!word)
                    return Result<QList<Token>>::failure(word.error());
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
        return Status::failure(syntaxError(
            QStringLiteral("'\\%1' is an illegal JQL escape sequence. The valid escape sequences "
                           "are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line %2, "
                           "character %3)")
                .arg(code.isNull() ? QString() : QString(code))
                .arg(line)
                .arg(column)));
    }

    Result<Token> readQuoted(Token token)
    {
        const QChar quote = m_text.at(m_pos);
        const qsizetype start = m_pos;
        advance(1);
        token.type = Token::Type::String;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            if (m_text.at(m_pos) == u'\\') {
                if (const Status escaped = readEscape(token.text); !escaped)
                    return Result<Token>::failure(escaped.error());
                continue;
            }
            token.text += m_text.at(m_pos);
            advance(1);
        }
        if (m_pos >= m_text.size()) {
            return Result<Token>::failure(syntaxError(
                QStringLiteral("The quoted string '%1' has not been completed. %2")
                    .arg(token.text, token.where())));
        }
        advance(1);
        token.raw = m_text.mid(start, m_pos - start);
        return token;
    }

    Result<Token> readWord(Token token)
    {
        const qsizetype start = m_pos;
        token.type = Token::Type::Word;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c.isSpace() || wordStops.contains(c))
                break;
            if (reservedCharacters.contains(c)) {
                return Result<Token>::failure(syntaxError(
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
                    return Result<Token>::failure(escaped.error());
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

// Recursive descent over the tokens. The first error stops the parse: every
// step checks ok() and unwinds with an empty node.
class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<JqlAst> parse()
    {
        JqlAst ast;
        if (peek().type != Token::Type::End && !peek().isKeyword(QLatin1String("order")))
            ast.where.push_back(parseOr());
        if (ok() && peek().isKeyword(QLatin1String("order"))) {
            take();
            if (!peek().isKeyword(QLatin1String("by")))
                fail(QStringLiteral("Expecting 'BY'"), peek());
            else
                take();
            if (ok())
                ast.order = parseSortList();
        }
        if (ok() && peek().type != Token::Type::End)
            fail(QStringLiteral("Expecting either 'OR' or 'AND'"), peek());
        if (!ok())
            return Result<JqlAst>::failure(m_error);
        return ast;
    }

private:
    bool ok() const { return m_error.isEmpty(); }
    const Token &peek() const { return m_tokens.at(m_index); }
    const Token &take()
    {
        const Token &token = m_tokens.at(m_index);
        if (token.type != Token::Type::End)
            ++m_index;
        return token;
    }

    void failWith(const QString &message)
    {
        if (ok())
            m_error = syntaxError(message);
    }

    // "Expecting X but got 'y'. (line 1, character 5)" or "... before the end of the query."
    void fail(const QString &expecting, const Token &got, const QString &detail = {})
    {
        QString message = got.type == Token::Type::End
                              ? expecting + QStringLiteral(" before the end of the query.")
                              : expecting + QStringLiteral(" but got '%1'.").arg(got.raw);
        if (!detail.isEmpty())
            message += u' ' + detail;
        if (got.type != Token::Type::End)
            message += u' ' + got.where();
        failWith(message);
    }

    bool atAnd() const
    {
        return peek().type == Token::Type::And || peek().isKeyword(QLatin1String("and"));
    }
    bool atOr() const
    {
        return peek().type == Token::Type::Or || peek().isKeyword(QLatin1String("or"));
    }

    static JqlNode combine(JqlNode::Kind kind, JqlNode left, JqlNode right)
    {
        if (left.kind == kind) {
            left.children.push_back(std::move(right));
            return left;
        }
        JqlNode node;
        node.kind = kind;
        node.children.push_back(std::move(left));
        node.children.push_back(std::move(right));
        return node;
    }

    JqlNode parseOr()
    {
        JqlNode node = parseAnd();
        while (ok() && atOr()) {
            take();
            node = combine(JqlNode::Kind::Or, std::move(node), parseAnd());
        }
        return node;
    }

    JqlNode parseAnd()
    {
        JqlNode node = parseNot();
        while (ok() && atAnd()) {
            take();
            node = combine(JqlNode::Kind::And, std::move(node), parseNot());
        }
        return node;
    }

    JqlNode parseNot()
    {
        if (peek().type == Token::Type::Not || peek().isKeyword(QLatin1String("not"))) {
            take();
            JqlNode node;
            node.kind = JqlNode::Kind::Not;
            node.children.push_back(parseNot());
            return node;
        }
        if (peek().type == Token::Type::Open) {
            take();
            JqlNode node = parseOr();
            if (!ok())
                return node;
            if (peek().type == Token::Type::End)
                fail(QStringLiteral("Expecting ')'"), peek());
            else if (peek().type != Token::Type::Close)
                fail(QStringLiteral("Expecting either 'OR' or 'AND'"), peek());
            else
                take();
            return node;
        }
        return parseClause();
    }

    QString parseFieldName()
    {
        const Token &token = peek();
        const bool usable = token.type == Token::Type::String
                            || (token.type == Token::Type::Word && !token.isAnyKeyword());
        if (!usable) {
            fail(QStringLiteral("Expecting a field name"), token,
                 token.type == Token::Type::End
                     ? QString()
                     : QStringLiteral("You must surround '%1' in quotation marks to use it as a "
                                      "field name.")
                           .arg(token.raw));
            return {};
        }
        return take().text;
    }

    // "=", "IN", "NOT IN", "IS", "IS NOT" and the other symbols, as written.
    QString parseOperator()
    {
        const Token &op = peek();
        if (op.type == Token::Type::Operator)
            return take().text;
        if (op.isKeyword(QLatin1String("in")))
            return take().raw;
        if (op.isKeyword(QLatin1String("is"))) {
            QString text = take().raw;
            if (peek().isKeyword(QLatin1String("not")))
                text += u' ' + take().raw;
            return text;
        }
        if (op.isKeyword(QLatin1String("not"))) {
            const QString text = take().raw;
            if (!peek().isKeyword(QLatin1String("in"))) {
                fail(QStringLiteral("Expecting 'IN'"), peek());
                return {};
            }
            return text + u' ' + take().raw;
        }
        if (op.isKeyword(QLatin1String("was")) || op.isKeyword(QLatin1String("changed"))) {
            failWith(QStringLiteral("The sandbox does not support the history operator '%1'. %2")
                         .arg(op.raw.toUpper(), op.where()));
            return {};
        }
        fail(QStringLiteral("Expecting operator"), op, validOperators);
        return {};
    }

    JqlNode parseClause()
    {
        JqlNode node;
        node.field = parseFieldName();
        if (ok())
            node.opText = parseOperator();
        node.op = node.opText.toUpper();
        if (ok())
            node.operand = parseOperand();
        return node;
    }

    // One value inside or outside a list: a word, a quoted string or a function.
    JqlOperand parseValue()
    {
        const Token &token = peek();
        JqlOperand operand;
        if (token.type == Token::Type::String) {
            operand.values << token.text;
            operand.text = take().raw;
            return operand;
        }
        if (token.isKeyword(QLatin1String("empty")) || token.isKeyword(QLatin1String("null"))) {
            operand.kind = JqlOperand::Kind::Empty;
            operand.text = take().raw;
            return operand;
        }
        if (token.isAnyKeyword()) {
            failWith(QStringLiteral("'%1' is a reserved JQL word. You must surround it in "
                                    "quotation marks to use it in a query. %2")
                         .arg(token.raw, token.where()));
            return operand;
        }
        if (token.type != Token::Type::Word) {
            fail(QStringLiteral("Expecting either a value, list or function"), token,
                 token.type == Token::Type::End
                     ? QString()
                     : QStringLiteral("You must surround '%1' in quotation marks to use it as a "
                                      "value.")
                           .arg(token.raw));
            return operand;
        }
        const Token &word = take();
        if (peek().type != Token::Type::Open) {
            operand.values << word.text;
            operand.text = word.raw;
            return operand;
        }
        take();
        operand.kind = JqlOperand::Kind::Function;
        operand.function = word.text;
        while (ok() && peek().type != Token::Type::Close) {
            const Token &argument = peek();
            if (argument.type != Token::Type::Word && argument.type != Token::Type::String) {
                fail(QStringLiteral("Expecting ')'"), argument);
                break;
            }
            operand.values << take().text;
            if (peek().type == Token::Type::Comma)
                take();
        }
        take();
        operand.text = word.raw + u'(' + operand.values.join(QStringLiteral(", ")) + u')';
        return operand;
    }

    JqlOperand parseOperand()
    {
        if (peek().type != Token::Type::Open)
            return parseValue();
        take();
        JqlOperand list;
        list.kind = JqlOperand::Kind::List;
        QStringList written;
        while (ok()) {
            const JqlOperand item = parseValue();
            if (!ok())
                break;
            written << item.text;
            if (item.kind == JqlOperand::Kind::Value) {
                list.values << item.values;
            } else if (item.kind == JqlOperand::Kind::Empty) {
                list.includesEmpty = true;
            } else {
                failWith(QStringLiteral("The sandbox does not support functions inside a list: "
                                        "'%1'.")
                             .arg(item.text));
                break;
            }
            if (peek().type == Token::Type::Comma) {
                take();
                continue;
            }
            if (peek().type != Token::Type::Close)
                fail(QStringLiteral("Expecting ')'"), peek());
            else
                take();
            break;
        }
        list.text = u'(' + written.join(QStringLiteral(", ")) + u')';
        return list;
    }

    QList<JqlSort> parseSortList()
    {
        QList<JqlSort> order;
        while (ok()) {
            JqlSort sort;
            sort.field = parseFieldName();
            if (!ok())
                break;
            if (peek().isKeyword(QLatin1String("asc"))) {
                take();
            } else if (peek().isKeyword(QLatin1String("desc"))) {
                take();
                sort.descending = true;
            }
            order << sort;
            if (peek().type != Token::Type::Comma)
                break;
            take();
        }
        return order;
    }

    QList<Token> m_tokens;
    qsizetype m_index = 0;
    QString m_error;
};

} // namespace

Result<JqlAst> parseJql(const QString &text)
{
    auto tokens = Lexer(text).tokens();
    if (!tokens)
        return Result<JqlAst>::failure(tokens.error());
    return Parser(std::move(tokens).value()).parse();
}

} // namespace ReleaseDesk::Sandbox::Jira
