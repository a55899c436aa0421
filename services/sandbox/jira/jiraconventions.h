#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Sandbox::Jira {

struct WorkflowTransition;

// A team whose Jira differs from the sandbox's own, as the "jira" object of
// SandboxOptions::conventions asks, with the keys of the connection document:
// where a task's service is kept, the names of the testers' transitions, and
// more projects than one. The defaults are the sandbox's usual Jira.
struct Conventions
{
    // "components"; "labels" (the service as a label, after serviceLabelPrefix);
    // or a custom field, by name ("Service") or id ("customfield_10042"), as a
    // select list: {"value": "payments"}.
    QString serviceField = QStringLiteral("components");
    QString serviceLabelPrefix;
    // What the transitions a pass takes (Start testing, Pass) and a failure
    // takes (Fail) are called instead; empty: their usual names.
    QString passTransition;
    QString failTransition;
    // The projects after the first of "project": "CHS, PAY", which is the
    // catalogue's; each holds a task per service, in To Do.
    QStringList otherProjects;

    static Conventions fromJson(const QJsonObject &object);

    bool inComponents() const { return serviceField == u"components"; }
    bool inLabels() const { return serviceField == u"labels"; }
    // The custom field's id and its name as GET /field lists them.
    QString customFieldId() const;
    QString customFieldName() const;
    // GET /field: Jira's own fields that the sandbox serves, and the custom one.
    QJsonArray fields() const;
    // `transition` as this team names it.
    WorkflowTransition named(WorkflowTransition transition) const;
};

} // namespace ReleaseDesk::Sandbox::Jira
