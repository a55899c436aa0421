#include "models/formats/exportfile.h"

#include <QDir>
#include <QSaveFile>

namespace ReleaseDesk {

Status ExportFile::write(const QString &path, const QByteArray &contents)
{
    const auto failed = [&path](const QString &reason) {
        return Status::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    if (path.isEmpty())
        return Status::failure(tr("Could not export: no file was named."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(contents) != contents.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return success();
}

} // namespace ReleaseDesk
