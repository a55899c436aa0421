#include "confluenceparse.h"

#include "jsonfields.h"
#include "services/http/urlrules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamEntityResolver>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>

namespace ReleaseDesk {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

// One content object; `base` is the site root its relative web UI link is below.
ConfluencePage content(JsonFields &reader, const QJsonObject &object, const QString &where,
                       const QString &base,
                       ConfluenceParse::Body body = ConfluenceParse::Body::Required)
{
    ConfluencePage page;
    page.id = reader.id(object, where, key("id"));
    page.title = reader.string(object, where, key("title"));

    const QString versionPath = JsonFields::join(where, key("version"));
    const QJsonObject version = reader.object(object, where, key("version"));
    const qint64 number = reader.integer(version, versionPath, key("number"));
    if (!reader.failed() && (number < 1 || number > std::numeric_limits<int>::max())) {
        reader.fail(ConfluenceParse::tr("the field '%1' is not a version number")
                        .arg(JsonFields::join(versionPath, key("number"))));
    }
    page.version = int(number);
    const QString when = reader.string(version, versionPath, key("when"), JsonFields::Optional);
    if (!when.isEmpty()) {
        page.updated = QDateTime::fromString(when, Qt::ISODateWithMs);
        if (!page.updated.isValid()) {
            reader.fail(ConfluenceParse::tr("the field '%1' is not a time: %2")
                            .arg(JsonFields::join(versionPath, key("when")), when));
        }
    }

    if (body == ConfluenceParse::Body::Required) {
        const QString bodyPath = JsonFields::join(where, key("body"));
        const QString storagePath = JsonFields::join(bodyPath, key("storage"));
        const QJsonObject storage =
            reader.object(reader.object(object, where, key("body")), bodyPath, key("storage"));
        page.storage = reader.string(storage, storagePath, key("value"));
    }

    const QString linksPath = JsonFields::join(where, key("_links"));
    const QString webui =
        reader.string(reader.object(object, where, key("_links")), linksPath, key("webui"));
    if (!reader.failed()) {
        page.url = QUrl(base + webui, QUrl::TolerantMode);
        if (!page.url.isValid() || page.url.isRelative()) {
            reader.fail(ConfluenceParse::tr("the field '%1' is not a link below '%2'")
                            .arg(JsonFields::join(linksPath, key("webui")), base));
        }
    }
    return page;
}

// The site root every link of an answer is relative to: _links.base of `object`.
QString linkBase(JsonFields &reader, const QJsonObject &object, const QString &where)
{
    const QString linksPath = JsonFields::join(where, key("_links"));
    QString base =
        reader.string(reader.object(object, where, key("_links")), linksPath, key("base"));
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// _links.next relative to the site root. Confluence sends it relative to
// _links.base; a server that sends it absolute must keep it on that base's
// origin and below its path, so that credentials only ever go where the
// connection points.
QString nextLink(JsonFields &reader, const QJsonObject &links, const QString &base)
{
    const QString next = reader.string(links, key("_links"), key("next"), JsonFields::Optional);
    if (next.isEmpty() || next.startsWith(u'/'))
        return next;
    const QUrl root(base);
    const QUrl target(next);
    const QString rootPath = root.path(QUrl::FullyEncoded);
    const QString path = target.path(QUrl::FullyEncoded);
    if (UrlRules::sameOrigin(target, root) && path.startsWith(rootPath + u'/')) {
        const QString below = path.mid(rootPath.size());
        return target.hasQuery() ? below + u'?' + target.query(QUrl::FullyEncoded) : below;
    }
    reader.fail(ConfluenceParse::tr("the field '_links.next' is not a link below '%1'").arg(base));
    return {};
}

// The storage format's namespaces, declared around a body so that its ac:, ri:
// and at: elements read as XML.
const QString storageOpening =
    QStringLiteral("<ac:confluence xmlns:ac=\"http://www.atlassian.com/schema/confluence/4/ac/\" "
                   "xmlns:ri=\"http://www.atlassian.com/schema/confluence/4/ri/\" "
                   "xmlns:at=\"http://www.atlassian.com/schema/confluence/4/at/\" "
                   "xmlns=\"http://www.w3.org/1999/xhtml\">");
const QString storageClosing = QStringLiteral("</ac:confluence>");

// HTML's named entities (&nbsp;, &rsquo;) are not XML's. Each reads as a token
// of its own name, between two private-use characters no page text has, so
// that it compares equal to itself and differs from everything else.
class KeepNamedEntities final : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override
    {
        return QChar(0xe000) + name + QChar(0xe001);
    }
};

QString escapedText(QStringView text, bool attribute)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            escaped += u"&amp;";
        else if (c == u'<')
            escaped += u"&lt;";
        else if (c == u'>')
            escaped += u"&gt;";
        else if (attribute && c == u'"')
            escaped += u"&quot;";
        // A parser turns a raw carriage return into a line feed, and in an
        // attribute any line break or tab into a space: a reference keeps it.
        else if (c == u'\r' || (attribute && (c == u'\n' || c == u'\t')))
            escaped += u"&#" + QString::number(c.unicode()) + u';';
        else
            escaped += c;
    }
    return escaped;
}

QString startTag(const QXmlStreamReader &reader)
{
    QStringList parts;
    for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
        const QString name = declaration.prefix().isEmpty()
                                 ? QStringLiteral("xmlns")
                                 : QStringLiteral("xmlns:") + declaration.prefix();
        parts << name + u"=\"" + escapedText(declaration.namespaceUri(), true) + u'"';
    }
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        parts << attribute.qualifiedName().toString() + u"=\"" +
                     escapedText(attribute.value(), true) + u'"';
    }
    std::sort(parts.begin(), parts.end());
    QString tag = u'<' + reader.qualifiedName().toString();
    for (const QString &part : std::as_const(parts))
        tag += u' ' + part;
    return tag + u'>';
}

} // namespace

QString ConfluenceParse::pageExpansions()
{
    return QStringLiteral("body.storage,version");
}

QString ConfluenceParse::listingExpansions()
{
    return QStringLiteral("version");
}

Result<ConfluencePage> ConfluenceParse::page(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    const QString base = linkBase(reader, root, {});
    const ConfluencePage page = content(reader, root, {}, base);
    if (reader.failed())
        return Result<ConfluencePage>::failure(reader.error());
    return page;
}

Result<ConfluenceParse::SearchPage> ConfluenceParse::searchPage(const QJsonDocument &answer,
                                                                Body body)
{
    JsonFields reader;
    const QJsonObject root = reader.root(answer);
    const QString base = linkBase(reader, root, {});
    SearchPage page;
    const QJsonArray results = reader.array(root, {}, key("results"));
    for (qsizetype i = 0; i < results.size() && !reader.failed(); ++i) {
        const QString where = JsonFields::at(QStringLiteral("results"), i);
        const QJsonObject object = reader.element(results, i, QStringLiteral("results"));
        page.pages.append(content(reader, object, where, base, body));
    }
    if (!reader.failed())
        page.next = nextLink(reader, root.value(key("_links")).toObject(), base);
    if (reader.failed())
        return Result<SearchPage>::failure(reader.error());
    return page;
}

Result<QString> ConfluenceParse::displayName(const QJsonDocument &answer)
{
    JsonFields reader;
    const QString name = reader.string(reader.root(answer), {}, key("displayName"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return name;
}

Result<QString> ConfluenceParse::spaceKey(const QJsonDocument &answer)
{
    JsonFields reader;
    const QString spaceKey = reader.string(reader.root(answer), {}, key("key"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return spaceKey;
}

Result<QString> ConfluenceParse::pageSpaceKey(const QJsonDocument &answer)
{
    JsonFields reader;
    const QString spaceKey = reader.string(reader.object(reader.root(answer), {}, key("space")),
                                           QStringLiteral("space"), key("key"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return spaceKey;
}

QJsonObject ConfluenceParse::newPage(const QString &title, const QString &storage,
                                     const QString &spaceKey, const QString &parentId)
{
    QJsonObject page{
        {key("type"), QStringLiteral("page")},
        {key("title"), title},
        {key("space"), QJsonObject{{key("key"), spaceKey}}},
        {key("body"), QJsonObject{{key("storage"), QJsonObject{{key("value"), storage},
                                                               {key("representation"),
                                                                QStringLiteral("storage")}}}}}};
    if (!parentId.isEmpty())
        page.insert(key("ancestors"), QJsonArray{QJsonObject{{key("id"), parentId}}});
    return page;
}

Result<QJsonObject> ConfluenceParse::pageUpdate(const ConfluencePage &current,
                                                const QString &storage)
{
    if (current.version >= std::numeric_limits<int>::max()) {
        return Result<QJsonObject>::failure(
            tr("the page %1 is at version %2, the last one Confluence can number; it cannot be "
               "updated again")
                .arg(current.id, QString::number(current.version)));
    }
    return QJsonObject{
        {key("id"), current.id},
        {key("type"), QStringLiteral("page")},
        {key("title"), current.title},
        {key("version"), QJsonObject{{key("number"), current.version + 1}}},
        {key("body"), QJsonObject{{key("storage"), QJsonObject{{key("value"), storage},
                                                               {key("representation"),
                                                                QStringLiteral("storage")}}}}}};
}

QString ConfluenceParse::serverError(const QByteArray &body)
{
    // "com.atlassian.confluence.api.service.exceptions.NotFoundException: No content ..."
    static const QRegularExpression exceptionClass(
        QStringLiteral("^(?:[a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]*(?:Exception|Error):\\s*"));
    const QJsonValue message = QJsonDocument::fromJson(body).object().value(key("message"));
    if (!message.isString())
        return {};
    return message.toString().remove(exceptionClass).trimmed();
}

bool ConfluenceParse::titleTaken(const QByteArray &body)
{
    return serverError(body).contains(QLatin1String("A page with this title already exists"),
                                      Qt::CaseInsensitive);
}

QString ConfluenceParse::normalisedStorage(const QString &storage)
{
    KeepNamedEntities entities;
    QXmlStreamReader reader(storageOpening + storage + storageClosing);
    reader.setEntityResolver(&entities);
    QString canonical;
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            // The wrapping element is not part of the body.
            if (depth++ > 0)
                canonical += startTag(reader);
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0)
                canonical += u"</" + reader.qualifiedName() + u'>';
            break;
        case QXmlStreamReader::Characters:
            // CDATA and escaped text carry the same characters.
            canonical += escapedText(reader.text(), false);
            break;
        case QXmlStreamReader::Comment:
            canonical += u"<!--" + reader.text() + u"-->";
            break;
        case QXmlStreamReader::ProcessingInstruction:
            canonical += u"<?" + reader.processingInstructionTarget() + u' ' +
                         reader.processingInstructionData() + u"?>";
            break;
        default:
            break;
        }
    }
    return reader.hasError() ? storage : canonical;
}

bool ConfluenceParse::sameStorage(const QString &a, const QString &b)
{
    return a == b || normalisedStorage(a) == normalisedStorage(b);
}

} // namespace ReleaseDesk
