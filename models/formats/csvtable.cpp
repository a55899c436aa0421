#include "models/formats/csvtable.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace ReleaseDesk::CsvTable {

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString record(const QStringList &texts)
{
    QStringList fields;
    fields.reserve(texts.size());
    for (const QString &text : texts)
        fields << field(text);
    return fields.join(u',');
}

QByteArray fromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList titles;
    for (int column : columns)
        titles << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    QString csv = record(titles) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells << model.index(row, column).data(Qt::DisplayRole).toString();
        csv += record(cells) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace ReleaseDesk::CsvTable
