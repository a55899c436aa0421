#pragma once

#include "syncstep.h"

#include "models/releaseadoption.h"
#include "services/clients/servicenowclient.h"

#include <QPointer>

namespace ReleaseDesk {

// After the systems are read: every Jira fix version that is not yet a
// release becomes one, with the stage its evidence shows (ReleaseAdoption).
// The evidence is what this sync read from Jira, Confluence and ServiceNow,
// and what the store holds of the tasks, builds and release channel. When
// ServiceNow was read only since the last sync, a candidate's change is looked
// up by its correlation id. A release already known by that name, whoever
// made it, is left alone. Each release is its own store write, one per turn
// of the event loop, so that a first sync of a long history keeps the UI alive.
class ReleaseAdopter
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseAdopter)

public:
    struct Outcome
    {
        QStringList adopted; // "2026.11.3 (Live)"
        QString error;
    };
    using Done = std::function<void(const Outcome &)>;

    // `serviceNow` may be nullptr (not connected).
    ReleaseAdopter(SyncRun &run, ServiceNowClient *serviceNow);

    void start(QObject *context, Done done);

private:
    void lookUpChanges(QObject *context, qsizetype index);
    void adoptNext(QObject *context, qsizetype index);
    void finish(const QString &error = {});

    SyncRun &m_run;
    ServiceNowClient *m_serviceNow;
    Done m_done;
    QList<RemoteRelease> m_candidates;
    Outcome m_outcome;
};

} // namespace ReleaseDesk
