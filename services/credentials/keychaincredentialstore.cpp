#include "services/credentials/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace ReleaseDesk {
namespace {

// Starts a job whose finished() reaches `onFinished` only while `context` lives.
template <typename Job, typename Handler>
void start(Job *job, const QString &key, QObject *context, Handler onFinished)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, onFinished](auto *done) {
        if (guard)
            onFinished(static_cast<Job *>(done));
    });
    job->start();
}

QString noKeychain(const QString &detail)
{
    return KeychainCredentialStore::tr(
               "No keychain available: %1. ReleaseDesk keeps secrets only in the system "
               "keychain; start and unlock a Secret Service (such as GNOME Keyring or KWallet) "
               "and try again.")
        .arg(detail);
}

Status statusOf(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return success();
    return Status::failure(
        KeychainCredentialStore::describeError(job->error(), job->errorString()));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) {}

void KeychainCredentialStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), key, context,
          [done](QKeychain::ReadPasswordJob *job) {
              using Secret = Result<std::optional<QString>>;
              if (job->error() == QKeychain::EntryNotFound)
                  done(Secret(std::nullopt));
              else if (const Status status = statusOf(job); !status)
                  done(status.failure());
              else
                  done(Secret(job->textData()));
          });
}

void KeychainCredentialStore::writeSecret(const QString &key, const QString &secret,
                                          QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    start(job, key, context,
          [done](QKeychain::WritePasswordJob *finished) { done(statusOf(finished)); });
}

void KeychainCredentialStore::removeSecret(const QString &key, QObject *context, DoneCallback done)
{
    start(new QKeychain::DeletePasswordJob(m_service), key, context,
          [done](QKeychain::DeletePasswordJob *job) {
              done(job->error() == QKeychain::EntryNotFound ? success() : statusOf(job));
          });
}

QString KeychainCredentialStore::describeError(int keychainError, const QString &detail)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return tr("No secret is stored for this connection yet.");
    case QKeychain::AccessDeniedByUser:
        return tr("Access to the keychain was denied. Allow ReleaseDesk to use it and try "
                  "again.");
    case QKeychain::AccessDenied:
        return tr("The keychain refused access; it may be locked. Unlock it and try again (%1).")
            .arg(detail);
    case QKeychain::CouldNotDeleteEntry:
        return tr("The secret could not be removed from the keychain (%1).").arg(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noKeychain(detail);
    default:
        break;
    }
    // QtKeychain reports a missing or locked Secret Service as OtherError.
    if (detail.contains(QLatin1String("org.freedesktop.secrets")) ||
        detail.contains(QLatin1String("D-Bus")) || detail.contains(QLatin1String("collection"))) {
        return noKeychain(detail);
    }
    return tr("The keychain failed: %1").arg(detail);
}

} // namespace ReleaseDesk
