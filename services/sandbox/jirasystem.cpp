#include "jirasystem.h"

#include "events.h"
#include "jirastore.h"

namespace ReleaseDesk::Sandbox {

struct JiraSystem::State
{
    Jira::Store store;

    // Every move of an issue goes through here, so that the simulated people hear of it.
    void move(Events &events, Jira::Issue &issue, const QString &to)
    {
        const QString from = issue.status;
        issue.status = to;
        store.touch(issue);
        emit events.jiraIssueTransitioned(issue.key, from, to);
    }
};

JiraSystem::JiraSystem(Events &events) : m_events(events), m_state(std::make_unique<State>()) {}
JiraSystem::~JiraSystem() = default;
void JiraSystem::addRoutes(Router &) {}
std::optional<Response> JiraSystem::checkAuth(const Request &) const { return std::nullopt; }
Response JiraSystem::error(int status, const QString &message) const
{
    return Response::json(QJsonObject{{QLatin1String("message"), message}}, status);
}
QJsonObject JiraSystem::connection(const QString &baseUrl) const { return {{QLatin1String("url"), baseUrl}}; }

void JiraSystem::seed(const Catalogue &catalogue)
{
    m_state->store.seed(catalogue);
}

QJsonObject JiraSystem::save() const
{
    return m_state->store.toJson();
}

void JiraSystem::load(const QJsonObject &state)
{
    m_state->store.fromJson(state);
}

Status JiraSystem::merge(const QString &key)
{
    Jira::Issue *issue = m_state->store.issue(key);
    if (!issue)
        return Status::failure(QStringLiteral("Issue %1 does not exist.").arg(key));
    const QString inProgress = QStringLiteral("In Progress");
    const QString inReview = QStringLiteral("In Review");
    if (issue->status != inProgress && issue->status != inReview) {
        return Status::failure(QStringLiteral("Issue %1 is %2; only an issue In Progress or In "
                                              "Review can be merged.")
                                   .arg(issue->key, issue->status));
    }
    // Walk the workflow as a person would, Submit for review then Merge.
    if (issue->status == inProgress)
        m_state->move(m_events, *issue, inReview);
    m_state->move(m_events, *issue, QStringLiteral("Ready for Test"));
    return success();
}

QString JiraSystem::serviceOf(const QString &key) const
{
    const Jira::Issue *issue = m_state->store.issue(key);
    return issue ? issue->components.value(0) : QString();
}

} // namespace ReleaseDesk::Sandbox
