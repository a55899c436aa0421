#pragma once

#include "models/formats/outboxpayload.h"
#include "models/usecases/outboxeffects.h"
#include "services/clients/jiraparse.h"
#include "services/connections/connectionsettings.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class QObject;

namespace ReleaseDesk {

class Integrations;
class JiraClient;

// Sends one outbox write through the client of its system, in a way that is
// safe to repeat after a crash or a lost answer: every kind first finds what
// an earlier attempt may have done. Confluence finds the page by title and
// ServiceNow the change by correlation id (the clients' own publish() and
// raiseChange()); Slack finds the bot's message by the ref in its metadata
// (postOnce()); a Jira comment is found among the comments by the ref
// on its last line, as a verdict is (an entry queued before refs: by its text
// since the entry was made); a Jira transition re-reads the status, only when the
// task is elsewhere takes the transition that leads to the status asked for
// (or the one of the name the team's workflow gives it),
// and reads the status again when that POST fails (its answer lost, or a
// resend of it refused because the task had already moved); a ServiceNow
// work note is looked for among the change's notes before it is added. A
// release's Jira fix version and its tasks' part in it are FixVersionSender's.
class OutboxSender
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    using Done = std::function<void(const Result<OutboxAnswer> &)>;

    // `integrations` must outlive the sender.
    explicit OutboxSender(Integrations &integrations);

    static RemoteSystem systemOf(const OutboxPayload &payload);
    bool isConnected(RemoteSystem system) const;

    // Sends `payload`, queued at `created`, and calls `done` once from the
    // event loop, unless `context` is destroyed first. The system must be
    // connected.
    void send(const OutboxPayload &payload, const QDateTime &created, QObject *context,
              Done done) const;

    // How far before `created` a comment counts as one this entry made:
    // Jira stamps comments with its own clock, which may be behind this one.
    static constexpr qint64 clockAllowanceSeconds = 60;

private:
    void addComment(const JiraCommentPayload &comment, const QDateTime &created, QObject *context,
                    Done done) const;
    void moveTask(const JiraTransitionPayload &transition, QObject *context, Done done) const;
    // The verdict's comment, found by its ref or added, then the task moved.
    void recordVerdict(const JiraVerdictPayload &verdict, QObject *context, Done done) const;
    static void moveAfterVerdict(Integrations *integrations, const JiraVerdictPayload &verdict,
                                 const QString &commentId, QObject *context, const Done &done);
    // outboxworknote.cpp
    void addWorkNote(const WorkNotePayload &note, QObject *context, Done done) const;
    // The steps of moveTask() once the task was found elsewhere, and after a
    // failed POST. Static, with the integrations, as the client may change
    // between steps.
    static void takeTransition(Integrations *integrations, const JiraTransitionPayload &transition,
                               const QString &from, QObject *context, const Done &done);
    static void confirmMove(Integrations *integrations, const JiraTransitionPayload &transition,
                            const Error &failure, QObject *context, const Done &done);
    // The Jira client now, or nullptr after telling `done` it is not connected.
    static JiraClient *jiraOf(Integrations *integrations, const Done &done);
    static bool arrived(const QString &status, const JiraTransitionPayload &transition);
    // Why a move by a transition's name cannot be made: the task, the name
    // and the transitions its status offers instead.
    static QString missingTransition(const JiraTransitionPayload &transition, const QString &from,
                                     const QList<JiraTransition> &available);

    Integrations &m_integrations;
};

} // namespace ReleaseDesk
