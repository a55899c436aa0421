#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace ReleaseDesk {

// A page as ReleaseDesk reads it back from Confluence.
struct ConfluencePage
{
    QString id;
    QString title;
    int version = 0;   // Confluence's version number, which an update must raise by one
    QString storage;   // the body in storage format, as Confluence keeps it
    QUrl url;          // the page in Confluence's web UI
    QDateTime updated; // when the current version was saved; invalid when not told
    friend bool operator==(const ConfluencePage &, const ConfluencePage &) = default;
};

// Confluence's JSON read into pages and written from them, without I/O, so that
// every shape of answer can be tested from a table. A field of the wrong type,
// or a required one missing, fails with a message naming the field.
class ConfluenceParse
{
    Q_DECLARE_TR_FUNCTIONS(ConfluenceParse)

public:
    // The expand parameter of every page read: the body and the version.
    static QString pageExpansions();
    // The expand parameter of a listing: the version, no body.
    static QString listingExpansions();

    struct SearchPage
    {
        QList<ConfluencePage> pages;
        // The next page's path and query relative to the site root
        // ("/rest/api/content?...&start=25"); empty on the last page.
        QString next;
    };

    // One content object as GET, POST or PUT /rest/api/content[/{id}] answer it.
    static Result<ConfluencePage> page(const QJsonDocument &answer);
    // Whether the answer carries each page's body (expand=body.storage).
    enum class Body { Required, Absent };
    // GET /rest/api/content and /rest/api/content/search: {results[], start,
    // limit, size, _links{base, next?}}; without bodies the pages' storage is empty.
    static Result<SearchPage> searchPage(const QJsonDocument &answer, Body body = Body::Required);
    // GET /rest/api/user/current: the account's display name.
    static Result<QString> displayName(const QJsonDocument &answer);
    // GET /rest/api/space/{key}: the space's key.
    static Result<QString> spaceKey(const QJsonDocument &answer);
    // GET /rest/api/content/{id}?expand=space: the key of the page's space.
    static Result<QString> pageSpaceKey(const QJsonDocument &answer);

    // The body of POST /rest/api/content; no ancestors when `parentId` is empty.
    static QJsonObject newPage(const QString &title, const QString &storage,
                               const QString &spaceKey, const QString &parentId);
    // The body of PUT /rest/api/content/{id}: the next version of `current`
    // with `storage`, under its own title and parent. A page at the last
    // version Confluence can number has no next one: that is an error.
    static Result<QJsonObject> pageUpdate(const ConfluencePage &current, const QString &storage);

    // Confluence's own error text, the "message" of its error object, without
    // the Java exception class it may start with; empty when there is none.
    static QString serverError(const QByteArray &body);
    // Whether a refused create says the space already has a page of that title.
    static bool titleTaken(const QByteArray &body);

    // `storage` in one canonical spelling, as far as Confluence may respell it
    // when it stores a page: <br/> and <br></br>, attribute order and quotes,
    // character references and CDATA sections read the same. Text that is not
    // well-formed comes back unchanged.
    static QString normalisedStorage(const QString &storage);
    static bool sameStorage(const QString &a, const QString &b);
};

} // namespace ReleaseDesk
