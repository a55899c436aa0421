#include "slacksync.h"

#include "models/lifecycle.h"
#include "models/releasechannel.h"
#include "models/releaseteamreply.h"

#include <algorithm>

namespace ReleaseDesk {
namespace {

bool newer(const QString &ts, const QString &than)
{
    return than.isEmpty() ||
           SlackParse::tsMicros(ts).value_or(0) > SlackParse::tsMicros(than).value_or(0);
}

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

QString SlackSync::cursorSource(const QString &channel)
{
    return QStringLiteral("slack:") + channel;
}

void SlackSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    const auto stored = cursor(cursorSource(m_settings.channel));
    if (!stored)
        return fail(stored.error());
    if (stored.value())
        m_oldest = stored.value()->value;
    // The first sync reads a bounded window, so that a busy channel finishes.
    const QString from =
        m_oldest.isEmpty()
            ? SlackParse::tsOf(m_run.clock.now().addDays(-qMax(1, m_settings.historyDays)))
            : m_oldest;
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
            m_threads << request;
    }
    progress(tr("channel messages"), 0);
    m_client.history(
        from, [this](int read) { progress(tr("channel messages"), read); }, context,
        [this, context](const Result<QList<SlackMessage>> &history) {
            if (!history)
                return fail(history.error());
            m_messages = history.value();
            for (const SlackMessage &message : history.value()) {
                // A message with a reply newer than the last sync, or a
                // reply also sent to the channel.
                if (message.isReply())
                    m_threads << message.threadTs;
                else if (!message.latestReply.isEmpty() && newer(message.latestReply, m_oldest))
                    m_threads << message.ts;
            }
            readThreads(context);
        });
}

void SlackSync::readThreads(QObject *context)
{
    while (!m_threads.isEmpty() && m_threadsSeen.contains(m_threads.constFirst()))
        m_threads.removeFirst();
    if (m_threads.isEmpty())
        return readTeam(context);
    // Nothing is stored before the threads are read, so a cancelled sync
    // leaves the channel as the last one stored it.
    if (m_run.cancelled)
        return cancelled();
    const QString thread = m_threads.takeFirst();
    m_threadsSeen.insert(thread);
    progress(tr("threads"), int(m_threadsSeen.size()),
             int(m_threadsSeen.size() + m_threads.size()));
    m_client.replies(
        thread, QString(), context, [this, context](const Result<QList<SlackMessage>> &replies) {
            // A request deleted from the channel holds no answer; the
            // rest of the channel is still worth reading.
            const QString gone =
                SlackParse::describe(SlackError{QStringLiteral("thread_not_found"), {}}, {});
            if (!replies && replies.error().endsWith(gone))
                return readThreads(context);
            if (!replies)
                return fail(replies.error());
            m_messages << replies.value();
            readThreads(context);
        });
}

void SlackSync::readTeam(QObject *context)
{
    // Most syncs bring nobody's word on a release: Slack is asked only when one does.
    const bool needed =
        std::any_of(m_messages.cbegin(), m_messages.cend(), [](const SlackMessage &m) {
            return ReleaseTeamReply::read(m.text).recognised();
        });
    if (!needed)
        return store();
    if (m_run.cancelled)
        return cancelled();
    progress(tr("release team"), 0);
    m_client.releaseTeam(m_settings.releaseTeamUsers, m_settings.releaseTeamGroup, context,
                         [this](const Result<QList<SlackUser>> &team) {
                             if (!team)
                                 return fail(team.error());
                             for (const SlackUser &member : team.value())
                                 m_team.insert(member.id, member.shownName());
                             store();
                         });
}

void SlackSync::store()
{
    const auto known = m_run.store.channelMessages();
    if (!known)
        return fail(known.error());
    QHash<QString, QString> kinds; // ts → kind of every top-level message, to read replies by
    for (const ChannelMessage &message : known.value()) {
        if (message.threadTs.isEmpty())
            kinds.insert(message.ts, message.kind);
    }
    QList<ChannelMessage> messages;
    QString newest = m_oldest;
    for (const SlackMessage &message : std::as_const(m_messages)) {
        if (message.isReply())
            continue;
        ChannelMessage stored = channelMessage(message);
        const auto reading =
            ReleaseChannel::read(message.text, false, {}, m_team.contains(message.user));
        stored.kind = reading.kind;
        stored.releaseName = reading.releaseName;
        kinds.insert(stored.ts, stored.kind);
        messages << stored;
        if (newer(message.ts, newest))
            newest = message.ts;
    }
    for (const SlackMessage &message : std::as_const(m_messages)) {
        if (!message.isReply())
            continue;
        ChannelMessage stored = channelMessage(message);
        const auto reading = ReleaseChannel::read(message.text, true, kinds.value(message.threadTs),
                                                  m_team.contains(message.user));
        stored.kind = reading.kind;
        stored.releaseName = reading.releaseName;
        messages << stored;
    }
    const std::optional<SyncCursor> cursor =
        newest.isEmpty() ? std::nullopt
                         : std::optional(nextCursor(cursorSource(m_settings.channel), newest));
    const auto changed = m_run.store.saveChannelMessages(messages, cursor);
    if (!changed)
        return fail(changed.error());
    m_result.read = int(messages.size());
    m_result.changed = changed.value();
    const QSet<QString> changedTs(changed->cbegin(), changed->cend());
    for (const ChannelMessage &message : std::as_const(messages)) {
        if (!changedTs.contains(message.ts))
            continue;
        if (message.kind == ReleaseChannel::unrecognised) {
            m_result.unrecognised << tr("a reply to a request in #%1 at %2: \"%3\"")
                                         .arg(m_settings.channel,
                                              message.posted.toString(Qt::ISODate),
                                              plainSlackText(message.text));
        } else if (message.kind == ReleaseChannel::notFromReleaseTeam) {
            m_result.unrecognised << tr("%1 is not in the release team, so nothing moved on "
                                        "their \"%2\"")
                                         .arg(message.author, plainSlackText(message.text));
        }
    }
    apply();
}

const ChannelMessage *SlackSync::answer(const QList<ChannelMessage> &stored,
                                        const QString &threadTs, const QString &kind) const
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
            reply =
                answer(stored.value(), release.stagingRequestRef, ReleaseChannel::appliedToStaging);
        else if (release.stage == Stage::LiveRequested && !release.liveRequestRef.isEmpty())
            reply = answer(stored.value(), release.liveRequestRef, ReleaseChannel::appliedToLive);
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
    const Stage to = said->kind == ReleaseChannel::cancelled ? Stage::Cancelled : Stage::BackedOut;
    const QString words = plainSlackText(said->text);
    // Read again: an answer in this sync may have moved it on already.
    const auto current = m_run.store.release(release.id);
    if (!current)
        return Status::failure(current.error());
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
        if (message.threadTs == request && message.kind == ReleaseChannel::unrecognised &&
            m_result.changed.contains(message.ts))
            m_result.unreadAnswers << tr("%1: \"%2\"").arg(release.name, plainSlackText(message.text));
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
    if (reply.kind == ReleaseChannel::appliedToStaging) {
        const QString task = ReleaseTeamReply::read(reply.text).testTask;
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
