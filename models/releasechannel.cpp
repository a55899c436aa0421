#include "releasechannel.h"

#include "releaseteamreply.h"

#include <QRegularExpression>

namespace ReleaseDesk {

ReleaseChannel::Reading ReleaseChannel::read(const QString &text, bool isReply,
                                             const QString &parentKind)
{
    Reading reading;
    if (isReply) {
        if (!isRequest(parentKind))
            return reading;
        const ReleaseTeamReply reply = ReleaseTeamReply::read(text);
        switch (reply.kind) {
        case ReleaseTeamReply::Kind::AppliedToStaging:
            reading.kind = appliedToStaging;
            break;
        case ReleaseTeamReply::Kind::AppliedToLive:
            reading.kind = appliedToLive;
            break;
        case ReleaseTeamReply::Kind::Unrecognised:
            reading.kind = unrecognised;
            break;
        }
        reading.releaseName = reply.release;
        reading.testTask = reply.testTask;
        return reading;
    }
    // The wording of SlackFormat::stagingRequest() and liveRequest(): the same
    // environment twice, the release's name between "release" and the colon.
    static const QRegularExpression request(
        QStringLiteral("^(staging|live) request for release (.+?): please deploy to (staging|live)"
                       "\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = request.match(plainSlackText(text));
    if (!match.hasMatch() || match.captured(1).compare(match.captured(3), Qt::CaseInsensitive) != 0)
        return reading;
    const bool staging =
        match.captured(1).compare(QLatin1String("staging"), Qt::CaseInsensitive) == 0;
    reading.kind = staging ? stagingRequest : liveRequest;
    reading.releaseName = match.captured(2).trimmed();
    return reading;
}

} // namespace ReleaseDesk
