#include "models/itemmodels/keyedtablemodel.h"

#include <QHash>
#include <QSet>

namespace ReleaseDesk {

void KeyedTableModel::syncRows(const RowSync &sync)
{
    QHash<QString, int> incoming;
    incoming.reserve(sync.incomingCount);
    for (int i = 0; i < sync.incomingCount; ++i)
        incoming.insert(sync.incomingKey(i), i);
    const auto gone = [&](int row) { return !incoming.contains(sync.rowKey(row)); };

    for (int last = rowCount() - 1; last >= 0; --last) {
        if (!gone(last))
            continue;
        int first = last;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, last);
        sync.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    int changedFrom = -1;
    const auto flushChanged = [&](int end) {
        if (changedFrom >= 0)
            emit dataChanged(index(changedFrom, 0), index(end - 1, columnCount() - 1));
        changedFrom = -1;
    };
    QSet<QString> kept;
    const int staying = rowCount();
    for (int row = 0; row < staying; ++row) {
        const QString key = sync.rowKey(row);
        kept.insert(key);
        if (!sync.update(row, incoming.value(key))) {
            flushChanged(row);
        } else if (changedFrom < 0) {
            changedFrom = row;
        }
    }
    flushChanged(staying);
    sync.reindex();

    QList<int> added;
    for (int i = 0; i < sync.incomingCount; ++i) {
        const QString key = sync.incomingKey(i);
        if (!kept.contains(key)) {
            kept.insert(key);
            added << incoming.value(key);
        }
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    sync.append(added);
    sync.reindex();
    endInsertRows();
}

} // namespace ReleaseDesk
