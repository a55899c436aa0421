// JiraClient's searches: pages of issues by JQL, in either flavour, handed to
// a sink as they come. Data Center pages by offset, so the next pages can be
// asked for before the last one is read; Cloud pages by a token that only the
// last page gives, so one at a time.
//
// A sync's search (searchUpdatedPages) is ordered by `updated`, and an issue
// updated while the pages are read moves to the end of that order: by offset
// or by Cloud's token, every later issue then moves one place forward and the
// one at the next page's start is skipped. It is old, so no later sync whose
// `updated >=` starts at the cursor reads it either: lost for good. So such a
// search pages by key set instead: each page is a new query that starts at the
// newest update read so far, `updated >= <its minute>`, and issues moved
// meanwhile lie after that start, where they are read again. JQL dates have
// minute resolution, so the new query starts with the issues of that minute
// already read; those whose key and exact `updated` were handed over already
// are left out. Only a page that lies wholly within the minute it started at
// (more issues updated in one minute than a page holds, as a bulk edit makes)
// cannot start the next query further on; it follows the server's own paging
// within that query, where only an issue of that same minute updated in
// between could shift the rest.

#include "jiraclient.h"

#include "clientsupport.h"
#include "models/ports/answerlater.h"

#include "services/http/httpclient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <map>
#include <optional>

namespace ReleaseDesk {

namespace {

// How many Data Center pages are asked for at once: the server works on the
// next while this side reads and stores the last.
constexpr int pagesAhead = 2;

// searchChanges() over the pages: everything gathered, each issue once.
struct Gathered
{
    QList<Change> changes;
    // A change that moved between pages while the search ran may come twice;
    // the later copy replaces the earlier.
    QHash<QString, qsizetype> indexByKey;

    void add(const QList<Change> &page)
    {
        for (const Change &change : page) {
            const auto found = indexByKey.constFind(change.key);
            if (found != indexByKey.constEnd()) {
                changes[*found] = change;
            } else {
                indexByKey.insert(change.key, changes.size());
                changes.append(change);
            }
        }
    }
};

} // namespace

// One search in flight: the pages asked for, and where the hand-over stands.
// Shared by the requests' callbacks; copies the connection, so that a search
// outlives a client destroyed while it runs.
struct JiraClient::Search : std::enable_shared_from_this<Search>
{
    HttpClient *http = nullptr;
    QObject *context = nullptr;
    JiraConnection connection;
    QString jql;
    JiraServiceField service; // what names a task's service, asked for and read
    PageSink sink;
    Callback<int> done;

    int pages = 0;     // requests sent
    int delivered = 0; // issues handed to the sink so far
    bool finished = false;
    // Cloud: the next page's token.
    QString nextPageToken;
    // Paging by key set (see the top of this file): the query without the
    // date, the searcher's zone, the start of the current query (invalid: the
    // beginning) and every issue handed over, with the update it had then.
    bool byKeySet = false;
    JqlQuery unanchored;
    QTimeZone userZone;
    QDateTime anchor;
    QHash<QString, QDateTime> handedOver;
    // Data Center: where the next page to hand over starts, where the next
    // request starts, and the requests out by number, with their start and,
    // once it came, their answer. A server that answers fewer issues than
    // asked (its own cap) stops the look-ahead, whose starts were guesses.
    int handOverAt = 0;
    int requestAt = 0;
    int total = -1;
    bool lookAhead = true;
    int lastRequest = 0;
    struct Pending
    {
        int startAt = 0;
        std::optional<HttpResponse> answer;
    };
    std::map<int, Pending> pending;

    bool cloud() const { return connection.flavour == JiraConnection::Flavour::Cloud; }
    static QString endpoint() { return JiraClient::tr("search"); }

    // Where a search by key set starts: the sync's cursor, in the searcher's zone.
    struct KeySetStart
    {
        QDateTime since;
        QTimeZone userZone;
    };

    // Asks `client`'s Jira for the first page of `query`, paged by key set
    // when `keySet` is given; a query that matches nothing answers 0 at once.
    static void start(JiraClient &client, const JqlQuery &query,
                      const std::optional<KeySetStart> &keySet, PageSink sink, QObject *context,
                      Callback<int> done)
    {
        if (query.matchesNothing())
            return answerLater(context, std::move(done), Result<int>(0));
        auto search = std::make_shared<Search>();
        search->http = &client.m_http;
        search->context = context;
        search->connection = client.m_connection;
        if (keySet) {
            search->byKeySet = true;
            search->unanchored = query;
            search->userZone = keySet->userZone;
            search->anchor = keySet->since;
            search->jql = updatedSince(query, keySet->since, keySet->userZone).toString();
        } else {
            search->jql = query.toString();
        }
        search->sink = std::move(sink);
        search->done = std::move(done);
        client.withServiceField(context, [search](const Result<JiraServiceField> &service) {
            if (!service)
                return search->finish(service.failure());
            search->service = service.value();
            search->send(0);
        });
    }

    void finish(const Result<int> &result)
    {
        if (finished)
            return;
        finished = true;
        done(result);
    }

    void send(int startAt)
    {
        ++pages;
        using ClientSupport::queryItem;
        QStringList query{
            queryItem(QStringLiteral("jql"), jql),
            queryItem(QStringLiteral("maxResults"), QString::number(connection.pageSize)),
            queryItem(QStringLiteral("fields"), JiraParse::searchFields(service))};
        if (cloud() && !nextPageToken.isEmpty())
            query << queryItem(QStringLiteral("nextPageToken"), nextPageToken);
        if (!cloud()) {
            query << queryItem(QStringLiteral("startAt"), QString::number(startAt));
            requestAt = startAt + connection.pageSize;
        }
        const int number = ++lastRequest;
        pending[number] = Pending{startAt, std::nullopt};
        const QString path = cloud() ? QStringLiteral("/search/jql") : QStringLiteral("/search");
        // HttpClient calls back only while `context` lives.
        http->send(request(connection, endpoint(), "GET", path, query.join(u'&')), context,
                   [self = shared_from_this(), number](const HttpResponse &response) {
                       self->answered(number, response);
                   });
    }

    void answered(int number, const HttpResponse &response)
    {
        const auto found = pending.find(number);
        if (finished || found == pending.end())
            return; // dropped: after the end, or a guess that turned out wrong
        found->second.answer = response;
        // Pages are handed over in order, whichever answer came first.
        while (!finished && !pending.empty() && pending.begin()->second.answer) {
            const Pending next = pending.begin()->second;
            pending.erase(pending.begin());
            read(next.startAt, *next.answer);
        }
    }

    void read(int startAt, const HttpResponse &response)
    {
        if (!response.ok())
            return finish(Result<int>::failure(failureOf(response)));
        SearchPage page;
        bool more = false;
        if (cloud()) {
            auto parsed = JiraParse::cloudPage(response.json, service);
            if (!parsed)
                return finish(Result<int>::failure(unreadable(endpoint(), parsed.error())));
            JiraParse::CloudPage cloudPage = std::move(parsed).value();
            page.changes = std::move(cloudPage.changes);
            page.comments = std::move(cloudPage.comments);
            nextPageToken = cloudPage.nextPageToken;
            more = !nextPageToken.isEmpty();
        } else {
            auto parsed = JiraParse::dataCenterPage(response.json, service);
            if (!parsed)
                return finish(Result<int>::failure(unreadable(endpoint(), parsed.error())));
            JiraParse::DataCenterPage dataCenterPage = std::move(parsed).value();
            total = dataCenterPage.total;
            page.changes = std::move(dataCenterPage.changes);
            page.comments = std::move(dataCenterPage.comments);
            handOverAt = startAt + int(page.changes.size());
            // An empty page before the total means issues left the result
            // meanwhile; asking again would loop.
            more = !page.changes.isEmpty() && handOverAt < total;
            if (more && page.changes.size() < connection.pageSize) {
                // Shorter than asked and not the last: the pages asked for
                // ahead start in the wrong place. Ask again from here, one by one.
                pending.clear();
                lookAhead = false;
                requestAt = handOverAt;
            }
        }
        const int remaining = cloud() ? -1 : total - handOverAt;
        if (byKeySet && more && !page.changes.isEmpty() &&
            startsLater(page.changes.last().updated)) {
            // A new query from the newest update read: nothing moved can be skipped.
            anchor = page.changes.last().updated;
            jql = updatedSince(unanchored, anchor, userZone).toString();
            nextPageToken.clear();
            requestAt = 0;
            if (pages < connection.maxPages)
                send(0);
        } else {
            askAhead(more);
        }
        if (byKeySet)
            leaveOutHandedOver(page);
        // Out of pages it may ask for, with more to come: an error once this
        // page is handed over.
        const bool bounded = more && pending.empty();
        // Handed over from the event loop, where HttpClient sends from: the
        // requests just made go out first, and the sink stores while the
        // server works on them.
        QMetaObject::invokeMethod(
            context,
            [self = shared_from_this(), page = std::move(page), more, bounded,
             remaining]() mutable {
                if (self->finished)
                    return;
                self->delivered += int(page.changes.size());
                page.fetched = self->delivered;
                page.total = remaining < 0 ? -1 : self->delivered + remaining;
                if (!self->sink(page) || !more)
                    return self->finish(self->delivered);
                if (bounded) {
                    self->finish(Result<int>::failure(
                        JiraClient::tr(
                            "Jira search: stopped after %1 pages without reaching the end; "
                            "narrow the search.")
                            .arg(self->connection.maxPages)));
                }
            },
            Qt::QueuedConnection);
    }

    // Whether an issue updated at `updated` lies in a later minute than the
    // current query starts at, so that a query from there reads on.
    bool startsLater(const QDateTime &updated) const
    {
        const auto minute = [](const QDateTime &time) {
            const QDateTime utc = time.toUTC();
            return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()),
                             QTimeZone::utc());
        };
        return !anchor.isValid() || minute(updated) > minute(anchor);
    }

    // Drops from `page` the issues already handed over as they are now, and
    // notes the rest.
    void leaveOutHandedOver(SearchPage &page)
    {
        QSet<QString> dropped;
        page.changes.removeIf([&](const Change &change) {
            const auto known = handedOver.constFind(change.key);
            if (known != handedOver.constEnd() && *known == change.updated) {
                dropped.insert(change.key);
                return true;
            }
            handedOver.insert(change.key, change.updated);
            return false;
        });
        page.comments.removeIf(
            [&](const IssueComments &issue) { return dropped.contains(issue.key); });
    }

    // Keeps the next pages asked for, within the page bound.
    void askAhead(bool more)
    {
        if (!more)
            return;
        // By key set, each page depends on the last one.
        const int window = cloud() || !lookAhead || byKeySet ? 1 : pagesAhead;
        while (int(pending.size()) < window && pages < connection.maxPages &&
               (cloud() || requestAt < total)) {
            send(cloud() ? 0 : requestAt);
            if (cloud())
                break;
        }
    }
};

void JiraClient::searchChanges(const JqlQuery &query, Progress progress, QObject *context,
                               Callback<QList<Change>> done)
{
    auto gathered = std::make_shared<Gathered>();
    searchChangePages(
        query,
        [gathered, progress = std::move(progress)](const SearchPage &page) {
            gathered->add(page.changes);
            if (progress)
                progress(int(gathered->changes.size()));
            return true;
        },
        context,
        [gathered, done = std::move(done)](const Result<int> &searched) {
            if (!searched)
                return done(searched.failure());
            done(gathered->changes);
        });
}

void JiraClient::searchChangePages(const JqlQuery &query, PageSink sink, QObject *context,
                                   Callback<int> done)
{
    Search::start(*this, query, std::nullopt, std::move(sink), context, std::move(done));
}

JqlQuery JiraClient::updatedSince(JqlQuery query, const QDateTime &since, const QTimeZone &userZone)
{
    query.whereUpdatedSince(since, userZone);
    query.orderBy(Jql::Field::Updated).orderBy(Jql::Field::Key);
    return query;
}

void JiraClient::searchUpdatedPages(const JqlQuery &query, const QDateTime &since,
                                    const QTimeZone &userZone, PageSink sink, QObject *context,
                                    Callback<int> done)
{
    Search::start(*this, query, Search::KeySetStart{since, userZone}, std::move(sink), context,
                  std::move(done));
}

} // namespace ReleaseDesk
