#pragma once

#include "models/lifecycle/releaseboard.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace ReleaseDesk {

class DashboardFilterModel;

// The dashboard's filters: search words, a stage (or only the blocked
// releases), a service and "Active only", each applied to the proxy as it
// changes. The service list follows the releases loaded.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT

public:
    DashboardFilterBar(DashboardFilterModel &proxy, QWidget *parent = nullptr);

    // The services of these releases, sorted, keeping the one chosen if it is still there.
    void setServices(const QList<ReleaseSummary> &summaries);
    void focusSearch();
    // Shows every release again: no search, all stages and services, finished ones too.
    void clear();
    bool isActiveOnly() const;

public slots:
    // Hides the live, backed-out and cancelled releases, as the checkbox does.
    void setActiveOnly(bool activeOnly);

signals:
    // From the checkbox or setActiveOnly(), so that a menu entry keeps in step.
    void activeOnlyChanged(bool activeOnly);

private:
    void applyStage();
    void applyService();

    DashboardFilterModel &m_proxy;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_stageCombo = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QCheckBox *m_activeOnlyCheck = nullptr;
};

} // namespace ReleaseDesk
