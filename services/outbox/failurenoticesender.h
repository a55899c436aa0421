#pragma once

#include "models/formats/outboxpayload.h"
#include "models/usecases/outboxeffects.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class QObject;

namespace ReleaseDesk {

class Integrations;

// A failed test's notice in the developers' channel, addressed to the task's
// assignee as Jira has them now: their email, looked up in Slack, becomes a
// mention, so the person who fixes it hears of it. A person Slack does not
// know by that email (or whose email Jira hides) is named instead; a token
// without users:read.email does the same, as the notice matters more than
// the mention. Only a failure that may pass (a timeout, a 429) fails the
// write, to be tried again.
class FailureNoticeSender
{
    Q_DECLARE_TR_FUNCTIONS(FailureNoticeSender)

public:
    using Done = std::function<void(const Result<OutboxAnswer> &)>;

    // `integrations` must outlive the sender and the calls it made; its
    // developersSlack() must be set.
    explicit FailureNoticeSender(Integrations &integrations) : m_integrations(integrations) {}

    void send(const SlackPostPayload &notice, const QDateTime &created, QObject *context,
              Done done) const;

private:
    static void findSlackUser(Integrations *integrations, const SlackPostPayload &notice,
                              const QString &name, const QString &email, const QDateTime &created,
                              QObject *context, const Done &done);
    static void post(Integrations *integrations, const SlackPostPayload &notice,
                     const QString &text, const QDateTime &created, QObject *context,
                     const Done &done);

    Integrations &m_integrations;
};

} // namespace ReleaseDesk
