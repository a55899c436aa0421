#include "viewstate.h"

#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace ReleaseDesk {

namespace {

const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString splitterKey = QStringLiteral("splitter");
const QString headerKey = QStringLiteral("header");
// The columns the header had when saved: its state from a table with other
// columns would put widths and the sort on the wrong ones.
const QString columnsKey = QStringLiteral("columns");

struct Kept
{
    QString path;
    QWidget *widget;
};

// Whether the app named it: Qt names parts of its own widgets ("qt_tabwidget_stackedwidget"),
// which may change with Qt and are no contract.
bool isOurs(const QString &objectName)
{
    return !objectName.isEmpty() && !objectName.startsWith(QLatin1String("qt_"));
}

// The named widgets below `widget`, each with the path of names from the
// window down; an unnamed widget is passed through, another window is not.
void collect(const QWidget *widget, const QString &path, QList<Kept> &kept)
{
    for (QObject *child : widget->children()) {
        auto *childWidget = qobject_cast<QWidget *>(child);
        if (!childWidget || childWidget->isWindow())
            continue;
        QString childPath = path;
        if (isOurs(childWidget->objectName())) {
            childPath += QLatin1Char('/') + childWidget->objectName();
            kept << Kept{childPath, childWidget};
        }
        collect(childWidget, childPath, kept);
    }
}

QList<Kept> keptBelow(const QWidget *root)
{
    QList<Kept> kept;
    if (!root->objectName().isEmpty())
        collect(root, root->objectName(), kept);
    return kept;
}

QString key(const QString &path, const QString &name)
{
    return path + QLatin1Char('/') + name;
}

// The header whose state a view keeps: a table's columns, a tree's header.
QHeaderView *headerOf(QWidget *widget)
{
    if (auto *table = qobject_cast<QTableView *>(widget))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(widget))
        return tree->header();
    return nullptr;
}

// A sortable view follows the sort indicator the state brings (Qt 6.4's
// restoreState announces it with sortIndicatorChanged), so the rows come in
// the kept order without a sortByColumn here.
void restoreHeader(QHeaderView *header, const QSettings &settings, const QString &path)
{
    const QByteArray state = settings.value(key(path, headerKey)).toByteArray();
    bool counted = false;
    const int columns = settings.value(key(path, columnsKey)).toInt(&counted);
    if (state.isEmpty() || !counted || columns != header->count())
        return;
    const QByteArray defaults = header->saveState();
    // What a refused state may have changed on the way goes back.
    if (!header->restoreState(state))
        header->restoreState(defaults);
}

// Saves what its window kept when the window is closed or hidden.
class ViewStateKeeper final : public QObject
{
public:
    ViewStateKeeper(const ViewState &state, QWidget *root) : QObject(root), m_state(state)
    {
        root->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() &&
            (event->type() == QEvent::Close || event->type() == QEvent::Hide))
            m_state.save(static_cast<QWidget *>(watched));
        return false;
    }

private:
    ViewState m_state;
};

} // namespace

ViewState::ViewState(QString iniPath) : m_iniPath(std::move(iniPath)) {}

void ViewState::restore(QWidget *root) const
{
    const QString rootPath = root->objectName();
    if (rootPath.isEmpty())
        return;
    const QSettings settings(m_iniPath, QSettings::IniFormat);
    root->restoreGeometry(settings.value(key(rootPath, geometryKey)).toByteArray());
    if (auto *window = qobject_cast<QMainWindow *>(root))
        window->restoreState(settings.value(key(rootPath, windowStateKey)).toByteArray());
    for (const Kept &kept : keptBelow(root)) {
        if (auto *splitter = qobject_cast<QSplitter *>(kept.widget))
            splitter->restoreState(settings.value(key(kept.path, splitterKey)).toByteArray());
        else if (QHeaderView *header = headerOf(kept.widget))
            restoreHeader(header, settings, kept.path);
    }
}

void ViewState::save(const QWidget *root)
{
    const QString rootPath = root->objectName();
    if (rootPath.isEmpty())
        return;
    QSettings settings(m_iniPath, QSettings::IniFormat);
    settings.setValue(key(rootPath, geometryKey), root->saveGeometry());
    if (const auto *window = qobject_cast<const QMainWindow *>(root))
        settings.setValue(key(rootPath, windowStateKey), window->saveState());
    for (const Kept &kept : keptBelow(root)) {
        if (const auto *splitter = qobject_cast<const QSplitter *>(kept.widget)) {
            settings.setValue(key(kept.path, splitterKey), splitter->saveState());
        } else if (const QHeaderView *header = headerOf(kept.widget)) {
            settings.setValue(key(kept.path, headerKey), header->saveState());
            settings.setValue(key(kept.path, columnsKey), header->count());
        }
    }
}

void ViewState::keep(QWidget *root) const
{
    restore(root);
    new ViewStateKeeper(*this, root);
}

} // namespace ReleaseDesk
