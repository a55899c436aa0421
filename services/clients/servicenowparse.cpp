#include "servicenowparse.h"

#include "clientsupport.h"
#include "jsonfields.h"
#include "linkheader.h"

#include <QJsonArray>

namespace ReleaseDesk {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Reads a field through ServiceNowParse::fieldValue(), keeping in `reader`'s first problem.
QString readField(JsonFields &reader, const QJsonObject &record, const QString &where,
                  QLatin1String name)
{
    if (reader.failed())
        return {};
    const auto read = ServiceNowParse::fieldValue(record, where, name);
    if (!read) {
        reader.fail(read.error());
        return {};
    }
    return read.value();
}

QDateTime readTime(JsonFields &reader, const QJsonObject &record, const QString &where,
                   QLatin1String name)
{
    const QString text = readField(reader, record, where, name);
    if (reader.failed())
        return {};
    const QDateTime parsed = ServiceNowParse::parseTime(text);
    if (!parsed.isValid()) {
        reader.fail(ServiceNowParse::tr("the field '%1' is not a time: %2")
                        .arg(JsonFields::join(where, name), text));
    }
    return parsed;
}

// Every record of {"result":[...]}, each read by `read`.
template <typename T, typename Read> Result<QList<T>> page(const QJsonDocument &answer, Read read)
{
    JsonFields reader;
    const QJsonArray records = reader.array(reader.root(answer), {}, QLatin1String("result"));
    QList<T> result;
    for (qsizetype i = 0; i < records.size() && !reader.failed(); ++i) {
        const QJsonObject record = reader.element(records, i, QStringLiteral("result"));
        if (reader.failed())
            break;
        const Result<T> item = read(record, JsonFields::at(QStringLiteral("result"), i));
        if (!item)
            return item.failure();
        result.append(item.value());
    }
    if (reader.failed())
        return Result<QList<T>>::failure(reader.error());
    return result;
}

} // namespace

QString ServiceNowParse::changeFields()
{
    return QStringLiteral("sys_id,number,correlation_id,state,short_description,sys_updated_on");
}

QString ServiceNowParse::taskFields()
{
    return QStringLiteral(
        "sys_id,number,change_request,change_task_type,state,short_description,sys_updated_on");
}

QDateTime ServiceNowParse::parseTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, timeFormat);
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

QString ServiceNowParse::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(timeFormat);
}

QString ServiceNowParse::queryValue(const QString &value)
{
    QString escaped = value;
    return escaped.replace(u'^', QLatin1String("^^"));
}

QString ServiceNowParse::updatedSinceQuery(const QString &correlationField, const QString &prefix,
                                           const QDateTime &since)
{
    QStringList parts{correlationField + QLatin1String("STARTSWITH") + queryValue(prefix)};
    // ServiceNow keeps whole seconds; cutting `since` down keeps ">=" inclusive.
    if (since.isValid())
        parts << QLatin1String("sys_updated_on>=") + formatTime(since);
    parts << QStringLiteral("ORDERBYDESCsys_updated_on") << QStringLiteral("ORDERBYsys_id");
    return parts.join(u'^');
}

QString ServiceNowParse::correlationQuery(const QString &correlationId)
{
    return QLatin1String("correlation_id=") + queryValue(correlationId) +
           QLatin1String("^ORDERBYsys_created_on");
}

QString ServiceNowParse::groupQuery(const QString &name)
{
    return QLatin1String("name=") + queryValue(name);
}

bool ServiceNowParse::hasNextPage(const Headers &headers, int offset, int limit, int received)
{
    if (LinkHeader::present(headers))
        return !LinkHeader::target(headers, QStringLiteral("next"), QUrl()).isEmpty();
    for (const auto &[name, value] : headers) {
        if (name.compare("X-Total-Count", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 total = value.trimmed().toLongLong(&ok);
        if (ok)
            return qint64(offset) + limit < total;
    }
    return received >= limit;
}

Result<QString> ServiceNowParse::fieldValue(const QJsonObject &record, const QString &where,
                                            QLatin1String name)
{
    JsonFields reader;
    QString text;
    if (record.value(name).isObject()) {
        text = reader.string(reader.object(record, where, name), JsonFields::join(where, name),
                             QLatin1String("value"));
    } else {
        text = reader.string(record, where, name);
    }
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return text;
}

Result<ChangeTicket> ServiceNowParse::change(const QJsonObject &record, const QUrl &base,
                                             const QString &where)
{
    JsonFields reader;
    ChangeTicket change;
    change.sysId = readField(reader, record, where, QLatin1String("sys_id"));
    change.number = readField(reader, record, where, QLatin1String("number"));
    change.correlationId = readField(reader, record, where, QLatin1String("correlation_id"));
    change.state = readField(reader, record, where, QLatin1String("state"));
    change.shortDescription = readField(reader, record, where, QLatin1String("short_description"));
    change.updated = readTime(reader, record, where, QLatin1String("sys_updated_on"));
    if (!reader.failed() && change.sysId.isEmpty())
        reader.fail(
            tr("the field '%1' is empty").arg(JsonFields::join(where, QLatin1String("sys_id"))));
    if (reader.failed())
        return Result<ChangeTicket>::failure(reader.error());
    change.url = recordUrl(base, QStringLiteral("change_request"), change.sysId);
    return change;
}

Result<ChangeTask> ServiceNowParse::task(const QJsonObject &record, const QString &where)
{
    JsonFields reader;
    ChangeTask task;
    task.sysId = readField(reader, record, where, QLatin1String("sys_id"));
    task.number = readField(reader, record, where, QLatin1String("number"));
    task.changeSysId = readField(reader, record, where, QLatin1String("change_request"));
    task.type = readField(reader, record, where, QLatin1String("change_task_type"));
    task.state = readField(reader, record, where, QLatin1String("state"));
    task.shortDescription = readField(reader, record, where, QLatin1String("short_description"));
    task.updated = readTime(reader, record, where, QLatin1String("sys_updated_on"));
    if (!reader.failed() && task.sysId.isEmpty())
        reader.fail(
            tr("the field '%1' is empty").arg(JsonFields::join(where, QLatin1String("sys_id"))));
    if (reader.failed())
        return Result<ChangeTask>::failure(reader.error());
    return task;
}

Result<QList<ChangeTicket>> ServiceNowParse::changePage(const QJsonDocument &answer,
                                                        const QUrl &base)
{
    return page<ChangeTicket>(answer, [&base](const QJsonObject &record, const QString &where) {
        return change(record, base, where);
    });
}

Result<QList<ChangeTask>> ServiceNowParse::taskPage(const QJsonDocument &answer)
{
    return page<ChangeTask>(answer, [](const QJsonObject &record, const QString &where) {
        return task(record, where);
    });
}

Result<ChangeTicket> ServiceNowParse::changeRecord(const QJsonDocument &answer, const QUrl &base)
{
    JsonFields reader;
    const QJsonObject record = reader.object(reader.root(answer), {}, QLatin1String("result"));
    if (reader.failed())
        return Result<ChangeTicket>::failure(reader.error());
    return change(record, base);
}

Result<QString> ServiceNowParse::groupSysId(const QJsonDocument &answer)
{
    JsonFields reader;
    const QJsonArray groups = reader.array(reader.root(answer), {}, QLatin1String("result"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    if (groups.isEmpty())
        return QString();
    const QJsonObject group = reader.element(groups, 0, QStringLiteral("result"));
    const QString sysId =
        readField(reader, group, QStringLiteral("result[0]"), QLatin1String("sys_id"));
    if (!reader.failed() && sysId.isEmpty())
        reader.fail(tr("the field 'result[0].sys_id' is empty"));
    if (reader.failed())
        return Result<QString>::failure(reader.error());
    return sysId;
}

QUrl ServiceNowParse::recordUrl(const QUrl &base, const QString &table, const QString &sysId)
{
    return ClientSupport::urlBelow(base, QStringLiteral("/nav_to.do"),
                                   QLatin1String("uri=") + ClientSupport::encoded(table) +
                                       QLatin1String(".do?sys_id=") +
                                       ClientSupport::encoded(sysId));
}

QJsonObject ServiceNowParse::draftFields(const ChangeRequestDraft &draft)
{
    QJsonObject fields{{QLatin1String("correlation_id"), draft.correlationId},
                       {QLatin1String("correlation_display"), QStringLiteral("ReleaseDesk")},
                       {QLatin1String("short_description"), draft.shortDescription},
                       {QLatin1String("description"), draft.description},
                       {QLatin1String("implementation_plan"), draft.implementationPlan},
                       {QLatin1String("backout_plan"), draft.backoutPlan},
                       {QLatin1String("test_plan"), draft.testPlan},
                       {QLatin1String("justification"), draft.justification},
                       {QLatin1String("type"), draft.type}};
    if (draft.start.isValid())
        fields.insert(QLatin1String("start_date"), formatTime(draft.start));
    if (draft.end.isValid())
        fields.insert(QLatin1String("end_date"), formatTime(draft.end));
    return fields;
}

QJsonObject ServiceNowParse::conventionFields(const ServiceNowSettings &settings)
{
    QJsonObject fields;
    const auto set = [&fields](const QString &column, const QString &value) {
        if (!value.trimmed().isEmpty())
            fields.insert(column, value.trimmed());
    };
    // Extra fields first, so that a named setting wins over the same column there.
    for (auto it = settings.extraFields.cbegin(); it != settings.extraFields.cend(); ++it)
        set(it.key(), it.value());
    set(QStringLiteral("chg_model"), settings.changeModel);
    set(QStringLiteral("std_change_producer_version"), settings.changeTemplate);
    set(QStringLiteral("category"), settings.category);
    set(QStringLiteral("cmdb_ci"), settings.configurationItem);
    set(QStringLiteral("risk"), settings.risk);
    set(QStringLiteral("impact"), settings.impact);
    return fields;
}

QString ServiceNowParse::mandatoryQuery()
{
    return QStringLiteral("nameINchange_request,task^mandatory=true^active=true");
}

Result<QList<MandatoryField>> ServiceNowParse::mandatoryFields(const QJsonDocument &answer)
{
    // A column the platform fills in itself is read with an empty name and dropped.
    auto fields = page<MandatoryField>(
        answer, [](const QJsonObject &record, const QString &where) -> Result<MandatoryField> {
            JsonFields reader;
            MandatoryField field;
            field.column = readField(reader, record, where, QLatin1String("element"));
            field.label = readField(reader, record, where, QLatin1String("column_label"));
            // Absent in an answer that did not ask for it: no default.
            const QString fallback =
                record.contains(QLatin1String("default_value"))
                    ? readField(reader, record, where, QLatin1String("default_value"))
                    : QString();
            if (reader.failed())
                return Result<MandatoryField>::failure(reader.error());
            // A column with a default, or one the platform fills in, is never empty.
            if (!fallback.isEmpty() || field.column.isEmpty() ||
                field.column.startsWith(QLatin1String("sys_")) ||
                field.column == QLatin1String("number"))
                field.column.clear();
            return field;
        });
    if (!fields)
        return fields;
    QList<MandatoryField> required = fields.value();
    required.removeIf([](const MandatoryField &field) { return field.column.isEmpty(); });
    return required;
}

QList<MandatoryField> ServiceNowParse::unfilled(const QList<MandatoryField> &mandatory,
                                                const QJsonObject &fields)
{
    QList<MandatoryField> missing;
    for (const MandatoryField &field : mandatory) {
        if (fields.value(field.column).toString().trimmed().isEmpty() && !missing.contains(field))
            missing << field;
    }
    return missing;
}

QString ServiceNowParse::unfilledMessage(const QList<MandatoryField> &missing)
{
    QStringList named;
    for (const MandatoryField &field : missing)
        named << tr("'%1' (%2)")
                     .arg(field.label.isEmpty() ? field.column : field.label, field.column);
    return tr("ServiceNow requires %1 on a change: set it in Connections → ServiceNow → Extra "
              "fields.")
        .arg(named.join(QStringLiteral(", ")));
}

QString ServiceNowParse::serverError(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString message = error.value(QLatin1String("message")).toString().trimmed();
    const QString detail = error.value(QLatin1String("detail")).toString().trimmed();
    if (message.isEmpty())
        return detail;
    if (detail.isEmpty() || detail == message)
        return message;
    return QStringLiteral("%1 (%2)").arg(message, detail);
}

} // namespace ReleaseDesk
