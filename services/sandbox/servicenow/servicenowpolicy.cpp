#include "services/sandbox/servicenow/servicenowpolicy.h"

#include "services/sandbox/servicenow/servicenowseed.h"

#include <QDateTime>

namespace ReleaseDesk::Sandbox::ServiceNow {

namespace {
const QString changeTable = QStringLiteral("change_request");
} // namespace

MandatoryColumns::MandatoryColumns(const QJsonObject &conventions)
{
    const QJsonObject columns = conventions.value(u"mandatoryFields").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        m_columns.append({it.key(), it.value().toString(it.key())});
}

void MandatoryColumns::seed(Store &store) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto row = [&](const QString &table, const QString &column, const QString &label,
                         bool mandatory, const QString &defaultValue) {
        store.insert(QStringLiteral("sys_dictionary"),
                     QJsonObject{{QStringLiteral("name"), table},
                                 {QStringLiteral("element"), column},
                                 {QStringLiteral("column_label"), label},
                                 {QStringLiteral("internal_type"), QStringLiteral("string")},
                                 {QStringLiteral("default_value"), defaultValue},
                                 {QStringLiteral("mandatory"),
                                  mandatory ? QStringLiteral("true") : QStringLiteral("false")}},
                     now, Accounts::user());
    };
    // As on every instance: the number, mandatory but filled in by default;
    // the short description, which every change carries.
    row(QStringLiteral("task"), QStringLiteral("number"), QStringLiteral("Number"), true,
        QStringLiteral("javascript:getNextObjNumberPadded();"));
    row(QStringLiteral("task"), QStringLiteral("short_description"),
        QStringLiteral("Short description"), true, {});
    row(changeTable, QStringLiteral("category"), QStringLiteral("Category"), false,
        QStringLiteral("Other"));
    for (const auto &[column, label] : m_columns)
        row(changeTable, column, label, true, {});
}

QStringList MandatoryColumns::missing(const QString &table, const QJsonObject &input) const
{
    QStringList labels;
    if (table != changeTable)
        return labels;
    for (const auto &[column, label] : m_columns) {
        if (input.value(column).toVariant().toString().trimmed().isEmpty())
            labels << label;
    }
    return labels;
}

} // namespace ReleaseDesk::Sandbox::ServiceNow
