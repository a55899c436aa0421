#include "models/formats/flyrc.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace ReleaseDesk {

namespace {

// A value of the file: a scalar, or a mapping of keys to values. `null` holds
// for an empty value, `~` and `null`, which fly reads as absent.
struct Node
{
    bool isMapping = false;
    bool null = false;
    QString scalar;
    QList<std::pair<QString, std::shared_ptr<Node>>> entries;
    int line = 0;

    const Node *value(const QString &key) const
    {
        for (const auto &[name, node] : entries) {
            if (name == key)
                return node.get();
        }
        return nullptr;
    }
};

struct Line
{
    int number = 0; // from 1, as an editor shows it
    int indent = 0;
    QString text; // without the indentation
};

// Parses the block structure line by line; the first problem stops it.
class Parser
{
public:
    explicit Parser(const QByteArray &text)
    {
        const QStringList raw = QString::fromUtf8(text).split(u'\n');
        for (int i = 0; i < raw.size(); ++i) {
            QString text = raw.at(i);
            if (text.endsWith(u'\r'))
                text.chop(1);
            m_raw << Line{i + 1, 0, text};
        }
    }

    std::shared_ptr<Node> document()
    {
        auto root = std::make_shared<Node>();
        root->isMapping = true;
        skipIgnorable(true);
        if (m_next < m_raw.size())
            mapping(*root, m_raw.at(m_next).indent);
        skipIgnorable(false);
        if (m_problem.isEmpty() && m_next < m_raw.size())
            fail(m_raw.at(m_next).number,
                 Flyrc::tr("the indentation does not match the lines above"));
        return m_problem.isEmpty() ? root : nullptr;
    }

    QString problem() const { return m_problem; }

private:
    // Moves past blank lines and comments, measuring the next line's indentation.
    void skipIgnorable(bool atStart)
    {
        while (m_next < m_raw.size()) {
            Line &line = m_raw[m_next];
            const QString &text = line.text;
            int indent = 0;
            while (indent < text.size() && text.at(indent) == u' ')
                ++indent;
            const QString rest = text.mid(indent);
            if (rest.startsWith(u'\t')) {
                fail(line.number, Flyrc::tr("a tab indents the line; YAML allows spaces only"));
                return;
            }
            if (rest.trimmed().isEmpty() || rest.startsWith(u'#') ||
                (atStart && indent == 0 && rest.trimmed() == u"---")) {
                ++m_next;
                continue;
            }
            line.indent = indent;
            return;
        }
    }

    void mapping(Node &into, int indent)
    {
        into.isMapping = true;
        while (m_problem.isEmpty() && m_next < m_raw.size()) {
            const Line line = m_raw.at(m_next);
            if (line.indent < indent)
                return;
            if (line.indent > indent)
                return fail(line.number,
                            Flyrc::tr("the indentation does not match the lines above"));
            ++m_next;
            entry(into, line);
            skipIgnorable(false);
        }
    }

    void entry(Node &into, const Line &line)
    {
        QString rest = line.text.mid(line.indent);
        if (rest.startsWith(u'-') && (rest.size() == 1 || rest.at(1) == u' '))
            return fail(line.number, Flyrc::tr("fly writes no lists"));
        QString key;
        if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
            const auto quoted = this->quoted(rest, line.number);
            if (!quoted)
                return;
            key = quoted->first;
            rest = quoted->second;
        } else {
            const qsizetype colon = rest.indexOf(QLatin1String(": "));
            const qsizetype end = colon >= 0 ? colon : (rest.endsWith(u':') ? rest.size() - 1 : -1);
            if (end <= 0)
                return fail(line.number, Flyrc::tr("a line of a mapping must be \"key: value\""));
            key = rest.left(end).trimmed();
            rest = rest.mid(end);
        }
        if (!rest.startsWith(u':'))
            return fail(line.number, Flyrc::tr("a line of a mapping must be \"key: value\""));
        rest = rest.mid(1).trimmed();
        if (into.value(key))
            return fail(line.number, Flyrc::tr("the key \"%1\" is given twice").arg(key));
        auto node = std::make_shared<Node>();
        node->line = line.number;
        into.entries.append({key, node});
        value(*node, rest, line);
    }

    void value(Node &node, const QString &rest, const Line &line)
    {
        if (rest.isEmpty() || rest.startsWith(u'#')) {
            // A nested mapping on the lines below, or nothing.
            skipIgnorable(false);
            if (m_next < m_raw.size() && m_raw.at(m_next).indent > line.indent)
                return mapping(node, m_raw.at(m_next).indent);
            node.null = true;
            return;
        }
        const QChar first = rest.at(0);
        if (rest == u"{}") {
            node.isMapping = true;
            return;
        }
        if (first == u'|')
            return literal(node, rest, line);
        if (first == u'"' || first == u'\'') {
            const auto quoted = this->quoted(rest, line.number);
            if (!quoted)
                return;
            if (!quoted->second.isEmpty() && !quoted->second.startsWith(u'#'))
                return fail(line.number, Flyrc::tr("text follows a quoted value"));
            node.scalar = quoted->first;
        } else if (QStringLiteral("{[>&*!%@`?").contains(first)) {
            return fail(
                line.number,
                Flyrc::tr("the value starts with \"%1\", YAML that fly does not write").arg(first));
        } else {
            const qsizetype comment = rest.indexOf(QLatin1String(" #"));
            node.scalar = (comment >= 0 ? rest.left(comment) : rest).trimmed();
            node.null = node.scalar == u"~" || node.scalar == u"null";
        }
        skipIgnorable(false);
        if (m_next < m_raw.size() && m_raw.at(m_next).indent > line.indent)
            fail(m_raw.at(m_next).number,
                 Flyrc::tr("a value goes on over several lines, which fly does not write"));
    }

    // A literal block (|, |- or |+): the lines indented below the key, as
    // they are; fly writes a certificate so.
    void literal(Node &node, const QString &header, const Line &line)
    {
        if (header != u"|" && header != u"|-" && header != u"|+")
            return fail(line.number, Flyrc::tr("a block value's header must be |, |- or |+"));
        QStringList lines;
        int blockIndent = -1;
        for (; m_next < m_raw.size(); ++m_next) {
            const QString &text = m_raw.at(m_next).text;
            if (text.trimmed().isEmpty()) {
                lines << QString();
                continue;
            }
            int indent = 0;
            while (indent < text.size() && text.at(indent) == u' ')
                ++indent;
            if (indent <= line.indent || (blockIndent >= 0 && indent < blockIndent))
                break;
            if (blockIndent < 0)
                blockIndent = indent;
            lines << text.mid(blockIndent);
        }
        // Trailing blank lines belong to the block only when kept (|+).
        qsizetype trailing = 0;
        while (trailing < lines.size() && lines.at(lines.size() - 1 - trailing).isEmpty())
            ++trailing;
        const QStringList content = lines.mid(0, lines.size() - trailing);
        node.scalar = content.join(u'\n');
        if (header == u"|+")
            node.scalar += QString(trailing + 1, u'\n');
        else if (header == u"|" && !content.isEmpty())
            node.scalar += u'\n';
    }

    // A quoted scalar at the start of `text`: its value and what follows it.
    std::optional<std::pair<QString, QString>> quoted(const QString &text, int lineNumber)
    {
        const QChar quote = text.at(0);
        QString value;
        for (qsizetype i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quote == u'\'') {
                if (c != u'\'') {
                    value += c;
                } else if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                    value += c; // '' is a quote
                    ++i;
                } else {
                    return std::pair{value, text.mid(i + 1).trimmed()};
                }
                continue;
            }
            if (c == u'"')
                return std::pair{value, text.mid(i + 1).trimmed()};
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (++i >= text.size())
                break;
            const auto escaped = escape(text, i);
            if (!escaped) {
                fail(lineNumber, Flyrc::tr("a quoted value holds an escape YAML does not know"));
                return std::nullopt;
            }
            value += *escaped;
        }
        fail(lineNumber, Flyrc::tr("a quoted value does not end on its line"));
        return std::nullopt;
    }

    // The character a double-quoted escape stands for; `i` is at the letter
    // after the backslash and is left at the escape's last character.
    static std::optional<QString> escape(const QString &text, qsizetype &i)
    {
        static const QHash<QChar, QChar> simple{
            {u'\\', u'\\'},      {u'"', u'"'},  {u'/', u'/'},    {u' ', u' '},  {u'n', u'\n'},
            {u't', u'\t'},       {u'r', u'\r'}, {u'0', QChar()}, {u'a', u'\a'}, {u'b', u'\b'},
            {u'e', QChar(0x1b)}, {u'f', u'\f'}, {u'v', u'\v'}};
        const QChar letter = text.at(i);
        if (simple.contains(letter))
            return QString(simple.value(letter));
        const int digits = letter == u'x' ? 2 : letter == u'u' ? 4 : letter == u'U' ? 8 : 0;
        if (digits == 0 || i + digits >= text.size())
            return std::nullopt;
        bool ok = false;
        const uint code = text.mid(i + 1, digits).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        i += digits;
        const char32_t point = code;
        return QString::fromUcs4(&point, 1);
    }

    void fail(int line, const QString &what)
    {
        if (m_problem.isEmpty())
            m_problem = Flyrc::tr("line %1: %2.").arg(line).arg(what);
    }

    QList<Line> m_raw;
    qsizetype m_next = 0;
    QString m_problem;
};

// A scalar's text; a mapping where text belongs is reported.
std::optional<QString> text(const Node *node, const QString &what, QString &problem)
{
    if (!node || node->null)
        return QString();
    if (node->isMapping) {
        problem = Flyrc::tr("line %1: %2 must be text, not a mapping.").arg(node->line).arg(what);
        return std::nullopt;
    }
    return node->scalar;
}

// A mapping's node, or null; text where a mapping belongs is reported.
bool isMappingOrAbsent(const Node *node, const QString &what, QString &problem)
{
    if (!node || node->null || node->isMapping)
        return true;
    problem = Flyrc::tr("line %1: %2 must be a mapping.").arg(node->line).arg(what);
    return false;
}

Result<FlyTarget> target(const QString &name, const Node &node)
{
    QString problem;
    const QString where = Flyrc::tr("the target %1").arg(name);
    if (!isMappingOrAbsent(&node, where, problem))
        return Result<FlyTarget>::failure(problem);
    FlyTarget target;
    const auto field = [&](const char *key, QString &into) {
        if (const auto value =
                text(node.value(QLatin1String(key)), where + u' ' + QLatin1String(key), problem))
            into = *value;
    };
    field("api", target.api);
    field("team", target.team);
    field("ca_cert", target.caCert);
    QString insecure;
    field("insecure", insecure);
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"),
                                 QStringLiteral("on")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"),
                                QStringLiteral("off"), QString()};
    if (problem.isEmpty() && !yes.contains(insecure.toLower()) && !no.contains(insecure.toLower()))
        problem = Flyrc::tr("line %1: %2 insecure must be true or false.")
                      .arg(node.value(QStringLiteral("insecure"))->line)
                      .arg(where);
    target.insecure = yes.contains(insecure.toLower());
    const Node *token = node.value(QStringLiteral("token"));
    if (problem.isEmpty() && isMappingOrAbsent(token, where + QLatin1String(" token"), problem) &&
        token) {
        const auto tokenField = [&](const char *key, QString &into) {
            if (const auto value =
                    text(token->value(QLatin1String(key)),
                         where + QLatin1String(" token ") + QLatin1String(key), problem))
                into = *value;
        };
        tokenField("type", target.tokenType);
        tokenField("value", target.tokenValue);
    }
    if (!problem.isEmpty())
        return Result<FlyTarget>::failure(problem);
    if (target.team.isEmpty())
        target.team = QStringLiteral("main"); // atc.DefaultTeamName, as fly fills it in
    return target;
}

} // namespace

Result<QMap<QString, FlyTarget>> Flyrc::parse(const QByteArray &text)
{
    using Targets = QMap<QString, FlyTarget>;
    Parser parser(text);
    const std::shared_ptr<Node> root = parser.document();
    if (!root)
        return Result<Targets>::failure(parser.problem());
    const Node *targets = root->value(QStringLiteral("targets"));
    QString problem;
    if (!isMappingOrAbsent(targets, tr("targets"), problem))
        return Result<Targets>::failure(problem);
    Targets found;
    if (!targets)
        return found;
    for (const auto &[name, node] : targets->entries) {
        const Result<FlyTarget> read = target(name, *node);
        if (!read)
            return read.failure();
        found.insert(name, read.value());
    }
    return found;
}

} // namespace ReleaseDesk
