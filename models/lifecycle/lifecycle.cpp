#include "models/lifecycle/lifecycle.h"

#include "models/formats/displaytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ReleaseDesk {
namespace {

constexpr Stage happyPath[] = {
    Stage::CiDev,         Stage::ReadyForStaging,  Stage::NotesPublished,
    Stage::TicketRaised,  Stage::StagingRequested, Stage::InStaging,
    Stage::StagingPassed, Stage::LiveRequested,    Stage::Live,
};

bool hasBeenRequestedForStaging(Stage stage)
{
    return stage == Stage::StagingRequested || stage == Stage::InStaging ||
           stage == Stage::StagingPassed || stage == Stage::LiveRequested || stage == Stage::Live;
}

// "2 of 7 tasks not yet passed in CI-Dev: CHS-1234, CHS-1240"
// Task keys for a sentence: a release of thousands of tasks names the first
// few and counts the rest, so that a tooltip or the detail pane stays readable.
QString keyList(const QStringList &keys)
{
    constexpr qsizetype shown = 12;
    if (keys.size() <= shown)
        return keys.join(QLatin1String(", "));
    // %n is the number of tasks not named.
    return Lifecycle::tr("%1 and %n more", nullptr, int(keys.size() - shown))
        .arg(keys.first(shown).join(QLatin1String(", ")));
}

void requireAllPassed(const ReleaseFacts &facts, Environment environment, QStringList &blockers)
{
    const TaskTally tally = Lifecycle::tally(facts, environment);
    if (tally.total() == 0) {
        blockers << Lifecycle::tr("The release has no tasks.");
        return;
    }
    QStringList notPassed = tally.failed + tally.untested;
    if (notPassed.isEmpty())
        return;
    std::sort(notPassed.begin(), notPassed.end());
    // %n is the number of tasks, for the plural: "1 of 1 task", "2 of 7 tasks".
    blockers << Lifecycle::tr("%1 of %n tasks not yet passed in %2: %3", nullptr, tally.total())
                    .arg(localNumber(notPassed.size()), toTitle(environment), keyList(notPassed));
    if (!tally.failed.isEmpty()) {
        QStringList failed = tally.failed;
        std::sort(failed.begin(), failed.end());
        blockers << Lifecycle::tr("Failed in %1, to be fixed and tested again: %2")
                        .arg(toTitle(environment), keyList(failed));
    }
}

// Each service's three CI-Dev jobs must have succeeded on the version it ships.
void requirePipelinesGreen(const ReleaseFacts &facts, QStringList &blockers)
{
    if (facts.release.services.isEmpty()) {
        blockers << Lifecycle::tr("The release ships no service.");
        return;
    }
    for (const ReleaseService &shipped : facts.release.services) {
        if (shipped.version.isEmpty()) {
            blockers << Lifecycle::tr("%1 has no version to release.").arg(shipped.service);
            continue;
        }
        for (PipelineJob job :
             {PipelineJob::DockerBuildEcr, PipelineJob::CidevPlan, PipelineJob::CidevApply}) {
            const PipelineBuild *latest = nullptr;
            bool succeeded = false;
            for (const PipelineBuild &build : facts.builds) {
                if (build.service != shipped.service || build.job != job ||
                    build.version != shipped.version)
                    continue;
                succeeded = succeeded || build.status == BuildStatus::Succeeded;
                if (!latest || build.id > latest->id)
                    latest = &build;
            }
            if (succeeded)
                continue;
            blockers << (latest
                             ? Lifecycle::tr("%1 %2: %3 has not succeeded (latest build #%4 %5).")
                                   .arg(shipped.service, shipped.version, toKey(job), latest->name,
                                        toTitle(latest->status).toLower())
                             : Lifecycle::tr("%1 %2: %3 has not run for this version.")
                                   .arg(shipped.service, shipped.version, toKey(job)));
        }
    }
}

// The latest verdict per task of the release in `environment`; ties on time
// go to the larger ref (the same choice on every desk), then the later record. The dashboard
// tallies every release on each load, so this points into the facts rather than copying verdicts.
QHash<QString, const TestResult *> latestOf(const ReleaseFacts &facts, Environment environment)
{
    const QSet<QString> taskKeys(facts.release.taskKeys.cbegin(), facts.release.taskKeys.cend());
    QHash<QString, const TestResult *> latest;
    for (const TestResult &result : facts.results) {
        if (result.environment != environment || !taskKeys.contains(result.taskKey))
            continue;
        const TestResult *&current = latest[result.taskKey];
        if (!current || result.at > current->at ||
            (result.at == current->at &&
             std::tie(result.ref, result.id) > std::tie(current->ref, current->id)))
            current = &result;
    }
    return latest;
}

} // namespace

QList<Stage> Lifecycle::allowedTargets(Stage from)
{
    QList<Stage> targets;
    if (const auto next = nextStage(from))
        targets << *next;
    if (from == Stage::ReadyForStaging)
        targets << Stage::CiDev;
    if (hasBeenRequestedForStaging(from))
        targets << Stage::BackedOut;
    if (!isTerminal(from))
        targets << Stage::Cancelled;
    return targets;
}

std::optional<Stage> Lifecycle::nextStage(Stage from)
{
    const auto *position = std::find(std::begin(happyPath), std::end(happyPath), from);
    if (position == std::end(happyPath) || position + 1 == std::end(happyPath))
        return std::nullopt;
    return *(position + 1);
}

Gate Lifecycle::gate(Stage target, const ReleaseFacts &facts)
{
    Gate gate{target, {}};
    const Release &release = facts.release;
    switch (target) {
    case Stage::CiDev:
        break;
    case Stage::ReadyForStaging:
        requirePipelinesGreen(facts, gate.blockers);
        requireAllPassed(facts, Environment::CiDev, gate.blockers);
        gate.blockers << unmergedChanges(facts);
        break;
    case Stage::NotesPublished:
        for (const NotesGap &gap : notesGaps(release))
            gate.blockers << gap.message;
        break;
    case Stage::TicketRaised:
        if (release.changeTicket.isEmpty())
            gate.blockers << tr("No ServiceNow change ticket has been raised yet.");
        if (release.notes.pageUrl.isEmpty())
            gate.blockers << tr("The change ticket needs the link to the published notes.");
        break;
    case Stage::StagingRequested:
        if (release.stagingRequestRef.isEmpty())
            gate.blockers << tr("Staging has not been requested in the release channel yet.");
        break;
    case Stage::InStaging:
        if (release.testTaskNumber.isEmpty())
            gate.blockers << tr("The release team has not confirmed staging: no ServiceNow test "
                                "task number yet.");
        break;
    case Stage::StagingPassed:
        requireAllPassed(facts, Environment::Staging, gate.blockers);
        break;
    case Stage::LiveRequested:
        if (release.liveRequestRef.isEmpty())
            gate.blockers << tr("Live has not been requested in the release channel yet.");
        break;
    case Stage::Live:
        if (release.liveConfirmationRef.isEmpty())
            gate.blockers << tr("The release team has not confirmed the release is live.");
        break;
    case Stage::BackedOut:
        if (release.notes.backoutPlan.trimmed().isEmpty())
            gate.blockers << tr("There is no backout plan to follow.");
        break;
    case Stage::Cancelled:
        break;
    }
    return gate;
}

QStringList Lifecycle::unmergedChanges(const ReleaseFacts &facts)
{
    QStringList blockers;
    if (!facts.peerReviews)
        return blockers;
    QHash<QString, QList<const PeerReview *>> byTask;
    for (const PeerReview &review : *facts.peerReviews)
        byTask[review.taskKey] << &review;
    QStringList keys = facts.release.taskKeys;
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QList<const PeerReview *> reviews = byTask.value(key);
        if (reviews.isEmpty()) {
            // The process starts with a peer review: a change nobody reviewed
            // is not ready, and a task without code says so by leaving the release.
            blockers << tr("%1: no pull request names it; name the task in the pull request's "
                           "title or branch.")
                            .arg(key);
            continue;
        }
        // A task may have several pull requests (one per repository, or a
        // second try after one was closed): each open one must be merged, and
        // one closed without merge counts only when nothing else was merged.
        const bool anyMerged = std::any_of(reviews.cbegin(), reviews.cend(), [](const auto *r) {
            return r->state == ReviewState::Merged;
        });
        for (const PeerReview *review : reviews) {
            if (review->state == ReviewState::Merged ||
                (review->state == ReviewState::Closed && anyMerged))
                continue;
            blockers << tr("%1: its pull request %2 is not merged (%3).")
                            .arg(key, review->reference(), PeerReviews::whyNotMerged(*review));
        }
    }
    return blockers;
}

std::optional<Gate> Lifecycle::blockingGate(const ReleaseFacts &facts)
{
    const auto next = nextStage(facts.release.stage);
    if (!next)
        return std::nullopt;
    Gate nextGate = gate(*next, facts);
    if (nextGate.met())
        return std::nullopt;
    return nextGate;
}

QList<Gate> Lifecycle::gatesAhead(const ReleaseFacts &facts)
{
    QList<Gate> gates;
    for (auto stage = nextStage(facts.release.stage); stage; stage = nextStage(*stage))
        gates << gate(*stage, facts);
    return gates;
}

Status Lifecycle::checkTransition(const ReleaseFacts &facts, Stage to, const QString &why)
{
    const Stage from = facts.release.stage;
    if (!allowedTargets(from).contains(to)) {
        return Status::failure(
            tr("A release cannot move from %1 to %2.").arg(toTitle(from), toTitle(to)));
    }
    const bool movesBack = to == Stage::CiDev || to == Stage::BackedOut || to == Stage::Cancelled;
    if (movesBack && why.trimmed().isEmpty())
        return Status::failure(tr("Moving a release to %1 needs a reason.").arg(toTitle(to)));
    const Gate entry = gate(to, facts);
    if (!entry.met()) {
        return Status::failure(tr("%1 is blocked: %2").arg(toTitle(to), entry.blockers.join(u' ')));
    }
    return success();
}

QList<NotesGap> Lifecycle::notesGaps(const Release &release)
{
    const ReleaseNotes &notes = release.notes;
    QList<NotesGap> gaps;
    const auto gap = [&](NotesField field, const QString &service, const QString &message) {
        gaps << NotesGap{field, service, message};
    };
    if (notes.description.trimmed().isEmpty())
        gap(NotesField::Description, {},
            tr("Release notes: the description of changes is missing."));
    if (notes.backoutPlan.trimmed().isEmpty())
        gap(NotesField::BackoutPlan, {}, tr("Release notes: the backout plan is missing."));
    if (notes.configChanges.trimmed().isEmpty() && !notes.noConfigChanges) {
        gap(NotesField::ConfigChanges, {},
            tr("Release notes: config changes are not stated (describe them, or mark that there "
               "are none)."));
    }
    for (const ReleaseService &shipped : release.services) {
        if (shipped.version.isEmpty()) {
            gap(NotesField::Version, shipped.service,
                tr("Release notes: %1 has no version to release.").arg(shipped.service));
        }
        if (shipped.deploymentType.isEmpty()) {
            gap(NotesField::DeploymentType, shipped.service,
                tr("Release notes: %1 has no deployment type.").arg(shipped.service));
        }
    }
    if (release.services.isEmpty())
        gap(NotesField::Services, {}, tr("Release notes: no service version to release."));
    if (notes.pageId.isEmpty())
        gap(NotesField::Page, {}, tr("The release notes are not published to Confluence yet."));
    return gaps;
}

TaskTally Lifecycle::tally(const ReleaseFacts &facts, Environment environment)
{
    const QHash<QString, const TestResult *> latest = latestOf(facts, environment);
    TaskTally tally;
    for (const QString &key : facts.release.taskKeys) {
        const TestResult *verdict = latest.value(key);
        if (!verdict || verdict->outcome == TestOutcome::Untested)
            tally.untested << key;
        else if (verdict->outcome == TestOutcome::Passed)
            tally.passed << key;
        else
            tally.failed << key;
    }
    return tally;
}

QHash<QString, TestResult> Lifecycle::latestVerdicts(const ReleaseFacts &facts,
                                                     Environment environment)
{
    const QHash<QString, const TestResult *> latest = latestOf(facts, environment);
    QHash<QString, TestResult> verdicts;
    verdicts.reserve(latest.size());
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        verdicts.insert(it.key(), *it.value());
    return verdicts;
}

} // namespace ReleaseDesk
