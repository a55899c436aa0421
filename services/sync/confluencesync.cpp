#include "confluencesync.h"

#include "models/formats/storageformat.h"

#include <QHash>

namespace ReleaseDesk {

ConfluenceSync::ConfluenceSync(SyncRun &run, ConfluenceClient &client)
    : SyncStep(run, RemoteSystem::Confluence), m_client(client)
{}

void ConfluenceSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    progress(tr("release notes pages"), 0);
    m_client.pages(
        StorageFormat::pageTitle(QString()),
        [this](int found) { progress(tr("release notes pages"), found); }, context,
        [this](const Result<QList<ConfluencePage>> &pages) {
            if (!pages)
                return fail(pages.error());
            m_run.notesPages = pages.value();
            m_result.read = int(pages->size());
            record(pages.value());
        });
}

void ConfluenceSync::record(const QList<ConfluencePage> &pages)
{
    const auto releases = m_run.store.releases();
    if (!releases)
        return fail(releases.error());
    QHash<QString, const ConfluencePage *> byTitle;
    for (const ConfluencePage &page : pages)
        byTitle.insert(page.title, &page);
    for (const Release &release : releases.value()) {
        if (!release.notes.pageId.isEmpty() || isTerminal(release.stage))
            continue;
        const ConfluencePage *page = byTitle.value(StorageFormat::pageTitle(release.name));
        if (!page)
            continue;
        const QString url = page->url.toString();
        const Status recorded =
            m_run.workflow.recordNotesPublished(release.id, page->id, url, actor());
        if (!recorded)
            return fail(recorded.error());
        m_result.releases << tr("%1: notes page %2").arg(release.name, url);
    }
    succeed();
}

} // namespace ReleaseDesk
