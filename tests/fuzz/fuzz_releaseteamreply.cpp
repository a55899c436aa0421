// What the release team wrote in Slack, read as a reply to a request.
#include "fuzzinput.h"
#include "models/formats/releaseteamreply.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const ReleaseTeamReply reply = ReleaseTeamReply::read(text);
    // A reply in a request's thread may leave the release to the thread
    // ("Applied to staging."), so a recognised reply need not name one; one
    // that is not recognised must name nothing.
    FuzzInput::require(reply.recognised() || (reply.release.isEmpty() && reply.testTask.isEmpty()),
                       "an unrecognised reply names no release and no test task");
    (void)plainSlackText(text);
    return 0;
}
