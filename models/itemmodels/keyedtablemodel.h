#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <functional>

namespace ReleaseDesk {

// A table whose rows are matched by key when new data comes in, so that a
// reload moves only what changed: views keep their selection, scroll and
// sort, and a dashboard of 2,000 releases repaints the rows that differ.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // How a model's rows meet `incomingCount` incoming ones. The model keeps
    // its rows; these reach them.
    struct RowSync
    {
        int incomingCount = 0;
        std::function<QString(int row)> rowKey;
        std::function<QString(int incoming)> incomingKey;
        std::function<void(int first, int count)> remove;
        // Replaces the row with the incoming one if they differ; whether it did.
        std::function<bool(int row, int incoming)> update;
        // Appends these incoming ones, in order.
        std::function<void(const QList<int> &incoming)> append;
        // The model's key → row index, after rows moved.
        std::function<void()> reindex;
    };

    // Brings the rows in line with the incoming ones: rows whose key is gone
    // are removed, bottom up, one signal per run; rows that stay are updated
    // in place, one dataChanged per run of changed rows; new keys are
    // appended at the end, each once, in incoming order.
    void syncRows(const RowSync &sync);
};

} // namespace ReleaseDesk
