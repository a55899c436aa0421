#include "demoprofile.h"

#include "services/connections/connectionsettings.h"

#include <QDir>
#include <QHostAddress>

namespace ReleaseDesk {
namespace {

// Where an earlier demo's sandbox listened: this computer.
bool isThisComputer(const QUrl &url)
{
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}

} // namespace

Status DemoProfile::check(const QString &profileDir, const ReleaseStore &store)
{
    const QString folder = QDir::toNativeSeparators(profileDir);
    const auto connections =
        ConnectionSettings::load(QDir(profileDir).filePath(ConnectionSettings::fileName()));
    if (!connections)
        return Status::failure(tr("The demo cannot use the profile folder %1: its connections "
                                  "cannot be read (%2). Choose another folder with --profile, "
                                  "or leave --profile out for a temporary one.")
                                   .arg(folder, connections.error()));
    QStringList real;
    for (const RemoteSystem system : allRemoteSystems()) {
        const QUrl url = connections->url(system);
        if (connections->isConfigured(system) && !isThisComputer(url))
            real << QStringLiteral("%1 (%2)").arg(toTitle(system), url.host());
    }
    if (!real.isEmpty())
        return Status::failure(tr("The demo cannot use the profile folder %1: it is connected "
                                  "to %2. The demo would replace those connections with its "
                                  "sandbox. Choose another folder with --profile, or leave "
                                  "--profile out for a temporary one.")
                                   .arg(folder, real.join(QLatin1String(", "))));

    int unsent = 0;
    for (const OutboxState state :
         {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed}) {
        const auto entries = store.outbox(state);
        if (!entries)
            return entries.failure();
        unsent += int(entries->size());
    }
    if (unsent > 0)
        return Status::failure(tr("The demo cannot use the profile folder %1: changes in its "
                                  "outbox have not been sent (%2, waiting or failed), and the "
                                  "demo would send them to its sandbox instead. Choose another "
                                  "folder with --profile, or leave --profile out for a "
                                  "temporary one.")
                                   .arg(folder)
                                   .arg(unsent));
    return success();
}

} // namespace ReleaseDesk
