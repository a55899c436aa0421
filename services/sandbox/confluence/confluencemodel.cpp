#include "services/sandbox/confluence/confluencemodel.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace ReleaseDesk::Sandbox::Confluence {
namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

QByteArray md5(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// "Release notes – 1.2" -> "Release+notes+%E2%80%93+1.2", as in page URLs.
QString titleSlug(const QString &title)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(title, " ")).replace(u' ', u'+');
}

QString webUi(const Page &page, const Site &site)
{
    if (site.isCloud())
        return QStringLiteral("/spaces/%1/pages/%2/%3")
            .arg(page.spaceKey, page.id, titleSlug(page.title));
    // Data Center links by title only while the title needs no escaping beyond spaces.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9 ._-]*$"));
    if (plain.match(page.title).hasMatch())
        return QStringLiteral("/display/%1/%2").arg(page.spaceKey, titleSlug(page.title));
    return QStringLiteral("/pages/viewpage.action?pageId=%1").arg(page.id);
}

QJsonObject bodyJson(const Page &page, const Expansions &expand)
{
    QJsonObject expandable{{key("editor"), QString()},
                           {key("view"), QString()},
                           {key("export_view"), QString()},
                           {key("styled_view"), QString()},
                           {key("anonymous_export_view"), QString()}};
    QJsonObject body;
    if (expand.has(QStringLiteral("body.storage"))) {
        body.insert(
            key("storage"),
            QJsonObject{{key("value"), page.body},
                        {key("representation"), QStringLiteral("storage")},
                        {key("embeddedContent"), QJsonArray()},
                        {key("_expandable"),
                         QJsonObject{{key("content"),
                                      QString(QStringLiteral("/rest/api/content/") + page.id)}}}});
    } else {
        expandable.insert(key("storage"), QString());
    }
    body.insert(key("_expandable"), expandable);
    return body;
}

} // namespace

QString Site::context() const
{
    return isCloud() ? QStringLiteral("/confluence/wiki") : QStringLiteral("/confluence");
}

const Space *Store::space(const QString &spaceKey) const
{
    for (const Space &candidate : spaces) {
        if (candidate.key == spaceKey)
            return &candidate;
    }
    return nullptr;
}

const Page *Store::page(const QString &id) const
{
    for (const Page &candidate : pages) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

Page *Store::page(const QString &id)
{
    return const_cast<Page *>(std::as_const(*this).page(id));
}

const Page *Store::pageTitled(const QString &spaceKey, const QString &title) const
{
    for (const Page &candidate : pages) {
        if (candidate.spaceKey == spaceKey &&
            candidate.title.compare(title, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QList<const Page *> Store::ancestors(const Page &page) const
{
    QList<const Page *> chain;
    const Page *parent = page.parentId.isEmpty() ? nullptr : this->page(page.parentId);
    // The bound only guards against a cycle in a hand-edited saved state.
    while (parent && chain.size() < pages.size()) {
        chain.prepend(parent);
        parent = parent->parentId.isEmpty() ? nullptr : this->page(parent->parentId);
    }
    return chain;
}

bool Store::isDescendant(const QString &candidateId, const QString &ofId) const
{
    const Page *candidate = page(candidateId);
    if (!candidate)
        return false;
    if (candidateId == ofId)
        return true;
    for (const Page *ancestor : ancestors(*candidate)) {
        if (ancestor->id == ofId)
            return true;
    }
    return false;
}

QJsonObject Store::toJson() const
{
    QJsonArray spaceArray;
    for (const Space &space : spaces) {
        spaceArray.append(QJsonObject{{key("id"), double(space.id)},
                                      {key("key"), space.key},
                                      {key("name"), space.name},
                                      {key("homePageId"), space.homePageId}});
    }
    QJsonArray pageArray;
    for (const Page &page : pages) {
        pageArray.append(QJsonObject{{key("id"), page.id},
                                     {key("title"), page.title},
                                     {key("spaceKey"), page.spaceKey},
                                     {key("parentId"), page.parentId},
                                     {key("body"), page.body},
                                     {key("version"), page.version},
                                     {key("versionMessage"), page.versionMessage},
                                     {key("minorEdit"), page.minorEdit},
                                     {key("created"), timestamp(page.created)},
                                     {key("createdBy"), page.createdBy},
                                     {key("updated"), timestamp(page.updated)},
                                     {key("updatedBy"), page.updatedBy}});
    }
    return {
        {key("nextId"), double(nextId)}, {key("spaces"), spaceArray}, {key("pages"), pageArray}};
}

Store Store::fromJson(const QJsonObject &object)
{
    Store store;
    store.nextId = qint64(object.value(key("nextId")).toDouble(1));
    for (const QJsonValue &value : object.value(key("spaces")).toArray()) {
        const QJsonObject space = value.toObject();
        store.spaces.append(
            {qint64(space.value(key("id")).toDouble()), space.value(key("key")).toString(),
             space.value(key("name")).toString(), space.value(key("homePageId")).toString()});
    }
    for (const QJsonValue &value : object.value(key("pages")).toArray()) {
        const QJsonObject page = value.toObject();
        store.pages.append(
            {page.value(key("id")).toString(), page.value(key("title")).toString(),
             page.value(key("spaceKey")).toString(), page.value(key("parentId")).toString(),
             page.value(key("body")).toString(), page.value(key("version")).toInt(1),
             page.value(key("versionMessage")).toString(), page.value(key("minorEdit")).toBool(),
             parseTime(page.value(key("created"))), page.value(key("createdBy")).toString(),
             parseTime(page.value(key("updated"))), page.value(key("updatedBy")).toString()});
    }
    return store;
}

Expansions::Expansions(const QString &parameter)
{
    for (const QString &part : parameter.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        m_names.insert(name);
        // "body.storage" expands "body" on the way.
        for (qsizetype dot = name.indexOf(u'.'); dot > 0; dot = name.indexOf(u'.', dot + 1))
            m_names.insert(name.left(dot));
    }
}

Expansions Expansions::all()
{
    return Expansions(QStringLiteral("body.storage,version,ancestors,space,history"));
}

QString displayName(const QString &username)
{
    QStringList words = username.split(u'.', Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(u' ');
}

QString userKey(const QString &username)
{
    return QString::fromLatin1(md5(username).toHex());
}

QString accountId(const QString &username)
{
    return QStringLiteral("557058:") +
           QUuid::fromRfc4122(md5(username)).toString(QUuid::WithoutBraces);
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// Confluence's short links: the id's little-endian bytes in URL-safe base64,
// without the padding and the trailing zero digits.
QString tinyUi(const QString &id)
{
    quint64 value = id.toULongLong();
    QByteArray bytes;
    for (int i = 0; i < 8; ++i, value >>= 8)
        bytes.append(char(value & 0xff));
    QString encoded = QString::fromLatin1(bytes.toBase64());
    encoded.replace(u'/', u'-').replace(u'+', u'_');
    while (encoded.endsWith(u'=') || encoded.endsWith(u'A'))
        encoded.chop(1);
    return QStringLiteral("/x/") + encoded;
}

QJsonObject userJson(const QString &username, const Site &site)
{
    const QString name = displayName(username);
    if (site.isCloud()) {
        const QString id = accountId(username);
        return {{key("type"), QStringLiteral("known")},
                {key("accountId"), id},
                {key("accountType"), QStringLiteral("atlassian")},
                {key("email"), QString(username + QStringLiteral("@example.com"))},
                {key("publicName"), name},
                {key("profilePicture"),
                 QJsonObject{{key("path"), QString(QStringLiteral("/wiki/aa-avatar/") + id)},
                             {key("width"), 48},
                             {key("height"), 48},
                             {key("isDefault"), false}}},
                {key("displayName"), name},
                {key("isExternalCollaborator"), false},
                {key("_expandable"),
                 QJsonObject{{key("operations"), QString()}, {key("personalSpace"), QString()}}},
                {key("_links"),
                 QJsonObject{{key("self"),
                              QString(site.base() + QStringLiteral("/rest/api/user?accountId=") +
                                      QString::fromLatin1(QUrl::toPercentEncoding(id)))}}}};
    }
    const QString keyOfUser = userKey(username);
    return {{key("type"), QStringLiteral("known")},
            {key("username"), username},
            {key("userKey"), keyOfUser},
            {key("profilePicture"),
             QJsonObject{
                 {key("path"), QString(site.context() +
                                       QStringLiteral("/images/icons/profilepics/default.svg"))},
                 {key("width"), 48},
                 {key("height"), 48},
                 {key("isDefault"), true}}},
            {key("displayName"), name},
            {key("_expandable"), QJsonObject{{key("status"), QString()}}},
            {key("_links"),
             QJsonObject{{key("self"), QString(site.base() + QStringLiteral("/rest/api/user?key=") +
                                               keyOfUser)}}}};
}

QJsonObject spaceJson(const Space &space, const Site &site)
{
    const QString webui = site.isCloud() ? QStringLiteral("/spaces/") + space.key
                                         : QStringLiteral("/display/") + space.key;
    return {{key("id"), double(space.id)},
            {key("key"), space.key},
            {key("name"), space.name},
            {key("type"), QStringLiteral("global")},
            {key("status"), QStringLiteral("current")},
            {key("_expandable"),
             QJsonObject{{key("homepage"),
                          QString(QStringLiteral("/rest/api/content/") + space.homePageId)},
                         {key("description"), QString()},
                         {key("icon"), QString()},
                         {key("metadata"), QString()}}},
            {key("_links"),
             QJsonObject{{key("webui"), webui},
                         {key("self"),
                          QString(site.base() + QStringLiteral("/rest/api/space/") + space.key)}}}};
}

QJsonObject contentJson(const Store &store, const Page &page, const Site &site,
                        const Expansions &expand, bool topLevel)
{
    const QString contentPath = QStringLiteral("/rest/api/content/") + page.id;
    const QString spacePath = QStringLiteral("/rest/api/space/") + page.spaceKey;
    QJsonObject content{{key("id"), page.id},
                        {key("type"), QStringLiteral("page")},
                        {key("status"), QStringLiteral("current")},
                        {key("title"), page.title}};
    QJsonObject expandable{
        {key("childTypes"), QString()},
        {key("container"), spacePath},
        {key("metadata"), QString()},
        {key("operations"), QString()},
        {key("children"), QString(contentPath + QStringLiteral("/child"))},
        {key("restrictions"), QString(contentPath + QStringLiteral("/restriction/byOperation"))},
        {key("descendants"), QString(contentPath + QStringLiteral("/descendant"))}};

    const Space *space = store.space(page.spaceKey);
    if (expand.has(QStringLiteral("space")) && space)
        content.insert(key("space"), spaceJson(*space, site));
    else
        expandable.insert(key("space"), spacePath);

    if (expand.has(QStringLiteral("history"))) {
        content.insert(
            key("history"),
            QJsonObject{
                {key("latest"), true},
                {key("createdBy"), userJson(page.createdBy, site)},
                {key("createdDate"), timestamp(page.created)},
                {key("_links"), QJsonObject{{key("self"), QString(site.base() + contentPath +
                                                                  QStringLiteral("/history"))}}}});
    } else {
        expandable.insert(key("history"), QString(contentPath + QStringLiteral("/history")));
    }

    if (expand.has(QStringLiteral("version"))) {
        content.insert(key("version"), QJsonObject{{key("by"), userJson(page.updatedBy, site)},
                                                   {key("when"), timestamp(page.updated)},
                                                   {key("message"), page.versionMessage},
                                                   {key("number"), page.version},
                                                   {key("minorEdit"), page.minorEdit},
                                                   {key("_expandable"),
                                                    QJsonObject{{key("content"), contentPath}}}});
    } else {
        expandable.insert(key("version"), QString());
    }

    if (expand.has(QStringLiteral("ancestors"))) {
        QJsonArray ancestors;
        for (const Page *ancestor : store.ancestors(page))
            ancestors.append(contentJson(store, *ancestor, site, Expansions(), false));
        content.insert(key("ancestors"), ancestors);
    } else {
        expandable.insert(key("ancestors"), QString());
    }

    if (expand.has(QStringLiteral("body")))
        content.insert(key("body"), bodyJson(page, expand));
    else
        expandable.insert(key("body"), QString());

    QJsonObject links{
        {key("webui"), webUi(page, site)},
        {key("edit"), QString(QStringLiteral("/pages/resumedraft.action?draftId=") + page.id)},
        {key("tinyui"), tinyUi(page.id)},
        {key("self"), QString(site.base() + contentPath)}};
    if (topLevel) {
        links.insert(key("base"), site.base());
        links.insert(key("context"), site.context());
    }
    content.insert(key("_expandable"), expandable);
    content.insert(key("_links"), links);
    return content;
}

} // namespace ReleaseDesk::Sandbox::Confluence
