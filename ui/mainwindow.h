#pragma once

#include "models/releaseboard.h"

#include <QMainWindow>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;

namespace ReleaseDesk {

class DashboardFilterModel;
class DashboardModel;
class ReleaseDetailPane;
class ReleaseStore;

// The dashboard window: every release and where it stands, with the selected
// one's gates and history beside it. It only composes; the board reads the
// store, the models shape the rows, the pane shows one release.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ReleaseStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

public slots:
    // Reads the store again and updates the rows in place, keeping the selection.
    void reload();

private:
    QWidget *createBanner();
    void setUpDashboardView();
    void showBanner(const QString &message);
    void showCurrentDetail();
    void updateStatus();

    ReleaseBoard m_board;
    DashboardModel *m_model = nullptr;
    DashboardFilterModel *m_proxy = nullptr;
    QFrame *m_errorBanner = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_activeOnlyCheck = nullptr;
    QTableView *m_dashboardView = nullptr;
    ReleaseDetailPane *m_detailPane = nullptr;
};

} // namespace ReleaseDesk
