#include "releasechannel.h"

#include "releaseteamreply.h"

#include <QRegularExpression>

namespace ReleaseDesk {

namespace {

QString kindOf(ReleaseTeamReply::Kind kind)
{
    using Kind = ReleaseTeamReply::Kind;
    switch (kind) {
    case Kind::AppliedToStaging:
        return ReleaseChannel::appliedToStaging;
    case Kind::AppliedToLive:
        return ReleaseChannel::appliedToLive;
    case Kind::BackedOutOfStaging:
        return ReleaseChannel::backedOutOfStaging;
    case Kind::BackedOutOfLive:
        return ReleaseChannel::backedOutOfLive;
    case Kind::Cancelled:
        return ReleaseChannel::cancelled;
    case Kind::Unrecognised:
        return ReleaseChannel::unrecognised;
    }
    Q_UNREACHABLE();
}

// The team's words, as their author may say them.
ReleaseChannel::Reading teamReading(const ReleaseTeamReply &reply, bool byReleaseTeam)
{
    ReleaseChannel::Reading reading;
    reading.kind = kindOf(reply.kind);
    if (!reply.recognised())
        return reading;
    if (!byReleaseTeam)
        reading.kind = ReleaseChannel::notFromReleaseTeam;
    reading.releaseName = reply.release;
    reading.testTask = reply.testTask;
    reading.why = reply.why;
    return reading;
}

} // namespace

ReleaseChannel::Reading ReleaseChannel::read(const QString &text, bool isReply,
                                             const QString &parentKind, bool byReleaseTeam)
{
    Reading reading;
    if (isReply) {
        if (!isRequest(parentKind))
            return reading;
        return teamReading(ReleaseTeamReply::read(text), byReleaseTeam);
    }
    // The wording of SlackFormat::stagingRequest() and liveRequest(): the same
    // environment twice, the release's name between "release" and the colon.
    static const QRegularExpression request(
        QStringLiteral("^(staging|live) request for release (.+?): please deploy to (staging|live)"
                       "\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = request.match(plainSlackText(text));
    if (!match.hasMatch()) {
        // Outside a thread only a stop names its release unasked.
        const ReleaseTeamReply stop = ReleaseTeamReply::read(text);
        const bool stops = stop.kind != ReleaseTeamReply::Kind::AppliedToStaging &&
                           stop.kind != ReleaseTeamReply::Kind::AppliedToLive;
        return stop.recognised() && stops ? teamReading(stop, byReleaseTeam) : reading;
    }
    if (match.captured(1).compare(match.captured(3), Qt::CaseInsensitive) != 0)
        return reading;
    const bool staging =
        match.captured(1).compare(QLatin1String("staging"), Qt::CaseInsensitive) == 0;
    reading.kind = staging ? stagingRequest : liveRequest;
    reading.releaseName = match.captured(2).trimmed();
    return reading;
}

} // namespace ReleaseDesk
