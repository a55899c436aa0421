#pragma once

#include "syncresult.h"

#include "models/ports/clock.h"
#include "models/ports/releasestore.h"
#include "models/usecases/releaseworkflow.h"
#include "services/clients/confluenceparse.h"
#include "services/clients/jiraparse.h"
#include "services/clients/servicenowparse.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace ReleaseDesk {

// What the steps of one sync share: the store, whether to read everything
// again, whether to stop, and what one step read that later work needs
// (adoption looks at every system's evidence).
struct SyncRun
{
    using Progress =
        std::function<void(RemoteSystem system, const QString &phase, int done, int total)>;

    SyncRun(ReleaseStore &store, const Clock &clock, bool full, Progress progress)
        : store(store), clock(clock), workflow(store, clock), full(full),
          progress(std::move(progress))
    {}

    ReleaseStore &store;
    const Clock &clock;
    ReleaseWorkflow workflow;
    const bool full; // ignore the cursors: read everything again
    bool cancelled = false;
    Progress progress;

    std::optional<QList<JiraVersion>> versions; // the project's fix versions
    // The tasks read this time by fix version, with their key and service
    // only; every task of the project when versionTasksComplete.
    QHash<QString, QList<Change>> versionTasks;
    bool versionTasksComplete = false;
    // Every release-notes page, by the case-folded name of the release its title names.
    std::optional<QHash<QString, ConfluencePage>> notesPages;
    QList<ChangeTicket> changes;   // ReleaseDesk's changes read this time
    QList<ChangeTask> changeTasks; // and their tasks
    bool changesComplete = false;  // `changes` holds every change, not only the recent ones
};

// One system's part of a sync. start() reads the system, stores what it read
// page by page with the page's cursor, and calls `done` once, later, from the
// event loop. It checks SyncRun::cancelled between pages.
class SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(SyncStep)

public:
    using Done = std::function<void(const SystemSync &)>;

    SyncStep(SyncRun &run, RemoteSystem system);
    virtual ~SyncStep();
    SyncStep(const SyncStep &) = delete;
    SyncStep &operator=(const SyncStep &) = delete;

    RemoteSystem system() const { return m_result.system; }
    virtual void start(QObject *context, Done done) = 0;

    // The actor of the references sync records on releases.
    static QString actor();

protected:
    // The stored cursor of `source`, or nothing when there is none or the
    // run reads everything again; an error when the store cannot say.
    Result<std::optional<SyncCursor>> cursor(const QString &source) const;
    SyncCursor nextCursor(const QString &source, const QString &value) const;
    void progress(const QString &phase, int done, int total = -1) const;

    // Ends the step; later calls do nothing.
    void succeed();
    void fail(const QString &error);
    void cancelled();
    bool finished() const { return m_finished; }

    SyncRun &m_run;
    SystemSync m_result;
    Done m_done;

private:
    void finish(SystemSync::Outcome outcome);
    bool m_finished = false;
};

} // namespace ReleaseDesk
