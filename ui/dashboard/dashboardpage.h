#pragma once

#include "models/releaseboard.h"

#include <QWidget>

class QTableView;

namespace ReleaseDesk {

class Clock;
class DashboardFilterBar;
class DashboardFilterModel;
class DashboardModel;
class ReleaseDetailPane;
class ReleaseStore;

// The release team's view: every release and where it stands, filtered by
// what is typed, with the selected one's gates and history beside it. The
// board reads the store, the models shape the rows, the pane shows one release.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(ReleaseStore &store, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // 0 when no release is selected.
    qint64 currentReleaseId() const;
    const ReleaseBoard &board() const { return m_board; }
    // What "now" is for the age in stage; the system clock until set.
    void setClock(const Clock &clock);
    // Room above the detail for what can be done with the selected release.
    void setActionsWidget(QWidget *actions);

public slots:
    // Reads the store again and updates the rows in place, keeping the selection.
    void reload();
    void selectRelease(qint64 releaseId);
    void focusSearch();

signals:
    void currentReleaseChanged(qint64 releaseId);
    // "Releases: 12 · active: 7 · blocked: 3", for the status bar.
    void summaryChanged(const QString &text);
    // The store could not be read; the rows shown are the last ones read.
    void loadFailed(const QString &message);

private:
    void setUpView();
    void showCurrentDetail();
    void countRows();
    void updateSummary();

    ReleaseBoard m_board;
    DashboardModel *m_model = nullptr;
    DashboardFilterModel *m_proxy = nullptr;
    DashboardFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    ReleaseDetailPane *m_detailPane = nullptr;
    QWidget *m_detailColumn = nullptr;
    // Counted once per reload: filtering changes only how many are shown.
    int m_total = 0;
    int m_active = 0;
    int m_blocked = 0;
};

} // namespace ReleaseDesk
