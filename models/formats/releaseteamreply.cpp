#include "models/formats/releaseteamreply.h"

#include <QRegularExpression>

namespace ReleaseDesk {
namespace {

// The punctuation a person may put after a name or a number, or around it.
const QString trailing = QStringLiteral(".,;:!?)]");

QString withoutTrailingPunctuation(QString word)
{
    while (!word.isEmpty() && trailing.contains(word.back()))
        word.chop(1);
    while (!word.isEmpty() && (word.front() == u'(' || word.front() == u'['))
        word.remove(0, 1);
    return word;
}

// A release named "not" or "never" is the team saying it has not happened
// ("Applied to live: not yet"), as is a reason that says so ("... - not yet").
bool negatedName(const QString &release)
{
    static const QStringList negations{QStringLiteral("not"), QStringLiteral("no"),
                                       QStringLiteral("yet"), QStringLiteral("never")};
    return negations.contains(release.toLower());
}

bool negatedReason(const QString &why)
{
    static const QRegularExpression negation(QStringLiteral("^\\W*(?:not yet|yet|not\\W*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return negation.match(why).hasMatch();
}

// "Backed out of live: <release>. <why>" and "Cancelled: <release>. <why>";
// nothing when the message is not in these words.
std::optional<ReleaseTeamReply> readStop(const QString &plain)
{
    static const QRegularExpression stop(
        QStringLiteral("^(?:backed out of (staging|live)|(cancell?ed))\\s*[:\\-\u2013\u2014]?\\s*"
                       "(?:release\\s+)?(\\S+)\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    ReleaseTeamReply reply;
    const auto match = stop.match(plain);
    if (!match.hasMatch())
        return std::nullopt;
    const QString release = withoutTrailingPunctuation(match.captured(3));
    const QString why = match.captured(4).trimmed();
    if (release.isEmpty())
        return std::nullopt; // "Backed out of staging.": the thread names the release
    if (negatedName(release) || negatedReason(why) || match.captured(3).endsWith(u'?'))
        return reply;
    if (!match.captured(2).isEmpty())
        reply.kind = ReleaseTeamReply::Kind::Cancelled;
    else if (match.captured(1).compare(QLatin1String("live"), Qt::CaseInsensitive) == 0)
        reply.kind = ReleaseTeamReply::Kind::BackedOutOfLive;
    else
        reply.kind = ReleaseTeamReply::Kind::BackedOutOfStaging;
    reply.release = release;
    reply.why = why;
    return reply;
}

// The plainer wording of ChannelWording, as a reply.
ReleaseTeamReply inOtherWords(const ChannelWording &wording, const QString &plain,
                              std::optional<Environment> asked)
{
    ReleaseTeamReply reply;
    const auto phrase = wording.readReply(plain, asked);
    if (!phrase)
        return reply;
    const bool live = phrase->environment == Environment::Live;
    using Said = ChannelWording::Said;
    using Kind = ReleaseTeamReply::Kind;
    switch (phrase->said) {
    case Said::Applied:
        reply.kind = live ? Kind::AppliedToLive : Kind::AppliedToStaging;
        break;
    case Said::BackedOut:
        reply.kind = live ? Kind::BackedOutOfLive : Kind::BackedOutOfStaging;
        break;
    case Said::Cancelled:
        reply.kind = Kind::Cancelled;
        break;
    case Said::Requested:
        return reply;
    }
    reply.release = phrase->release;
    reply.testTask = live ? QString() : phrase->testTask;
    reply.why = phrase->why;
    return reply;
}

} // namespace

QString plainSlackText(const QString &mrkdwn)
{
    // <https://x|label> reads as "label"; <https://x> as the address; <@U1> stays.
    static const QRegularExpression link(QStringLiteral("<([^<>|]*)\\|([^<>]*)>"));
    static const QRegularExpression bareLink(QStringLiteral("<((?:https?|mailto):[^<>]*)>"));
    // Formatting marks where they open or close a word, so that a name such
    // as "release_candidate" keeps its underscore.
    static const QRegularExpression marks(
        QStringLiteral("(?:^|(?<=[\\s(\\[:]))[*_~`]+|[*_~`]+(?=$|[\\s.,;:!?)\\]])"));
    QString text = mrkdwn;
    text.replace(link, QStringLiteral("\\2"));
    text.replace(bareLink, QStringLiteral("\\1"));
    text.remove(QChar(0x2060));
    text.replace(marks, QString());
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

ReleaseTeamReply ReleaseTeamReply::read(const QString &text, const ChannelWording &wording,
                                        std::optional<Environment> asked)
{
    // "applied to staging: <release>. <the rest>"; the separator may be a
    // colon, a dash or nothing, and "release" may come before the name.
    static const QRegularExpression applied(
        QStringLiteral("^applied to (staging|live)\\s*[:\\-\u2013\u2014]?\\s*(?:release\\s+)?(\\S+)"
                       "\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // The staging reply's test task: "ServiceNow test task CTASK0010007", or
    // shorter ("test task: CTASK0010007", "task #CTASK0010007").
    static const QRegularExpression testTask(
        QStringLiteral("^(?:servicenow\\s+)?(?:test(?:ing)?\\s+)?task\\s*[:#]?\\s*(CTASK\\d+)"
                       "[.!]*$"),
        QRegularExpression::CaseInsensitiveOption);

    ReleaseTeamReply reply;
    const QString plain = plainSlackText(text);
    const auto match = applied.match(plain);
    const QString release = withoutTrailingPunctuation(match.captured(2));
    if (!match.hasMatch() || release.isEmpty()) {
        if (const auto stop = readStop(plain))
            return *stop;
        return inOtherWords(wording, plain, asked);
    }
    const QString rest = match.captured(3).trimmed();
    if (negatedName(release))
        return reply;
    if (match.captured(1).compare(QLatin1String("live"), Qt::CaseInsensitive) == 0) {
        // Anything after the name might change its meaning ("... except the
        // orders API"): not understood, so a person reads it.
        if (!withoutTrailingPunctuation(rest).isEmpty())
            return reply;
        reply.kind = Kind::AppliedToLive;
        reply.release = release;
        return reply;
    }
    const auto task = testTask.match(rest);
    // Without a test task the thread's release may already have one; any
    // other words might change the meaning.
    if (!task.hasMatch() && !withoutTrailingPunctuation(rest).isEmpty())
        return reply;
    reply.kind = Kind::AppliedToStaging;
    reply.release = release;
    reply.testTask = task.captured(1).toUpper();
    return reply;
}

QString ReleaseTeamReply::testTaskIn(const QString &text)
{
    static const QRegularExpression task(QStringLiteral("(?<!\\w)(CTASK\\d+)(?!\\w)"),
                                         QRegularExpression::CaseInsensitiveOption);
    return task.match(plainSlackText(text)).captured(1).toUpper();
}

} // namespace ReleaseDesk
