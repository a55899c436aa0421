#include "services/sandbox/jira/jql.h"

#include "services/sandbox/jira/jqllexer.h"

// The parser. Messages copy Jira's: "Error in the JQL Query: " and the
// position as "(line 1, character 9)", counted from 1.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

const QString validOperators = QStringLiteral(
    "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', "
    "'IS' and 'IS NOT'.");

using Token = JqlToken;

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
            m_error = jqlSyntaxError(message);
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
        const bool usable = token.type == Token::Type::String ||
                            (token.type == Token::Type::Word && !token.isAnyKeyword());
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
    auto tokens = tokenizeJql(text);
    if (!tokens)
        return tokens.failure();
    return Parser(std::move(tokens).value()).parse();
}

} // namespace ReleaseDesk::Sandbox::Jira
