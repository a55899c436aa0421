#pragma once

#include "models/ports/notesdraftstore.h"

#include <QCoreApplication>
#include <QString>

namespace ReleaseDesk {

// The release-notes drafts as JSON files in the profile, one per release
// (<profile>/drafts/<release id>.json), each replaced whole through QSaveFile
// so that a crash mid-write leaves the previous draft. The folder and the
// files are readable by their owner alone, like the rest of the profile.
class NotesDraftFolder final : public NotesDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(NotesDraftFolder)

public:
    explicit NotesDraftFolder(const QString &profileDirectory);

    QString directory() const { return m_directory; }
    QString path(qint64 releaseId) const;

    // A file that cannot be read as a draft is an error, and is left where it
    // is: it may be the only copy of what someone typed.
    Result<std::optional<KeptDraft>> draft(qint64 releaseId) const override;
    Status keep(qint64 releaseId, const KeptDraft &draft) override;
    Status remove(qint64 releaseId) override;

    // The file's contents, and back; exposed for tests of the format.
    static QByteArray toJson(qint64 releaseId, const KeptDraft &draft);
    static Result<KeptDraft> fromJson(const QByteArray &json);

private:
    QString m_directory;
};

} // namespace ReleaseDesk
