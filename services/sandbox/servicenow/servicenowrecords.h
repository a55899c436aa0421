#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

// The tables the sandbox's ServiceNow serves: their dictionary (fields, choices,
// references), the records, and how the Table API renders a record.

namespace ReleaseDesk::Sandbox::ServiceNow {

enum class FieldType { String, Reference, Choice, DateTime, Journal, Boolean, Integer };

struct Field
{
    QString name;
    FieldType type = FieldType::String;
    QString reference;                          // the table a Reference points into
    QList<std::pair<QString, QString>> choices; // value, label
    QString defaultValue;
    // A string longer than this is cut to it when stored, silently, as
    // ServiceNow does; 0: no limit.
    int maxLength = 0;

    // The label of a choice value; the value itself when it is not a choice.
    QString label(const QString &value) const;
};

struct TableSpec
{
    QString name;
    QString numberPrefix; // "CHG"; empty when the table has no number field
    int firstNumber = 1;
    QString displayField;     // what a reference to the table shows: "number", "name"
    bool readOnly = false;    // the integration user may read but not write it
    QStringList closedStates; // states that make the record inactive
    QList<Field> fields;

    const Field *field(const QString &name) const;
};

// The dictionary of a table the sandbox serves, or nullptr.
const TableSpec *tableSpec(const QString &name);

constexpr int numberDigits = 7; // CHG0030001

// "yyyy-MM-dd HH:mm:ss" in UTC, the Table API's date-time format.
QString formatDateTime(const QDateTime &time);

struct Table
{
    QList<QJsonObject> records; // in insertion order
    int nextNumber = 1;
};

// All records. A record is a JSON object of string values, keyed by field
// name; a journal field holds the array of its entries instead.
class Store
{
public:
    void clear() { m_tables.clear(); }
    Table &table(const QString &name);
    const Table *table(const QString &name) const;

    const QJsonObject *find(const QString &table, const QString &sysId) const;
    const QJsonObject *findBy(const QString &table, const QString &field,
                              const QString &value) const;
    // Creates a record as the Table API does: defaults, sys fields and the next
    // number filled in; unknown and sys_ fields of the input ignored.
    QJsonObject insert(const QString &table, const QJsonObject &input, const QDateTime &now,
                       const QString &user, const QString &sysId = {});
    // Applies the input to the record (as PATCH and PUT do); false when it does not exist.
    bool update(const QString &table, const QString &sysId, const QJsonObject &input,
                const QDateTime &now, const QString &user);
    bool remove(const QString &table, const QString &sysId);

    // The database value of a field, dot-walking through references
    // ("change_request.number"); nullopt when the path names no field.
    std::optional<QString> value(const QString &table, const QJsonObject &record,
                                 const QString &path) const;
    // Where a path ends: the table and the record (nullptr through an empty
    // reference) that hold its last field; nullopt when it names no field.
    struct Target
    {
        const TableSpec *table = nullptr;
        const QJsonObject *record = nullptr;
        const Field *field = nullptr;
    };
    std::optional<Target> resolve(const QString &table, const QJsonObject &record,
                                  const QString &path) const;
    // What the field shows: a choice's label, a referenced record's display field, ...
    QString displayValue(const QJsonObject &record, const Field &field) const;

    QJsonObject save() const;
    void load(const QJsonObject &state);

private:
    void write(const TableSpec &spec, QJsonObject &record, const QJsonObject &input,
               const QDateTime &now, const QString &user);
    QString storedValue(const Field &field, const QJsonValue &input) const;

    std::map<QString, Table> m_tables;
};

enum class DisplayMode { Value, Display, Both }; // sysparm_display_value false, true, all

struct RenderOptions
{
    DisplayMode mode = DisplayMode::Value;
    bool excludeReferenceLink = false;
    QString baseUrl;    // "http://host/servicenow", for reference links
    QStringList fields; // sysparm_fields; empty: every field
};

// A record as the Table API returns it.
QJsonObject render(const Store &store, const TableSpec &table, const QJsonObject &record,
                   const RenderOptions &options);

} // namespace ReleaseDesk::Sandbox::ServiceNow
