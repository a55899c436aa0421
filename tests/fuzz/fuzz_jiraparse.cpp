// Jira's answers: searches of both API versions, transitions, the account,
// comments, versions and error bodies.
#include "fuzzinput.h"
#include "services/clients/jiraparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QJsonDocument answer = FuzzInput::json(body);
    (void)JiraParse::dataCenterPage(answer);
    (void)JiraParse::cloudPage(answer);
    (void)JiraParse::transitions(answer);
    (void)JiraParse::account(answer);
    (void)JiraParse::commentId(answer);
    (void)JiraParse::versions(answer);
    (void)JiraParse::fixVersionNames(answer);
    (void)JiraParse::version(answer);
    (void)JiraParse::commentPage(answer);
    (void)JiraParse::change(answer.object());
    (void)JiraParse::adfText(answer.object());
    (void)JiraParse::serverError(body);
    (void)JiraParse::parseTime(FuzzInput::text(body));
    return 0;
}
