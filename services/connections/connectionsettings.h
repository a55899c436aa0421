#pragma once

#include "models/domain/connectionsettings.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// The profile's connections.ini: the connection settings as an INI file that
// a person may read, which is why it never holds a secret.
class ConnectionSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettingsFile)

public:
    static QString fileName() { return QStringLiteral("connections.ini"); }
    // A missing file is an empty set of settings, not an error.
    static Result<ConnectionSettings> load(const QString &path);
    static Status save(const ConnectionSettings &settings, const QString &path);
};

} // namespace ReleaseDesk
