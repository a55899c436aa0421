#include "models/usecases/releaseteamnotices.h"

#include "models/formats/outboxpayload.h"
#include "models/formats/releasechannel.h"
#include "models/formats/slackformat.h"
#include "models/usecases/releaserequests.h"

#include <algorithm>

namespace ReleaseDesk {
namespace {

// `payload` as the next of its kind for the release and `purpose`.
OutboxEntry numbered(const OutboxPayload &payload, const Release &release, const QString &purpose,
                     const QList<OutboxEntry> &earlier, const QDateTime &at)
{
    const OutboxKind kind = OutboxPayloads::kind(payload);
    const QString prefix = OutboxPayloads::keyPrefix(kind, release.name, purpose);
    const auto before = std::count_if(earlier.cbegin(), earlier.cend(), [&](const OutboxEntry &e) {
        return e.idempotencyKey.startsWith(prefix);
    });
    return OutboxPayloads::entry(
        payload, release.id,
        OutboxPayloads::idempotencyKey(kind, release.name, purpose, int(before) + 1), at);
}

// The team's words in the release's conversation; `purpose` keys them apart.
OutboxEntry channelPost(const QString &text, const Release &release, const QString &purpose,
                        const QList<OutboxEntry> &earlier, const QDateTime &at)
{
    return numbered(SlackPostPayload{text, ReleaseChannel::newestRequest(release),
                                     SlackPurpose::ReleaseTeamAction},
                    release, purpose, earlier, at);
}

} // namespace

QList<OutboxEntry> ReleaseTeamNotices::applied(const Release &release, Environment environment,
                                               const QString &testTask,
                                               const QList<OutboxEntry> &earlier,
                                               const QDateTime &at)
{
    if (environment == Environment::Live) {
        return {channelPost(SlackFormat::appliedToLive(release.name), release,
                            toKey(ChannelMessageKind::AppliedToLive), earlier, at)};
    }
    return {channelPost(SlackFormat::appliedToStaging(release.name, testTask), release,
                        toKey(ChannelMessageKind::AppliedToStaging), earlier, at)};
}

QList<OutboxEntry> ReleaseTeamNotices::backedOut(const Release &release, const QString &why,
                                                 const QList<OutboxEntry> &earlier,
                                                 const QDateTime &at)
{
    // Backed out of live once live was applied; of staging before.
    const Environment from =
        release.stage == Stage::Live ? Environment::Live : Environment::Staging;
    QList<OutboxEntry> notices{channelPost(SlackFormat::backedOut(release.name, from, why), release,
                                           from == Environment::Live
                                               ? toKey(ChannelMessageKind::BackedOutOfLive)
                                               : toKey(ChannelMessageKind::BackedOutOfStaging),
                                           earlier, at)};
    if (!release.changeTicket.isEmpty()) {
        // English like the change itself: the release team's record, not the app's text.
        const QString note =
            QStringLiteral("Backed out of %1: %2")
                .arg(from == Environment::Live ? QStringLiteral("live") : QStringLiteral("staging"),
                     why.simplified());
        notices << numbered(
            WorkNotePayload{ReleaseRequests::changeRequest(release).correlationId, note}, release,
            QStringLiteral("backed-out"), earlier, at);
    }
    return notices;
}

QList<OutboxEntry> ReleaseTeamNotices::cancelled(const Release &release, const QString &why,
                                                 const QList<OutboxEntry> &earlier,
                                                 const QDateTime &at)
{
    return {channelPost(SlackFormat::cancelled(release.name, why), release,
                        toKey(ChannelMessageKind::Cancelled), earlier, at)};
}

} // namespace ReleaseDesk
