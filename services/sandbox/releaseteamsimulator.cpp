#include "releaseteamsimulator.h"

#include "events.h"
#include "sandbox.h"
#include "servicenowsystem.h"
#include "slacksystem.h"

namespace ReleaseDesk::Sandbox {

ReleaseTeamSimulator::ReleaseTeamSimulator(Events &events, SlackSystem &slack,
                                           ServiceNowSystem &serviceNow,
                                           const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_slack(slack), m_serviceNow(serviceNow), m_options(options)
{
    connect(&events, &Events::slackMessagePosted, this, &ReleaseTeamSimulator::onMessage);
}

void ReleaseTeamSimulator::onMessage(const QString &, const QString &, const QString &,
                                     const QString &) {}

} // namespace ReleaseDesk::Sandbox
