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

// A team's conventions, set once and shared: the keys of connections.ini
// without the personal ones (personalKeys()), under a [releasedesk] marker.
// It holds no secret, as connections.ini holds none, and no account, so that
// it may be passed round; importing it keeps the desk's accounts and secrets.
class TeamSettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(TeamSettingsFile)

public:
    // Who signs in: "group/key" of connections.ini, which the team file
    // leaves out and an import keeps.
    static QStringList personalKeys();
    static Status save(const ConnectionSettings &settings, const QString &path);
    // `desk` with everything the file at `path` holds but the personal keys.
    // A file that is not a team settings file, cannot be read, or holds a
    // value that is unreadable or wrong (ConnectionSettings::problems(), the
    // accounts aside) is an error, and nothing is imported.
    static Result<TeamSettingsImport> load(const QString &path, const ConnectionSettings &desk);
};

} // namespace ReleaseDesk
