#pragma once

#include "models/domain/enums.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ReleaseDesk {

// The colours of a stage's pill, by where the stage is in the process: CI-Dev
// grey, staging blue, live green, backed out red, cancelled dimmed.
struct StageColors
{
    QColor background;
    QColor text;
};
StageColors stageColors(Stage stage);

// Draws the Stage column as a rounded pill with the stage's title, so the eye can
// find where each release stands without reading. It reads the stage from
// StageRole and the title from the display role.
class StageDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ReleaseDesk
