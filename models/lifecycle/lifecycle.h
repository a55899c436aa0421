#pragma once

#include "models/domain/domain.h"
#include "models/domain/peerreview.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// Everything the gates look at for one release: the release, every verdict on
// its tasks, the pipeline builds of its services, and, where the team peer
// reviews in GitHub, the pull requests that name its tasks.
struct ReleaseFacts
{
    Release release;
    QList<TestResult> results;
    QList<PipelineBuild> builds;
    // nullopt: the desk does not follow peer review (GitHub is not connected),
    // and no gate asks for it.
    std::optional<QList<PeerReview>> peerReviews = std::nullopt;
};

// The entry condition of one stage, and what keeps it from being met, in
// sentences a person can act on ("2 of 7 tasks not yet passed in CI-Dev: ...").
struct Gate
{
    Stage target = Stage::CiDev;
    QStringList blockers;
    bool met() const { return blockers.isEmpty(); }
    friend bool operator==(const Gate &, const Gate &) = default;
};

// Where a release's tasks stand in one environment, by each task's latest verdict.
struct TaskTally
{
    QStringList passed;
    QStringList failed;
    QStringList untested;
    int total() const { return int(passed.size() + failed.size() + untested.size()); }
    friend bool operator==(const TaskTally &, const TaskTally &) = default;
};

// The parts of the release-notes template: the form's fields, and the two
// things beyond them that the NotesPublished gate asks for.
enum class NotesField {
    Description,
    BackoutPlan,
    ConfigChanges,
    NoConfigChanges,
    Version,        // of one service
    DeploymentType, // of one service
    Services,       // the release ships no service at all
    Page,           // the Confluence page is not published yet
};

// One thing the release notes lack, filed under the part it belongs to so that
// a form can show it next to that field. `service` names the service for
// Version and DeploymentType.
struct NotesGap
{
    NotesField field = NotesField::Description;
    QString service;
    QString message;
    friend bool operator==(const NotesGap &, const NotesGap &) = default;
};

// The release lifecycle of design.md as a state machine: which moves are legal,
// and the gate each stage's entry must pass. Pure functions of the facts.
//
// The happy path moves one stage at a time from CI-Dev to Live. A release that
// is ready for staging goes back to CI-Dev when a task fails a retest there.
// Backing out is possible once staging was requested, up to and including Live,
// and needs a backout plan; cancelling is possible until Live. Both need a reason.
class Lifecycle
{
    // The context is spelled out so that lupdate and the runtime agree on it.
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    static QList<Stage> allowedTargets(Stage from);
    static std::optional<Stage> nextStage(Stage from);

    // The gate of `target` alone, whether or not the move to it is legal now.
    static Gate gate(Stage target, const ReleaseFacts &facts);
    // The gate of the next stage on the happy path, when it is not met.
    static std::optional<Gate> blockingGate(const ReleaseFacts &facts);
    // The gates of every stage after the current one on the happy path, in order.
    static QList<Gate> gatesAhead(const ReleaseFacts &facts);

    // Whether the release may move to `to` now; the error says why not.
    static Status checkTransition(const ReleaseFacts &facts, Stage to, const QString &why);

    // What keeps the NotesPublished gate shut, part by part; the gate's
    // blockers are these messages in this order.
    static QList<NotesGap> notesGaps(const Release &release);

    // Why each task of the release may not go to staging for its peer review:
    // "CHS-12: its pull request acme/payments#45 is not merged (changes
    // requested by bob)."; a task without a pull request says so. Empty when
    // every change is merged, or when peer review is not followed.
    static QStringList unmergedChanges(const ReleaseFacts &facts);

    static TaskTally tally(const ReleaseFacts &facts, Environment environment);
    // The verdict that counts for each of the release's tasks in `environment`,
    // by task key: the latest, and of two at the same time the later record.
    // A task without a verdict there has no entry.
    static QHash<QString, TestResult> latestVerdicts(const ReleaseFacts &facts,
                                                     Environment environment);
};

} // namespace ReleaseDesk
