// The extra JQL whoever set up a connection wrote: restriction() must accept
// only what stays one condition once ANDed to a query.
#include "fuzzinput.h"
#include "models/formats/jql.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const auto checked = JqlQuery::restriction(text);
    JqlQuery query;
    query.whereEquals(Jql::Field::Project, text).whereJql(text);
    if (checked) {
        FuzzInput::require(!query.matchesNothing(), "an accepted restriction matches");
        FuzzInput::require(bool(JqlQuery::restriction(query.toString())),
                           "a query with an accepted restriction is one condition");
    } else {
        FuzzInput::require(query.matchesNothing(), "a refused restriction matches nothing");
    }
    return 0;
}
