#pragma once

#include "confluenceparse.h"

#include "models/domain/result.h"
#include "models/formats/notesconventions.h"
#include "services/http/httprequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace ReleaseDesk {

class HttpClient;
struct HttpResponse;

// How to reach the Confluence space that holds the release notes. Data Center
// takes a personal access token as Bearer; Cloud takes Basic email:API token.
struct ConfluenceConnection
{
    enum class Flavour { DataCenter, Cloud };

    // The site root the REST API is below: "https://wiki.example.com" (Data
    // Center) or "https://example.atlassian.net/wiki" (Cloud).
    QUrl baseUrl;
    Flavour flavour = Flavour::DataCenter;
    QString email;        // Cloud only
    QString secret;       // the PAT (Data Center) or API token (Cloud); never logged
    QString spaceKey;     // "REL"
    QString parentPageId; // new pages go below it; empty: at the top of the space
    int pageSize = 25;    // pages asked for per listing request
    // A listing that needs more requests than this ends with an error rather
    // than following a server that never says it is done.
    int maxPages = 200;
    std::chrono::milliseconds timeout{30000}; // per attempt, without a byte moving
    // The team's conventions (ConfluenceSettings): how its release-notes
    // pages are titled and what their sections are headed.
    QString titlePattern = NotesTitle::defaultPattern();
    QMap<QString, QString> sectionHeadings = NotesSections::defaultHeadings();
};

// Confluence's side of the release process: finds, lists, creates and updates
// the release-notes pages of one space, in either flavour.
class ConfluenceClient
{
    Q_DECLARE_TR_FUNCTIONS(ConfluenceClient)

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using Progress = std::function<void(int found)>;

    // `http` must outlive the client and every request it sent. The client
    // holds no state of its own, so a call may outlive it.
    ConfluenceClient(HttpClient &http, ConfluenceConnection connection);

    const ConfluenceConnection &connection() const { return m_connection; }

    // "Test connection": the display name of the account the secret belongs
    // to, once the space and, when one is set, the parent page were found.
    void checkCredentials(QObject *context, Callback<QString> done) const;
    // The space's page of exactly that title, with its body and version.
    void findPage(const QString &title, QObject *context,
                  Callback<std::optional<ConfluencePage>> done) const;
    // Every page of the space whose title starts with `titlePrefix`, without
    // its body, across all requests; `progress` (optional) hears how many were
    // found so far after each one. Confluence finds them by title (CQL), so a
    // large space costs no more than the pages found.
    void pages(const QString &titlePrefix, Progress progress, QObject *context,
               Callback<QList<ConfluencePage>> done) const;
    // Every release-notes page of the space, as the connection's title
    // pattern recognises one (NotesTitle::releaseOf()), without its body:
    // Confluence finds the pages holding the pattern's words, which are then
    // matched here, as CQL cannot match a dash that may or may not be there.
    void notesPages(Progress progress, QObject *context,
                    Callback<QList<ConfluencePage>> done) const;
    // A new page below the parent. Not resent after a lost answer; publish()
    // is the write that recovers from one.
    void createPage(const QString &title, const QString &storage, QObject *context,
                    Callback<ConfluencePage> done) const;
    // The next version of `current` with `storage`; refused (409) when the
    // page has moved on from `current`.
    void updatePage(const ConfluencePage &current, const QString &storage, QObject *context,
                    Callback<ConfluencePage> done) const;
    // Makes the page `title` hold `storage`, however often it is called:
    // creates it, updates it, or leaves it untouched when it already reads the
    // same. A create whose answer was lost, or that finds the title taken, and
    // an update that meets a newer version, are settled by reading the page again.
    // A release-notes page the team titled loosely ("Release notes 2026-11-A"
    // for "Release notes – 2026-11-A") is that release's page: it is updated
    // under its own title, never doubled by a second page.
    void publish(const QString &title, const QString &storage, QObject *context,
                 Callback<ConfluencePage> done) const;

private:
    struct Listing;
    // A write's outcome with the response it came from, for publish() to tell
    // a lost answer or a taken title from other failures.
    using WriteDone = std::function<void(const HttpResponse &, const Result<ConfluencePage> &)>;

    // A request to `path` below the site root, with `query` already percent-encoded.
    HttpRequest request(const QString &endpoint, const QByteArray &method, const QString &path,
                        const QString &query = {}) const;
    HttpRequest pageWrite(const QString &endpoint, const QByteArray &method, const QString &path,
                          const QJsonObject &body) const;
    void readPage(const QString &id, QObject *context, Callback<ConfluencePage> done) const;
    // notesPages() of the pages whose titles hold `release`'s words too, so
    // that a space with years of notes sends only the few that may be its
    // page; all of them when `release` is empty.
    void notesPagesNaming(const QString &release, Progress progress, QObject *context,
                          Callback<QList<ConfluencePage>> done) const;
    // The page of the release that `title` names, however the team titled it
    // (notesPagesNaming(), then NotesTitle::releaseOf() is the judge), with
    // its body; none when `title` names no release.
    void findNotesPageOf(const QString &title, QObject *context,
                         Callback<std::optional<ConfluencePage>> done) const;
    void createOnce(const QString &title, const QString &storage, QObject *context,
                    Callback<ConfluencePage> done) const;
    void sendCreate(const QString &title, const QString &storage, QObject *context,
                    WriteDone done) const;
    void sendUpdate(const ConfluencePage &current, const QString &storage, QObject *context,
                    WriteDone done) const;
    void checkSpace(QObject *context, Callback<QString> done, const QString &name) const;
    void checkParent(QObject *context, Callback<QString> done, const QString &name) const;
    // Leaves `current` as it is when it already holds `storage`, else updates
    // it; an update that meets a newer version reads the page again and, when
    // `mayRetry`, tries once more.
    void settle(const ConfluencePage &current, const QString &storage, QObject *context,
                Callback<ConfluencePage> done, bool mayRetry) const;
    void list(std::shared_ptr<Listing> listing, Progress progress, QObject *context,
              Callback<QList<ConfluencePage>> done) const;
    void fetchListing(std::shared_ptr<Listing> listing, const QString &next,
                      QObject *context) const;

    // The failure of a response that failed: HttpClient's, with
    // Confluence's error text in its message when it sent one.
    static Error failureOf(const HttpResponse &response);
    static QString unreadable(const QString &endpoint, const QString &why);

    HttpClient &m_http;
    ConfluenceConnection m_connection;
};

} // namespace ReleaseDesk
