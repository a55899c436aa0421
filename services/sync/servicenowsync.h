#pragma once

#include "syncstep.h"

#include "services/clients/servicenowclient.h"

namespace ReleaseDesk {

// ServiceNow's part of a sync: the changes ReleaseDesk raised (correlation_id
// ReleaseRequests::correlationId()) and their tasks, updated since the last sync. A
// change fills in its release's change ticket, a testing task the release's
// test task number, where they are missing. The cursors move on once that is
// recorded, so a sync that stops before reads them again.
class ServiceNowSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowSync)

public:
    ServiceNowSync(SyncRun &run, ServiceNowClient &client);

    void start(QObject *context, Done done) override;

    static QString changeCursorSource() { return QStringLiteral("servicenow:change_request"); }
    static QString taskCursorSource() { return QStringLiteral("servicenow:change_task"); }

private:
    void readTasks(QObject *context, const QDateTime &since);
    void record();
    Status recordOn(const Release &release);
    Status saveCursors();

    ServiceNowClient &m_client;
    QDateTime m_changesSince;
    QDateTime m_tasksSince;
};

} // namespace ReleaseDesk
