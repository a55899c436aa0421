#include "actionwiring.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QSet>

namespace ReleaseDesk {

QString withShortcut(const QString &tip, const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return tip;
    return QCoreApplication::translate(
               "ActionWiring", "%1 (%2)",
               "A tooltip followed by its keyboard shortcut, \"Read the releases again (F5)\".")
        .arg(tip, shortcut.toString(QKeySequence::NativeText));
}

void describeAction(QAction *action, const QString &tip)
{
    action->setToolTip(withShortcut(tip, action->shortcut()));
    action->setStatusTip(tip);
}

void followAction(QAbstractButton *button, QAction *action)
{
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
        button->setStatusTip(action->statusTip());
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QAbstractButton::clicked, action, &QAction::trigger);
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

void addMnemonics(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    QSet<QChar> taken;
    for (const QAction *action : actions) {
        if (const QChar key = mnemonicOf(action->text()); !key.isNull())
            taken.insert(key);
    }
    for (QAction *action : actions) {
        const QString text = action->text();
        if (action->isSeparator() || text.isEmpty() || !mnemonicOf(text).isNull())
            continue;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar key = text.at(i).toLower();
            if (key.isLetterOrNumber() && !taken.contains(key)) {
                taken.insert(key);
                action->setText(QString(text).insert(i, u'&'));
                break;
            }
        }
    }
}

QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(shiftZ))
        keys.prepend(shiftZ);
    return keys;
}

} // namespace ReleaseDesk
