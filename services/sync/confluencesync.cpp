#include "confluencesync.h"

#include "models/formats/notesconventions.h"

#include <QHash>

namespace ReleaseDesk {

ConfluenceSync::ConfluenceSync(SyncRun &run, ConfluenceClient &client)
    : SyncStep(run, RemoteSystem::Confluence), m_client(client)
{}

void ConfluenceSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    progress(tr("release notes pages"), 0);
    m_client.notesPages([this](int found) { progress(tr("release notes pages"), found); }, context,
                        [this](const Result<QList<ConfluencePage>> &pages) {
                            if (!pages)
                                return fail(pages.error());
                            m_result.read = int(pages->size());
                            record(pages.value());
                        });
}

void ConfluenceSync::record(const QList<ConfluencePage> &pages)
{
    const auto releases = m_run.store.releases();
    if (!releases)
        return fail(releases.error());
    // Two pages may name one release ("Release notes – X" and "Release notes
    // X"): the one titled exactly as ReleaseDesk titles it wins.
    const NotesTitle title(m_client.connection().titlePattern);
    QHash<QString, ConfluencePage> byRelease;
    for (const ConfluencePage &page : pages) {
        const QString release = title.releaseOf(page.title);
        if (!byRelease.contains(release.toCaseFolded()) || page.title == title.forRelease(release))
            byRelease.insert(release.toCaseFolded(), page);
    }
    m_run.notesPages = byRelease;
    for (const Release &release : releases.value()) {
        if (!release.notes.pageId.isEmpty() || isTerminal(release.stage))
            continue;
        const auto found = byRelease.constFind(release.name.trimmed().toCaseFolded());
        if (found == byRelease.constEnd())
            continue;
        const ConfluencePage *page = &found.value();
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
