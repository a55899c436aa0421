#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"
#include "models/lifecycle/lifecycle.h"
#include "models/usecases/releasetimeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace ReleaseDesk {

class ReleaseStore;

// The pipeline badges of one service a release ships: the latest build of each
// CI-Dev job, in PipelineJob order, for the version it ships (any version while
// the release names none), so the badges agree with the Ready-for-staging gate.
struct PipelineBadge
{
    QString service;
    QString version;
    std::array<std::optional<PipelineBuild>, 3> latest;
    friend bool operator==(const PipelineBadge &, const PipelineBadge &) = default;
};

// One dashboard row: where a release stands, what blocks it, and how its
// tasks fare in each tested environment.
struct ReleaseSummary
{
    Release release;
    std::optional<Gate> blockingGate; // the next stage's gate when it is not met
    TaskTally ciDev;
    TaskTally staging;
    QList<PipelineBadge> pipelines; // one per service shipped, in the release's order
    QDateTime lastActivity;         // latest of updated, stageChanged and its tasks' verdicts
    // The dashboard model compares summaries to find the rows that changed.
    friend bool operator==(const ReleaseSummary &, const ReleaseSummary &) = default;
};

// Everything the detail pane shows for one release.
struct ReleaseDetail
{
    ReleaseSummary summary;
    QList<Gate> gatesAhead;       // every gate after the current stage, in order
    QList<AuditEvent> auditTrail; // oldest first
    // The audit trail, the release channel's messages about the release and
    // its outbox entries, merged oldest first.
    QList<TimelineEntry> timeline;
};

// What one read of the board holds: the summaries, and the verdicts and
// builds indexed so that detail() can join any release with them. A value, so
// that it can be read on a worker thread (over its own store connection) and
// handed to the window.
struct BoardSnapshot
{
    QList<ReleaseSummary> summaries;
    QHash<qint64, qsizetype> rowById;
    QHash<QString, QList<TestResult>> resultsByTask;
    QHash<QString, QList<PipelineBuild>> buildsByService;
    // By service and version: only the version shipped counts for the gate.
    QHash<QString, QList<PipelineBuild>> buildsByVersion;
    // By task, where this desk follows peer review; nothing where it does not.
    std::optional<QHash<QString, QList<PeerReview>>> reviewsByTask;
};

// The read side of the dashboard: reads the store's releases, verdicts and
// builds once per load(), joins them in memory through hash indexes, and asks
// Lifecycle where each release stands. Per-release queries would not scale to
// thousands of releases, so the only per-release reads are the audit trail,
// channel messages and outbox entries that detail() fetches for the one
// release a person is looking at.
class ReleaseBoard
{
    // The context is spelled out so that lupdate and the runtime agree on it.
    Q_DECLARE_TR_FUNCTIONS(ReleaseBoard)

public:
    explicit ReleaseBoard(const ReleaseStore &store);

    // Reloads everything from the store. On failure the previous snapshot is kept.
    Result<QList<ReleaseSummary>> load();
    // Reads everything from `store` without keeping it: load() in two halves,
    // the reading part safe on any thread that owns `store`.
    static Result<BoardSnapshot> read(const ReleaseStore &store);
    // Takes a snapshot read() made as the board's.
    void adopt(BoardSnapshot snapshot) { m_snapshot = std::move(snapshot); }
    const QList<ReleaseSummary> &summaries() const { return m_snapshot.summaries; }
    // The loaded summary of one release; null when the last load did not have it.
    const ReleaseSummary *summary(qint64 id) const
    {
        const auto row = m_snapshot.rowById.constFind(id);
        return row == m_snapshot.rowById.cend() ? nullptr : &m_snapshot.summaries.at(*row);
    }

    // Gates ahead and history of one release, from the last load() (a release
    // created since is read from the store and joined with the loaded verdicts
    // and builds).
    Result<ReleaseDetail> detail(qint64 id) const;

    // The summary of one release from its facts; pure, for tests and callers
    // that already hold the facts.
    static ReleaseSummary summarize(const ReleaseFacts &facts);
    static QList<PipelineBadge> pipelineBadges(const ReleaseFacts &facts);

private:
    static ReleaseFacts factsFor(const Release &release, const BoardSnapshot &snapshot);

    const ReleaseStore &m_store;
    BoardSnapshot m_snapshot;
};

} // namespace ReleaseDesk
