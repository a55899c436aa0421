#include "servicespreview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ReleaseDesk {

ServicesPreview::ServicesPreview(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("servicesView"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Version"), tr("Deployment type")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setObjectName(QStringLiteral("servicesProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Services and versions to release"), this);
    title->setBuddy(m_table);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemLabel);
}

void ServicesPreview::showPlan(const ReleasePlan &plan)
{
    m_table->setRowCount(int(plan.services.size()));
    for (int row = 0; row < plan.services.size(); ++row) {
        const ReleaseService &service = plan.services.at(row);
        const QString version = service.version.isEmpty() ? tr("unknown") : service.version;
        const QString type =
            service.deploymentType.isEmpty() ? tr("not in the catalogue") : service.deploymentType;
        const QStringList cells{service.service, version, type};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }

    QStringList problems;
    for (const QString &service : plan.servicesWithoutVersion) {
        problems << tr("%1 has no successful docker-build-ecr or cidev-apply build: its version "
                       "cannot be told. Wait for its pipeline, or leave its tasks out.")
                        .arg(service);
    }
    if (!plan.tasksWithoutService.isEmpty()) {
        problems << tr("No service named in Jira for %1: it adds no service to the release.")
                        .arg(plan.tasksWithoutService.join(QStringLiteral(", ")));
    }
    m_problemLabel->setText(problems.join(u'\n'));
    m_problemLabel->setVisible(!problems.isEmpty());
}

} // namespace ReleaseDesk
