#include "thirdpartycomponents.h"

namespace ReleaseDesk {

QList<ThirdPartyComponent> ThirdPartyComponents::all()
{
    return {
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only"),
         tr("The application framework, linked dynamically: modules Core, Gui, Widgets, Network, "
            "Sql and PrintSupport"),
         QUrl(QStringLiteral("https://www.qt.io/"))},
        {QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause"),
         tr("Keeps tokens and passwords in the system keychain"),
         QUrl(QStringLiteral("https://github.com/frankosterfeld/qtkeychain"))},
        {QStringLiteral("SQLite"), tr("Public domain"),
         tr("The profile's database, through Qt's QSQLITE driver"),
         QUrl(QStringLiteral("https://www.sqlite.org/"))},
        {QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0"),
         tr("Encrypted connections (TLS), through Qt's TLS backend"),
         QUrl(QStringLiteral("https://www.openssl.org/"))},
    };
}

} // namespace ReleaseDesk
