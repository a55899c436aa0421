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
    // What sync and the outbox are doing, for the status bar: "Synced 12:04",
    // "Syncing Jira: 1,200 tasks…", "2 writes waiting".
    void showSyncState(const QString &text);
    void showOutboxState(const QString &text);
    // A problem the user should see, in the inline banner.
    void showError(const QString &message);

signals:
    void syncRequested();
    void connectionsRequested();

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
    QLabel *m_syncLabel = nullptr;
    QLabel *m_outboxLabel = nullptr;
    ReleaseDetailPane *m_detailPane = nullptr;
};

} // namespace ReleaseDesk
