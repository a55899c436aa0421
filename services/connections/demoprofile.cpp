#include "services/connections/demoprofile.h"

#include "models/domain/addressrules.h"
#include "services/connections/connectionsettings.h"

#include <QDir>

namespace ReleaseDesk {

Status DemoProfile::check(const QString &profileDir, const OutboxQueue &store)
{
    const QString folder = QDir::toNativeSeparators(profileDir);
    const auto connections =
        ConnectionSettingsFile::load(QDir(profileDir).filePath(ConnectionSettingsFile::fileName()));
    if (!connections)
        return Status::failure(tr("The demo cannot use the profile folder %1: its connections "
                                  "cannot be read (%2). Choose another folder with --profile, "
                                  "or leave --profile out for a temporary one.")
                                   .arg(folder, connections.error()));
    QStringList real;
    for (const RemoteSystem system : allRemoteSystems()) {
        const QUrl url = connections->url(system);
        // An earlier demo's sandbox listened on this computer.
        if (connections->isConfigured(system) && !AddressRules::isThisComputer(url.host()))
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
