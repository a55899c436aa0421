#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace ReleaseDesk {

// A library ReleaseDesk is built on or ships with, as the About dialog and
// resources/legal/THIRD-PARTY.md name it for users and packagers.
struct ThirdPartyComponent
{
    QString name;
    QString licence; // an SPDX identifier, or why there is none ("Public domain")
    QString usedFor; // translated
    QUrl homepage;
};

// The one list of third-party components: the About dialog shows it and
// tst_helpdialogs checks THIRD-PARTY.md names the same ones, so the two
// cannot drift apart.
class ThirdPartyComponents
{
    Q_DECLARE_TR_FUNCTIONS(ThirdPartyComponents)

public:
    static QList<ThirdPartyComponent> all();
};

} // namespace ReleaseDesk
