#pragma once

#include <QObject>
#include <QString>

namespace ReleaseDesk::Sandbox {

// What one system tells the simulated people about, so that they can act in
// another: a merged Jira task starts Concourse builds, a staging request in
// Slack gets the release team's reply and a ServiceNow test task.
class Events : public QObject
{
    Q_OBJECT

signals:
    void jiraIssueTransitioned(const QString &key, const QString &fromStatus,
                               const QString &toStatus);
    void slackMessagePosted(const QString &channelId, const QString &ts, const QString &text,
                            const QString &threadTs);
};

} // namespace ReleaseDesk::Sandbox
