#pragma once

#include "services/sandbox/servicenow/servicenowrecords.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ReleaseDesk::Sandbox::ServiceNow {

// The columns an instance requires on a change, from the conventions'
// "mandatoryFields" ({"u_business_service": "Business service"}): listed in
// sys_dictionary as mandatory, and enforced on a create as a data policy is,
// so that a change without them is refused.
class MandatoryColumns
{
public:
    explicit MandatoryColumns(const QJsonObject &conventions);

    // The dictionary's rows: the conventions' columns, and the mandatory
    // columns every instance has, which the platform or ReleaseDesk fills.
    void seed(Store &store) const;
    // The labels of the required columns that `input`, a create of `table`,
    // leaves empty.
    QStringList missing(const QString &table, const QJsonObject &input) const;

private:
    QList<std::pair<QString, QString>> m_columns; // of change_request: name, label
};

} // namespace ReleaseDesk::Sandbox::ServiceNow
