#include "services/store/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ReleaseDesk {

Result<Profile> Profile::open(const QString &requestedDir, bool temporaryIfUnnamed)
{
    Profile profile;
    if (!requestedDir.isEmpty()) {
        profile.m_directory = QDir(requestedDir).absolutePath();
    } else if (temporaryIfUnnamed) {
        profile.m_temporary =
            std::make_shared<QTemporaryDir>(QDir::tempPath() + u"/releasedesk-demo-XXXXXX");
        if (!profile.m_temporary->isValid()) {
            return Result<Profile>::failure(
                QCoreApplication::translate("Profile", "Could not create a temporary folder for "
                                                       "the demo: %1")
                    .arg(profile.m_temporary->errorString()));
        }
        profile.m_directory = profile.m_temporary->path();
    } else {
        profile.m_directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }

    // A folder the user named may be shared (say, /tmp): only one that ReleaseDesk
    // creates is narrowed to its owner; the database file itself always is.
    const bool existed = QDir(profile.m_directory).exists();
    if (!QDir().mkpath(profile.m_directory)) {
        return Result<Profile>::failure(
            QCoreApplication::translate("Profile", "Could not create the profile folder %1. "
                                                   "Check that its parent exists and is "
                                                   "writable, or choose another with --profile.")
                .arg(QDir::toNativeSeparators(profile.m_directory)));
    }
    if (!existed || profile.isTemporary()) {
        QFile::setPermissions(profile.m_directory, QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    return profile;
}

QString Profile::databasePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("releasedesk.sqlite3"));
}

} // namespace ReleaseDesk
