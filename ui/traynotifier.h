#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace ReleaseDesk {

// Tells the person about what happened while they looked elsewhere: a reply
// from the release team, a failed test, a write that failed. Only when the
// window is not active, since an active window shows it already; through the
// system tray when there is one, else by asking the desktop to flag the window.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QWidget *window);
    ~TrayNotifier() override;

    // What was last shown (or flagged), for the status line and tests.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

public slots:
    void notify(const QString &title, const QString &message);

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace ReleaseDesk
