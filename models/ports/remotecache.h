#pragma once

#include "models/domain/domain.h"
#include "models/domain/peerreview.h"
#include "models/domain/result.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace ReleaseDesk {

// The cache of the remote systems: what the sync read of the services, tasks,
// builds and release channel, and where each source's sync stands. The sync
// steps write it and the views and use cases read it; it is separate from the
// releases because nothing in it is the desk's own decision, so a desk can
// rebuild it whole from the five systems.
class RemoteCache
{
public:
    virtual ~RemoteCache() = default;

    // Saving upserts by natural key (service name, task key, build id) and
    // returns the keys (build ids as text) of the rows that were new or whose
    // stored values changed, each once, in the order given. Re-saving what is
    // stored returns an empty list, so a sync that reads unchanged rows again
    // reports nothing. A cursor given with a page is saved in the same
    // transaction: a sync that stops between the two can never skip data.
    virtual Result<QStringList> saveServices(const QList<Service> &services) = 0;
    virtual Result<QList<Service>> services() const = 0;
    virtual Result<QStringList> saveChanges(const QList<Change> &changes,
                                            const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<Change>> changes() const = 0;
    // The stored changes among `keys`, for a table of one release's tasks. The
    // default filters changes(); a store with an index on the key overrides it.
    virtual Result<QList<Change>> changesOf(const QStringList &keys) const
    {
        auto all = changes();
        if (!all)
            return all;
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        QList<Change> found = std::move(all).value();
        found.removeIf([&](const Change &change) { return !wanted.contains(change.key); });
        return found;
    }
    virtual Result<QStringList> saveBuilds(const QList<PipelineBuild> &builds,
                                           const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<PipelineBuild>> builds() const = 0;
    // The builds of the versions a release ships (every version of a service
    // shipped without one), oldest first: what its gates look at. The default
    // filters builds().
    virtual Result<QList<PipelineBuild>> buildsOf(const QList<ReleaseService> &shipped) const
    {
        auto all = builds();
        if (!all)
            return all;
        QList<PipelineBuild> found = std::move(all).value();
        found.removeIf([&](const PipelineBuild &build) {
            return std::none_of(shipped.cbegin(), shipped.cend(), [&](const ReleaseService &s) {
                return s.service == build.service &&
                       (s.version.isEmpty() || s.version == build.version);
            });
        });
        return found;
    }

    // The release channel as sync read it, upserted by ts; returns the ts of
    // the new or changed messages. Oldest first; an empty name lists them all.
    virtual Result<QStringList>
    saveChannelMessages(const QList<ChannelMessage> &messages,
                        const std::optional<SyncCursor> &cursor = {}) = 0;
    virtual Result<QList<ChannelMessage>>
    channelMessages(const QString &releaseName = {}) const = 0;

    // The peer review of the tasks' changes as the last GitHub sync read it,
    // one entry per task a pull request names. A sync reads every pull
    // request again, so saving replaces every stored entry; it returns the
    // task keys whose entries are new, changed or gone, each once.
    virtual Result<QStringList> replacePeerReviews(const QList<PeerReview> &reviews) = 0;
    virtual Result<QList<PeerReview>> peerReviews() const = 0;
    // The stored entries of `keys`, for a release's gate and tables. The
    // default filters peerReviews().
    virtual Result<QList<PeerReview>> peerReviewsOf(const QStringList &keys) const
    {
        auto all = peerReviews();
        if (!all)
            return all;
        const QSet<QString> wanted(keys.cbegin(), keys.cend());
        QList<PeerReview> found = std::move(all).value();
        found.removeIf([&](const PeerReview &review) { return !wanted.contains(review.taskKey); });
        return found;
    }

    // Where each source's incremental sync stands; nullopt before its first sync.
    virtual Result<std::optional<SyncCursor>> syncCursor(const QString &source) const = 0;
    virtual Status saveSyncCursor(const SyncCursor &cursor) = 0;
};

} // namespace ReleaseDesk
