#include "sessioncredentialstore.h"

#include <QMetaObject>
#include <QObject>

namespace ReleaseDesk {

namespace {

// Answers from the event loop, as a real keychain does, so callers cannot come
// to rely on an answer inside the call.
template <typename Callback, typename Value>
void answerLater(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)] { done(value); },
        Qt::QueuedConnection);
}

} // namespace

void SessionCredentialStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    const auto found = m_secrets.constFind(key);
    const std::optional<QString> secret =
        found == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*found);
    answerLater(context, std::move(done), Result<std::optional<QString>>(secret));
}

void SessionCredentialStore::writeSecret(const QString &key, const QString &secret,
                                         QObject *context, DoneCallback done)
{
    m_secrets.insert(key, secret);
    answerLater(context, std::move(done), success());
}

void SessionCredentialStore::removeSecret(const QString &key, QObject *context, DoneCallback done)
{
    m_secrets.remove(key);
    answerLater(context, std::move(done), success());
}

} // namespace ReleaseDesk
