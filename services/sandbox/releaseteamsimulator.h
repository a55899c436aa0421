#pragma once

#include <QObject>

namespace ReleaseDesk::Sandbox {

class Events;
class ServiceNowSystem;
class SlackSystem;
struct SandboxOptions;

// The release team: after a staging (or live) request in the release channel,
// it answers in the thread, after the configured delay, that the changes are
// applied, with the number of a ServiceNow test task it creates for staging.
class ReleaseTeamSimulator : public QObject
{
    Q_OBJECT

public:
    ReleaseTeamSimulator(Events &events, SlackSystem &slack, ServiceNowSystem &serviceNow,
                         const SandboxOptions &options, QObject *parent = nullptr);

private:
    void onMessage(const QString &channelId, const QString &ts, const QString &text,
                   const QString &threadTs);

    SlackSystem &m_slack;
    ServiceNowSystem &m_serviceNow;
    const SandboxOptions &m_options;
};

} // namespace ReleaseDesk::Sandbox
