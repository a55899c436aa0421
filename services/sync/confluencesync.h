#pragma once

#include "syncstep.h"

#include "services/clients/confluenceclient.h"

namespace ReleaseDesk {

// Confluence's part of a sync: every release-notes page of the space, as the
// team's title pattern recognises one (NotesTitle), recorded on its release
// when the release does not have its page yet.
// Confluence cannot be asked for recent pages only, so this finds them all
// each time, by title and without their bodies, however large the space;
// the pages are kept for adoption.
class ConfluenceSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(ConfluenceSync)

public:
    ConfluenceSync(SyncRun &run, ConfluenceClient &client);

    void start(QObject *context, Done done) override;

private:
    void record(const QList<ConfluencePage> &pages);

    ConfluenceClient &m_client;
};

} // namespace ReleaseDesk
