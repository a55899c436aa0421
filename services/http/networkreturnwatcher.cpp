#include "networkreturnwatcher.h"

namespace ReleaseDesk {

NetworkReturnWatcher::NetworkReturnWatcher(QNetworkInformation::Reachability now, QObject *parent)
    : QObject(parent), m_last(now)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(defaultSettleTime);
    connect(&m_settle, &QTimer::timeout, this, &NetworkReturnWatcher::networkReturned);
}

bool NetworkReturnWatcher::watchComputer()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *network = QNetworkInformation::instance();
    // Where it stands now is no return: the first sync runs anyway.
    m_last = network->reachability();
    connect(network, &QNetworkInformation::reachabilityChanged, this,
            &NetworkReturnWatcher::reachabilityChanged);
    return true;
}

void NetworkReturnWatcher::setSettleTime(std::chrono::milliseconds settleTime)
{
    m_settle.setInterval(settleTime);
}

bool NetworkReturnWatcher::isUp(QNetworkInformation::Reachability reachability)
{
    using Reachability = QNetworkInformation::Reachability;
    return reachability == Reachability::Local || reachability == Reachability::Site ||
           reachability == Reachability::Online;
}

void NetworkReturnWatcher::reachabilityChanged(QNetworkInformation::Reachability reachability)
{
    const bool wasUp = isUp(m_last);
    m_last = reachability;
    if (!isUp(reachability))
        m_settle.stop();
    else if (!wasUp)
        m_settle.start();
}

} // namespace ReleaseDesk
