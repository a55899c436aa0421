// A Jira comment read back as a tester's verdict: what a desk reads from a
// comment, it writes again the same way.
#include "fuzzinput.h"
#include "models/formats/verdictcomment.h"

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(FuzzInput::bytes(data, size));
    const auto verdict = VerdictComment::verdict(QStringLiteral("CHS-1001"), text,
                                                 QStringLiteral("Ben Jones"), QDateTime());
    if (verdict) {
        FuzzInput::require(VerdictComment::read(VerdictComment::text(*verdict)) ==
                               VerdictComment::read(text),
                           "a verdict read back from its own comment is the same");
    }
    return 0;
}
