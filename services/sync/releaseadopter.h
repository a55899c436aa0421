#pragma once

#include "syncstep.h"

#include "models/usecases/releaseadoption.h"
#include "services/clients/servicenowclient.h"

#include <QHash>
#include <QPointer>

#include <optional>

namespace ReleaseDesk {

// After the systems are read: every Jira fix version that is not yet a
// release becomes one, with the stage its evidence shows (ReleaseAdoption),
// and every release under way here follows the evidence that other desks
// left (ReleaseAdoption::follow): the same reading, so that each desk holds
// the same stage.
// The evidence is what this sync read from Jira, Confluence and ServiceNow,
// and what the store holds of the tasks, builds and release channel. When
// ServiceNow was read only since the last sync, a candidate's change is looked
// up by its correlation id. Each release is its own store write, one per turn
// of the event loop, so that a first sync of a long history keeps the UI alive.
class ReleaseAdopter
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseAdopter)

public:
    struct Outcome
    {
        QStringList adopted;  // "2026.11.3 (Live)"
        QStringList followed; // releases here that the evidence moved on
        QString error;
    };
    using Done = std::function<void(const Outcome &)>;

    // `serviceNow` may be nullptr (not connected).
    ReleaseAdopter(SyncRun &run, ServiceNowClient *serviceNow);

    void start(QObject *context, Done done);

private:
    // What the other systems hold, by service and by release, for building candidates.
    struct Evidence
    {
        QHash<QString, QList<PipelineBuild>> buildsOf;
        QHash<QString, QString> deploymentTypes;
        QHash<QString, QList<ChannelMessage>> messagesOf;
        QHash<QString, const ConfluencePage *> pages; // by case-folded release name
    };
    // A fix version with its evidence, and the release here of that name, if any.
    struct Candidate
    {
        RemoteRelease remote;
        std::optional<Release> known;
    };
    RemoteRelease remoteRelease(const JiraVersion &version, const QList<Change> &tasks,
                                const Evidence &evidence) const;
    bool needsChangeLookUp(const Candidate &candidate) const;
    void lookUpChanges(QObject *context, qsizetype index);
    void adoptNext(QObject *context, qsizetype index);
    void finish(const QString &error = {});

    SyncRun &m_run;
    ServiceNowClient *m_serviceNow;
    Done m_done;
    QList<Candidate> m_candidates;
    Outcome m_outcome;
};

} // namespace ReleaseDesk
