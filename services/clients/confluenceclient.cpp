#include "confluenceclient.h"

#include "clientsupport.h"

#include "services/http/httpclient.h"

#include <QHash>
#include <QObject>

namespace ReleaseDesk {

namespace {

using ClientSupport::encoded;
using ClientSupport::queryItem;

const QString contentPath = QStringLiteral("/rest/api/content");

// `value` as a CQL string: in double quotes, with \ and " escaped.
QString cqlString(QString value)
{
    value.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + value + u'"';
}

} // namespace

// One pages() call in flight: what it looks for and what it found so far.
struct ConfluenceClient::Listing
{
    QString searchWords;                         // what Confluence's title search looks for
    std::function<bool(const QString &)> wanted; // which of the titles it finds are kept
    // When set, Confluence looks for its words too, and sends only its pages.
    QString release;
    Progress progress;
    Callback<QList<ConfluencePage>> done;
    QList<ConfluencePage> found;
    // A page created while the listing runs shifts the later ones by one, so
    // a page may come twice; the later copy replaces the earlier.
    QHash<QString, qsizetype> indexById;
    int requests = 0;

    void add(const QList<ConfluencePage> &pages)
    {
        for (const ConfluencePage &page : pages) {
            if (!wanted(page.title))
                continue;
            const auto known = indexById.constFind(page.id);
            if (known != indexById.constEnd()) {
                found[*known] = page;
            } else {
                indexById.insert(page.id, found.size());
                found.append(page);
            }
        }
    }
};

ConfluenceClient::ConfluenceClient(HttpClient &http, ConfluenceConnection connection)
    : m_http(http), m_connection(std::move(connection))
{}

HttpRequest ConfluenceClient::request(const QString &endpoint, const QByteArray &method,
                                      const QString &path, const QString &query) const
{
    HttpRequest request;
    request.system = QStringLiteral("Confluence");
    request.endpoint = endpoint;
    request.method = method;
    request.url = ClientSupport::urlBelow(m_connection.baseUrl, path, query);
    const bool cloud = m_connection.flavour == ConfluenceConnection::Flavour::Cloud;
    request.headers = {{"Authorization", ClientSupport::atlassianAuthorization(
                                             cloud, m_connection.email, m_connection.secret)},
                       {"Accept", "application/json"}};
    request.timeout = m_connection.timeout;
    return request;
}

HttpRequest ConfluenceClient::pageWrite(const QString &endpoint, const QByteArray &method,
                                        const QString &path, const QJsonObject &body) const
{
    HttpRequest write = request(endpoint, method, path);
    write.headers.append(
        std::pair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
    write.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return write;
}

Error ConfluenceClient::failureOf(const HttpResponse &response)
{
    const QString server = ConfluenceParse::serverError(response.body);
    if (server.isEmpty())
        return response.error;
    return response.error.withMessage(
        tr("%1 Confluence said: %2").arg(response.error.message, server));
}

QString ConfluenceClient::unreadable(const QString &endpoint, const QString &why)
{
    return tr("Confluence %1: the answer could not be read: %2.").arg(endpoint, why);
}

void ConfluenceClient::checkCredentials(QObject *context, Callback<QString> done) const
{
    const QString endpoint = tr("sign-in check");
    m_http.send(request(endpoint, "GET", QStringLiteral("/rest/api/user/current")), context,
                [self = *this, context, endpoint, done](const HttpResponse &response) {
                    if (!response.ok())
                        return done(Result<QString>::failure(failureOf(response)));
                    const auto name = ConfluenceParse::displayName(response.json);
                    if (!name)
                        return done(Result<QString>::failure(unreadable(endpoint, name.error())));
                    self.checkSpace(context, done, name.value());
                });
}

void ConfluenceClient::checkSpace(QObject *context, Callback<QString> done,
                                  const QString &name) const
{
    const QString endpoint = tr("space check");
    const QString spaceKey = m_connection.spaceKey;
    if (spaceKey.isEmpty()) {
        return done(Result<QString>::failure(
            tr("Confluence %1: no space key is set; enter the key of the release notes' space "
               "in the connection settings.")
                .arg(endpoint)));
    }
    m_http.send(
        request(endpoint, "GET", QStringLiteral("/rest/api/space/") + encoded(spaceKey)), context,
        [self = *this, context, endpoint, spaceKey, name, done](const HttpResponse &response) {
            if (response.error.kind == ErrorKind::NotFound) {
                return done(Result<QString>::failure(response.error.withMessage(
                    tr("Confluence %1: there is no space with the key %2, or the account cannot "
                       "see it; check the space key in the connection settings.")
                        .arg(endpoint, spaceKey))));
            }
            if (!response.ok())
                return done(Result<QString>::failure(failureOf(response)));
            const auto key = ConfluenceParse::spaceKey(response.json);
            if (!key)
                return done(Result<QString>::failure(unreadable(endpoint, key.error())));
            self.checkParent(context, done, name);
        });
}

void ConfluenceClient::checkParent(QObject *context, Callback<QString> done,
                                   const QString &name) const
{
    const QString parentId = m_connection.parentPageId;
    if (parentId.isEmpty())
        return done(name);
    const QString endpoint = tr("parent page check");
    const QString spaceKey = m_connection.spaceKey;
    m_http.send(
        request(endpoint, "GET", contentPath + u'/' + encoded(parentId),
                queryItem(QStringLiteral("expand"), QStringLiteral("space"))),
        context, [endpoint, parentId, spaceKey, name, done](const HttpResponse &response) {
            if (response.error.kind == ErrorKind::NotFound) {
                return done(Result<QString>::failure(response.error.withMessage(
                    tr("Confluence %1: there is no page with the id %2, or the account cannot "
                       "see it; check the parent page in the connection settings.")
                        .arg(endpoint, parentId))));
            }
            if (!response.ok())
                return done(Result<QString>::failure(failureOf(response)));
            const auto pageSpace = ConfluenceParse::pageSpaceKey(response.json);
            if (!pageSpace)
                return done(Result<QString>::failure(unreadable(endpoint, pageSpace.error())));
            if (pageSpace.value() != spaceKey) {
                return done(Result<QString>::failure(
                    tr("Confluence %1: the page %2 is in the space %3, not in %4; choose a "
                       "parent page of the release notes' space.")
                        .arg(endpoint, parentId, pageSpace.value(), spaceKey)));
            }
            done(name);
        });
}

void ConfluenceClient::findPage(const QString &title, QObject *context,
                                Callback<std::optional<ConfluencePage>> done) const
{
    const QString endpoint = tr("find page");
    const QString query =
        QStringList{queryItem(QStringLiteral("type"), QStringLiteral("page")),
                    queryItem(QStringLiteral("spaceKey"), m_connection.spaceKey),
                    queryItem(QStringLiteral("title"), title),
                    queryItem(QStringLiteral("expand"), ConfluenceParse::pageExpansions())}
            .join(u'&');
    m_http.send(
        request(endpoint, "GET", contentPath, query), context,
        [endpoint, title, done](const HttpResponse &response) {
            using Answer = Result<std::optional<ConfluencePage>>;
            if (!response.ok())
                return done(Answer::failure(failureOf(response)));
            const auto found = ConfluenceParse::searchPage(response.json);
            if (!found)
                return done(Answer::failure(unreadable(endpoint, found.error())));
            // Titles are unique in a space regardless of case; the exact one first.
            const QList<ConfluencePage> &pages = found->pages;
            for (const Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
                for (const ConfluencePage &page : pages) {
                    if (page.title.compare(title, sensitivity) == 0)
                        return done(Answer(std::optional<ConfluencePage>(page)));
                }
            }
            done(Answer(std::optional<ConfluencePage>()));
        });
}

void ConfluenceClient::pages(const QString &titlePrefix, Progress progress, QObject *context,
                             Callback<QList<ConfluencePage>> done) const
{
    auto listing = std::make_shared<Listing>();
    listing->searchWords = titlePrefix.trimmed();
    listing->wanted = [titlePrefix](const QString &title) { return title.startsWith(titlePrefix); };
    list(std::move(listing), std::move(progress), context, std::move(done));
}

void ConfluenceClient::notesPages(Progress progress, QObject *context,
                                  Callback<QList<ConfluencePage>> done) const
{
    notesPagesNaming({}, std::move(progress), context, std::move(done));
}

void ConfluenceClient::notesPagesNaming(const QString &release, Progress progress, QObject *context,
                                        Callback<QList<ConfluencePage>> done) const
{
    const NotesTitle title(m_connection.titlePattern);
    auto listing = std::make_shared<Listing>();
    listing->searchWords = title.searchWords();
    listing->release = release;
    listing->wanted = [title](const QString &found) { return !title.releaseOf(found).isEmpty(); };
    list(std::move(listing), std::move(progress), context, std::move(done));
}

void ConfluenceClient::list(std::shared_ptr<Listing> listing, Progress progress, QObject *context,
                            Callback<QList<ConfluencePage>> done) const
{
    listing->progress = std::move(progress);
    listing->done = std::move(done);
    fetchListing(std::move(listing), {}, context);
}

void ConfluenceClient::fetchListing(std::shared_ptr<Listing> listing, const QString &next,
                                    QObject *context) const
{
    const QString endpoint = tr("pages");
    if (listing->requests >= m_connection.maxPages) {
        return listing->done(Result<QList<ConfluencePage>>::failure(
            tr("Confluence pages: stopped after %1 requests without reaching the end of the "
               "space.")
                .arg(m_connection.maxPages)));
    }
    ++listing->requests;
    QString path = contentPath;
    QString query;
    if (next.isEmpty()) {
        // CQL's title search matches words, not a prefix: the prefix is checked here.
        path = contentPath + QStringLiteral("/search");
        QString cql = QStringLiteral("space = %1 and type = page and title ~ %2")
                          .arg(cqlString(m_connection.spaceKey), cqlString(listing->searchWords));
        if (!listing->release.isEmpty())
            cql += QStringLiteral(" and title ~ %1").arg(cqlString(listing->release));
        query =
            QStringList{queryItem(QStringLiteral("cql"), cql),
                        queryItem(QStringLiteral("expand"), ConfluenceParse::listingExpansions()),
                        queryItem(QStringLiteral("start"), QStringLiteral("0")),
                        queryItem(QStringLiteral("limit"), QString::number(m_connection.pageSize))}
                .join(u'&');
    } else {
        // Followed as given, so that paging stays the server's, but below the
        // connection's root rather than wherever the server says it lives.
        const qsizetype mark = next.indexOf(u'?');
        path = mark < 0 ? next : next.left(mark);
        query = mark < 0 ? QString() : next.mid(mark + 1);
    }
    // HttpClient calls back only while `context` lives, so the next request can use it.
    m_http.send(request(endpoint, "GET", path, query), context,
                [self = *this, context, endpoint, listing](const HttpResponse &response) {
                    using Answer = Result<QList<ConfluencePage>>;
                    if (!response.ok())
                        return listing->done(Answer::failure(failureOf(response)));
                    const auto page =
                        ConfluenceParse::searchPage(response.json, ConfluenceParse::Body::Absent);
                    if (!page)
                        return listing->done(Answer::failure(unreadable(endpoint, page.error())));
                    listing->add(page->pages);
                    if (listing->progress)
                        listing->progress(int(listing->found.size()));
                    // An empty page with a link onwards would only lead in circles.
                    if (page->next.isEmpty() || page->pages.isEmpty())
                        return listing->done(listing->found);
                    self.fetchListing(listing, page->next, context);
                });
}

void ConfluenceClient::readPage(const QString &id, QObject *context,
                                Callback<ConfluencePage> done) const
{
    const QString endpoint = tr("read page");
    m_http.send(request(endpoint, "GET", contentPath + u'/' + encoded(id),
                        queryItem(QStringLiteral("expand"), ConfluenceParse::pageExpansions())),
                context, [endpoint, done](const HttpResponse &response) {
                    if (!response.ok())
                        return done(Result<ConfluencePage>::failure(failureOf(response)));
                    const auto page = ConfluenceParse::page(response.json);
                    if (!page)
                        return done(
                            Result<ConfluencePage>::failure(unreadable(endpoint, page.error())));
                    done(page);
                });
}

void ConfluenceClient::createPage(const QString &title, const QString &storage, QObject *context,
                                  Callback<ConfluencePage> done) const
{
    sendCreate(title, storage, context,
               [done](const HttpResponse &, const Result<ConfluencePage> &page) { done(page); });
}

void ConfluenceClient::updatePage(const ConfluencePage &current, const QString &storage,
                                  QObject *context, Callback<ConfluencePage> done) const
{
    sendUpdate(current, storage, context,
               [done](const HttpResponse &, const Result<ConfluencePage> &page) { done(page); });
}

void ConfluenceClient::sendCreate(const QString &title, const QString &storage, QObject *context,
                                  WriteDone done) const
{
    const QString endpoint = tr("create page");
    HttpRequest post = pageWrite(
        endpoint, "POST", contentPath,
        ConfluenceParse::newPage(title, storage, m_connection.spaceKey, m_connection.parentPageId));
    // A resent create after a lost answer would meet its own page's title.
    post.retry = RetryPolicy::OnlyIfNotProcessed;
    m_http.send(std::move(post), context, [endpoint, done](const HttpResponse &response) {
        if (!response.ok())
            return done(response, Result<ConfluencePage>::failure(failureOf(response)));
        const auto page = ConfluenceParse::page(response.json);
        if (!page)
            return done(response,
                        Result<ConfluencePage>::failure(unreadable(endpoint, page.error())));
        done(response, page);
    });
}

void ConfluenceClient::sendUpdate(const ConfluencePage &current, const QString &storage,
                                  QObject *context, WriteDone done) const
{
    const QString endpoint = tr("update page");
    // Resent freely: a second PUT of the same version cannot apply twice, it
    // meets the version lock (409) instead.
    const Result<QJsonObject> update = ConfluenceParse::pageUpdate(current, storage);
    if (!update)
        return done(HttpResponse(), update.failure());
    HttpRequest put =
        pageWrite(endpoint, "PUT", contentPath + u'/' + encoded(current.id), update.value());
    m_http.send(std::move(put), context, [endpoint, done](const HttpResponse &response) {
        if (!response.ok())
            return done(response, Result<ConfluencePage>::failure(failureOf(response)));
        const auto page = ConfluenceParse::page(response.json);
        if (!page)
            return done(response,
                        Result<ConfluencePage>::failure(unreadable(endpoint, page.error())));
        done(response, page);
    });
}

} // namespace ReleaseDesk
