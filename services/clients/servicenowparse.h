#pragma once

#include "models/domain/connectionsettings.h"
#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace ReleaseDesk {

// A change_request as ReleaseDesk follows it.
struct ChangeTicket
{
    QString sysId;
    QString number;        // "CHG0030001"
    QString correlationId; // "releasedesk:2026.11.3"
    QString state;         // ServiceNow's value, "-5" (New) … "3" (Closed), "4" (Canceled)
    QString shortDescription;
    QUrl url; // the record in ServiceNow's UI
    QDateTime updated;
    friend bool operator==(const ChangeTicket &, const ChangeTicket &) = default;
};

// A change_task of a change, such as the testing task the release team opens.
struct ChangeTask
{
    QString sysId;
    QString number;      // "CTASK0010007"
    QString changeSysId; // the change_request it belongs to
    QString type;        // change_task_type: "planning", "implementation", "testing", "review"
    QString state;       // ServiceNow's value, "1" (Open) … "3" (Closed Complete)
    QString shortDescription;
    QDateTime updated;
    friend bool operator==(const ChangeTask &, const ChangeTask &) = default;
};

// What ReleaseDesk writes into a change request it raises for a release.
struct ChangeRequestDraft
{
    QString correlationId; // ReleaseDesk's key for the change, "releasedesk:<release>"
    QString shortDescription;
    QString description;
    QString implementationPlan;
    QString backoutPlan;
    QString testPlan;
    QString justification;
    QString type = QStringLiteral("normal"); // normal, standard or emergency
    QDateTime start;                         // planned; invalid: not set
    QDateTime end;
};

// A column the instance requires on a change, as its dictionary names it.
struct MandatoryField
{
    QString column; // "u_business_service"
    QString label;  // "Business service"
    friend bool operator==(const MandatoryField &, const MandatoryField &) = default;
};

// ServiceNow's Table API JSON read into ReleaseDesk's values and written from
// them, and its encoded queries built, without I/O, so that every shape of
// answer can be tested from a table. A field of the wrong type, or a required
// one missing, fails with a message naming the field.
//
// Date-times are read and written as UTC: with sysparm_display_value=false and
// sysparm_input_display_value=false the Table API exchanges a field's database
// value, which ServiceNow keeps in UTC, whereas display values follow the
// integration user's time zone and date format, which ReleaseDesk cannot know.
class ServiceNowParse
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowParse)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // The fields each list asks for, as sysparm_fields.
    static QString changeFields();
    static QString taskFields();

    // "2026-11-20 12:00:00", UTC; invalid when unreadable.
    static QDateTime parseTime(const QString &text);
    static QString formatTime(const QDateTime &time);

    // `value` for an encoded query: a '^' in it is written "^^", so that user
    // text cannot end a condition and start another.
    static QString queryValue(const QString &value);
    // Records whose `correlationField` starts with `prefix` and that were
    // updated at or after `since` (invalid: any time), newest first, then by
    // sys_id so that pages do not shuffle records updated in the same second.
    static QString updatedSinceQuery(const QString &correlationField, const QString &prefix,
                                     const QDateTime &since);
    // The change with this correlation id; the oldest first, should there be two.
    static QString correlationQuery(const QString &correlationId);
    // The group with this name.
    static QString groupQuery(const QString &name);

    // Whether a list answer has a page after the one at `offset` of `limit`
    // records that brought `received`: the Link header's rel="next" when it
    // sent a Link header, else its X-Total-Count, else whether the page was full.
    static bool hasNextPage(const Headers &headers, int offset, int limit, int received);

    // A record's field that may come as its value or, for a reference or with
    // sysparm_display_value=all, as {value, link?, display_value?}.
    static Result<QString> fieldValue(const QJsonObject &record, const QString &where,
                                      QLatin1String name);

    // One change_request record; `base` is the instance, for the record's URL.
    static Result<ChangeTicket> change(const QJsonObject &record, const QUrl &base,
                                       const QString &where = QStringLiteral("result"));
    static Result<ChangeTask> task(const QJsonObject &record,
                                   const QString &where = QStringLiteral("result"));
    // {"result":[...]} of a list.
    static Result<QList<ChangeTicket>> changePage(const QJsonDocument &answer, const QUrl &base);
    static Result<QList<ChangeTask>> taskPage(const QJsonDocument &answer);
    // {"result":{...}} of a create or an update.
    static Result<ChangeTicket> changeRecord(const QJsonDocument &answer, const QUrl &base);
    // The sys_id of the first group of a sys_user_group list; empty when the list is empty.
    static Result<QString> groupSysId(const QJsonDocument &answer);

    // The record in ServiceNow's UI: <base>/nav_to.do?uri=<table>.do?sys_id=<id>.
    static QUrl recordUrl(const QUrl &base, const QString &table, const QString &sysId);
    // The draft's fields as a change_request body; dates left out when not set.
    static QJsonObject draftFields(const ChangeRequestDraft &draft);

    // The team's conventions (ServiceNowSettings) as change_request columns:
    // chg_model, std_change_producer_version, category, cmdb_ci, risk, impact
    // and the extra fields; empty settings are left out.
    static QJsonObject conventionFields(const ServiceNowSettings &settings);
    // The dictionary's mandatory columns of a change, its own and those it
    // inherits from task, as sysparm_query of sys_dictionary.
    static QString mandatoryQuery();
    // {"result":[{"element","column_label","default_value"}...]}: the columns
    // without a default value, which the platform would not fill in itself.
    static Result<QList<MandatoryField>> mandatoryFields(const QJsonDocument &answer);
    // Those of `mandatory` that `fields` leaves empty.
    static QList<MandatoryField> unfilled(const QList<MandatoryField> &mandatory,
                                          const QJsonObject &fields);
    // "ServiceNow requires 'Business service' (u_business_service) on a
    // change: set it in Connections → ServiceNow → Extra fields."
    static QString unfilledMessage(const QList<MandatoryField> &missing);

    // ServiceNow's own words from {"error":{"message","detail"},"status":"failure"}:
    // "message (detail)"; empty when the body is not in that shape.
    static QString serverError(const QByteArray &body);
};

} // namespace ReleaseDesk
