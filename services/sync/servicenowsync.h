#pragma once

#include "syncstep.h"

#include "services/clients/servicenowclient.h"

#include <chrono>

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
    // How far before its cursors a sync starts reading again: a record saved
    // in the same second as the newest one read, or by a transaction that
    // ended after the search, carries an earlier sys_updated_on than records
    // already read. Records are keyed, so reading some twice does no harm.
    static constexpr std::chrono::minutes overlap{1};

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
