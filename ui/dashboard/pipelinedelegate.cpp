#include "pipelinedelegate.h"

#include "models/domain/enums.h"
#include "models/itemmodels/dashboardroles.h"

#include <QApplication>
#include <QPainter>

namespace ReleaseDesk {
namespace {

constexpr int dotSize = 9;
constexpr int dotGap = 3;
constexpr int serviceGap = 9; // between one service's three dots and the next
constexpr int cellMargin = 6;

QColor dotColor(int status)
{
    if (status < 0)
        return QColor(0xd1, 0xd5, 0xdb); // not run: a hollow grey
    switch (BuildStatus(status)) {
    case BuildStatus::Succeeded:
        return QColor(0x16, 0xa3, 0x4a);
    case BuildStatus::Pending:
    case BuildStatus::Started:
        return QColor(0xf5, 0x9e, 0x0b);
    case BuildStatus::Aborted:
        return QColor(0x92, 0x40, 0x0e);
    case BuildStatus::Failed:
    case BuildStatus::Errored:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

int widthFor(int dots)
{
    const int services = (dots + 2) / 3;
    return dots * dotSize + (dots - services) * dotGap + qMax(0, services - 1) * serviceGap;
}

} // namespace

void PipelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariantList statuses = index.data(PipelineStatusesRole).toList();
    if (statuses.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(opt.rect);
    int x = opt.rect.left() + cellMargin;
    const int y = opt.rect.center().y() - dotSize / 2;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const int status = statuses.at(i).toInt();
        const QColor color = dotColor(status);
        painter->setPen(status < 0 ? QPen(color, 1.5) : QPen(Qt::NoPen));
        painter->setBrush(status < 0 ? QBrush(Qt::NoBrush) : QBrush(color));
        painter->drawEllipse(QRectF(x + 0.5, y + 0.5, dotSize - 1, dotSize - 1));
        x += dotSize + ((i % 3 == 2) ? serviceGap : dotGap);
    }
    painter->restore();
}

QSize PipelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int dots = int(index.data(PipelineStatusesRole).toList().size());
    size.setWidth(widthFor(dots) + 2 * cellMargin);
    return size;
}

} // namespace ReleaseDesk
