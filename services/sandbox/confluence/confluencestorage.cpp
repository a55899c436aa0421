#include "services/sandbox/confluence/confluencestorage.h"

#include <QHash>
#include <QXmlStreamReader>

#include <array>

namespace ReleaseDesk::Sandbox::Confluence {
namespace {

// HTML's Latin-1 entities, &nbsp; (160) to &yuml; (255), in code point order.
constexpr std::array<const char *, 96> latin1Entities{
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity
{
    const char *name;
    char32_t codePoint;
};

// The rest of HTML's entities that turn up in pages people write.
constexpr std::array<NamedEntity, 45> otherEntities{{
    {"OElig", 338},   {"oelig", 339},   {"Scaron", 352},  {"scaron", 353},  {"Yuml", 376},
    {"fnof", 402},    {"circ", 710},    {"tilde", 732},   {"ensp", 8194},   {"emsp", 8195},
    {"thinsp", 8201}, {"zwnj", 8204},   {"zwj", 8205},    {"lrm", 8206},    {"rlm", 8207},
    {"ndash", 8211},  {"mdash", 8212},  {"lsquo", 8216},  {"rsquo", 8217},  {"sbquo", 8218},
    {"ldquo", 8220},  {"rdquo", 8221},  {"bdquo", 8222},  {"dagger", 8224}, {"Dagger", 8225},
    {"bull", 8226},   {"hellip", 8230}, {"permil", 8240}, {"lsaquo", 8249}, {"rsaquo", 8250},
    {"euro", 8364},   {"trade", 8482},  {"larr", 8592},   {"uarr", 8593},   {"rarr", 8594},
    {"darr", 8595},   {"harr", 8596},   {"lArr", 8656},   {"rArr", 8658},   {"hArr", 8660},
    {"minus", 8722},  {"infin", 8734},  {"ne", 8800},     {"le", 8804},     {"ge", 8805},
}};

class HtmlEntities : public QXmlStreamEntityResolver
{
public:
    HtmlEntities()
    {
        for (std::size_t i = 0; i < latin1Entities.size(); ++i)
            m_text.insert(QString::fromLatin1(latin1Entities[i]),
                          QString(QChar(char16_t(160 + i))));
        for (const NamedEntity &entity : otherEntities) {
            const char32_t codePoint = entity.codePoint;
            m_text.insert(QString::fromLatin1(entity.name), QString::fromUcs4(&codePoint, 1));
        }
    }

    // An empty answer leaves the entity undeclared, which is an error.
    QString resolveUndeclaredEntity(const QString &name) override { return m_text.value(name); }

private:
    QHash<QString, QString> m_text;
};

} // namespace

std::optional<QString> storageFormatError(const QString &value)
{
    // The body starts on the second line, so the reader's line numbers are off by one.
    static const QString opening = QStringLiteral(
        "<ac:confluence xmlns:ac=\"http://www.atlassian.com/schema/confluence/4/ac/\" "
        "xmlns:ri=\"http://www.atlassian.com/schema/confluence/4/ri/\" "
        "xmlns:at=\"http://www.atlassian.com/schema/confluence/4/at/\" "
        "xmlns=\"http://www.w3.org/1999/xhtml\">\n");
    static HtmlEntities entities;
    QXmlStreamReader reader(opening + value + QStringLiteral("</ac:confluence>"));
    reader.setEntityResolver(&entities);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return std::nullopt;
    return QStringLiteral("Error parsing xhtml: %1\n at [row,col {unknown-source}]: [%2,%3]")
        .arg(reader.errorString())
        .arg(qMax<qint64>(1, reader.lineNumber() - 1))
        .arg(reader.columnNumber());
}

} // namespace ReleaseDesk::Sandbox::Confluence
