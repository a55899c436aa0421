#pragma once

#include "models/formats/jql.h"
#include "models/ports/taskquery.h"
#include "services/connections/connectionsettings.h"

#include <QCoreApplication>

namespace ReleaseDesk {

class Integrations;

// The "New release" dialog's JQL search, run against the connected Jira: a
// developer's JQL, kept inside the connection's project and its extra
// restriction, answered with the keys of the tasks it matches.
class JiraTaskQuery
{
    Q_DECLARE_TR_FUNCTIONS(JiraTaskQuery)

public:
    // What is sent for `jql`: the project, the connection's restriction and
    // `jql` ANDed, each in its own parentheses, so that an OR in what the
    // developer typed cannot reach beyond the project. The error says why
    // `jql` cannot be sent as it is (empty, unbalanced, an ORDER BY).
    static Result<JqlQuery> query(const JiraSettings &settings, const QString &jql);

    // Searches with the Jira client `integrations` holds when each search
    // starts, so that connections changed while the dialog is open are used;
    // fails with "Jira is not connected…" when there is none. `integrations`
    // must outlive the returned function.
    static TaskQuery over(Integrations &integrations);
};

} // namespace ReleaseDesk
