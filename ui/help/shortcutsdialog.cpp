#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ReleaseDesk {

namespace {

// "&Release notes…" as a menu shows it: without the mnemonic marker, with a
// doubled "&&" as the one "&" it stands for.
QString withoutMnemonic(QString text)
{
    static const QRegularExpression marker(QStringLiteral("&(.)"));
    return text.replace(marker, QStringLiteral("\\1"));
}

QString shortcutText(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &key : action.shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filterEdit->setPlaceholderText(tr("Search actions and keys"));
    m_filterEdit->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    fill(actions);
    m_tree->resizeColumnToContents(1);
    resize(480, 520);
}

void ShortcutsDialog::fill(const QList<QAction *> &actions)
{
    QTreeWidgetItem *group = nullptr;
    QString groupName;
    for (const QAction *action : actions) {
        if (!action || action->isSeparator() || action->text().isEmpty())
            continue;
        const QString menu = withoutMnemonic(action->property("menu").toString());
        // Actions without a menu go in one flat list; a new menu name starts
        // a group under it, as the menu bar has them.
        if (menu.isEmpty()) {
            group = nullptr;
        } else if (!group || menu != groupName) {
            group = new QTreeWidgetItem(m_tree, {menu});
            group->setFirstColumnSpanned(true);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            group->setFlags(Qt::ItemIsEnabled);
            groupName = menu;
        }
        const QStringList columns{withoutMnemonic(action->text()), shortcutText(*action)};
        auto *item =
            group ? new QTreeWidgetItem(group, columns) : new QTreeWidgetItem(m_tree, columns);
        item->setToolTip(0, action->toolTip());
    }
    m_tree->expandAll();
}

// A row stays when its action, its keys or its menu contain the text; a menu
// stays while one of its rows does.
void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    const auto matches = [&needle](const QTreeWidgetItem *item) {
        return item->text(0).contains(needle, Qt::CaseInsensitive) ||
               item->text(1).contains(needle, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->childCount() == 0) {
            top->setHidden(!matches(top));
            continue;
        }
        const bool menuMatches = matches(top);
        bool anyShown = false;
        for (int j = 0; j < top->childCount(); ++j) {
            const bool shown = menuMatches || matches(top->child(j));
            top->child(j)->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        top->setHidden(!anyShown);
    }
}

} // namespace ReleaseDesk
