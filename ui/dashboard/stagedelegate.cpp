#include "stagedelegate.h"

#include "models/itemmodels/dashboardroles.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace ReleaseDesk {
namespace {

constexpr int horizontalPadding = 10;
constexpr int verticalPadding = 3;
constexpr int cellMargin = 6;

QFont pillFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

// Rounded up with a pixel to spare: elidedText() measures with subpixel
// precision and would otherwise cut a title that just fits.
int textWidth(const QFont &font, const QString &text)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text))) + 2;
}

} // namespace

StageColors stageColors(Stage stage)
{
    // Saturated backgrounds with white text read on light and dark palettes alike.
    switch (stage) {
    case Stage::CiDev:
    case Stage::ReadyForStaging:
        return {QColor(0x6b, 0x72, 0x80), Qt::white};
    case Stage::NotesPublished:
    case Stage::TicketRaised:
    case Stage::StagingRequested:
        return {QColor(0x3b, 0x82, 0xf6), Qt::white};
    case Stage::InStaging:
    case Stage::StagingPassed:
        return {QColor(0x1d, 0x4e, 0xd8), Qt::white};
    case Stage::LiveRequested:
        return {QColor(0x22, 0xa0, 0x5a), Qt::white};
    case Stage::Live:
        return {QColor(0x15, 0x80, 0x3d), Qt::white};
    case Stage::BackedOut:
        return {QColor(0xdc, 0x26, 0x26), Qt::white};
    case Stage::Cancelled:
        return {QColor(0xe5, 0xe7, 0xeb), QColor(0x6b, 0x72, 0x80)};
    }
    return {Qt::gray, Qt::white};
}

void StageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    // The style still draws the row's selection, hover and alternate background.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant stage = index.data(StageRole);
    if (!stage.isValid() || title.isEmpty())
        return;
    const StageColors colors = stageColors(Stage(stage.toInt()));
    const QFont font = pillFont(opt.font);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2 * verticalPadding;
    const int available = opt.rect.width() - 2 * cellMargin;
    const int width = qMin(textWidth(font, title) + 2 * horizontalPadding, available);
    if (width <= 2 * horizontalPadding)
        return;
    const QRect pill(opt.rect.left() + cellMargin, opt.rect.center().y() - height / 2 + 1, width,
                     height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colors.text);
    painter->setFont(font);
    const QRect textRect = pill.adjusted(horizontalPadding, 0, -horizontalPadding, 0);
    painter->drawText(textRect, Qt::AlignCenter,
                      metrics.elidedText(title, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(pillFont(option.font));
    const int pillWidth =
        textWidth(pillFont(option.font), index.data().toString()) + 2 * horizontalPadding;
    size.setWidth(qMax(size.width(), pillWidth + 2 * cellMargin));
    size.setHeight(qMax(size.height(), metrics.height() + 2 * verticalPadding + 8));
    return size;
}

} // namespace ReleaseDesk
