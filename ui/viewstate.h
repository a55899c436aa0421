#pragma once

#include <QString>

class QWidget;

namespace ReleaseDesk {

// How a person left a window: its geometry (and a main window's docks and
// toolbars), its splitters' sizes and its tables' columns (widths, order,
// hidden ones and the sort), kept in an ini file of the profile between runs.
// No widget needs code of its own: the window is walked, and what is kept is
// keyed by the path of objectNames from the window down, so a widget without
// an objectName (or with one Qt gave it, "qt_...") is not kept and the
// names are the contract. A window opened
// inside the one walked (a dialog) is left to its own ViewState. State that
// no longer fits (a table that has other columns now, a damaged file) is
// ignored and the widget keeps its defaults.
class ViewState
{
public:
    // The file in a profile's folder.
    static QString fileName() { return QStringLiteral("view.ini"); }

    explicit ViewState(QString iniPath);

    void restore(QWidget *root) const;
    void save(const QWidget *root);
    // Restores `root` now and saves it whenever it is closed or hidden, for
    // as long as it lives.
    void keep(QWidget *root) const;

private:
    QString m_iniPath;
};

} // namespace ReleaseDesk
