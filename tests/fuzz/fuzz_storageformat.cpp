// The release-notes page's body as Confluence gives it back, compared with
// what ReleaseDesk wrote in its canonical spelling; and the escaping of the
// text that goes into it.
#include "fuzzinput.h"
#include "models/formats/storageformat.h"
#include "services/clients/confluenceparse.h"

#include <QXmlStreamReader>

using namespace ReleaseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString storage = FuzzInput::text(FuzzInput::bytes(data, size));
    const QString canonical = ConfluenceParse::normalisedStorage(storage);
    FuzzInput::require(ConfluenceParse::sameStorage(storage, canonical),
                       "a body is the same as its canonical spelling");
    // Whatever text ReleaseDesk escapes makes a well-formed paragraph, which
    // Confluence stores rather than refusing the page.
    QXmlStreamReader paragraph(u"<p>" + StorageFormat::escape(storage) + u"</p>");
    while (!paragraph.atEnd())
        paragraph.readNext();
    FuzzInput::require(!paragraph.hasError(), "escaped text is well-formed");
    return 0;
}
