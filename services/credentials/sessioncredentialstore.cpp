#include "services/credentials/sessioncredentialstore.h"

#include "models/ports/answerlater.h"

// Answers come from the event loop, as a real keychain's do, so that callers
// cannot come to rely on an answer inside the call.

namespace ReleaseDesk {

void SessionCredentialStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    const auto found = m_secrets.constFind(key);
    const std::optional<QString> secret =
        found == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*found);
    answerLater<std::optional<QString>>(context, std::move(done), secret);
}

void SessionCredentialStore::writeSecret(const QString &key, const QString &secret,
                                         QObject *context, DoneCallback done)
{
    m_secrets.insert(key, secret);
    answerLater<Done>(context, std::move(done), success());
}

void SessionCredentialStore::removeSecret(const QString &key, QObject *context, DoneCallback done)
{
    m_secrets.remove(key);
    answerLater<Done>(context, std::move(done), success());
}

} // namespace ReleaseDesk
