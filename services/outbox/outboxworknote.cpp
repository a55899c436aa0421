#include "outboxsender.h"

#include "services/connections/integrations.h"

// The outbox's ServiceNow work note: the change found by its correlation id,
// its notes read, and the note added only when they do not hold it yet, so
// that a retry after a lost answer never notes the same thing twice.

namespace ReleaseDesk {

void OutboxSender::addWorkNote(const WorkNotePayload &note, QObject *context, Done done) const
{
    using Answer = Result<OutboxAnswer>;
    Integrations *integrations = &m_integrations;
    integrations->serviceNow()->findChange(
        note.correlationId, context,
        [integrations, note, context,
         done = std::move(done)](const Result<std::optional<ChangeTicket>> &found) {
            if (!found)
                return done(found.failure());
            if (!found->has_value()) {
                return done(Answer::failure(
                    tr("ServiceNow: there is no change with correlation id %1 to note it on.")
                        .arg(note.correlationId)));
            }
            const ChangeTicket change = found->value();
            ServiceNowClient *serviceNow = integrations->serviceNow();
            if (!serviceNow)
                return done(Answer::failure(Integrations::notConnected(RemoteSystem::ServiceNow)));
            serviceNow->workNotes(
                change.sysId, context,
                [integrations, note, change, context, done](const Result<QString> &notes) {
                    if (!notes)
                        return done(notes.failure());
                    const OutboxAnswer answer{change.number, change.url.toString()};
                    if (notes->contains(note.text.trimmed()))
                        return done(answer);
                    ServiceNowClient *serviceNow = integrations->serviceNow();
                    if (!serviceNow) {
                        return done(
                            Answer::failure(Integrations::notConnected(RemoteSystem::ServiceNow)));
                    }
                    serviceNow->patchChange(change.sysId,
                                            {{QStringLiteral("work_notes"), note.text}}, context,
                                            [answer, done](const Result<ChangeTicket> &noted) {
                                                if (!noted)
                                                    return done(noted.failure());
                                                done(answer);
                                            });
                });
        });
}

} // namespace ReleaseDesk
