// The Link header of a paged answer, as Concourse and ServiceNow read it:
// each line of the input is one header, "Name: value", or the value of a
// Link header when it has no name.
#include "fuzzinput.h"
#include "services/clients/concourseparse.h"
#include "services/clients/linkheader.h"
#include "services/clients/servicenowparse.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(QStringLiteral("http://127.0.0.1:8080/api/v1/teams/chs/"));
    LinkHeader::Headers headers;
    for (const QByteArray &line : FuzzInput::bytes(data, size).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && !line.left(colon).contains('<'))
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        else
            headers.append({QByteArrayLiteral("Link"), line});
    }
    (void)LinkHeader::present(headers);
    (void)LinkHeader::target(headers, QStringLiteral("next"), base);
    (void)LinkHeader::target(headers, QStringLiteral("last"), QUrl());
    (void)ConcourseParse::nextPage(headers, base);
    (void)ServiceNowParse::hasNextPage(headers, 100, 100, 100);
    return 0;
}
