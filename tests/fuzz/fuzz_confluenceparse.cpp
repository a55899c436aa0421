// Confluence's answers: a page, a search page, the account, a space and the
// error bodies a refused write carries.
#include "fuzzinput.h"
#include "services/clients/confluenceparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::bytes(data, size);
    const QJsonDocument answer = FuzzInput::json(body);
    if (const auto page = ConfluenceParse::page(answer))
        (void)ConfluenceParse::pageUpdate(page.value(), page.value().storage);
    (void)ConfluenceParse::searchPage(answer);
    (void)ConfluenceParse::displayName(answer);
    (void)ConfluenceParse::spaceKey(answer);
    (void)ConfluenceParse::pageSpaceKey(answer);
    (void)ConfluenceParse::serverError(body);
    (void)ConfluenceParse::titleTaken(body);
    return 0;
}
