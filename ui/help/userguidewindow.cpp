#include "userguidewindow.h"

#include "ui/weblinks.h"

#include <QAction>
#include <QLineEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace ReleaseDesk {

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("ReleaseDesk user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    // Links are followed here, not by the browser widget: only the guide's
    // own pages load in it, and only web addresses reach the desktop.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::openLink);

    auto *toolBar = new QToolBar(this);
    QAction *back = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"),
                                       m_browser, &QTextBrowser::backward);
    back->setShortcuts(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = toolBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                          tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcuts(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    QAction *home = toolBar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon),
                                       tr("Contents"), m_browser, &QTextBrowser::home);
    home->setToolTip(tr("Back to the guide's contents (Alt+Home)"));
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    toolBar->addSeparator();
    m_findEdit = new QLineEdit(toolBar);
    m_findEdit->setObjectName(QStringLiteral("guideFind"));
    m_findEdit->setPlaceholderText(tr("Find in the guide (Ctrl+F)"));
    m_findEdit->setClearButtonEnabled(true);
    toolBar->addWidget(m_findEdit);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &UserGuideWindow::findNext);
    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, m_findEdit, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    addAction(find);
    auto *findAgain = new QAction(this);
    findAgain->setShortcuts(QKeySequence::FindNext);
    connect(findAgain, &QAction::triggered, this, &UserGuideWindow::findNext);
    addAction(findAgain);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_browser, 1);
    m_browser->setSource(QUrl(QLatin1String("qrc") + guideResource(QLocale())));
    resize(760, 640);
}

QString UserGuideWindow::guideResource(const QLocale &locale)
{
    return locale.language() == QLocale::Welsh ? QStringLiteral(":/guide/guide.cy.html")
                                               : QStringLiteral(":/guide/guide.en.html");
}

void UserGuideWindow::openLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (target.scheme() == u"qrc")
        m_browser->setSource(target);
    else
        openWebLink(target);
}

// From the cursor on, starting again at the top once the end is reached.
void UserGuideWindow::findNext()
{
    const QString text = m_findEdit->text();
    if (text.isEmpty() || m_browser->find(text))
        return;
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->find(text);
}

} // namespace ReleaseDesk
