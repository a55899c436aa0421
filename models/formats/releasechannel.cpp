#include "models/formats/releasechannel.h"

#include "models/formats/releaseteamreply.h"

#include <QRegularExpression>

namespace ReleaseDesk {

namespace {

ChannelMessageKind kindOf(ReleaseTeamReply::Kind kind)
{
    using Kind = ReleaseTeamReply::Kind;
    switch (kind) {
    case Kind::AppliedToStaging:
        return ChannelMessageKind::AppliedToStaging;
    case Kind::AppliedToLive:
        return ChannelMessageKind::AppliedToLive;
    case Kind::BackedOutOfStaging:
        return ChannelMessageKind::BackedOutOfStaging;
    case Kind::BackedOutOfLive:
        return ChannelMessageKind::BackedOutOfLive;
    case Kind::Cancelled:
        return ChannelMessageKind::Cancelled;
    case Kind::Unrecognised:
        return ChannelMessageKind::Unrecognised;
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
        reading.kind = ChannelMessageKind::NotFromReleaseTeam;
    reading.releaseName = reply.release;
    reading.testTask = reply.testTask;
    reading.why = reply.why;
    return reading;
}

} // namespace

ReleaseChannel::Reading ReleaseChannel::read(const QString &text, bool isReply, Kind parentKind,
                                             bool byReleaseTeam, const ChannelWording &wording)
{
    Reading reading;
    if (isReply) {
        if (!isRequest(parentKind))
            return reading;
        const Environment asked =
            parentKind == Kind::StagingRequest ? Environment::Staging : Environment::Live;
        return teamReading(ReleaseTeamReply::read(text, wording, asked), byReleaseTeam);
    }
    // The wording of SlackFormat::stagingRequest() and liveRequest(): the same
    // environment twice, the release's name between "release" and the colon.
    static const QRegularExpression request(
        QStringLiteral("^(staging|live) request for release (.+?): please deploy to (staging|live)"
                       "\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString plain = plainSlackText(text);
    const auto match = request.match(plain);
    if (!match.hasMatch()) {
        if (const auto asked = wording.readRequest(plain)) {
            reading.kind = asked->environment == Environment::Staging ? Kind::StagingRequest
                                                                      : Kind::LiveRequest;
            reading.releaseName = asked->release;
            return reading;
        }
        // Outside a thread only a stop names its release unasked.
        const ReleaseTeamReply stop = ReleaseTeamReply::read(text, wording);
        const bool stops = stop.kind != ReleaseTeamReply::Kind::AppliedToStaging &&
                           stop.kind != ReleaseTeamReply::Kind::AppliedToLive;
        return stop.recognised() && stops && !stop.release.isEmpty()
                   ? teamReading(stop, byReleaseTeam)
                   : reading;
    }
    if (match.captured(1).compare(match.captured(3), Qt::CaseInsensitive) != 0)
        return reading;
    const bool staging =
        match.captured(1).compare(QLatin1String("staging"), Qt::CaseInsensitive) == 0;
    reading.kind = staging ? Kind::StagingRequest : Kind::LiveRequest;
    reading.releaseName = match.captured(2).trimmed();
    return reading;
}

} // namespace ReleaseDesk
