#pragma once

#include "syncresult.h"

#include "models/ports/releasestore.h"

#include <QObject>

#include <memory>

namespace ReleaseDesk {

class Integrations;

struct SyncOptions
{
    // The systems to read; empty: every connected one. One asked for by name
    // that is not connected fails with Integrations::notConnected().
    QList<RemoteSystem> systems;
    // Connected systems not to read this time (the scheduler's Slack).
    QList<RemoteSystem> leaveOut;
    bool full = false; // ignore the cursors and read everything again
};

// Reads the connected systems into the store: Jira's tasks and fix versions,
// Concourse's pipelines and builds, Confluence's release-notes pages,
// ServiceNow's changes and tasks, the release channel in Slack, and the peer
// review of the tasks' changes in GitHub; then
// takes over the releases already under way in them (ReleaseAdopter), and
// the releases it knows follow their Jira fix versions (ReleaseFollower).
// Incremental after the first run: each source keeps a cursor, saved with
// the page it covers.
//
// Runs on the thread's event loop and never waits: each page is stored in
// its own short transaction as it arrives. The systems run side by side, and
// one failing does not stop the others. cancel() stops each system after the
// page it is storing, keeping what was stored.
//
// The integrations must not be configured again while a sync runs.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // `integrations` and `store` must outlive the engine.
    SyncEngine(Integrations &integrations, ReleaseStore &store, QObject *parent = nullptr);
    ~SyncEngine() override;

    // false, and nothing started, while a sync runs.
    bool start(const SyncOptions &options = SyncOptions());
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

signals:
    // For the status bar and the CLI's progress line: "Jira", "tasks", 350,
    // 20000. `total` is -1 when the system does not say.
    void progress(ReleaseDesk::RemoteSystem system, const QString &phase, int done, int total);
    void finished(const ReleaseDesk::SyncResult &result);

private:
    struct Run;

    void stepDone(const SystemSync &sync);
    void adopt();
    // After adopt(): the releases this desk knows follow their Jira fix versions.
    void follow();
    // Why adoption must wait for another sync; empty when it can run now.
    QString adoptionBlocker() const;
    void finish();

    Integrations &m_integrations;
    ReleaseStore &m_store;
    std::unique_ptr<Run> m_run;
};

} // namespace ReleaseDesk
