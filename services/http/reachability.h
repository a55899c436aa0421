#pragma once

#include "httpresponse.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace ReleaseDesk {

// Whether the remote systems can be reached, from how their last requests
// ended: a system whose last request found no server (unreachable or timed
// out) is unreachable until one of its requests gets any answer at all, even
// an error. The app is offline when every system it has heard from is
// unreachable; one system down is that system's error, not being offline.
class Reachability : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The outcome of one request to `system` ("Jira").
    void heard(const QString &system, ErrorKind outcome);
    bool isOffline() const { return m_offline; }
    // The systems whose last request found no server, sorted.
    QStringList unreachable() const;

signals:
    // Also while offline, when another system is found out of reach.
    void offlineChanged(bool offline);

private:
    QHash<QString, bool> m_reachable;
    bool m_offline = false;
};

} // namespace ReleaseDesk
