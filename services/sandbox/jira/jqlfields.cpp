#include "services/sandbox/jira/jqlfields.h"

#include "services/sandbox/jira/jirastore.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace ReleaseDesk::Sandbox::Jira::JqlFields {
namespace {

// Where a status stands in the workflow, for ORDER BY status.
qint64 statusRank(const QString &name)
{
    const QList<WorkflowStatus> &statuses = workflowStatuses();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (statuses.at(i).name == name)
            return i;
    }
    return statuses.size();
}

} // namespace

Field fieldNamed(const QString &name)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("project"), Field::Project},
        {QStringLiteral("key"), Field::Key},
        {QStringLiteral("issuekey"), Field::Key},
        {QStringLiteral("issue"), Field::Key},
        {QStringLiteral("id"), Field::Key},
        {QStringLiteral("status"), Field::Status},
        {QStringLiteral("statuscategory"), Field::StatusCategory},
        {QStringLiteral("issuetype"), Field::IssueType},
        {QStringLiteral("type"), Field::IssueType},
        {QStringLiteral("fixversion"), Field::FixVersion},
        {QStringLiteral("component"), Field::Component},
        {QStringLiteral("labels"), Field::Labels},
        {QStringLiteral("assignee"), Field::Assignee},
        {QStringLiteral("reporter"), Field::Reporter},
        {QStringLiteral("summary"), Field::Summary},
        {QStringLiteral("updated"), Field::Updated},
        {QStringLiteral("updateddate"), Field::Updated},
        {QStringLiteral("created"), Field::Created},
        {QStringLiteral("createddate"), Field::Created},
    };
    // Real Jira fields the sandbox's issues do not have.
    static const QStringList notEmulated{
        QStringLiteral("priority"),      QStringLiteral("resolution"),
        QStringLiteral("resolved"),      QStringLiteral("resolutiondate"),
        QStringLiteral("due"),           QStringLiteral("duedate"),
        QStringLiteral("sprint"),        QStringLiteral("parent"),
        QStringLiteral("description"),   QStringLiteral("comment"),
        QStringLiteral("text"),          QStringLiteral("environment"),
        QStringLiteral("creator"),       QStringLiteral("watcher"),
        QStringLiteral("votes"),         QStringLiteral("affectedversion"),
        QStringLiteral("lastviewed"),    QStringLiteral("filter"),
        QStringLiteral("issuelinktype"), QStringLiteral("attachments"),
        QStringLiteral("rank"),          QStringLiteral("timespent"),
        QStringLiteral("worklogdate"),   QStringLiteral("level")};
    const QString lower = name.toLower();
    if (notEmulated.contains(lower))
        return Field::NotEmulated;
    return fields.value(lower, Field::Unknown);
}

QString unknownField(const QString &name)
{
    return QStringLiteral("Field '%1' does not exist or you do not have permission to view it.")
        .arg(name);
}

std::optional<QDateTime> parseDate(const QString &value, const QDateTime &now,
                                   const QTimeZone &zone)
{
    static const QRegularExpression period(
        QStringLiteral("^\\s*([-+]?)\\s*((?:\\d+\\s*[wdhm]\\s*)+)$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*([wdhm])"));
    if (const auto match = period.match(value); match.hasMatch()) {
        qint64 seconds = 0;
        static const QHash<QChar, qint64> unit{
            {u'w', 7 * 86400}, {u'd', 86400}, {u'h', 3600}, {u'm', 60}};
        for (auto it = part.globalMatch(match.captured(2)); it.hasNext();) {
            const auto term = it.next();
            // Beyond a million units (two millennia of weeks) is no date at all.
            const qint64 count = term.captured(1).toLongLong();
            if (term.captured(1).size() > 7 || count > 1000000)
                return std::nullopt;
            seconds += count * unit.value(term.captured(2).at(0));
        }
        return now.addSecs(match.captured(1) == u"-" ? -seconds : seconds);
    }
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy/MM/dd HH:mm"),
          QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/MM/dd")}) {
        QDateTime time = QDateTime::fromString(value.trimmed(), format);
        if (time.isValid()) {
            time.setTimeZone(zone);
            return time;
        }
    }
    return std::nullopt;
}

bool isKeyLike(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*-\\d+$"));
    return pattern.match(value).hasMatch();
}

Predicate matcher(Field field, const QSet<QString> &accepted, const QSet<qint64> &versionIds)
{
    const auto anyOf = [accepted](const QStringList &values) {
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const QString &value) { return accepted.contains(value); });
    };
    switch (field) {
    case Field::Project: // an issue's project is its key's prefix
        return [accepted](const Issue &issue) {
            return accepted.contains(issue.key.section(u'-', 0, 0));
        };
    case Field::IssueType: // tasks only: a valid value matches every issue
        return [any = !accepted.isEmpty()](const Issue &) { return any; };
    case Field::Key:
        return [accepted](const Issue &issue) { return accepted.contains(issue.key); };
    case Field::Status:
        return [accepted](const Issue &issue) { return accepted.contains(issue.status); };
    case Field::StatusCategory:
        return [accepted](const Issue &issue) {
            const WorkflowStatus *status = workflowStatus(issue.status);
            return status && accepted.contains(status->categoryKey);
        };
    case Field::FixVersion:
        return [versionIds](const Issue &issue) {
            return std::any_of(issue.fixVersions.cbegin(), issue.fixVersions.cend(),
                               [&](qint64 id) { return versionIds.contains(id); });
        };
    case Field::Component:
        return [anyOf](const Issue &issue) { return anyOf(issue.components); };
    case Field::Labels:
        return [accepted](const Issue &issue) {
            return std::any_of(
                issue.labels.cbegin(), issue.labels.cend(),
                [&](const QString &label) { return accepted.contains(label.toLower()); });
        };
    case Field::Assignee:
        return [accepted](const Issue &issue) { return accepted.contains(issue.assignee); };
    case Field::Reporter:
        return [accepted](const Issue &issue) { return accepted.contains(issue.reporter); };
    default:
        return [](const Issue &) { return false; };
    }
}

Predicate emptiness(Field field)
{
    switch (field) {
    case Field::FixVersion:
        return [](const Issue &issue) { return issue.fixVersions.isEmpty(); };
    case Field::Component:
        return [](const Issue &issue) { return issue.components.isEmpty(); };
    case Field::Labels:
        return [](const Issue &issue) { return issue.labels.isEmpty(); };
    case Field::Assignee:
        return [](const Issue &issue) { return issue.assignee.isEmpty(); };
    case Field::Reporter:
        return [](const Issue &issue) { return issue.reporter.isEmpty(); };
    default:
        return [](const Issue &) { return false; };
    }
}

// One value compared with <, <=, >, >=, = or !=, as ordered numbers.
Predicate compare(const QString &op, std::function<qint64(const Issue &)> value, qint64 bound)
{
    return [op, value, bound](const Issue &issue) {
        const qint64 v = value(issue);
        if (op == u"<")
            return v < bound;
        if (op == u"<=")
            return v <= bound;
        if (op == u">")
            return v > bound;
        if (op == u">=")
            return v >= bound;
        if (op == u"!=")
            return v != bound;
        return v == bound;
    };
}

Comparison ordering(Field field)
{
    const auto byNumber = [](qint64 a, qint64 b) { return a < b ? -1 : a > b ? 1 : 0; };
    switch (field) {
    case Field::Key:
        return [byNumber](const Issue &a, const Issue &b) { return byNumber(a.number, b.number); };
    case Field::Updated:
        return [byNumber](const Issue &a, const Issue &b) {
            return byNumber(a.updated.toMSecsSinceEpoch(), b.updated.toMSecsSinceEpoch());
        };
    case Field::Created:
        return [byNumber](const Issue &a, const Issue &b) {
            return byNumber(a.created.toMSecsSinceEpoch(), b.created.toMSecsSinceEpoch());
        };
    case Field::Summary:
        return [](const Issue &a, const Issue &b) {
            return a.summary.compare(b.summary, Qt::CaseInsensitive);
        };
    case Field::Status:
        return [byNumber](const Issue &a, const Issue &b) {
            return byNumber(statusRank(a.status), statusRank(b.status));
        };
    case Field::Assignee:
        return [](const Issue &a, const Issue &b) { return a.assignee.compare(b.assignee); };
    case Field::Project:
    case Field::IssueType: // one project of tasks: all equal
        return [](const Issue &, const Issue &) { return 0; };
    default:
        return {};
    }
}

} // namespace ReleaseDesk::Sandbox::Jira::JqlFields
