#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

// The fields JQL can name, and how each is read, matched and ordered on an
// issue. Internal to the JQL compiler.

namespace ReleaseDesk::Sandbox::Jira {

struct Issue;

namespace JqlFields {

enum class Field {
    Project,
    Key,
    Status,
    StatusCategory,
    IssueType,
    FixVersion,
    Component,
    Labels,
    Assignee,
    Reporter,
    Summary,
    Updated,
    Created,
    NotEmulated,
    Unknown
};

using Predicate = std::function<bool(const Issue &)>;
using Comparison = std::function<int(const Issue &, const Issue &)>;

// By name or alias, case aside; NotEmulated for a real Jira field the sandbox's issues lack.
Field fieldNamed(const QString &name);
QString unknownField(const QString &name);
// A JQL date: "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm", the same without the
// time, or a period from now such as "-5d" or "4w 2d". Jira reads a date in
// the zone of the person searching: `zone`.
std::optional<QDateTime> parseDate(const QString &value, const QDateTime &now,
                                   const QTimeZone &zone);
bool isKeyLike(const QString &value);

// Whether an issue holds one of the accepted values (status names, usernames,
// ...; version ids for fixVersion).
Predicate matcher(Field field, const QSet<QString> &accepted, const QSet<qint64> &versionIds);
// Whether the field is empty on an issue; never for fields that are always set.
Predicate emptiness(Field field);
// One number of the issue compared with <, <=, >, >=, = or != to a bound.
Predicate compare(const QString &op, std::function<qint64(const Issue &)> value, qint64 bound);
// How ORDER BY sorts by the field; empty for a field it cannot sort by.
Comparison ordering(Field field);

} // namespace JqlFields
} // namespace ReleaseDesk::Sandbox::Jira
