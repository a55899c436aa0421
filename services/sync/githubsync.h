#pragma once

#include "syncstep.h"

#include "services/clients/githubclient.h"

namespace ReleaseDesk {

// GitHub's part of a sync: the peer review of every task's change, from the
// pull requests that name a task of the Jira project in their title or
// branch. GitHub cannot be asked for the pull requests changed since a time
// in one request across repositories, so each sync lists them all again and
// replaces what is stored; the reviews of a pull request are read again only
// when it changed since the stored one.
class GitHubSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(GitHubSync)

public:
    // `projectKeys`: the Jira projects whose task keys the pull requests name.
    GitHubSync(SyncRun &run, GitHubClient &client, QStringList projectKeys);

    void start(QObject *context, Done done) override;

    // GitHub is no longer connected: the stored reviews go, and with them
    // the gate that asks for each task's merged change.
    static Status forget(ReleaseStore &store, const Clock &clock);

private:
    void record(const QList<PeerReview> &reviews);

    GitHubClient &m_client;
    QStringList m_projectKeys;
};

} // namespace ReleaseDesk
