#pragma once

#include "models/ports/credentialstore.h"

#include <QCoreApplication>

namespace ReleaseDesk {

// CredentialStore over QtKeychain: the Secret Service on Linux, the Keychain on
// macOS, the Credential Manager on Windows. The insecure plain-text fallback is
// never enabled: without a keychain, secrets cannot be kept, and the error says so.
class KeychainCredentialStore final : public CredentialStore
{
    // The context is spelled out so that lupdate and the runtime agree on it.
    Q_DECLARE_TR_FUNCTIONS(KeychainCredentialStore)

public:
    // `service` names the entries' owner in the keychain; tests use their own.
    explicit KeychainCredentialStore(QString service = QStringLiteral("ReleaseDesk"));

    void readSecret(const QString &key, QObject *context, ReadCallback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     DoneCallback done) override;
    void removeSecret(const QString &key, QObject *context, DoneCallback done) override;

    // The message a person reads for a QKeychain error code and its error string.
    static QString describeError(int keychainError, const QString &detail);

private:
    QString m_service;
};

} // namespace ReleaseDesk
