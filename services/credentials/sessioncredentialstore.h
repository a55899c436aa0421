#pragma once

#include "models/ports/credentialstore.h"

#include <QHash>

namespace ReleaseDesk {

// Secrets held in memory for this run only. The demo uses it for the sandbox's
// accounts, which are public fixtures, so that it runs on machines without a
// keychain; connections to real systems always go through the keychain.
class SessionCredentialStore final : public CredentialStore
{
public:
    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     DoneCallback done) override;
    void removeSecret(const QString &key, QObject *context, DoneCallback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace ReleaseDesk
