#include "outboxsender.h"

#include "failurenoticesender.h"
#include "fixversionsender.h"

#include "models/ports/answerlater.h"
#include "services/connections/integrations.h"

#include "models/formats/verdictcomment.h"

#include <algorithm>

namespace ReleaseDesk {

namespace {

template <typename> inline constexpr bool unhandled = false;

// Comment bodies come back as Jira keeps them: Cloud's documents rebuild the
// text with their own paragraph breaks, so only the words and their order count.
bool sameText(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

using Answer = Result<OutboxAnswer>;

} // namespace

OutboxSender::OutboxSender(Integrations &integrations) : m_integrations(integrations) {}

RemoteSystem OutboxSender::systemOf(const OutboxPayload &payload)
{
    return std::visit(
        [](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, PublishPagePayload>)
                return RemoteSystem::Confluence;
            else if constexpr (std::is_same_v<T, RaiseChangePayload> ||
                               std::is_same_v<T, WorkNotePayload>)
                return RemoteSystem::ServiceNow;
            else if constexpr (std::is_same_v<T, SlackPostPayload>)
                return RemoteSystem::Slack;
            else if constexpr (std::is_same_v<T, JiraCommentPayload> ||
                               std::is_same_v<T, JiraTransitionPayload> ||
                               std::is_same_v<T, JiraVerdictPayload> ||
                               std::is_same_v<T, JiraVersionPayload> ||
                               std::is_same_v<T, JiraFixVersionPayload> ||
                               std::is_same_v<T, JiraVersionReleasedPayload> ||
                               std::is_same_v<T, JiraVersionArchivedPayload>)
                return RemoteSystem::Jira;
            else
                static_assert(unhandled<T>, "every payload goes to a system");
        },
        payload);
}

bool OutboxSender::isConnected(RemoteSystem system) const
{
    switch (system) {
    case RemoteSystem::Concourse:
        return m_integrations.concourse() != nullptr;
    case RemoteSystem::Jira:
        return m_integrations.jira() != nullptr;
    case RemoteSystem::Confluence:
        return m_integrations.confluence() != nullptr;
    case RemoteSystem::ServiceNow:
        return m_integrations.serviceNow() != nullptr;
    case RemoteSystem::Slack:
        return m_integrations.slack() != nullptr;
    case RemoteSystem::GitHub:
        return m_integrations.gitHub() != nullptr;
    }
    return false;
}

void OutboxSender::send(const OutboxPayload &payload, const QDateTime &created, QObject *context,
                        Done done) const
{
    const RemoteSystem system = systemOf(payload);
    if (!isConnected(system))
        return answerLater(context, std::move(done),
                           Answer::failure(Integrations::notConnected(system)));

    if (const auto *page = std::get_if<PublishPagePayload>(&payload)) {
        // Queued in ReleaseDesk's own template; sent in the team's conventions.
        const ConfluenceConnection &confluence = m_integrations.confluence()->connection();
        const NotesPageText sent = inConventions(
            {page->title, page->storage}, confluence.titlePattern, confluence.sectionHeadings);
        m_integrations.confluence()->publish(
            sent.title, sent.storage, context,
            [done = std::move(done)](const Result<ConfluencePage> &published) {
                if (!published)
                    return done(published.failure());
                done(OutboxAnswer{published->id, published->url.toString()});
            });
    } else if (const auto *change = std::get_if<RaiseChangePayload>(&payload)) {
        ChangeRequestDraft draft;
        draft.correlationId = change->correlationId;
        draft.shortDescription = change->shortDescription;
        draft.description = change->description;
        draft.backoutPlan = change->backoutPlan;
        draft.implementationPlan = change->implementationPlan;
        draft.testPlan = change->testPlan;
        m_integrations.serviceNow()->raiseChange(
            draft, context, [done = std::move(done)](const Result<ChangeTicket> &raised) {
                if (!raised)
                    return done(raised.failure());
                done(OutboxAnswer{raised->number, raised->url.toString()});
            });
    } else if (const auto *post = std::get_if<SlackPostPayload>(&payload)) {
        if (post->purpose == SlackPurpose::TestFailure && m_integrations.developersSlack())
            return FailureNoticeSender(m_integrations)
                .send(*post, created, context, std::move(done));
        m_integrations.slack()->postOnce(
            post->text, post->threadTs, post->ref, created, context,
            [done = std::move(done)](const Result<SlackMessage> &posted) {
                if (!posted)
                    return done(posted.failure());
                done(OutboxAnswer{posted->ts, {}});
            });
    } else if (const auto *version = std::get_if<JiraVersionPayload>(&payload)) {
        FixVersionSender(m_integrations).ensureVersion(*version, context, std::move(done));
    } else if (const auto *edit = std::get_if<JiraFixVersionPayload>(&payload)) {
        FixVersionSender(m_integrations).editTask(*edit, context, std::move(done));
    } else if (const auto *released = std::get_if<JiraVersionReleasedPayload>(&payload)) {
        FixVersionSender(m_integrations).markReleased(*released, context, std::move(done));
    } else if (const auto *archived = std::get_if<JiraVersionArchivedPayload>(&payload)) {
        FixVersionSender(m_integrations).archive(*archived, context, std::move(done));
    } else if (const auto *comment = std::get_if<JiraCommentPayload>(&payload)) {
        addComment(*comment, created, context, std::move(done));
    } else if (const auto *verdict = std::get_if<JiraVerdictPayload>(&payload)) {
        recordVerdict(*verdict, context, std::move(done));
    } else if (const auto *note = std::get_if<WorkNotePayload>(&payload)) {
        addWorkNote(*note, context, std::move(done));
    } else {
        moveTask(std::get<JiraTransitionPayload>(payload), context, std::move(done));
    }
}

void OutboxSender::addComment(const JiraCommentPayload &comment, const QDateTime &created,
                              QObject *context, Done done) const
{
    const QDateTime notBefore = created.addSecs(-clockAllowanceSeconds);
    Integrations *integrations = &m_integrations;
    integrations->jira()->comments(
        comment.key, context,
        [integrations, comment, notBefore, context,
         done = std::move(done)](const Result<QList<JiraComment>> &existing) {
            if (!existing)
                return done(existing.failure());
            // The ref, when the entry has one, as for a verdict: Jira Cloud
            // rebuilds the text, and clocks disagree.
            const auto found =
                std::find_if(existing->cbegin(), existing->cend(), [&](const JiraComment &c) {
                    if (!comment.ref.isEmpty())
                        return OutboxPayloads::isCommentOf(c.text, comment.ref);
                    return c.created >= notBefore && sameText(c.text, comment.text);
                });
            if (found != existing->cend())
                return done(OutboxAnswer{found->id, {}});
            JiraClient *jira = jiraOf(integrations, done);
            if (!jira)
                return;
            jira->addComment(comment.key, OutboxPayloads::commentText(comment), context,
                             [done](const Result<QString> &added) {
                                 if (!added)
                                     return done(added.failure());
                                 done(OutboxAnswer{added.value(), {}});
                             });
        });
}

void OutboxSender::recordVerdict(const JiraVerdictPayload &verdict, QObject *context,
                                 Done done) const
{
    // The ref, not the text or the time, tells whether an earlier attempt
    // added the comment: Jira may rewrite the text, and clocks disagree.
    Integrations *integrations = &m_integrations;
    integrations->jira()->comments(
        verdict.key, context,
        [integrations, verdict, context,
         done = std::move(done)](const Result<QList<JiraComment>> &existing) {
            if (!existing)
                return done(existing.failure());
            for (const JiraComment &comment : existing.value()) {
                const auto reading = VerdictComment::read(comment.text);
                if (reading && reading->ref == verdict.ref)
                    return moveAfterVerdict(integrations, verdict, comment.id, context, done);
            }
            JiraClient *jira = jiraOf(integrations, done);
            if (!jira)
                return;
            jira->addComment(verdict.key, verdict.text, context,
                             [integrations, verdict, context, done](const Result<QString> &added) {
                                 if (!added)
                                     return done(added.failure());
                                 moveAfterVerdict(integrations, verdict, added.value(), context,
                                                  done);
                             });
        });
}

void OutboxSender::moveAfterVerdict(Integrations *integrations, const JiraVerdictPayload &verdict,
                                    const QString &commentId, QObject *context, const Done &done)
{
    if (verdict.toStatus.trimmed().isEmpty())
        return done(OutboxAnswer{commentId, {}});
    const JiraTransitionPayload move{verdict.key, verdict.toStatus.trimmed(),
                                     verdict.transition.trimmed()};
    JiraClient *jira = jiraOf(integrations, done);
    if (!jira)
        return;
    jira->issue(move.key, context,
                [integrations, move, commentId, context, done](const Result<Change> &task) {
                    if (!task)
                        return done(task.failure());
                    const Done answered = [commentId, done](const Answer &moved) {
                        done(moved ? Answer(OutboxAnswer{commentId, {}}) : moved);
                    };
                    if (arrived(task->status, move))
                        return answered(OutboxAnswer{task->status, {}});
                    takeTransition(integrations, move, task->status, context, answered);
                });
}

void OutboxSender::moveTask(const JiraTransitionPayload &transition, QObject *context,
                            Done done) const
{
    Integrations *integrations = &m_integrations;
    integrations->jira()->issue(
        transition.key, context,
        [integrations, transition, context, done = std::move(done)](const Result<Change> &task) {
            if (!task)
                return done(task.failure());
            // Already there: moved by an earlier attempt whose answer was lost, or by a person.
            if (arrived(task->status, transition))
                return done(OutboxAnswer{task->status, {}});
            takeTransition(integrations, transition, task->status, context, done);
        });
}

void OutboxSender::takeTransition(Integrations *integrations,
                                  const JiraTransitionPayload &transition, const QString &from,
                                  QObject *context, const Done &done)
{
    JiraClient *jira = jiraOf(integrations, done);
    if (!jira)
        return;
    jira->transitions(
        transition.key, context,
        [integrations, transition, from, context,
         done](const Result<QList<JiraTransition>> &moves) {
            if (!moves)
                return done(moves.failure());
            const bool byName = !transition.transition.isEmpty();
            const auto move =
                std::find_if(moves->cbegin(), moves->cend(), [&](const JiraTransition &t) {
                    return byName ? t.name.compare(transition.transition, Qt::CaseInsensitive) == 0
                                  : arrived(t.toStatus, transition);
                });
            if (move == moves->cend() && byName)
                return done(Answer::failure(missingTransition(transition, from, moves.value())));
            if (move == moves->cend()) {
                return done(Answer::failure(tr("Jira: %1 cannot move from %2 to %3; its workflow "
                                               "has no transition there now.")
                                                .arg(transition.key, from, transition.toStatus)));
            }
            JiraClient *jira = jiraOf(integrations, done);
            if (!jira)
                return;
            jira->transitionTo(transition.key, move->id, context,
                               [integrations, transition, context, done,
                                to = move->toStatus](const Status &moved) {
                                   if (moved)
                                       return done(OutboxAnswer{to, {}});
                                   confirmMove(integrations, transition, moved.failure(), context,
                                               done);
                               });
        });
}

void OutboxSender::confirmMove(Integrations *integrations, const JiraTransitionPayload &transition,
                               const Error &failure, QObject *context, const Done &done)
{
    // A lost answer, or a POST resent under it that Jira then refused, may
    // hide a move that happened: look again before calling it a failure.
    JiraClient *jira = integrations->jira();
    if (!jira)
        return done(Answer::failure(failure));
    jira->issue(transition.key, context, [transition, failure, done](const Result<Change> &task) {
        // Not knowing whether it moved, the look's own failure says whether to try again.
        if (!task)
            return done(task.failure().withMessage(failure.message));
        if (arrived(task->status, transition))
            return done(OutboxAnswer{task->status, {}});
        done(Answer::failure(failure));
    });
}

QString OutboxSender::missingTransition(const JiraTransitionPayload &transition,
                                        const QString &from, const QList<JiraTransition> &available)
{
    QStringList offered;
    for (const JiraTransition &move : available)
        offered << tr("%1 (to %2)").arg(move.name, move.toStatus);
    const QString list = offered.isEmpty() ? tr("none") : offered.join(QStringLiteral(", "));
    return tr("Jira: %1 has no transition \"%2\" from %3; the transitions it offers now: %4. "
              "Check the pass and fail transitions in the Jira connection.")
        .arg(transition.key, transition.transition, from, list);
}

JiraClient *OutboxSender::jiraOf(Integrations *integrations, const Done &done)
{
    // Asked for at each step: new settings may have replaced the client meanwhile.
    JiraClient *jira = integrations->jira();
    if (!jira)
        done(Answer::failure(Integrations::notConnected(RemoteSystem::Jira)));
    return jira;
}

bool OutboxSender::arrived(const QString &status, const JiraTransitionPayload &transition)
{
    return status.compare(transition.toStatus, Qt::CaseInsensitive) == 0;
}

} // namespace ReleaseDesk
