#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace ReleaseDesk {

// Help → Keyboard shortcuts: every action it is given with its shortcuts in
// the platform's words, grouped by the menu each action names in its "menu"
// property (in the order the actions come), and narrowed by a search field.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

private:
    void fill(const QList<QAction *> &actions);
    void applyFilter(const QString &text);

    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace ReleaseDesk
