#pragma once

#include <QString>

#include <optional>

namespace ReleaseDesk::Sandbox::Confluence {

// Why Confluence would refuse this storage-format body, in its own words
// ("Error parsing xhtml: ..."), or nullopt when the body is well-formed XHTML.
// Like Confluence, it parses the body inside a root element that declares the
// ac:, ri: and at: prefixes, and knows the HTML named entities (&nbsp;, &ndash;).
std::optional<QString> storageFormatError(const QString &value);

} // namespace ReleaseDesk::Sandbox::Confluence
