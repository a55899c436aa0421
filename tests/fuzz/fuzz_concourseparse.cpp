// Concourse's answers: the token, the server's version, pipelines, jobs,
// builds, a build's resources and the error bodies.
#include "fuzzinput.h"
#include "services/clients/concourseparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QJsonDocument answer = FuzzInput::json(body);
    (void)ConcourseParse::token(answer);
    (void)ConcourseParse::serverVersion(answer);
    (void)ConcourseParse::pipelineNames(answer);
    (void)ConcourseParse::jobs(answer);
    (void)ConcourseParse::builds(answer, QStringLiteral("chs-orders-api"));
    (void)ConcourseParse::buildVersion(answer);
    (void)ConcourseParse::serverErrorText(body);
    return 0;
}
