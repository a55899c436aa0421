#pragma once

#include "connectionsettings.h"

#include "models/ports/credentialstore.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace ReleaseDesk {

// Reads and writes the secrets of a set of connections in the keychain, all at
// once, under each connection's ConnectionSettings::secretKey().
class ConnectionSecrets
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSecrets)

public:
    using Read = std::function<void(const Result<Secrets> &)>;
    using Written = std::function<void(const Status &)>;

    // The secrets of every configured system that needs one. A system whose
    // secret is not in the keychain is an error that says which and how to fix it.
    static void read(CredentialStore &credentials, const ConnectionSettings &settings,
                     QObject *context, Read done);
    static void write(CredentialStore &credentials, const ConnectionSettings &settings,
                      const Secrets &secrets, QObject *context, Written done);
};

} // namespace ReleaseDesk
