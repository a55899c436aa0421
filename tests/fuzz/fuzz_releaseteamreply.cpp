// What the release team wrote in Slack, read as a reply to a request.
#include "fuzzinput.h"
#include "models/formats/releaseteamreply.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const ReleaseTeamReply reply = ReleaseTeamReply::read(text);
    FuzzInput::require(reply.recognised() != reply.release.isEmpty(),
                       "a recognised reply names its release, and only then");
    (void)plainSlackText(text);
    return 0;
}
