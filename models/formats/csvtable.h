#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

// A table as a CSV file (RFC 4180) that a spreadsheet opens as it was shown:
// UTF-8 with a byte order mark, because Excel reads a CSV without one in the
// Windows code page and garbles "—", "✓" and Welsh letters (LibreOffice and
// Python's utf-8-sig read the mark too); CRLF between records; fields quoted
// when they hold a comma, a quote or a line break. Text that a spreadsheet
// would run as a formula is kept as text (see field()).
namespace ReleaseDesk::CsvTable {

// One field: a text starting with =, +, -, @, a tab or a carriage return
// gets a leading ' (OWASP's rule against CSV injection), so that
// "=HYPERLINK(...)" from a Jira summary is shown, not run; then it is quoted
// if it needs to be, with its quotes doubled.
QString field(const QString &text);

// One record of fields, without the line end.
QString record(const QStringList &texts);

// The file: the header titles of `columns` (logical columns of `model`, in
// the order given), then every row of `model` in its order with the display
// text of those columns.
QByteArray fromModel(const QAbstractItemModel &model, const QList<int> &columns);

} // namespace ReleaseDesk::CsvTable
