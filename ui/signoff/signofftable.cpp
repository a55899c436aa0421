#include "signofftable.h"

#include "models/itemmodels/signoffmodel.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QItemSelection>
#include <QStyledItemDelegate>
#include <QUrl>

#include <algorithm>

namespace ReleaseDesk {
namespace {

using Column = SignOffModel::Column;

// Colours the Result column, so a failure stands out until it is tested again.
class VerdictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        switch (TaskVerdict(index.data(TaskVerdictRole).toInt())) {
        case TaskVerdict::Failed:
            option->palette.setColor(QPalette::Text, QColor(0xb9, 0x1c, 0x1c));
            option->font.setBold(true);
            break;
        case TaskVerdict::Passed:
            option->palette.setColor(QPalette::Text, QColor(0x15, 0x80, 0x3d));
            break;
        case TaskVerdict::NotTested:
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
            break;
        }
    }
};

} // namespace

SignOffTable::SignOffTable(SignOffModel *model, SignOffFilterModel *proxy, QWidget *parent)
    : QTableView(parent), m_model(model), m_proxy(proxy)
{
    setModel(m_proxy);
    setItemDelegateForColumn(int(Column::Result), new VerdictDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    const QList<std::pair<Column, int>> widths{{Column::Key, 90},       {Column::Summary, 260},
                                               {Column::Assignee, 120}, {Column::Service, 140},
                                               {Column::Status, 110},   {Column::Result, 90},
                                               {Column::Tester, 110},   {Column::Note, 220},
                                               {Column::Time, 120},     {Column::PeerReview, 220}};
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);
    header->setSectionResizeMode(int(Column::Summary), QHeaderView::Stretch);
    setSortingEnabled(true);
    sortByColumn(int(Column::Key), Qt::AscendingOrder);
    // The pull requests open in the browser, where the review happens.
    connect(this, &QTableView::doubleClicked, this, [](const QModelIndex &index) {
        if (index.column() != int(Column::PeerReview))
            return;
        for (const QString &url : index.data(PullRequestUrlsRole).toStringList())
            QDesktopServices::openUrl(QUrl(url));
    });
}

QStringList SignOffTable::selectedKeys() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    keys.reserve(rows.size());
    for (const QModelIndex &row : rows)
        keys << row.data(TaskKeyRole).toString();
    return keys;
}

QModelIndex SignOffTable::shownIndexOf(const QString &key) const
{
    const int sourceRow = m_model->rowOf(key);
    return sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

QString SignOffTable::neighbourOf(const QString &key) const
{
    const QModelIndex shown = shownIndexOf(key);
    if (!shown.isValid())
        return {};
    for (const int row : {shown.row() + 1, shown.row() - 1}) {
        if (row >= 0 && row < m_proxy->rowCount())
            return m_proxy->index(row, 0).data(TaskKeyRole).toString();
    }
    return {};
}

void SignOffTable::selectKeys(const QStringList &keys)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &key : keys) {
        // A filtered-out task no longer needs the tester's attention.
        const QModelIndex index = shownIndexOf(key);
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        scrollTo(first);
    }
}

} // namespace ReleaseDesk
