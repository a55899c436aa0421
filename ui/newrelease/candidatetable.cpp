#include "candidatetable.h"

#include "models/itemmodels/candidatetaskmodel.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QKeyEvent>
#include <QUrl>

namespace ReleaseDesk {

CandidateTable::CandidateTable(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("candidateView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // A task's pull requests open in the browser, where the review happens.
    connect(this, &QTableView::doubleClicked, this, [](const QModelIndex &index) {
        if (index.column() != int(CandidateTaskModel::Column::Review))
            return;
        for (const QString &url : index.data(CandidatePullRequestUrlsRole).toStringList())
            QDesktopServices::openUrl(QUrl(url));
    });
}

void CandidateTable::toggleSelected()
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows(0) : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().siblingAtColumn(0);
    // Persistent: a check may move rows under a sorting or filtering proxy.
    QList<QPersistentModelIndex> checkable;
    bool allChecked = true;
    for (const QModelIndex &row : std::as_const(rows)) {
        if (!(row.flags() & Qt::ItemIsUserCheckable))
            continue;
        checkable << row;
        allChecked = allChecked && row.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    const Qt::CheckState next = allChecked ? Qt::Unchecked : Qt::Checked;
    for (const QPersistentModelIndex &row : std::as_const(checkable))
        model()->setData(row, next, Qt::CheckStateRole);
}

void CandidateTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Select) &&
        event->modifiers() == Qt::NoModifier) {
        toggleSelected();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace ReleaseDesk
