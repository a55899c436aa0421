#include "traynotifier.h"

#include "models/formats/displaytext.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ReleaseDesk {

TrayNotifier::TrayNotifier(QWidget *window) : QObject(window), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(window->windowIcon(), this);
    m_tray->setToolTip(tr("ReleaseDesk"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notify(const QString &title, const QString &message)
{
    if (!m_window || m_window->isActiveWindow())
        return;
    m_lastTitle = withoutMarkup(title);
    m_lastMessage = withoutMarkup(message);
    if (m_tray) {
        m_tray->showMessage(m_lastTitle, m_lastMessage, QSystemTrayIcon::Information, 10000);
        return;
    }
    QApplication::alert(m_window);
}

} // namespace ReleaseDesk
