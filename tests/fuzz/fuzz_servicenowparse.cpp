// ServiceNow's Table API answers: change and task lists, a created or updated
// change, a group lookup and the error body.
#include "fuzzinput.h"
#include "services/clients/servicenowparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(QStringLiteral("https://example.service-now.com"));
    const QByteArray body = FuzzInput::bytes(data, size);
    const QJsonDocument answer = FuzzInput::json(body);
    (void)ServiceNowParse::changePage(answer, base);
    (void)ServiceNowParse::taskPage(answer);
    (void)ServiceNowParse::changeRecord(answer, base);
    (void)ServiceNowParse::groupSysId(answer);
    (void)ServiceNowParse::serverError(body);
    (void)ServiceNowParse::parseTime(FuzzInput::text(body));
    return 0;
}
