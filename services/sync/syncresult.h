#pragma once

#include "services/connections/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// What one system's part of a sync did.
struct SystemSync
{
    enum class Outcome {
        Skipped,   // not connected, or not asked for
        Synced,    // read to the end and stored
        Failed,    // stopped by an error; what was stored before it is kept
        Cancelled, // stopped by cancel() after a whole page
    };

    RemoteSystem system = RemoteSystem::Jira;
    Outcome outcome = Outcome::Skipped;
    QString error;       // the client's or the store's message when Failed
    int read = 0;        // records read from the system
    QStringList changed; // keys of the stored rows that were new or changed
    // What it changed on releases: "2026.11.3: change ticket CHG0030001".
    QStringList releases;
    // Release team replies it could not read, for a person to look at.
    QStringList unrecognised;
    // Of those, the ones in the thread of a request that still waits for its
    // answer: "2026.11.3: "Done, it's on staging"". A person must record
    // what they say, or the release stays where it is.
    QStringList unreadAnswers;

    friend bool operator==(const SystemSync &, const SystemSync &) = default;
};

// What a whole sync did: one entry per system, in allRemoteSystems() order,
// and the releases it took over from the remote systems.
struct SyncResult
{
    QList<SystemSync> systems;
    QStringList adopted; // "2026.11.3 (Live)"
    QStringList
        followed; // releases here moved on by what other desks did: "2026.11.3 (In staging)"
    QString adoptionSkipped; // why no release was looked for this time; empty when it ran
    // A read or store write that failed while adopting, or while the known
    // releases followed their fix versions.
    QString adoptionError;
    bool cancelled = false;

    // Every system that was asked for synced, and adoption did not fail.
    bool ok() const;
    const SystemSync &system(RemoteSystem system) const;
    SystemSync &system(RemoteSystem system);
};

// A sync result in a few lines for people: the CLI's summary, the status bar.
class SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    // "Jira: synced, 60 read, 12 new or changed."
    static QString line(const SystemSync &sync);
    // A line per system that was asked for, then the adopted releases and
    // the replies nobody could read.
    static QStringList lines(const SyncResult &result);
};

} // namespace ReleaseDesk

Q_DECLARE_METATYPE(ReleaseDesk::SyncResult)
