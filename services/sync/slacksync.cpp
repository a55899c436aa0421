#include "slacksync.h"

#include "models/formats/releasechannel.h"
#include "models/formats/releaseteamreply.h"
#include "models/lifecycle/lifecycle.h"

#include <algorithm>

namespace ReleaseDesk {
namespace {

ChannelMessage channelMessage(const SlackMessage &message)
{
    ChannelMessage stored;
    stored.ts = message.ts;
    stored.threadTs = message.isReply() ? message.threadTs : QString();
    stored.author = message.user.isEmpty() ? message.botId : message.user;
    stored.text = message.text;
    stored.posted = message.at;
    return stored;
}

} // namespace

SlackSync::SlackSync(SyncRun &run, SlackClient &client, SlackSettings settings)
    : SyncStep(run, RemoteSystem::Slack), m_client(client), m_settings(std::move(settings))
{}

bool SlackSync::newer(const QString &ts, const QString &than)
{
    return than.isEmpty() ||
           SlackParse::tsMicros(ts).value_or(0) > SlackParse::tsMicros(than).value_or(0);
}

QString SlackSync::cursorSource(const QString &channel)
{
    return QStringLiteral("slack:") + channel;
}

void SlackSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    auto wording = ChannelWording::of(m_settings);
    if (!wording)
        return fail(wording.error());
    m_wording = std::move(wording).value();
    const auto stored = cursor(cursorSource(m_settings.channel));
    if (!stored)
        return fail(stored.error());
    const QString read = stored.value() ? stored.value()->value : QString();
    const auto window = storedWindow(read);
    if (!window)
        return fail(window.error());
    m_resumed = window->has_value();
    if (m_resumed)
        m_window = *window.value();
    // The first sync reads a bounded window, so that a busy channel finishes.
    else if (read.isEmpty())
        m_window.bound =
            SlackParse::tsOf(m_run.clock.now().addDays(-qMax(1, m_settings.historyDays)));
    else
        m_window.bound = read;
    // The requests of the releases under way: their threads may have an
    // answer, or a back out, however old the request is.
    const auto releases = m_run.store.releases();
    if (!releases)
        return fail(releases.error());
    const QDateTime lately = m_run.clock.now().addDays(-backOutDays);
    for (const Release &release : releases.value()) {
        const QString request = ReleaseChannel::newestRequest(release);
        const bool underWay = !isTerminal(release.stage) ||
                              (release.stage == Stage::Live && release.stageChanged >= lately);
        if (underWay && !request.isEmpty())
            m_requests << request;
    }
    progress(tr("channel messages"), 0);
    readPage(context);
}

void SlackSync::readThreads(QObject *context, Next next)
{
    while (!m_threads.isEmpty() && m_threadsSeen.contains(m_threads.constFirst()))
        m_threads.removeFirst();
    if (m_threads.isEmpty())
        return readTeam(context, next);
    // Nothing of a page is stored before its threads are read, so a
    // cancelled sync leaves the window where the last page stored it.
    if (m_run.cancelled)
        return cancelled();
    const QString thread = m_threads.takeFirst();
    m_threadsSeen.insert(thread);
    progress(tr("threads"), int(m_threadsSeen.size()),
             int(m_threadsSeen.size() + m_threads.size()));
    m_client.replies(thread, QString(), context,
                     [this, context, next](const Result<QList<SlackMessage>> &replies) {
                         // A request deleted from the channel holds no answer;
                         // the rest of the channel is still worth reading.
                         const QString gone = SlackParse::describe(
                             SlackError{QStringLiteral("thread_not_found"), {}}, {});
                         if (!replies && replies.error().endsWith(gone))
                             return readThreads(context, next);
                         if (!replies)
                             return fail(replies.error());
                         m_pending << replies.value();
                         readThreads(context, next);
                     });
}

void SlackSync::readTeam(QObject *context, Next next)
{
    // Most syncs bring nobody's word on a release: Slack is asked only when one does.
    // Any environment will do: a reply that names none ("backed out") takes its thread's.
    const bool needed =
        !m_teamRead &&
        std::any_of(m_pending.cbegin(), m_pending.cend(), [this](const SlackMessage &m) {
            return ReleaseTeamReply::read(m.text, m_wording, Environment::Staging).recognised();
        });
    if (!needed)
        return (this->*next)(context);
    if (m_run.cancelled)
        return cancelled();
    progress(tr("release team"), 0);
    m_client.releaseTeam(m_settings.releaseTeamUsers, m_settings.releaseTeamGroup, context,
                         [this, context, next](const Result<QList<SlackUser>> &team) {
                             if (!team)
                                 return fail(team.error());
                             m_teamRead = true;
                             for (const SlackUser &member : team.value())
                                 m_team.insert(member.id, member.shownName());
                             (this->*next)(context);
                         });
}

void SlackSync::readRequestThreads(QObject *context)
{
    m_threads = m_requests;
    readThreads(context, &SlackSync::storeRequestThreads);
}

void SlackSync::storeRequestThreads(QObject *)
{
    if (Status stored = store(std::nullopt); !stored)
        return fail(stored.error());
    apply();
}

Status SlackSync::store(const std::optional<SyncCursor> &cursor)
{
    if (!m_kinds) {
        const auto known = m_run.store.channelMessages();
        if (!known)
            return known.failure();
        m_kinds.emplace();
        for (const ChannelMessage &message : known.value()) {
            if (message.threadTs.isEmpty())
                m_kinds->insert(message.ts, message.kind);
            if (ReleaseChannel::isRequest(message.kind))
                m_requestReleases.insert(message.ts, message.releaseName);
        }
    }
    QList<ChannelMessage> messages;
    for (const SlackMessage &message : std::as_const(m_pending)) {
        if (message.isReply())
            continue;
        ChannelMessage stored = channelMessage(message);
        const auto reading =
            ReleaseChannel::read(message.text, false, {}, m_team.contains(message.user), m_wording);
        stored.kind = reading.kind;
        stored.releaseName = reading.releaseName;
        m_kinds->insert(stored.ts, stored.kind);
        if (ReleaseChannel::isRequest(stored.kind))
            m_requestReleases.insert(stored.ts, stored.releaseName);
        messages << stored;
    }
    for (const SlackMessage &message : std::as_const(m_pending)) {
        if (!message.isReply())
            continue;
        ChannelMessage stored = channelMessage(message);
        const auto reading =
            ReleaseChannel::read(message.text, true, m_kinds->value(message.threadTs),
                                 m_team.contains(message.user), m_wording);
        stored.kind = reading.kind;
        stored.releaseName = reading.releaseName;
        // "applied to staging" in a request's thread is about the request's release.
        const bool answers = reading.kind != ChannelMessageKind::None &&
                             reading.kind != ChannelMessageKind::Unrecognised;
        if (answers && stored.releaseName.isEmpty())
            stored.releaseName = m_requestReleases.value(message.threadTs);
        messages << stored;
    }
    m_pending.clear();
    if (messages.isEmpty() && !cursor)
        return success();
    const auto changed = m_run.store.saveChannelMessages(messages, cursor);
    if (!changed)
        return changed.failure();
    m_result.read += int(messages.size());
    for (const QString &ts : changed.value()) {
        // A message changed by two writes of one sync is one change.
        if (!m_result.changed.contains(ts))
            m_result.changed << ts;
    }
    const QSet<QString> changedTs(changed->cbegin(), changed->cend());
    for (const ChannelMessage &message : std::as_const(messages)) {
        if (!changedTs.contains(message.ts))
            continue;
        if (message.kind == ChannelMessageKind::Unrecognised) {
            m_result.unrecognised << tr("a reply to a request in #%1 at %2: \"%3\"")
                                         .arg(m_settings.channel,
                                              message.posted.toString(Qt::ISODate),
                                              plainSlackText(message.text));
        } else if (message.kind == ChannelMessageKind::NotFromReleaseTeam) {
            m_result.unrecognised << tr("%1 is not in the release team, so nothing moved on "
                                        "their \"%2\"")
                                         .arg(message.author, plainSlackText(message.text));
        }
    }
    return success();
}

const ChannelMessage *SlackSync::answer(const QList<ChannelMessage> &stored,
                                        const QString &threadTs, ChannelMessageKind kind) const
{
    for (const ChannelMessage &message : stored) {
        if (message.threadTs == threadTs && message.kind == kind)
            return &message;
    }
    return nullptr;
}

void SlackSync::apply()
{
    const auto releases = m_run.store.releases();
    if (!releases)
        return fail(releases.error());
    const auto stored = m_run.store.channelMessages();
    if (!stored)
        return fail(stored.error());
    for (const Release &release : releases.value()) {
        const ChannelMessage *reply = nullptr;
        if (release.stage == Stage::StagingRequested && !release.stagingRequestRef.isEmpty())
            reply = answer(stored.value(), release.stagingRequestRef,
                           ChannelMessageKind::AppliedToStaging);
        else if (release.stage == Stage::LiveRequested && !release.liveRequestRef.isEmpty())
            reply =
                answer(stored.value(), release.liveRequestRef, ChannelMessageKind::AppliedToLive);
        if (!reply)
            noteUnreadAnswer(release, stored.value());
        else if (Status moved = move(release, *reply); !moved)
            return fail(moved.error());
        if (Status stopped = stop(release, stored.value()); !stopped)
            return fail(stopped.error());
    }
    succeed();
}

Status SlackSync::stop(const Release &release, const QList<ChannelMessage> &stored)
{
    if (release.stage == Stage::BackedOut || release.stage == Stage::Cancelled)
        return success();
    const ChannelMessage *said = nullptr;
    for (const ChannelMessage &message : stored) {
        if (ReleaseChannel::stopsRelease(message.kind) &&
            message.releaseName.compare(release.name, Qt::CaseInsensitive) == 0 &&
            (!said || message.posted < said->posted))
            said = &message;
    }
    if (!said)
        return success();
    const Stage to =
        said->kind == ChannelMessageKind::Cancelled ? Stage::Cancelled : Stage::BackedOut;
    const QString words = plainSlackText(said->text);
    // Read again: an answer in this sync may have moved it on already.
    const auto current = m_run.store.release(release.id);
    if (!current)
        return current.failure();
    if (!Lifecycle::allowedTargets(current->stage).contains(to)) {
        // The team's word on a release that cannot move so: a person decides, told once.
        if (m_result.changed.contains(said->ts))
            m_result.unrecognised << tr("%1 stays %2 although the release team wrote \"%3\"")
                                         .arg(release.name, toTitle(current->stage), words);
        return success();
    }
    if (Status moved = m_run.workflow.recordStopped(release.id, to, actorOf(*said), words); !moved)
        return moved;
    m_result.releases << tr("%1: %2").arg(release.name, toTitle(to).toLower());
    return success();
}

QString SlackSync::actorOf(const ChannelMessage &message) const
{
    // A message stored by an earlier sync may come from someone this one did not look up.
    const QString name = m_team.value(message.author);
    return name.isEmpty() ? tr("%1 (Slack)").arg(message.author) : name;
}

void SlackSync::noteUnreadAnswer(const Release &release, const QList<ChannelMessage> &stored)
{
    const QString request = release.stage == Stage::StagingRequested ? release.stagingRequestRef
                            : release.stage == Stage::LiveRequested  ? release.liveRequestRef
                                                                     : QString();
    if (request.isEmpty())
        return;
    // Only what this sync brought: an answer reported once is the timeline's to keep.
    for (const ChannelMessage &message : stored) {
        if (message.threadTs == request && message.kind == ChannelMessageKind::Unrecognised &&
            m_result.changed.contains(message.ts))
            m_result.unreadAnswers
                << tr("%1: \"%2\"").arg(release.name, plainSlackText(message.text));
    }
}

Status SlackSync::move(const Release &release, const ChannelMessage &reply)
{
    const QString said = plainSlackText(reply.text);
    if (reply.releaseName.compare(release.name, Qt::CaseInsensitive) != 0) {
        // An answer about another release in this request's thread: a person decides.
        m_result.unrecognised << tr("the answer to %1's request names %2: \"%3\"")
                                     .arg(release.name, reply.releaseName, said);
        return success();
    }
    const QString team = actorOf(reply);
    if (reply.kind == ChannelMessageKind::AppliedToStaging) {
        // A team that says only "applied to staging" left the test task to
        // ServiceNow, which sync may have read already.
        QString task = ReleaseTeamReply::testTaskIn(reply.text);
        if (task.isEmpty())
            task = release.testTaskNumber;
        if (task.isEmpty()) {
            if (m_result.changed.contains(reply.ts))
                m_result.unrecognised
                    << tr("%1 is applied to staging, but no ServiceNow test task is known yet: "
                          "\"%2\"")
                           .arg(release.name, said);
            return success();
        }
        if (Status moved =
                m_run.workflow.markApplied(release.id, Environment::Staging, task, team, said);
            !moved)
            return moved;
        m_result.releases << tr("%1: in staging, test task %2").arg(release.name, task);
        return success();
    }
    if (Status moved =
            m_run.workflow.markApplied(release.id, Environment::Live, reply.ts, team, said);
        !moved)
        return moved;
    m_result.releases << tr("%1: live").arg(release.name);
    return success();
}

} // namespace ReleaseDesk
