#pragma once

#include "connectionsettings.h"

#include "models/domain/result.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace ReleaseDesk {

class Integrations;

// "Test connection": signs in to one system with the connection as given and
// checks that what ReleaseDesk needs there exists — the Jira project, the
// Confluence space and parent page, the ServiceNow assignment group, the Slack
// channel with the app in it. The result is a line for the person who set it
// up: what was found, or exactly what is wrong.
class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    using Done = std::function<void(const Result<QString> &)>;

    // `integrations` must outlive the check: its clients answer the later steps.
    static void run(Integrations &integrations, RemoteSystem system, QObject *context, Done done);
};

} // namespace ReleaseDesk
