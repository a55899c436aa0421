#include "connectionsecrets.h"

#include <memory>

namespace ReleaseDesk {

namespace {

// Gathers the answers of several keychain calls and reports once, after the
// last; the first error wins.
template <typename Value> struct Gathering
{
    int pending = 0;
    Value value{};
    QString error;
    std::function<void(const Result<Value> &)> done;

    void finishOne()
    {
        if (--pending > 0)
            return;
        done(error.isEmpty() ? Result<Value>(value) : Result<Value>::failure(error));
    }
};

} // namespace

void ConnectionSecrets::read(CredentialStore &credentials, const ConnectionSettings &settings,
                             QObject *context, Read done)
{
    auto gathering = std::make_shared<Gathering<Secrets>>();
    gathering->done = std::move(done);
    QList<RemoteSystem> systems;
    for (RemoteSystem system : allRemoteSystems()) {
        if (settings.isConfigured(system) && settings.needsSecret(system))
            systems << system;
    }
    gathering->pending = int(systems.size()) + 1; // +1 until every read has started
    for (RemoteSystem system : systems) {
        credentials.readSecret(
            settings.secretKey(system), context,
            [gathering, system](const Result<std::optional<QString>> &secret) {
                if (!secret) {
                    if (gathering->error.isEmpty())
                        gathering->error = secret.error();
                } else if (!secret.value()) {
                    if (gathering->error.isEmpty())
                        gathering->error =
                            tr("%1: no secret is stored for this connection. Enter it in the "
                               "connection settings (or run releasedesk-cli connect).")
                                .arg(toTitle(system));
                } else {
                    gathering->value.insert(system, *secret.value());
                }
                gathering->finishOne();
            });
    }
    QMetaObject::invokeMethod(
        context, [gathering] { gathering->finishOne(); }, Qt::QueuedConnection);
}

void ConnectionSecrets::write(CredentialStore &credentials, const ConnectionSettings &settings,
                              const Secrets &secrets, QObject *context, Written done)
{
    auto gathering = std::make_shared<Gathering<Done>>();
    gathering->done = std::move(done);
    gathering->pending = int(secrets.size()) + 1;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        credentials.writeSecret(settings.secretKey(it.key()), it.value(), context,
                                [gathering](const Status &written) {
                                    if (!written && gathering->error.isEmpty())
                                        gathering->error = written.error();
                                    gathering->finishOne();
                                });
    }
    QMetaObject::invokeMethod(
        context, [gathering] { gathering->finishOne(); }, Qt::QueuedConnection);
}

} // namespace ReleaseDesk
