#pragma once

#include <QTableView>

namespace ReleaseDesk {

// The candidate tasks as a table in which Space toggles the check box of
// every selected task, wherever the current cell is, so that a developer can
// choose a release's tasks without the mouse.
class CandidateTable : public QTableView
{
    Q_OBJECT

public:
    explicit CandidateTable(QWidget *parent = nullptr);

    // Checks every selected task that can be chosen, or unchecks them all
    // when each is checked already.
    void toggleSelected();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace ReleaseDesk
