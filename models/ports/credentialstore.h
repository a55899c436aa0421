#pragma once

#include "models/domain/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ReleaseDesk {

// Where secrets (API tokens, passwords) live: the OS keychain in the app, a
// fake in tests. Never SQLite, settings or logs. Asynchronous because a real
// keychain may have to ask the user to unlock it. Each callback runs at most
// once, and not at all once `context` is destroyed.
class CredentialStore
{
public:
    // A read that found nothing is a value (nullopt), not an error: a
    // connection that was never set up simply has no secret yet.
    using ReadCallback = std::function<void(const Result<std::optional<QString>> &)>;
    using DoneCallback = std::function<void(const Status &)>;

    virtual ~CredentialStore() = default;
    virtual void readSecret(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context,
                             DoneCallback done) = 0;
    // Removing a secret that is not there succeeds.
    virtual void removeSecret(const QString &key, QObject *context, DoneCallback done) = 0;
};

} // namespace ReleaseDesk
