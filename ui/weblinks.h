#pragma once

#include <QUrl>

namespace ReleaseDesk {

// Links built from remote data (a Confluence page, a ServiceNow change) open
// in the browser only when they are web addresses: a file:, smb: or custom
// scheme a server sent must never reach the desktop's URL handlers.
bool isWebLink(const QUrl &url);
// Opens `url` with the desktop's browser when it is a web link; anything else
// is not opened and false is returned.
bool openWebLink(const QUrl &url);

} // namespace ReleaseDesk
