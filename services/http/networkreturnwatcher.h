#pragma once

#include <QNetworkInformation>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace ReleaseDesk {

// Tells when the computer's network comes back, so that sync and the outbox
// go at once instead of at their next timer. Back is any move from no
// network (Disconnected, or Unknown) to some (Local, Site or Online): the
// systems may be on the company's network, which the computer calls Site,
// and a wrong guess costs one sync that finds them still out of reach.
// Reachability stays the judge of the systems themselves. A network that
// flaps is reported once it has stayed up for the settle time.
class NetworkReturnWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultSettleTime{1500};

    // `now` is where the network stands as the watch begins: no change.
    explicit NetworkReturnWatcher(
        QNetworkInformation::Reachability now = QNetworkInformation::Reachability::Unknown,
        QObject *parent = nullptr);

    // Follows the computer's network through Qt's backend for it (on Linux,
    // NetworkManager over D-Bus, or GLib's monitor). False when none loads:
    // then networkReturned() never comes and the timers carry on alone.
    bool watchComputer();
    void setSettleTime(std::chrono::milliseconds settleTime);

public slots:
    void reachabilityChanged(QNetworkInformation::Reachability reachability);

signals:
    void networkReturned();

private:
    static bool isUp(QNetworkInformation::Reachability reachability);

    QNetworkInformation::Reachability m_last;
    QTimer m_settle;
};

} // namespace ReleaseDesk
