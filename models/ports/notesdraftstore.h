#pragma once

#include "models/domain/notesdraft.h"
#include "models/domain/result.h"

#include <QDateTime>

#include <optional>

namespace ReleaseDesk {

// A draft of a release's notes as it was last kept, and when.
struct KeptDraft
{
    NotesDraft draft;
    QDateTime kept;
    friend bool operator==(const KeptDraft &, const KeptDraft &) = default;
};

// The port through which the release-notes form keeps what a person typed and
// has not saved yet, one draft per release, so that it outlives a crash or a
// closed window. services/ keeps them as files in the profile.
class NotesDraftStore
{
public:
    virtual ~NotesDraftStore() = default;

    // nullopt when the release has no draft.
    virtual Result<std::optional<KeptDraft>> draft(qint64 releaseId) const = 0;
    // Replaces the release's draft as one write: a crash leaves the old draft
    // or the new one, never a mix.
    virtual Status keep(qint64 releaseId, const KeptDraft &draft) = 0;
    // Removing a draft that is not there succeeds.
    virtual Status remove(qint64 releaseId) = 0;
};

} // namespace ReleaseDesk
