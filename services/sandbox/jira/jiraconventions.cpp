#include "services/sandbox/jira/jiraconventions.h"

#include "services/sandbox/jira/jirastore.h"

#include <QRegularExpression>

namespace ReleaseDesk::Sandbox::Jira {

namespace {

bool isCustomFieldId(const QString &field)
{
    static const QRegularExpression id(QStringLiteral("^customfield_\\d+$"));
    return id.match(field).hasMatch();
}

QJsonObject fieldJson(const QString &id, const QString &name, bool custom, const QString &type)
{
    return {{QLatin1String("id"), id},
            {QLatin1String("key"), id},
            {QLatin1String("name"), name},
            {QLatin1String("custom"), custom},
            {QLatin1String("orderable"), true},
            {QLatin1String("navigable"), true},
            {QLatin1String("searchable"), true},
            {QLatin1String("clauseNames"), QJsonArray{custom ? name : id}},
            {QLatin1String("schema"), QJsonObject{{QLatin1String("type"), type}}}};
}

} // namespace

Conventions Conventions::fromJson(const QJsonObject &object)
{
    Conventions conventions;
    const auto text = [&](const char *key) {
        return object.value(QLatin1String(key)).toString().trimmed();
    };
    if (const QString field = text("serviceField"); !field.isEmpty()) {
        const bool system = field.compare(QLatin1String("components"), Qt::CaseInsensitive) == 0 ||
                            field.compare(QLatin1String("labels"), Qt::CaseInsensitive) == 0;
        conventions.serviceField = system ? field.toLower() : field;
    }
    conventions.serviceLabelPrefix = text("serviceLabelPrefix");
    conventions.passTransition = text("passTransition");
    conventions.failTransition = text("failTransition");
    // The first is the catalogue's own.
    const QStringList projects = text("project").split(u',', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < projects.size(); ++i) {
        if (const QString project = projects.at(i).trimmed().toUpper(); !project.isEmpty())
            conventions.otherProjects << project;
    }
    return conventions;
}

QString Conventions::customFieldId() const
{
    return isCustomFieldId(serviceField) ? serviceField : QStringLiteral("customfield_10042");
}

QString Conventions::customFieldName() const
{
    return isCustomFieldId(serviceField) ? QStringLiteral("Service") : serviceField;
}

QJsonArray Conventions::fields() const
{
    QJsonArray list{fieldJson(QStringLiteral("summary"), QStringLiteral("Summary"), false,
                              QStringLiteral("string")),
                    fieldJson(QStringLiteral("status"), QStringLiteral("Status"), false,
                              QStringLiteral("status")),
                    fieldJson(QStringLiteral("components"), QStringLiteral("Component/s"), false,
                              QStringLiteral("array")),
                    fieldJson(QStringLiteral("labels"), QStringLiteral("Labels"), false,
                              QStringLiteral("array")),
                    fieldJson(QStringLiteral("fixVersions"), QStringLiteral("Fix Version/s"), false,
                              QStringLiteral("array"))};
    if (!inComponents() && !inLabels())
        list << fieldJson(customFieldId(), customFieldName(), true, QStringLiteral("option"));
    return list;
}

WorkflowTransition Conventions::named(WorkflowTransition transition) const
{
    // The moves a tester's verdict makes: into Testing and on to Done, or back.
    const bool pass = transition.name == u"Start testing" || transition.name == u"Pass";
    if (pass && !passTransition.isEmpty())
        transition.name = passTransition;
    else if (transition.name == u"Fail" && !failTransition.isEmpty())
        transition.name = failTransition;
    return transition;
}

} // namespace ReleaseDesk::Sandbox::Jira
