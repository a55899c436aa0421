#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAbstractButton;
class QAction;
class QMenu;

namespace ReleaseDesk {

// A tooltip that names its shortcut in the platform's words, "Read the
// releases again (F5)", so the keys are learnt where the mouse goes; `tip`
// alone when there is no shortcut.
QString withShortcut(const QString &tip, const QKeySequence &shortcut);
// Sets the action's tooltip and status tip to `tip` with its first shortcut.
void describeAction(QAction *action, const QString &tip);
// The button shows the action's enabled state, tooltip and status tip, and a
// click triggers the action: a button and a menu entry share one code path.
// The button keeps its own text, so that it adds no mnemonic of its own.
void followAction(QAbstractButton *button, QAction *action);
// Gives every action of the menu without a mnemonic one: the first letter of
// its text that no other entry of the menu uses. Texts that come from the
// core, and their translations, are reachable from the keyboard this way.
void addMnemonics(QMenu *menu);
// The letter after the text's '&', lower case; null when there is none.
QChar mnemonicOf(const QString &text);
// Redo as the platform binds it, and Ctrl+Shift+Z besides, which every
// desktop's editors understand.
QList<QKeySequence> redoKeys();

} // namespace ReleaseDesk
