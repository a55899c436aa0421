#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// Writes an exported file (notes, a table) whole or not at all: into a
// temporary file beside it that replaces the old one only once every byte is
// written, so a full disk or a vanished folder never leaves a half file or
// spoils the one that was there. The window and the command line share it.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    // Fails with a message that names the file and the reason.
    static Status write(const QString &path, const QByteArray &contents);
};

} // namespace ReleaseDesk
