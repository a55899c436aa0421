#include "models/usecases/releasefixversions.h"

#include "models/formats/outboxpayload.h"

#include <algorithm>

namespace ReleaseDesk {

namespace {

// Each of these writes is asked for once per release (a move to Live or
// Cancelled cannot happen twice), so its key is its first.
OutboxEntry once(const OutboxPayload &payload, const Release &release, const QString &purpose,
                 const QDateTime &now)
{
    const OutboxKind kind = OutboxPayloads::kind(payload);
    return OutboxPayloads::entry(
        payload, release.id, OutboxPayloads::idempotencyKey(kind, release.name, purpose, 1), now);
}

} // namespace

QList<OutboxEntry> ReleaseFixVersions::created(const Release &release, const QDateTime &now)
{
    QList<OutboxEntry> entries{
        once(JiraVersionPayload{release.name}, release, QStringLiteral("create"), now)};
    for (const QString &key : release.taskKeys) {
        entries << once(JiraFixVersionPayload{key, release.name, true}, release,
                        QStringLiteral("add-") + key, now);
    }
    return entries;
}

OutboxEntry ReleaseFixVersions::taskRemoved(const Release &release, const QString &key,
                                            const QList<OutboxEntry> &releaseOutbox,
                                            const QDateTime &now)
{
    const OutboxKind kind = OutboxKind::JiraFixVersion;
    const QString purpose = QStringLiteral("remove-") + key;
    const QString prefix = OutboxPayloads::keyPrefix(kind, release.name, purpose);
    const auto earlier =
        std::count_if(releaseOutbox.cbegin(), releaseOutbox.cend(),
                      [&](const OutboxEntry &e) { return e.idempotencyKey.startsWith(prefix); });
    return OutboxPayloads::entry(
        JiraFixVersionPayload{key, release.name, false}, release.id,
        OutboxPayloads::idempotencyKey(kind, release.name, purpose, int(earlier) + 1), now);
}

QList<OutboxEntry> ReleaseFixVersions::moved(const Release &release, Stage to, const QDateTime &now)
{
    // Jira's release date is a day without a zone: the day where the team is.
    if (to == Stage::Live) {
        return {once(JiraVersionReleasedPayload{release.name, now.toLocalTime().date()}, release,
                     QStringLiteral("live"), now)};
    }
    if (to == Stage::Cancelled)
        return {once(JiraVersionArchivedPayload{release.name}, release, QStringLiteral("cancelled"),
                     now)};
    return {};
}

bool ReleaseFixVersions::waiting(const QList<OutboxEntry> &releaseOutbox)
{
    return std::any_of(releaseOutbox.cbegin(), releaseOutbox.cend(), [](const OutboxEntry &e) {
        return OutboxPayloads::isFixVersionKind(e.kind) &&
               (e.state == OutboxState::Pending || e.state == OutboxState::Sending ||
                e.state == OutboxState::Failed);
    });
}

} // namespace ReleaseDesk
