#include "models/usecases/outboxeffects.h"

#include "models/usecases/releaseworkflow.h"

namespace ReleaseDesk {

namespace {

// The reference a sent write gives its release, and the move that follows
// when the release is still where the write was asked for.
struct Landing
{
    QString Release::*field = nullptr;
    QString Release::*urlField = nullptr;
    Stage from = Stage::CiDev;
    Stage to = Stage::CiDev;
};

std::optional<Landing> landingOf(const OutboxPayload &payload)
{
    if (std::holds_alternative<RaiseChangePayload>(payload))
        return Landing{&Release::changeTicket, &Release::changeTicketUrl, Stage::NotesPublished,
                       Stage::TicketRaised};
    if (const auto *post = std::get_if<SlackPostPayload>(&payload)) {
        if (post->purpose == SlackPurpose::StagingRequest)
            return Landing{&Release::stagingRequestRef, nullptr, Stage::TicketRaised,
                           Stage::StagingRequested};
        if (post->purpose == SlackPurpose::LiveRequest)
            return Landing{&Release::liveRequestRef, nullptr, Stage::StagingPassed,
                           Stage::LiveRequested};
    }
    return std::nullopt;
}

// Sets the release's reference from the answer; whether anything changed.
bool record(Release &release, const OutboxPayload &payload, const OutboxAnswer &answer,
            std::optional<Landing> &landing)
{
    if (answer.reference.isEmpty())
        return false;
    if (std::holds_alternative<PublishPagePayload>(payload)) {
        landing = Landing{nullptr, nullptr, Stage::ReadyForStaging, Stage::NotesPublished};
        const ReleaseNotes before = release.notes;
        release.notes.pageId = answer.reference;
        release.notes.pageUrl = answer.url;
        return release.notes != before;
    }
    landing = landingOf(payload);
    if (!landing)
        return false;
    const Release before = release;
    release.*landing->field = answer.reference;
    if (landing->urlField)
        release.*landing->urlField = answer.url;
    return release != before;
}

} // namespace

OutboxEffect OutboxEffects::of(const OutboxEntry &entry, const OutboxPayload &payload,
                               const OutboxAnswer &answer, const std::optional<ReleaseFacts> &facts,
                               const QDateTime &now)
{
    OutboxEffect effect;
    if (!facts)
        return effect;
    const QString what = answer.url.isEmpty() ? answer.reference : answer.url;
    QString why = tr("sent to %1").arg(OutboxPayloads::systemTitle(entry.kind));
    if (!what.isEmpty())
        why += QStringLiteral(": ") + what;

    AuditEvent sent;
    sent.releaseId = facts->release.id;
    sent.actor = actor();
    sent.at = now;
    sent.action = AuditAction::Sent;
    // A finished release keeps the record it finished with; only the history grows.
    if (isTerminal(facts->release.stage)) {
        sent.why = why;
        effect.events << sent;
        return effect;
    }

    Release release = facts->release;
    std::optional<Landing> landing;
    const bool changed = record(release, payload, answer, landing);
    if (changed)
        release.updated = now;

    std::optional<AuditEvent> moved;
    if (landing && release.stage == landing->from) {
        ReleaseFacts after = *facts;
        after.release = release;
        if (const Status allowed = Lifecycle::checkTransition(after, landing->to, why); allowed)
            moved = ReleaseWorkflow::moveRelease(release, landing->to, actor(), why, now);
        else
            why += u' ' + tr("It stays %1: %2").arg(toTitle(release.stage), allowed.error());
    }
    sent.why = why;
    effect.events << sent;
    if (moved)
        effect.events << *moved;
    if (changed || moved)
        effect.release = release;
    return effect;
}

} // namespace ReleaseDesk
