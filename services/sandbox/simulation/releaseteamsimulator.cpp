#include "services/sandbox/simulation/releaseteamsimulator.h"

#include "services/sandbox/core/events.h"
#include "services/sandbox/sandbox.h"
#include "services/sandbox/servicenow/servicenowsystem.h"
#include "services/sandbox/slack/slacksystem.h"

#include "models/formats/releaseteamreply.h"

#include <QRegularExpression>
#include <QTimer>

namespace ReleaseDesk::Sandbox {
namespace {

enum class Ask { Nothing, Staging, Live };

// What a top-level message asks the release team for. A live request must not
// mention staging: "staging" wins, as the team reads it.
Ask askOf(const QString &text)
{
    static const QRegularExpression staging(QStringLiteral("\\bstaging\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression live(QStringLiteral("\\blive\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString lower = text.toLower();
    const bool asks = lower.contains(QLatin1String("request")) ||
                      lower.contains(QLatin1String("please deploy")) ||
                      lower.contains(QLatin1String("please apply"));
    if (!asks)
        return Ask::Nothing;
    if (staging.match(text).hasMatch())
        return Ask::Staging;
    if (live.match(text).hasMatch())
        return Ask::Live;
    return Ask::Nothing;
}

QString firstMatch(const QString &text, const QRegularExpression &pattern)
{
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString releaseOf(const QString &text)
{
    static const QRegularExpression release(
        QStringLiteral("(?<![\\d.])(\\d{4}\\.\\d{1,2}\\.\\d+)"));
    return firstMatch(text, release);
}

QString changeOf(const QString &text)
{
    static const QRegularExpression change(QStringLiteral("\\b(CHG\\d{7})\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return firstMatch(text, change).toUpper();
}

} // namespace

ReleaseTeamSimulator::ReleaseTeamSimulator(Events &events, SlackSystem &slack,
                                           ServiceNowSystem &serviceNow,
                                           const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_slack(slack), m_serviceNow(serviceNow), m_options(options),
      m_wording(options.conventions.value(QLatin1String("slack"))
                    .toObject()
                    .value(QLatin1String("releaseTeamWording"))
                    .toObject())
{
    connect(&events, &Events::slackMessagePosted, this, &ReleaseTeamSimulator::onMessage);
}

void ReleaseTeamSimulator::onMessage(const QString &channelId, const QString &ts,
                                     const QString &text, const QString &threadTs)
{
    // Only new requests in the release channel; never a thread reply, so the
    // team's own answers (always in a thread) are never answered again.
    if (!threadTs.isEmpty() || channelId != m_slack.releaseChannelId())
        return;
    const QString manager = m_slack.releaseManagerId();
    if (m_slack.messageUser(channelId, ts) == manager)
        return;
    // The team's own words, posted at the top by a desk, answer and ask nothing.
    if (ReleaseTeamReply::read(text).recognised())
        return;
    const Ask ask = askOf(text);
    if (ask == Ask::Nothing)
        return;
    // The team reads the request a little later, and answers what it finds then.
    QTimer::singleShot(m_options.replyDelayMs, this, [this, channelId, ts, text, ask, manager] {
        const QString reply = answer(ask == Ask::Staging, text);
        const QString first = m_wording.value(QLatin1String("firstSaid")).toString();
        if (first.isEmpty()) {
            m_slack.postAsUser(channelId, manager, reply, ts);
            return;
        }
        // A team that says "on it" first, and edits it into the answer later.
        const QString replyTs = m_slack.postAsUser(channelId, manager, first, ts);
        QTimer::singleShot(m_options.replyDelayMs, this, [this, channelId, replyTs, reply] {
            m_slack.editMessage(channelId, replyTs, reply);
        });
    });
}

QString ReleaseTeamSimulator::answer(bool staging, const QString &text)
{
    const QString release = releaseOf(text);
    if (release.isEmpty()) {
        return QStringLiteral("I can't find a release version in this request; please include it "
                              "(like 2026.11.3).");
    }
    if (!staging)
        return applied(false, release, {});
    const QString change = changeOf(text);
    if (change.isEmpty())
        return QStringLiteral("I can't find a change ticket in this request; please include the "
                              "CHG number.");
    const auto changeRequest = m_serviceNow.findByNumber(QStringLiteral("change_request"), change);
    if (!changeRequest) {
        return QStringLiteral("I can't find %1 in ServiceNow; please check the change ticket "
                              "number.")
            .arg(change);
    }
    const QJsonObject task = m_serviceNow.insert(
        QStringLiteral("change_task"),
        {{QLatin1String("short_description"), QStringLiteral("Test %1 in staging").arg(release)},
         // The team's own type for it when the conventions name one.
         {QLatin1String("change_task_type"), m_options.conventions.value(u"servicenow")
                                                 .toObject()
                                                 .value(u"testTaskType")
                                                 .toString(QStringLiteral("testing"))},
         {QLatin1String("change_request"),
          changeRequest->value(QLatin1String("sys_id")).toString()},
         {QLatin1String("state"), QStringLiteral("1")}});
    return applied(true, release, task.value(QLatin1String("number")).toString());
}

QString ReleaseTeamSimulator::applied(bool staging, const QString &release,
                                      const QString &testTask) const
{
    QString words =
        m_wording.value(QLatin1String(staging ? "appliedToStaging" : "appliedToLive")).toString();
    if (words.isEmpty()) {
        return staging ? QStringLiteral("Applied to staging: %1. ServiceNow test task %2.")
                             .arg(release, testTask)
                       : QStringLiteral("Applied to live: %1.").arg(release);
    }
    return words.replace(QLatin1String("{release}"), release)
        .replace(QLatin1String("{testTask}"), testTask);
}

} // namespace ReleaseDesk::Sandbox
