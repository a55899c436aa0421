// ConfluenceClient::publish(), the release notes' idempotent write: the
// outbox may call it again after any failure, and a page must still exist once.

#include "confluenceclient.h"

#include "models/formats/notesconventions.h"
#include "models/ports/answerlater.h"
#include "services/http/httpresponse.h"

namespace ReleaseDesk {

namespace {

// Whether a failed create may have made the page after all, or found it made:
// the answer was lost or garbled after the server acted, or the title is taken
// (an earlier attempt whose answer was lost, or someone else's page).
bool pageMayExist(const HttpResponse &response)
{
    using Kind = ErrorKind;
    if (response.status == 400)
        return ConfluenceParse::titleTaken(response.body);
    switch (response.error.kind) {
    case Kind::None: // answered, but not with a page that could be read
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Timeout:
    case Kind::Unreachable:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

} // namespace

void ConfluenceClient::publish(const QString &title, const QString &storage, QObject *context,
                               Callback<ConfluencePage> done) const
{
    using Found = Result<std::optional<ConfluencePage>>;
    findPage(title, context, [self = *this, title, storage, context, done](const Found &found) {
        if (!found)
            return done(found.failure());
        if (found.value())
            return self.settle(*found.value(), storage, context, done, true);
        self.findNotesPageOf(
            title, context, [self, title, storage, context, done](const Found &typed) {
                if (!typed)
                    return done(typed.failure());
                if (typed.value())
                    return self.settle(*typed.value(), storage, context, done, true);
                self.createOnce(title, storage, context, done);
            });
    });
}

void ConfluenceClient::findNotesPageOf(const QString &title, QObject *context,
                                       Callback<std::optional<ConfluencePage>> done) const
{
    using Found = Result<std::optional<ConfluencePage>>;
    const NotesTitle pattern(m_connection.titlePattern);
    const QString release = pattern.releaseOf(title);
    if (release.isEmpty())
        return answerLater(context, std::move(done), Found(std::optional<ConfluencePage>()));
    notesPagesNaming(
        release, {}, context,
        [self = *this, pattern, release, context,
         done](const Result<QList<ConfluencePage>> &pages) {
            if (!pages)
                return done(pages.failure());
            for (const ConfluencePage &page : pages.value()) {
                if (pattern.releaseOf(page.title).compare(release, Qt::CaseInsensitive) != 0)
                    continue;
                // The listing has no bodies: read the page to compare and update it.
                return self.readPage(page.id, context, [done](const Result<ConfluencePage> &read) {
                    if (!read)
                        return done(read.failure());
                    done(Found(std::optional(read.value())));
                });
            }
            done(Found(std::optional<ConfluencePage>()));
        });
}

void ConfluenceClient::createOnce(const QString &title, const QString &storage, QObject *context,
                                  Callback<ConfluencePage> done) const
{
    using Found = Result<std::optional<ConfluencePage>>;
    sendCreate(title, storage, context,
               [self = *this, title, storage, context,
                done](const HttpResponse &response, const Result<ConfluencePage> &created) {
                   if (created || !pageMayExist(response))
                       return done(created);
                   self.findPage(title, context,
                                 [self, storage, context, done, created](const Found &again) {
                                     // Not knowing whether the page was made, the look's own
                                     // failure says whether to try again; the create's says
                                     // what went wrong.
                                     if (!again)
                                         return done(again.failure().withMessage(created.error()));
                                     // Still no page: the create's own failure says it all.
                                     if (!again.value())
                                         return done(created);
                                     self.settle(*again.value(), storage, context, done, true);
                                 });
               });
}

void ConfluenceClient::settle(const ConfluencePage &current, const QString &storage,
                              QObject *context, Callback<ConfluencePage> done, bool mayRetry) const
{
    // Untouched, so that publishing the same notes again adds no version.
    if (ConfluenceParse::sameStorage(current.storage, storage))
        return done(current);
    sendUpdate(current, storage, context,
               [self = *this, id = current.id, storage, context, done,
                mayRetry](const HttpResponse &response, const Result<ConfluencePage> &updated) {
                   if (updated || response.status != 409 || !mayRetry)
                       return done(updated);
                   // Someone saved a version meanwhile, or a resent PUT met its own
                   // first attempt: read what is there now and settle on that.
                   self.readPage(
                       id, context,
                       [self, storage, context, done](const Result<ConfluencePage> &fresh) {
                           if (!fresh)
                               return done(fresh);
                           self.settle(fresh.value(), storage, context, done, false);
                       });
               });
}

} // namespace ReleaseDesk
