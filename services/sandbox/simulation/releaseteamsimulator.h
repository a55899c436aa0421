#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace ReleaseDesk::Sandbox {

class Events;
class ServiceNowSystem;
class SlackSystem;
struct SandboxOptions;

// The release team: after a staging (or live) request in the release channel,
// it answers in the thread, after the configured delay, that the changes are
// applied, with the number of a ServiceNow test task it creates for staging.
// The formats are fixed, for the app to parse:
//   "Applied to staging: <release>. ServiceNow test task <CTASK number>."
//   "Applied to live: <release>."
//   "I can't find a change ticket in this request; please include the CHG number."
// A team with its own words plays them from the "slack" conventions'
// releaseTeamWording: {"appliedToStaging": "Deployed {release} to *staging*
// (test task {testTask})", "appliedToLive": "{release} is live :rocket:",
// "firstSaid": "on it :eyes:"}; with firstSaid the team first posts those
// words and edits them into its answer one reply delay later.
class ReleaseTeamSimulator : public QObject
{
    Q_OBJECT

public:
    ReleaseTeamSimulator(Events &events, SlackSystem &slack, ServiceNowSystem &serviceNow,
                         const SandboxOptions &options, QObject *parent = nullptr);

private:
    void onMessage(const QString &channelId, const QString &ts, const QString &text,
                   const QString &threadTs);
    // The release manager's reply to a staging or live request; for a staging
    // request with a known CHG it first raises the ServiceNow test task.
    QString answer(bool staging, const QString &text);
    // The team's words for an applied release, its own or the default ones.
    QString applied(bool staging, const QString &release, const QString &testTask) const;

    SlackSystem &m_slack;
    ServiceNowSystem &m_serviceNow;
    const SandboxOptions &m_options;
    QJsonObject m_wording; // the "slack" conventions' releaseTeamWording
};

} // namespace ReleaseDesk::Sandbox
