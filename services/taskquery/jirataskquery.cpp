#include "services/taskquery/jirataskquery.h"

#include "models/ports/answerlater.h"
#include "services/connections/integrations.h"

namespace ReleaseDesk {

Result<JqlQuery> JiraTaskQuery::query(const JiraSettings &settings, const QString &jql)
{
    using Query = Result<JqlQuery>;
    if (jql.trimmed().isEmpty())
        return Query::failure(tr("Type a JQL query, such as fixVersion = \"2026.11.3\"."));
    const auto typed = JqlQuery::restriction(jql);
    if (!typed)
        return Query::failure(tr("This JQL cannot be run: %1").arg(typed.error()));
    const auto extra = JqlQuery::restriction(settings.jql);
    if (!extra)
        return Query::failure(tr("Jira connection: %1").arg(extra.error()));
    JqlQuery query;
    if (const QStringList projects = settings.projects(); !projects.isEmpty())
        query.whereIn(Jql::Field::Project, projects);
    query.whereJql(extra.value()).whereJql(typed.value()).orderBy(Jql::Field::Key);
    return query;
}

TaskQuery JiraTaskQuery::over(Integrations &integrations)
{
    return [&integrations](const QString &jql, QObject *context,
                           std::function<void(const Result<QStringList> &)> done) {
        using Keys = Result<QStringList>;
        JiraClient *jira = integrations.jira();
        if (!jira)
            return answerLater(context, std::move(done),
                               Keys::failure(Integrations::notConnected(RemoteSystem::Jira)));
        const auto search = query(integrations.settings().jira, jql);
        if (!search)
            return answerLater(context, std::move(done), Keys::failure(search.failure()));
        jira->searchChanges(search.value(), {}, context,
                            [done = std::move(done)](const Result<QList<Change>> &found) {
                                if (!found)
                                    return done(found.failure());
                                QStringList keys;
                                for (const Change &change : found.value())
                                    keys << change.key;
                                done(keys);
                            });
    };
}

} // namespace ReleaseDesk
