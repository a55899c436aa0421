#pragma once

#include "models/domain/connectionsettings.h"
#include "models/domain/result.h"

#include <functional>

class QObject;

namespace ReleaseDesk {

// What the Connections dialog needs beyond its own fields: "Test connection"
// against the real system, and a place to keep what it saved. A port, so that
// the dialog knows neither the clients nor the profile's files; the app wires
// ProfileConnectionSetup (services/connections), tests may wire a fake. Each
// callback runs at most once, and not at all once `context` is destroyed.
class ConnectionSetup
{
public:
    using Tested = std::function<void(const Result<QString> &)>;
    using Saved = std::function<void(const Status &)>;

    virtual ~ConnectionSetup() = default;
    // Signs in to `system` as `settings` and `secret` say, and checks that what
    // ReleaseDesk needs there exists: a line for the person, what was found or
    // exactly what is wrong.
    virtual void test(const ConnectionSettings &settings, RemoteSystem system,
                      const QString &secret, QObject *context, Tested done) = 0;
    // Keeps the secrets typed in (by system) and then the settings; fails
    // without keeping the settings when a secret cannot be kept.
    virtual void save(const ConnectionSettings &settings, const Secrets &typed, QObject *context,
                      Saved done) = 0;
    // The team's settings file: `settings` without secrets and accounts,
    // written to `path`; and `current` with such a file's values over it,
    // its accounts kept (an error for a file that is not one, changing nothing).
    virtual Status exportTeamSettings(const ConnectionSettings &settings, const QString &path) = 0;
    virtual Result<TeamSettingsImport> importTeamSettings(const QString &path,
                                                          const ConnectionSettings &current) = 0;
};

} // namespace ReleaseDesk
