#include "weblinks.h"

#include <QDesktopServices>

namespace ReleaseDesk {

bool isWebLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty();
}

bool openWebLink(const QUrl &url)
{
    return isWebLink(url) && QDesktopServices::openUrl(url);
}

} // namespace ReleaseDesk
