#pragma once

#include "models/domain/result.h"
#include "models/lifecycle/releaseboard.h"

#include <QWidget>

#include <functional>
#include <memory>

class QTableView;

namespace ReleaseDesk {

class BoardSource;
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
    // The board comes from `source` (not owned; it must outlive the page), or
    // is read from `store` in place when there is none.
    explicit DashboardPage(ReleaseStore &store, BoardSource *source = nullptr,
                           QWidget *parent = nullptr);
    ~DashboardPage() override;

    // 0 when no release is selected.
    qint64 currentReleaseId() const;
    const ReleaseBoard &board() const { return m_board; }
    // The search and filters above the table, for the window's View menu.
    DashboardFilterBar &filterBar() const { return *m_filterBar; }
    // What "now" is for the age in stage; the system clock until set.
    void setClock(const Clock &clock);
    // Room above the detail for what can be done with the selected release.
    void setActionsWidget(QWidget *actions);
    // The table as shown, as a CSV file at `path`: the rows filtered and
    // sorted as on screen, the columns shown in their order with their
    // titles, each cell's text as displayed (CsvTable). Fails with a message,
    // writing nothing, when the file cannot be written.
    Status exportTableTo(const QString &path);
    // Asks where exportTable() writes, given the path it suggests; empty
    // cancels. A file dialog until set; tests answer it themselves.
    void setExportFileChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_chooseExportFile = std::move(choose);
    }

public slots:
    // Reads the board again and updates the rows in place, keeping the
    // selection; from a background source, once its read ends (loaded()).
    void reload();
    // Selects the release's row; a release not shown yet is selected when
    // the load that brings it ends.
    void selectRelease(qint64 releaseId);
    void focusSearch();
    // Asks for a file and exports the table to it; a failure is exportFailed().
    void exportTable();

signals:
    void currentReleaseChanged(qint64 releaseId);
    // "Releases: 12 · active: 7 · blocked: 3", for the status bar.
    void summaryChanged(const QString &text);
    // The store could not be read; the rows shown are the last ones read.
    void loadFailed(const QString &message);
    // A reload's rows are shown.
    void loaded();
    void exportFailed(const QString &message);

private:
    void setUpView();
    // Selects the release's row when it is shown; false when it is not.
    bool showRow(qint64 releaseId);
    void showSnapshot(Result<BoardSnapshot> snapshot);
    void showCurrentDetail();
    void countRows();
    void updateSummary();

    ReleaseBoard m_board;
    std::unique_ptr<BoardSource> m_ownSource;
    BoardSource *m_source = nullptr;
    qint64 m_pendingSelection = 0;
    std::function<QString(const QString &suggested)> m_chooseExportFile;
    bool m_everLoaded = false;
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
