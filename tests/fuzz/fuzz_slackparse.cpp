// Slack's Web API answers: errors, auth.test, channel and message pages, a
// user, user groups and a posted message; and the message timestamps.
#include "fuzzinput.h"
#include "services/clients/slackparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QJsonDocument answer = FuzzInput::json(body);
    if (const auto error = SlackParse::error(answer))
        (void)SlackParse::describe(*error, QStringLiteral("release_chs"));
    (void)SlackParse::identity(answer);
    (void)SlackParse::channelPage(answer);
    if (const auto page = SlackParse::messagePage(answer))
        (void)SlackParse::oldestFirst(page.value().messages);
    (void)SlackParse::user(answer);
    (void)SlackParse::userGroups(answer);
    (void)SlackParse::userGroupMembers(answer);
    (void)SlackParse::postedMessage(answer);
    const QString ts = FuzzInput::text(body);
    (void)SlackParse::tsMicros(ts);
    (void)SlackParse::tsTime(ts);
    return 0;
}
