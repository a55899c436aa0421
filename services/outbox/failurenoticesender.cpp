#include "failurenoticesender.h"

#include "outboxretry.h"

#include "models/formats/slackformat.h"
#include "services/connections/integrations.h"

namespace ReleaseDesk {

void FailureNoticeSender::send(const SlackPostPayload &notice, const QDateTime &created,
                               QObject *context, Done done) const
{
    Integrations *integrations = &m_integrations;
    if (!integrations->jira() || notice.taskKey.isEmpty())
        return post(integrations, notice, notice.text, created, context, done);
    integrations->jira()->assignee(
        notice.taskKey, context,
        [integrations, notice, created, context, done](const Result<JiraAccount> &assignee) {
            if (!assignee && OutboxRetry::isTransient(assignee.failure().kind))
                return done(assignee.failure());
            // A task Jira no longer shows, or no one assigned: the channel
            // still hears of the failure.
            if (!assignee || assignee->displayName.isEmpty())
                return post(integrations, notice, notice.text, created, context, done);
            findSlackUser(integrations, notice, assignee->displayName, assignee->email, created,
                          context, done);
        });
}

void FailureNoticeSender::findSlackUser(Integrations *integrations, const SlackPostPayload &notice,
                                        const QString &name, const QString &email,
                                        const QDateTime &created, QObject *context,
                                        const Done &done)
{
    SlackClient *slack = integrations->developersSlack();
    if (!slack)
        return done(Result<OutboxAnswer>::failure(Integrations::notConnected(RemoteSystem::Slack)));
    slack->userIdByEmail(
        email, context,
        [integrations, notice, name, created, context, done](const Result<QString> &userId) {
            if (!userId && OutboxRetry::isTransient(userId.failure().kind))
                return done(userId.failure());
            const QString id = userId ? userId.value() : QString();
            post(integrations, notice, SlackFormat::addressedTo(id, name, notice.text), created,
                 context, done);
        });
}

void FailureNoticeSender::post(Integrations *integrations, const SlackPostPayload &notice,
                               const QString &text, const QDateTime &created, QObject *context,
                               const Done &done)
{
    SlackClient *slack = integrations->developersSlack();
    if (!slack)
        return done(Result<OutboxAnswer>::failure(Integrations::notConnected(RemoteSystem::Slack)));
    slack->postOnce(text, notice.threadTs, notice.ref, created, context,
                    [done](const Result<SlackMessage> &posted) {
                        if (!posted)
                            return done(posted.failure());
                        done(OutboxAnswer{posted->ts, {}});
                    });
}

} // namespace ReleaseDesk
