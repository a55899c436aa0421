#include "services/sandbox/servicenow/servicenowrecords.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace ReleaseDesk::Sandbox::ServiceNow {
namespace {

using Choices = QList<std::pair<QString, QString>>;

Field text(const QString &name, const QString &defaultValue = {}, int maxLength = 0)
{
    return {name, FieldType::String, {}, {}, defaultValue, maxLength};
}

Field choice(const QString &name, Choices choices, const QString &defaultValue = {})
{
    return {name, FieldType::Choice, {}, std::move(choices), defaultValue};
}

Field reference(const QString &name, const QString &table)
{
    return {name, FieldType::Reference, table, {}, {}};
}

Field typed(const QString &name, FieldType type, const QString &defaultValue = {})
{
    return {name, type, {}, {}, defaultValue};
}

// Every table has these; the Table API fills them in and ignores them in input.
QList<Field> withSysFields(QList<Field> fields, const QString &table)
{
    fields << text(QStringLiteral("sys_id"))
           << typed(QStringLiteral("sys_created_on"), FieldType::DateTime)
           << text(QStringLiteral("sys_created_by"))
           << typed(QStringLiteral("sys_updated_on"), FieldType::DateTime)
           << text(QStringLiteral("sys_updated_by"))
           << typed(QStringLiteral("sys_mod_count"), FieldType::Integer, QStringLiteral("0"))
           << text(QStringLiteral("sys_class_name"), table);
    return fields;
}

QList<TableSpec> makeTables()
{
    const Field workNotes = typed(QStringLiteral("work_notes"), FieldType::Journal);
    const Field active =
        typed(QStringLiteral("active"), FieldType::Boolean, QStringLiteral("true"));
    const Field group =
        reference(QStringLiteral("assignment_group"), QStringLiteral("sys_user_group"));

    TableSpec change;
    change.name = QStringLiteral("change_request");
    change.numberPrefix = QStringLiteral("CHG");
    change.firstNumber = 30001;
    change.displayField = QStringLiteral("number");
    change.closedStates = {QStringLiteral("3"), QStringLiteral("4")};
    change.fields = withSysFields(
        {text(QStringLiteral("number")), text(QStringLiteral("short_description")),
         text(QStringLiteral("description")), text(QStringLiteral("implementation_plan")),
         text(QStringLiteral("backout_plan")), text(QStringLiteral("test_plan")),
         text(QStringLiteral("justification")),
         choice(QStringLiteral("type"),
                {{QStringLiteral("standard"), QStringLiteral("Standard")},
                 {QStringLiteral("normal"), QStringLiteral("Normal")},
                 {QStringLiteral("emergency"), QStringLiteral("Emergency")}},
                QStringLiteral("normal")),
         text(QStringLiteral("category"), QStringLiteral("Other")),
         choice(QStringLiteral("risk"),
                {{QStringLiteral("1"), QStringLiteral("Very High")},
                 {QStringLiteral("2"), QStringLiteral("High")},
                 {QStringLiteral("3"), QStringLiteral("Moderate")},
                 {QStringLiteral("4"), QStringLiteral("Low")}},
                QStringLiteral("3")),
         choice(QStringLiteral("impact"),
                {{QStringLiteral("1"), QStringLiteral("1 - High")},
                 {QStringLiteral("2"), QStringLiteral("2 - Medium")},
                 {QStringLiteral("3"), QStringLiteral("3 - Low")}},
                QStringLiteral("3")),
         choice(QStringLiteral("priority"),
                {{QStringLiteral("1"), QStringLiteral("1 - Critical")},
                 {QStringLiteral("2"), QStringLiteral("2 - High")},
                 {QStringLiteral("3"), QStringLiteral("3 - Moderate")},
                 {QStringLiteral("4"), QStringLiteral("4 - Low")}},
                QStringLiteral("4")),
         group, typed(QStringLiteral("start_date"), FieldType::DateTime),
         typed(QStringLiteral("end_date"), FieldType::DateTime),
         choice(QStringLiteral("state"),
                {{QStringLiteral("-5"), QStringLiteral("New")},
                 {QStringLiteral("-4"), QStringLiteral("Assess")},
                 {QStringLiteral("-3"), QStringLiteral("Authorize")},
                 {QStringLiteral("-2"), QStringLiteral("Scheduled")},
                 {QStringLiteral("-1"), QStringLiteral("Implement")},
                 {QStringLiteral("0"), QStringLiteral("Review")},
                 {QStringLiteral("3"), QStringLiteral("Closed")},
                 {QStringLiteral("4"), QStringLiteral("Canceled")}},
                QStringLiteral("-5")),
         active, workNotes,
         // The dictionary's max_length of correlation_id.
         text(QStringLiteral("correlation_id"), {}, 100),
         text(QStringLiteral("correlation_display")),
         choice(QStringLiteral("close_code"),
                {{QStringLiteral("successful"), QStringLiteral("Successful")},
                 {QStringLiteral("successful_issues"), QStringLiteral("Successful with issues")},
                 {QStringLiteral("unsuccessful"), QStringLiteral("Unsuccessful")}}),
         text(QStringLiteral("close_notes")),
         // What a team's conventions set: the change model, a standard
         // change template, the configuration item, and a column of the
         // company's own (custom columns begin with u_).
         text(QStringLiteral("chg_model")), text(QStringLiteral("std_change_producer_version")),
         text(QStringLiteral("cmdb_ci")), text(QStringLiteral("u_business_service"))},
        change.name);

    TableSpec task;
    task.name = QStringLiteral("change_task");
    task.numberPrefix = QStringLiteral("CTASK");
    task.firstNumber = 10001;
    task.displayField = QStringLiteral("number");
    task.closedStates = {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("7")};
    task.fields = withSysFields(
        {text(QStringLiteral("number")), text(QStringLiteral("short_description")),
         text(QStringLiteral("description")),
         choice(QStringLiteral("state"),
                {{QStringLiteral("-5"), QStringLiteral("Pending")},
                 {QStringLiteral("1"), QStringLiteral("Open")},
                 {QStringLiteral("2"), QStringLiteral("Work in Progress")},
                 {QStringLiteral("3"), QStringLiteral("Closed Complete")},
                 {QStringLiteral("4"), QStringLiteral("Closed Incomplete")},
                 {QStringLiteral("7"), QStringLiteral("Closed Skipped")}},
                QStringLiteral("1")),
         active,
         choice(QStringLiteral("change_task_type"),
                {{QStringLiteral("planning"), QStringLiteral("Planning")},
                 {QStringLiteral("implementation"), QStringLiteral("Implementation")},
                 {QStringLiteral("testing"), QStringLiteral("Testing")},
                 {QStringLiteral("review"), QStringLiteral("Review")}}),
         reference(QStringLiteral("change_request"), QStringLiteral("change_request")), group,
         workNotes, text(QStringLiteral("close_notes"))},
        task.name);

    TableSpec groups;
    groups.name = QStringLiteral("sys_user_group");
    groups.displayField = QStringLiteral("name");
    groups.readOnly = true;
    groups.fields =
        withSysFields({text(QStringLiteral("name")), text(QStringLiteral("description")),
                       text(QStringLiteral("email")), active},
                      groups.name);
    // The dictionary: a row per column of a table, which clients read for
    // the columns an instance makes mandatory.
    TableSpec dictionary;
    dictionary.name = QStringLiteral("sys_dictionary");
    dictionary.displayField = QStringLiteral("column_label");
    dictionary.readOnly = true;
    dictionary.fields = withSysFields(
        {text(QStringLiteral("name")), text(QStringLiteral("element")),
         text(QStringLiteral("column_label")), text(QStringLiteral("internal_type")),
         text(QStringLiteral("default_value")),
         typed(QStringLiteral("mandatory"), FieldType::Boolean, QStringLiteral("false")), active},
        dictionary.name);
    return {change, task, groups, dictionary};
}

const QList<TableSpec> &tables()
{
    static const QList<TableSpec> all = makeTables();
    return all;
}

bool isSysField(const QString &name)
{
    return name.startsWith(u"sys_");
}

// "2026-11-20 12:00:00 - ReleaseDesk Integration (Work notes)\ntext\n\n", newest first.
QString journalText(const QJsonArray &entries)
{
    QString text;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const QJsonObject entry = entries.at(i).toObject();
        text += entry.value(u"created_on").toString() + QStringLiteral(" - ") +
                entry.value(u"created_by").toString() + QStringLiteral(" (Work notes)\n") +
                entry.value(u"value").toString() + QStringLiteral("\n\n");
    }
    return text;
}

QString numberText(const TableSpec &spec, int number)
{
    return spec.numberPrefix + QStringLiteral("%1").arg(number, numberDigits, 10, QChar(u'0'));
}

} // namespace

QString Field::label(const QString &value) const
{
    for (const auto &[choiceValue, choiceLabel] : choices) {
        if (choiceValue == value)
            return choiceLabel;
    }
    return value;
}

const Field *TableSpec::field(const QString &name) const
{
    for (const Field &candidate : fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const TableSpec *tableSpec(const QString &name)
{
    for (const TableSpec &spec : tables()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString formatDateTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Table &Store::table(const QString &name)
{
    auto found = m_tables.find(name);
    if (found == m_tables.end()) {
        const TableSpec *spec = tableSpec(name);
        found = m_tables.emplace(name, Table{{}, spec ? spec->firstNumber : 1}).first;
    }
    return found->second;
}

const Table *Store::table(const QString &name) const
{
    const auto found = m_tables.find(name);
    return found == m_tables.end() ? nullptr : &found->second;
}

const QJsonObject *Store::find(const QString &table, const QString &sysId) const
{
    return findBy(table, QStringLiteral("sys_id"), sysId);
}

const QJsonObject *Store::findBy(const QString &table, const QString &field,
                                 const QString &value) const
{
    const Table *records = this->table(table);
    if (!records || value.isEmpty())
        return nullptr;
    for (const QJsonObject &record : records->records) {
        if (record.value(field).toString() == value)
            return &record;
    }
    return nullptr;
}

QString Store::storedValue(const Field &field, const QJsonValue &input) const
{
    QString value;
    if (input.isString())
        value = input.toString();
    else if (input.isBool())
        value = input.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (input.isDouble())
        value = QString::number(input.toDouble(), 'g', 17);
    else if (input.isObject()) // {"value": "<sys_id>", ...}, as a reference is read back
        value = input.toObject().value(u"value").toString();
    if (field.type == FieldType::Reference && !value.isEmpty() && !find(field.reference, value)) {
        // Like the platform, a reference also takes the display value of the record.
        const TableSpec *target = tableSpec(field.reference);
        if (const QJsonObject *byName =
                target ? findBy(target->name, target->displayField, value) : nullptr)
            value = byName->value(u"sys_id").toString();
    }
    return value;
}

void Store::write(const TableSpec &spec, QJsonObject &record, const QJsonObject &input,
                  const QDateTime &now, const QString &user)
{
    for (auto it = input.begin(); it != input.end(); ++it) {
        const Field *field = spec.field(it.key());
        if (!field || isSysField(field->name))
            continue; // what the table lacks, or the platform owns, is ignored
        QString value = storedValue(*field, it.value());
        if (field->maxLength > 0)
            value.truncate(field->maxLength);
        if (field->type == FieldType::Journal) {
            if (value.isEmpty())
                continue;
            QJsonArray entries = record.value(field->name).toArray();
            entries.append(QJsonObject{{QStringLiteral("created_on"), formatDateTime(now)},
                                       {QStringLiteral("created_by"), user},
                                       {QStringLiteral("value"), value}});
            record.insert(field->name, entries);
        } else {
            record.insert(field->name, value);
        }
    }
    if (spec.field(QStringLiteral("active")) && spec.field(QStringLiteral("state"))) {
        const bool closed = spec.closedStates.contains(record.value(u"state").toString());
        record.insert(QStringLiteral("active"),
                      closed ? QStringLiteral("false") : QStringLiteral("true"));
    }
}

QJsonObject Store::insert(const QString &tableName, const QJsonObject &input, const QDateTime &now,
                          const QString &user, const QString &sysId)
{
    const TableSpec *spec = tableSpec(tableName);
    if (!spec)
        return {};
    Table &records = table(tableName);
    QJsonObject record;
    for (const Field &field : spec->fields) {
        if (field.type == FieldType::Journal)
            record.insert(field.name, QJsonArray());
        else
            record.insert(field.name, field.defaultValue);
    }
    record.insert(QStringLiteral("sys_id"),
                  sysId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : sysId);
    record.insert(QStringLiteral("sys_created_on"), formatDateTime(now));
    record.insert(QStringLiteral("sys_updated_on"), formatDateTime(now));
    record.insert(QStringLiteral("sys_created_by"), user);
    record.insert(QStringLiteral("sys_updated_by"), user);
    write(*spec, record, input, now, user);
    if (!spec->numberPrefix.isEmpty()) {
        static const QRegularExpression numbered(QStringLiteral("^[A-Z]+(\\d+)$"));
        const auto given = numbered.match(record.value(u"number").toString());
        if (given.hasMatch())
            records.nextNumber = qMax(records.nextNumber, given.captured(1).toInt() + 1);
        else
            record.insert(QStringLiteral("number"), numberText(*spec, records.nextNumber++));
    }
    records.records.append(record);
    return record;
}

bool Store::update(const QString &tableName, const QString &sysId, const QJsonObject &input,
                   const QDateTime &now, const QString &user)
{
    const TableSpec *spec = tableSpec(tableName);
    Table *records = spec ? &table(tableName) : nullptr;
    if (!records)
        return false;
    for (QJsonObject &record : records->records) {
        if (record.value(u"sys_id").toString() != sysId)
            continue;
        write(*spec, record, input, now, user);
        record.insert(QStringLiteral("sys_updated_on"), formatDateTime(now));
        record.insert(QStringLiteral("sys_updated_by"), user);
        record.insert(QStringLiteral("sys_mod_count"),
                      QString::number(record.value(u"sys_mod_count").toString().toInt() + 1));
        return true;
    }
    return false;
}

bool Store::remove(const QString &tableName, const QString &sysId)
{
    auto found = m_tables.find(tableName);
    if (found == m_tables.end())
        return false;
    return found->second.records.removeIf([&](const QJsonObject &record) {
        return record.value(u"sys_id").toString() == sysId;
    }) > 0;
}

std::optional<Store::Target> Store::resolve(const QString &tableName, const QJsonObject &record,
                                            const QString &path) const
{
    Target target{tableSpec(tableName), &record, nullptr};
    const QStringList parts = path.split(u'.');
    for (int i = 0; i < parts.size(); ++i) {
        if (!target.table)
            return std::nullopt;
        target.field = target.table->field(parts.at(i));
        if (!target.field)
            return std::nullopt;
        if (i + 1 == parts.size())
            break;
        if (target.field->type != FieldType::Reference)
            return std::nullopt;
        const QString referenced =
            target.record ? target.record->value(target.field->name).toString() : QString();
        target.record = find(target.field->reference, referenced);
        target.table = tableSpec(target.field->reference);
    }
    return target;
}

std::optional<QString> Store::value(const QString &table, const QJsonObject &record,
                                    const QString &path) const
{
    const auto target = resolve(table, record, path);
    if (!target)
        return std::nullopt;
    if (!target->record || target->field->type == FieldType::Journal)
        return QString();
    return target->record->value(target->field->name).toString();
}

QString Store::displayValue(const QJsonObject &record, const Field &field) const
{
    const QJsonValue stored = record.value(field.name);
    switch (field.type) {
    case FieldType::Journal:
        return journalText(stored.toArray());
    case FieldType::Choice:
        return field.label(stored.toString());
    case FieldType::Reference: {
        const TableSpec *target = tableSpec(field.reference);
        const QJsonObject *referenced = find(field.reference, stored.toString());
        return target && referenced ? referenced->value(target->displayField).toString()
                                    : QString();
    }
    default:
        return stored.toString();
    }
}

QJsonObject Store::save() const
{
    QJsonObject tables;
    for (const auto &[name, records] : m_tables) {
        QJsonArray rows;
        for (const QJsonObject &record : records.records)
            rows.append(record);
        tables.insert(name, QJsonObject{{QStringLiteral("nextNumber"), records.nextNumber},
                                        {QStringLiteral("records"), rows}});
    }
    return tables;
}

void Store::load(const QJsonObject &state)
{
    m_tables.clear();
    for (auto it = state.begin(); it != state.end(); ++it) {
        const QJsonObject saved = it.value().toObject();
        Table &records = table(it.key());
        records.nextNumber = saved.value(u"nextNumber").toInt(records.nextNumber);
        for (const QJsonValue &row : saved.value(u"records").toArray())
            records.records.append(row.toObject());
    }
}

QJsonObject render(const Store &store, const TableSpec &table, const QJsonObject &record,
                   const RenderOptions &options)
{
    const auto renderField = [&](const QJsonObject *row, const Field &field) -> QJsonValue {
        const QString value =
            row && field.type != FieldType::Journal ? row->value(field.name).toString() : QString();
        const QString display = row ? store.displayValue(*row, field) : QString();
        const bool linked =
            field.type == FieldType::Reference && !value.isEmpty() && !options.excludeReferenceLink;
        if (!linked && options.mode == DisplayMode::Value)
            return value;
        if (!linked && options.mode == DisplayMode::Display)
            return display;
        QJsonObject object;
        if (linked) {
            object.insert(QStringLiteral("link"),
                          QString(options.baseUrl + QStringLiteral("/api/now/table/") +
                                  field.reference + u'/' + value));
        }
        if (options.mode != DisplayMode::Display)
            object.insert(QStringLiteral("value"), value);
        if (options.mode != DisplayMode::Value)
            object.insert(QStringLiteral("display_value"), display);
        return object;
    };

    QJsonObject result;
    if (options.fields.isEmpty()) {
        for (const Field &field : table.fields)
            result.insert(field.name, renderField(&record, field));
        return result;
    }
    for (const QString &path : options.fields) {
        // Unknown fields are left out, as the Table API does.
        if (const auto target = store.resolve(table.name, record, path))
            result.insert(path, renderField(target->record, *target->field));
    }
    return result;
}

} // namespace ReleaseDesk::Sandbox::ServiceNow
