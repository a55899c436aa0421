#include "dashboardfilterbar.h"

#include "models/itemmodels/dashboardfiltermodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>

#include <algorithm>

namespace ReleaseDesk {
namespace {

// The stage combo's data besides a Stage's int: every release, or the blocked ones.
constexpr int allStages = -1;
constexpr int blockedOnly = -2;

} // namespace

DashboardFilterBar::DashboardFilterBar(DashboardFilterModel &proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search releases, services, tasks…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(320);

    m_stageCombo = new QComboBox(this);
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_stageCombo->setToolTip(tr("Show the releases at one stage, or those a gate blocks"));
    m_stageCombo->addItem(tr("All stages"), allStages);
    for (int stage = int(Stage::CiDev); stage <= int(Stage::Cancelled); ++stage)
        m_stageCombo->addItem(toTitle(Stage(stage)), stage);
    m_stageCombo->addItem(tr("Blocked"), blockedOnly);

    m_serviceCombo = new QComboBox(this);
    m_serviceCombo->setObjectName(QStringLiteral("serviceCombo"));
    m_serviceCombo->setToolTip(tr("Show the releases that ship one service"));
    m_serviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceCombo->addItem(tr("All services"), QString());

    m_activeOnlyCheck = new QCheckBox(tr("Active only"), this);
    m_activeOnlyCheck->setObjectName(QStringLiteral("activeOnlyCheck"));
    m_activeOnlyCheck->setToolTip(tr("Hide releases that are live, backed out or cancelled"));
    layout->addWidget(m_searchEdit, 1);
    layout->addWidget(m_stageCombo);
    layout->addWidget(m_serviceCombo);
    layout->addWidget(m_activeOnlyCheck);
    layout->addStretch(1);

    connect(m_searchEdit, &QLineEdit::textChanged, &m_proxy, &DashboardFilterModel::setSearchText);
    connect(m_activeOnlyCheck, &QCheckBox::toggled, &m_proxy, &DashboardFilterModel::setActiveOnly);
    connect(m_activeOnlyCheck, &QCheckBox::toggled, this, &DashboardFilterBar::activeOnlyChanged);
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::applyStage);
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this,
            &DashboardFilterBar::applyService);
}

void DashboardFilterBar::setServices(const QList<ReleaseSummary> &summaries)
{
    QSet<QString> names;
    for (const ReleaseSummary &summary : summaries) {
        for (const ReleaseService &shipped : summary.release.services)
            names.insert(shipped.service);
    }
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList shown;
    for (int i = 1; i < m_serviceCombo->count(); ++i)
        shown << m_serviceCombo->itemData(i).toString();
    if (shown == sorted)
        return;
    // Rebuilt quietly; the filter is applied once, to the chosen service or All.
    const QString chosen = m_serviceCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_serviceCombo);
        while (m_serviceCombo->count() > 1)
            m_serviceCombo->removeItem(1);
        for (const QString &name : std::as_const(sorted))
            m_serviceCombo->addItem(name, name);
        m_serviceCombo->setCurrentIndex(qMax(0, m_serviceCombo->findData(chosen)));
    }
    applyService();
}

void DashboardFilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void DashboardFilterBar::applyStage()
{
    const int choice = m_stageCombo->currentData().toInt();
    m_proxy.setBlockedOnly(choice == blockedOnly);
    m_proxy.setStage(choice >= 0 ? std::optional<Stage>(Stage(choice)) : std::nullopt);
}

void DashboardFilterBar::applyService()
{
    m_proxy.setService(m_serviceCombo->currentData().toString());
}

void DashboardFilterBar::clear()
{
    m_searchEdit->clear();
    m_stageCombo->setCurrentIndex(0);
    m_serviceCombo->setCurrentIndex(0);
    m_activeOnlyCheck->setChecked(false);
}

bool DashboardFilterBar::isActiveOnly() const
{
    return m_activeOnlyCheck->isChecked();
}

void DashboardFilterBar::setActiveOnly(bool activeOnly)
{
    m_activeOnlyCheck->setChecked(activeOnly);
}

} // namespace ReleaseDesk
