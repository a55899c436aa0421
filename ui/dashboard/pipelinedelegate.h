#pragma once

#include <QStyledItemDelegate>

namespace ReleaseDesk {

// Draws the Pipelines column as small coloured dots, three per service shipped
// (docker-build-ecr, cidev-plan, cidev-apply), so a red or running pipeline
// shows at a glance; the tooltip names each build. Reads PipelineStatusesRole.
class PipelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ReleaseDesk
