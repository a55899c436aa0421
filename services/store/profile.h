#pragma once

#include "models/domain/result.h"

#include <QString>

#include <memory>

class QTemporaryDir;

namespace ReleaseDesk {

// The folder that holds one user's ReleaseDesk data: the standard data folder,
// a folder named with --profile, or, for a demo without one, a temporary folder
// that is removed when the app exits. It is created readable by its owner alone.
class Profile
{
public:
    static Result<Profile> open(const QString &requestedDir, bool temporaryIfUnnamed);

    QString directory() const { return m_directory; }
    QString databasePath() const;
    bool isTemporary() const { return m_temporary != nullptr; }

private:
    QString m_directory;
    std::shared_ptr<QTemporaryDir> m_temporary;
};

} // namespace ReleaseDesk
